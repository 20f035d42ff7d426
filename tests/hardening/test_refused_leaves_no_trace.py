"""A file refused leaves its folder as it was: no ``-wal`` or ``-shm`` beside it.

SQLite's read-only look at a file in write-ahead-log mode makes the log and its
shared-memory file beside it, and cannot remove them on closing. Issue 11's
replay used files in rollback mode; these are in log mode, as an archive of ours
(or of another program using the log) is.
"""

from __future__ import annotations

import shutil
import sqlite3
import stat
from pathlib import Path

import pytest

from tests.hardening.conftest import one_sentence, write_meeting
from tests.samples import sample_meeting

COMMANDS = (
    ["list"],
    ["show", "1"],
    ["search", "Eastport"],
    ["actions"],
    ["check", "1"],
    ["backup"],
    ["new"],
    ["import", "MEETING"],
    ["demo", "--meetings", "1"],
)


def _snapshot(folder: Path) -> dict[str, tuple[bytes, int]]:
    return {
        path.name: (path.read_bytes(), stat.S_IMODE(path.stat().st_mode))
        for path in sorted(folder.iterdir())
        if path.name != "archive.lock"  # a writing command's lock: ours, named in the docs
    }


def _ours(cli, tmp_path: Path) -> Path:
    folder = tmp_path / "ours"
    assert cli("demo", "--meetings", "2", folder=folder)[0] == 0
    return folder / "archive.sqlite"


def _foreign(tmp_path: Path) -> bytes:
    path = tmp_path / "foreign.sqlite"
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("CREATE TABLE notes (text)")
    conn.execute("INSERT INTO notes VALUES ('not minutes')")
    conn.commit()
    conn.close()
    return path.read_bytes()


def _with_version(archive: Path, version: int) -> bytes:
    copy = archive.with_name(f"v{version}.sqlite")
    shutil.copy(archive, copy)
    conn = sqlite3.connect(copy)
    conn.execute(f"PRAGMA user_version = {version}")
    conn.commit()
    conn.close()
    return copy.read_bytes()


@pytest.mark.parametrize("kind", ["foreign", "negative", "newer", "cut-short", "header-only"])
def test_a_refused_file_in_log_mode_leaves_nothing_beside_it(cli, tmp_path, kind):
    archive = _ours(cli, tmp_path)
    assert archive.read_bytes()[18:20] == b"\x02\x02"  # write-ahead-log mode
    content = {
        "foreign": lambda: _foreign(tmp_path),
        "negative": lambda: _with_version(archive, -1),
        "newer": lambda: _with_version(archive, 99),
        "cut-short": lambda: archive.read_bytes()[: len(archive.read_bytes()) // 2],
        "header-only": lambda: archive.read_bytes()[:100],
    }[kind]()
    meeting = write_meeting(tmp_path / "m.json", sample_meeting())
    folder = tmp_path / "data"
    folder.mkdir()
    (folder / "archive.sqlite").write_bytes(content)
    before = _snapshot(folder)
    for command in COMMANDS:
        command = [str(meeting) if part == "MEETING" else part for part in command]
        code, _, err = cli(*command, folder=folder)
        assert code == 1 and one_sentence(err), (command, err)
        assert _snapshot(folder) == before, (command, sorted(_snapshot(folder)))


def test_restoring_a_kept_copy_leaves_nothing_beside_it(cli, tmp_path):
    folder = _ours(cli, tmp_path).parent
    assert cli("backup", folder=folder)[0] == 0
    assert cli("restore", "1", folder=folder)[0] == 0  # keeps the archive as it was
    assert cli("new", folder=folder)[0] == 0  # the archive in log mode again
    assert cli("restore", "1", folder=folder)[0] == 0  # keeps that one too
    kept = sorted((folder / "backups").glob("archive-before-restore-*.sqlite"))
    assert len(kept) == 2 and kept[-1].read_bytes()[18:20] == b"\x02\x02"
    code, _, err = cli("restore", "2", folder=folder)  # the newest kept copy
    assert code == 0, err
    names = sorted(p.name for p in (folder / "backups").iterdir())
    assert not [name for name in names if name.endswith(("-wal", "-shm"))], names


def test_a_reading_command_after_a_restore_leaves_the_archive_byte_for_byte(cli, tmp_path):
    """A backup is a file in rollback mode; put in place as it was, the first
    reading command switched it to the log, rewriting its header."""
    folder = _ours(cli, tmp_path).parent
    assert cli("backup", folder=folder)[0] == 0
    assert cli("restore", "1", folder=folder)[0] == 0
    archive = folder / "archive.sqlite"
    before = archive.read_bytes()
    for command in (["list"], ["show", "1"], ["search", "Eastport"], ["actions"]):
        assert cli(*command, folder=folder)[0] == 0
        assert archive.read_bytes() == before, command
