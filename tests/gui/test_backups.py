"""Backups from the window, and File > Restore from backup…"""

from __future__ import annotations

import shutil
import sqlite3

from PySide6.QtCore import Qt

from minutetaker.store import Archive
from minutetaker.store import backup as store_backup
from minutetaker.store.paths import ARCHIVE_NAME


def _backup_now(qtbot, window):
    assert window.backups.start()
    qtbot.waitUntil(lambda: not window.backups.running, timeout=5000)
    qtbot.wait(50)  # the report crosses back to the window's thread


def test_a_backup_while_open_says_so_and_a_due_check_waits_a_day(qtbot, window, data_dir):
    assert window.session.archive.backup_due()
    window.backups.check()  # none yet: one is due
    qtbot.waitUntil(lambda: window.statusBar().currentMessage().startswith("Backed up at"))
    assert len(store_backup.list_backups(data_dir)) == 1
    window.backups.check()  # taken a moment ago: not due
    assert not window.backups.running
    assert len(store_backup.list_backups(data_dir)) == 1


def test_the_restore_command_is_in_the_file_menu(window):
    file_menu = window.menuBar().actions()[0].menu()
    texts = [a.text() for a in file_menu.actions()]
    assert "&Restore from backup…" in texts
    assert texts.index("&Restore from backup…") == texts.index("&Quit") - 2


def test_a_backup_on_closing(window, data_dir):
    taken = window.backups.on_closing()
    assert taken is not None and taken.path.parent == data_dir / "backups"
    conn = sqlite3.connect(taken.path)
    assert conn.execute("SELECT count(*) FROM meetings").fetchone()[0] == 1
    conn.close()


def test_a_failed_backup_says_so_and_keeps_the_good_ones(qtbot, window, data_dir):
    _backup_now(qtbot, window)
    good = {b.path: b.path.read_bytes() for b in store_backup.list_backups(data_dir)}
    window.session.archive.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    path = data_dir / ARCHIVE_NAME
    whole = path.read_bytes()
    page = window.session.archive.conn.execute("PRAGMA page_size").fetchone()[0]
    path.write_bytes(whole[: page * 2] + b"\xa5" * (len(whole) - page * 2))  # damage it
    try:
        _backup_now(qtbot, window)
        message = window.statusBar().currentMessage()
    finally:
        path.write_bytes(whole)
    assert message.startswith("No backup was taken: the archive ")
    assert message.endswith(("is damaged or is not a minutetaker archive.", "the good ones."))
    assert {b.path: b.path.read_bytes() for b in store_backup.list_backups(data_dir)} == good


def test_restore_from_backup_in_the_window(qtbot, window, data_dir, reopen, tmp_path):
    _backup_now(qtbot, window)
    window.going.go_to("5")
    qtbot.keyClicks(window.editor, " Typed after the backup.")
    old_archive, old_writer = window.session.archive, window.session.writer
    window.commands.restore_backup.trigger()
    dialog = window.backups.dialog
    qtbot.waitExposed(dialog)
    assert dialog.list.count() == 1
    qtbot.keyClick(dialog.list, Qt.Key.Key_Return)
    message = window.backups.message
    assert message.text().startswith("The backup taken on ")
    assert "The archive as it was is kept as " in message.text()
    message.accept()
    assert window.session.archive is not old_archive
    assert window.session.autosaver.writer is window.session.writer is not old_writer
    assert window.session.item.number == "1"  # where the window was when the backup was taken
    window.going.go_to("5")
    assert "Typed after the backup." not in window.editor.toPlainText()
    kept = next((data_dir / "backups").glob("archive-before-restore-*.sqlite"))
    look = tmp_path / "kept"
    look.mkdir()
    shutil.copyfile(kept, look / ARCHIVE_NAME)
    with Archive.open(look) as copy:
        blocks = copy.load_meeting(window.session.meeting.id).find_item("5").blocks
    assert blocks[-1].text.endswith("Typed after the backup.")
    qtbot.keyClicks(window.editor, " Typed after restoring.")
    assert window.session.save_now()
    stored = reopen(window.session.meeting.id).find_item("5").blocks[-1].text
    assert stored.endswith("Typed after restoring.")
