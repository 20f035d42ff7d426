import os
import sqlite3
import stat

import pytest

from minutetaker.store import Archive
from minutetaker.store.errors import ArchiveCorrupt, ArchiveTooNew, NotFound
from minutetaker.store.migrations import SCHEMA_VERSION
from minutetaker.store.paths import ARCHIVE_NAME, data_dir


def test_a_new_archive_is_at_the_latest_schema_in_wal_mode(archive):
    conn = archive.conn
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert archive.integrity_ok(quick=False)


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_the_archive_and_its_folder_are_private(data_dir, sample_meeting):
    with Archive.open(data_dir) as archive:
        archive.add_meeting(sample_meeting)
        assert stat.S_IMODE(os.stat(data_dir).st_mode) == 0o700
        for name in os.listdir(data_dir):
            assert stat.S_IMODE(os.stat(data_dir / name).st_mode) == 0o600, name


def test_the_folder_comes_from_flag_then_environment(tmp_path, monkeypatch):
    monkeypatch.setenv("MINUTETAKER_DATA_DIR", str(tmp_path / "env"))
    assert data_dir(tmp_path / "flag") == tmp_path / "flag"
    assert data_dir(None) == tmp_path / "env"
    monkeypatch.delenv("MINUTETAKER_DATA_DIR")
    assert "minutetaker" in str(data_dir(None))


def test_reopening_keeps_what_was_stored(data_dir, sample_meeting):
    with Archive.open(data_dir) as archive:
        meeting_id = archive.add_meeting(sample_meeting)
    with Archive.open(data_dir) as archive:
        assert archive.load_meeting(meeting_id).find_item("4a").topic == (
            "Building a safer Northshire – Eastport"
        )


def test_a_file_that_is_not_a_database_is_refused_and_kept(data_dir):
    data_dir.mkdir()
    target = data_dir / ARCHIVE_NAME
    target.write_bytes(b"This is a letter, not an archive.\n" * 200)
    with pytest.raises(ArchiveCorrupt, match="damaged or is not a minutetaker archive"):
        Archive.open(data_dir)
    assert target.read_bytes().startswith(b"This is a letter")


def test_another_programs_database_is_refused(data_dir):
    data_dir.mkdir()
    conn = sqlite3.connect(data_dir / ARCHIVE_NAME)
    conn.execute("CREATE TABLE recipes (name TEXT)")
    conn.commit()
    conn.close()
    with pytest.raises(ArchiveCorrupt, match="not a minutetaker archive"):
        Archive.open(data_dir)


def test_an_archive_from_a_newer_program_is_not_touched(data_dir):
    Archive.open(data_dir).close()
    conn = sqlite3.connect(data_dir / ARCHIVE_NAME)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.close()
    with pytest.raises(ArchiveTooNew, match="newer minutetaker"):
        Archive.open(data_dir)


def test_a_failed_change_leaves_the_archive_as_it_was(archive, sample_meeting):
    meeting_id = archive.add_meeting(sample_meeting)
    with pytest.raises(RuntimeError), archive.transaction() as conn:
        conn.execute("DELETE FROM meetings WHERE id = ?", (meeting_id,))
        raise RuntimeError("power cut")
    assert archive.count_meetings() == 1
    assert archive.load_meeting(meeting_id).title == sample_meeting.title


def test_meetings_are_found_by_id_or_date(archive, sample_meeting):
    meeting_id = archive.add_meeting(sample_meeting)
    assert archive.resolve(str(meeting_id)) == meeting_id
    assert archive.resolve("2031-03-18") == meeting_id
    with pytest.raises(NotFound, match="no meeting on 2031-03-19"):
        archive.resolve("2031-03-19")
    with pytest.raises(NotFound, match="neither a meeting id nor a date"):
        archive.resolve("March")


def test_settings_remember_a_value(archive):
    assert archive.get_setting("last_meeting") is None
    archive.set_setting("last_meeting", "4")
    archive.set_setting("last_meeting", "5")
    assert archive.get_setting("last_meeting") == "5"
