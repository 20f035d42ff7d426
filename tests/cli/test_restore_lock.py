"""`minutetaker restore` never puts a backup under an open window."""

from __future__ import annotations

from minutetaker.cli.main import main
from minutetaker.store import backup as backups
from minutetaker.store.lock import ArchiveLock
from minutetaker.store.paths import ARCHIVE_NAME


def test_restore_waits_for_the_window_to_close(tmp_path, capsys):
    folder = tmp_path / "archive"
    assert main(["--data-dir", str(folder), "demo", "--meetings", "2"]) == 0
    assert main(["--data-dir", str(folder), "backup"]) == 0
    before = (folder / ARCHIVE_NAME).read_bytes()
    with ArchiveLock.acquire(folder):  # as the window holds it
        assert main(["--data-dir", str(folder), "restore", "1"]) == 1
    err = capsys.readouterr().err
    assert "is open in another minutetaker window." in err
    assert (folder / ARCHIVE_NAME).read_bytes() == before
    assert not list(backups.backup_dir(folder).glob("archive-before-restore-*"))
    assert main(["--data-dir", str(folder), "restore", "1"]) == 0  # once it has closed
