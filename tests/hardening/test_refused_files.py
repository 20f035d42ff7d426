"""Issue 11, points 7-10: a file refused is left byte for byte as it was; reading
commands create nothing and change no folder."""

from __future__ import annotations

import os
import sqlite3
import stat
from pathlib import Path

import pytest

from minutetaker.store.migrations import SCHEMA_VERSION
from tests.hardening.conftest import one_sentence, write_meeting
from tests.samples import sample_meeting

READING = (
    ["list"],
    ["list", "--json"],
    ["show", "1"],
    ["search", "Eastport"],
    ["actions"],
    ["actions", "--json"],
)


def _snapshot(folder: Path) -> dict[str, tuple[bytes, int]]:
    """Every entry of ``folder`` (recursively) with its bytes and mode."""
    found = {}
    for path in sorted(folder.rglob("*")):
        data = path.read_bytes() if path.is_file() else b""
        found[path.relative_to(folder).as_posix()] = (data, stat.S_IMODE(path.stat().st_mode))
    return found


def _demo(cli, folder: Path, meetings: int = 6) -> None:
    assert cli("demo", "--meetings", str(meetings), folder=folder)[0] == 0


def _scribble_over(path: Path, table: str) -> None:
    """Random bytes over one page in the middle of ``table`` (as a bad sector would)."""
    conn = sqlite3.connect(path)
    pages = [r[0] for r in conn.execute("SELECT pageno FROM dbstat WHERE name = ?", (table,))]
    size = conn.execute("PRAGMA page_size").fetchone()[0]
    conn.close()
    page = pages[len(pages) // 2]
    data = bytearray(path.read_bytes())
    start = (page - 1) * size
    data[start + 8 : start + size] = os.urandom(size - 8)
    path.write_bytes(bytes(data))


# -- 7. a file that is not ours, or of an unknown version, is never changed -----------


def test_another_programs_database_is_refused_and_never_changed(cli, tmp_path):
    folder = tmp_path / "data"
    folder.mkdir()
    other = folder / "archive.sqlite"
    conn = sqlite3.connect(other)
    conn.execute("CREATE TABLE photos (id INTEGER PRIMARY KEY, name TEXT)")
    conn.execute("INSERT INTO photos (name) VALUES ('harbour.jpg')")
    conn.commit()
    conn.close()
    other.chmod(0o644)
    before = _snapshot(folder)
    for command in (*READING, ["backup"], ["new"], ["import", str(tmp_path / "none.json")]):
        code, _, err = cli(*command, folder=folder)
        assert code == 1 and one_sentence(err), command
    write_meeting(tmp_path / "m.json", sample_meeting())
    code, _, err = cli("import", str(tmp_path / "m.json"), folder=folder)
    assert code == 1 and "not a minutetaker archive" in err
    assert _snapshot(folder) == before  # not switched to WAL, not chmod'ed, nothing beside it
    assert other.read_bytes()[18:20] == b"\x01\x01"  # still a rollback journal


@pytest.mark.parametrize("version", [-1, -7, SCHEMA_VERSION + 1])
def test_an_unknown_version_is_refused_and_never_changed(cli, tmp_path, version):
    folder = tmp_path / "data"
    _demo(cli, folder, 2)
    path = folder / "archive.sqlite"
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {version}")
    conn.close()
    before = path.read_bytes()
    for command in (["list"], ["new"], ["import", str(tmp_path / "x.json")], ["backup"]):
        code, _, err = cli(*command, folder=folder)
        assert code == 1 and one_sentence(err), (command, err)
    assert path.read_bytes() == before
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == version
    conn.close()


def test_a_damaged_archive_refused_by_a_search_is_not_written_on_closing(cli, tmp_path):
    folder = tmp_path / "data"
    _demo(cli, folder)
    path = folder / "archive.sqlite"
    _scribble_over(path, "search_fts_data")
    before = path.read_bytes()
    outcomes = set()
    for word in ("Northshire", "Eastport", "the", "report", "custody"):
        code, _, err = cli("search", word, "--limit", "1000", folder=folder)
        outcomes.add(code)
        assert code == 0 or (one_sentence(err) and "damaged" in err)
        assert path.read_bytes() == before
    assert 1 in outcomes  # the search did reach the damaged page


# -- 8. nothing is written into a damaged archive -----------------------------------


@pytest.mark.parametrize("table", ["items", "search_fts_data", "actions"])
def test_a_damaged_archive_takes_no_writes(cli, tmp_path, table):
    folder = tmp_path / "data"
    _demo(cli, folder, 12)
    path = folder / "archive.sqlite"
    _scribble_over(path, table)
    before = path.read_bytes()
    source = write_meeting(tmp_path / "march.json", sample_meeting())
    for command in (["import", str(source)], ["new"], ["new", "--date", "2040-01-07"]):
        code, out, err = cli(*command, folder=folder)
        assert code == 1, (command, out)
        assert one_sentence(err) and "damaged" in err and "minutetaker restore" in err, err
    assert path.read_bytes() == before


# -- 9. reading commands create nothing and change no folder --------------------------


@pytest.mark.skipif(os.name != "posix", reason="POSIX modes")
def test_reading_commands_leave_a_shared_folder_as_it_was(cli, tmp_path):
    shared = tmp_path / "shared"
    shared.mkdir()
    shared.chmod(0o1777)
    for command in (*READING, ["export", "1", "--out", str(tmp_path / "x.docx")], ["backup"]):
        code, out, err = cli(*command, folder=shared)
        assert code == 1 and one_sentence(err), command
        assert str(shared) in err and "minutetaker new" in err, err
        assert out == ""
    assert stat.S_IMODE(shared.stat().st_mode) == 0o1777
    assert list(shared.iterdir()) == []
    assert not (tmp_path / "x.docx").exists()


def test_reading_commands_never_make_a_folder(cli, tmp_path):
    missing = tmp_path / "nowhere" / "data"
    for command in READING:
        code, _, err = cli(*command, folder=missing)
        assert code == 1 and str(missing) in err
    code, out, _ = cli("restore", folder=missing)
    assert code == 0 and "no backups" in out
    assert not (tmp_path / "nowhere").exists()


@pytest.mark.skipif(os.name != "posix", reason="POSIX modes")
def test_a_writing_command_leaves_an_existing_folders_mode_alone(cli, tmp_path):
    shared = tmp_path / "shared"
    shared.mkdir()
    shared.chmod(0o1777)
    code, out, _ = cli("new", "--date", "2031-03-18", folder=shared)
    assert code == 0 and str(shared) in out
    assert stat.S_IMODE(shared.stat().st_mode) == 0o1777  # not ours to change
    assert stat.S_IMODE((shared / "archive.sqlite").stat().st_mode) == 0o600


# -- 10. a backup is checked before it is restored ------------------------------------


@pytest.mark.parametrize("version", [SCHEMA_VERSION + 1, -1, 0])
def test_a_backup_of_an_unknown_version_is_refused(cli, tmp_path, version):
    folder = tmp_path / "data"
    _demo(cli, folder, 2)
    assert cli("backup", folder=folder)[0] == 0
    backup = next((folder / "backups").iterdir())
    conn = sqlite3.connect(backup)
    conn.execute(f"PRAGMA user_version = {version}")
    conn.close()
    before = _snapshot(folder)
    for choice in ("1", str(backup)):
        code, out, err = cli("restore", choice, folder=folder)
        assert code == 1 and one_sentence(err), (out, err)
        assert "Restored" not in out
    assert _snapshot(folder) == before
    code, out, _ = cli("list", folder=folder)
    assert code == 0 and len(out.splitlines()) == 2
