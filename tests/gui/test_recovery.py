"""A damaged archive on opening: one sentence, the choice of a backup, the file kept."""

from __future__ import annotations

import os

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from minutetaker.gui.safety.recovery import open_or_recover
from minutetaker.gui.safety.restore_dialog import RestoreDialog
from minutetaker.gui.shell import app
from minutetaker.store import Archive
from minutetaker.store import backup as store_backup
from minutetaker.store.paths import ARCHIVE_NAME
from tests.gui.dialogs import answer

GARBAGE = b"this is not a database at all" * 100


def _archive_with_a_backup(data_dir, sample_meeting):
    with Archive.open(data_dir) as archive:
        archive.add_meeting(sample_meeting)
        archive.backup()
    path = data_dir / ARCHIVE_NAME
    for suffix in ("-wal", "-shm"):
        (data_dir / f"{ARCHIVE_NAME}{suffix}").unlink(missing_ok=True)
    path.write_bytes(GARBAGE)
    return path


def test_a_damaged_archive_is_kept_and_a_backup_restored(qtbot, data_dir, sample_meeting):
    path = _archive_with_a_backup(data_dir, sample_meeting)
    shown = []

    def restore_a_backup(box):
        shown.append((box.text(), box.informativeText()))
        box.restore_button.click()

    def choose_the_newest(dialog):
        assert isinstance(dialog, RestoreDialog)
        assert dialog.list.count() == 1
        qtbot.keyClick(dialog.list, Qt.Key.Key_Return)

    answer([restore_a_backup, choose_the_newest])
    archive, said = open_or_recover(data_dir)
    try:
        assert archive.load_meeting(archive.list_meetings()[0].id).title == sample_meeting.title
    finally:
        archive.close()
    sentence, more = shown[0]
    assert sentence == f"The archive ({path}) is damaged or is not a minutetaker archive."
    assert "kept as it is" in more
    kept = [p for p in (data_dir / "backups").iterdir() if "before-restore" in p.name]
    assert [p.read_bytes() for p in kept] == [GARBAGE]  # the damaged file, as it was
    assert said.startswith("Restored the backup taken on ") and str(kept[0]) in said


def test_quit_leaves_the_damaged_file_as_it_was(qtbot, data_dir, sample_meeting):
    path = _archive_with_a_backup(data_dir, sample_meeting)
    answer([lambda box: box.quit_button.click()])
    assert open_or_recover(data_dir) == (None, "")
    assert path.read_bytes() == GARBAGE
    assert len(store_backup.list_backups(data_dir)) == 1


def test_cancelling_the_list_asks_again(qtbot, data_dir, sample_meeting):
    _archive_with_a_backup(data_dir, sample_meeting)
    answer(
        [
            lambda box: box.restore_button.click(),
            lambda dialog: qtbot.keyClick(dialog.list, Qt.Key.Key_Escape),
            lambda box: box.quit_button.click(),
        ]
    )
    assert open_or_recover(data_dir) == (None, "")


def test_without_backups_the_only_choice_is_quit(qtbot, tmp_path, monkeypatch):
    seen = []

    def exec_(box):
        seen.append((box.text(), box.informativeText(), box.restore_button))
        return 0

    monkeypatch.setenv(app.SETTINGS_DIR_ENV, str(tmp_path / "settings"))
    monkeypatch.setattr(QMessageBox, "exec", exec_)
    folder = tmp_path / "archive"
    folder.mkdir()
    (folder / ARCHIVE_NAME).write_bytes(GARBAGE)
    assert app.run(folder, []) == 1
    (sentence, more, restore_button) = seen[0]
    assert sentence.endswith("is not a minutetaker archive.")
    assert "There are no backups" in more and restore_button is None
    assert (folder / ARCHIVE_NAME).read_bytes() == GARBAGE


def test_a_truncated_archive_is_detected(qtbot, data_dir, sample_meeting):
    with Archive.open(data_dir) as archive:
        for n in range(5):
            sample_meeting.id = None
            sample_meeting.title = f"Meeting {n}"
            archive.add_meeting(sample_meeting)
        archive.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    path = data_dir / ARCHIVE_NAME
    whole = path.read_bytes()
    path.write_bytes(whole[: len(whole) // 2])
    seen = []
    answer([lambda box: (seen.append(box.text()), box.quit_button.click())])
    assert open_or_recover(data_dir) == (None, "")
    assert "damaged" in seen[0]
    assert path.read_bytes() == whole[: len(whole) // 2]
    if os.name == "posix":
        assert oct(path.stat().st_mode & 0o777) == "0o600"
