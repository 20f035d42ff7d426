"""Saving when the disk is full, the archive read-only or locked: the save fails
with one clear sentence, nothing stored before is harmed, and a retry succeeds
once the fault is gone. Faults are injected at the SQLite layer, which is where
the real ones arrive."""

import sqlite3

import pytest

from minutetaker.domain.model import Block
from minutetaker.domain.serial import meeting_to_dict
from minutetaker.store import Archive
from minutetaker.store.errors import ArchiveFull, ArchiveLocked, ArchiveReadOnly
from minutetaker.store.paths import ARCHIVE_NAME


@pytest.fixture
def stored(archive, sample_meeting):
    meeting_id = archive.add_meeting(sample_meeting)
    return archive, archive.load_meeting(meeting_id)


def _big_edit(meeting):
    item = meeting.find_item("5")
    item.blocks = [Block("paragraph", f"Paragraph {n}: " + "words " * 200) for n in range(60)]
    return item


def test_a_full_disk_fails_clearly_and_a_retry_succeeds_after(stored):
    archive, meeting = stored
    before = meeting_to_dict(archive.load_meeting(meeting.id))
    pages = archive.conn.execute("PRAGMA page_count").fetchone()[0]
    archive.conn.execute(f"PRAGMA max_page_count = {pages}")  # no room to grow
    item = _big_edit(meeting)
    with pytest.raises(ArchiveFull, match="is full"):
        archive.save_item(meeting.id, item)
    assert meeting_to_dict(archive.load_meeting(meeting.id)) == before
    archive.conn.execute("PRAGMA max_page_count = 1073741823")  # space returns
    archive.save_item(meeting.id, item)
    assert (
        archive.load_meeting(meeting.id).find_item("5").blocks[59].text.startswith("Paragraph 59")
    )
    assert archive.integrity_ok(quick=False)


def test_a_read_only_archive_fails_clearly(stored):
    archive, meeting = stored
    archive.conn.execute("PRAGMA query_only = ON")
    with pytest.raises(ArchiveReadOnly, match="read-only"):
        archive.save_item(meeting.id, _big_edit(meeting))
    archive.conn.execute("PRAGMA query_only = OFF")
    archive.save_item(meeting.id, meeting.find_item("5"))


def test_a_locked_archive_fails_clearly_then_saves(stored, data_dir):
    archive, meeting = stored
    archive.conn.execute("PRAGMA busy_timeout = 50")
    other = sqlite3.connect(data_dir / ARCHIVE_NAME, isolation_level=None)
    other.execute("BEGIN EXCLUSIVE")
    item = _big_edit(meeting)
    with pytest.raises(ArchiveLocked, match="in use by another program"):
        archive.save_item(meeting.id, item)
    other.execute("ROLLBACK")
    other.close()
    archive.save_item(meeting.id, item)
    assert len(archive.load_meeting(meeting.id).find_item("5").blocks) == 60


def test_an_unwritable_folder_gives_one_sentence(tmp_path):
    blocker = tmp_path / "file-not-folder"
    blocker.write_text("x")
    with pytest.raises(Exception) as caught:
        Archive.open(blocker / "archive")
    assert "cannot be created or written" in str(caught.value)
