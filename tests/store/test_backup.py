import datetime as dt
import os
import sqlite3

import pytest

from minutetaker.domain.model import Block
from minutetaker.store import Archive
from minutetaker.store import backup as backups
from minutetaker.store.errors import ArchiveCorrupt, ArchiveError
from minutetaker.store.paths import ARCHIVE_NAME
from tests.samples import delete_meeting


def test_a_backup_is_a_healthy_private_copy(data_dir, sample_meeting):
    with Archive.open(data_dir) as archive:
        archive.add_meeting(sample_meeting)
        taken = archive.backup()
    assert taken.path.parent == data_dir / "backups"
    assert sorted(p.name for p in taken.path.parent.iterdir()) == [taken.path.name]
    if os.name == "posix":
        assert oct(os.stat(taken.path).st_mode & 0o777) == "0o600"
    copy = sqlite3.connect(taken.path)
    assert copy.execute("SELECT count(*) FROM meetings").fetchone()[0] == 1
    assert copy.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    copy.close()


def test_backups_roll_a_few_a_day_and_one_a_month_for_a_year():
    now = dt.datetime(2031, 6, 30, 18, 0)
    made = []
    for days_ago in range(0, 500, 1):
        for hour in (9, 12, 15, 17):
            taken = now - dt.timedelta(days=days_ago, hours=18 - hour)
            made.append(backups.Backup(backups.Path(f"b{days_ago}-{hour}"), taken, 1))
    keep = backups.to_keep(made, now)
    kept = [b for b in made if b.path in keep]
    recent = [b for b in kept if now - b.taken <= dt.timedelta(days=14)]
    assert len([b for b in recent if b.taken.date() == now.date()]) == backups.PER_DAY
    assert all(b.taken.hour != 9 for b in recent)  # the day's newest three kept
    old = [b for b in kept if now - b.taken > dt.timedelta(days=31)]
    months = {(b.taken.year, b.taken.month) for b in old}
    assert len(old) == len(months) and len(months) <= 11
    assert min(b.taken for b in kept) > now - dt.timedelta(days=366)


def test_a_damaged_archive_is_not_backed_up_over_good_ones(data_dir, sample_meeting):
    with Archive.open(data_dir) as archive:
        archive.add_meeting(sample_meeting)
        archive.backup()
    raw = data_dir / ARCHIVE_NAME
    data = bytearray(raw.read_bytes())
    data[4096 * 3 : 4096 * 3 + 200] = b"\xff" * 200  # scribble over a page
    raw.write_bytes(bytes(data))
    with pytest.raises(ArchiveCorrupt):
        archive = Archive.open(data_dir)
        try:
            archive.backup()
        finally:
            archive.close()
    assert len(backups.list_backups(data_dir)) == 1


def test_restore_keeps_the_current_archive_first(data_dir, sample_meeting):
    with Archive.open(data_dir) as archive:
        archive.add_meeting(sample_meeting)
        taken = archive.backup()
        delete_meeting(archive, sample_meeting.id)
    kept = backups.restore(data_dir, taken.path)
    with Archive.open(data_dir) as archive:
        assert archive.count_meetings() == 1
    assert kept is not None and kept.exists()
    old = sqlite3.connect(kept)
    assert old.execute("SELECT count(*) FROM meetings").fetchone()[0] == 0
    old.close()


def test_a_truncated_archive_is_detected_and_kept(data_dir, sample_meeting):
    with Archive.open(data_dir) as archive:
        for n in range(5):
            meeting = sample_meeting
            meeting.id = None
            for _, action in meeting.actions():
                action.id = f"{action.id}-{n}"
            archive.add_meeting(meeting)
        archive.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    raw = data_dir / ARCHIVE_NAME
    data = raw.read_bytes()
    raw.write_bytes(data[: len(data) // 2])
    with pytest.raises(ArchiveCorrupt, match="damaged"):
        Archive.open(data_dir)
    assert raw.stat().st_size == len(data) // 2


def test_restoring_a_file_that_is_not_an_archive_is_refused(data_dir, tmp_path, sample_meeting):
    with Archive.open(data_dir) as archive:
        archive.add_meeting(sample_meeting)
    bogus = tmp_path / "bogus.sqlite"
    bogus.write_text("nothing to see")
    with pytest.raises(ArchiveCorrupt):
        backups.restore(data_dir, bogus)
    with Archive.open(data_dir) as archive:
        assert archive.count_meetings() == 1


def test_a_backup_beside_an_open_archive_has_every_committed_change(data_dir, sample_meeting):
    """On a connection of its own (the window's thread keeps the archive's), while
    the archive stays open with a change just committed in its write-ahead log."""
    with Archive.open(data_dir) as archive:
        archive.add_meeting(sample_meeting)
        item = sample_meeting.find_item("5")
        item.blocks.append(Block("paragraph", "Committed a moment before the backup."))
        archive.save_item(sample_meeting.id, item)
        taken = backups.take_backup_on_own_connection(data_dir)
    copy = sqlite3.connect(taken.path)
    try:
        blocks = copy.execute("SELECT blocks FROM items WHERE id = ?", (item.id,)).fetchone()[0]
    finally:
        copy.close()
    assert "Committed a moment before the backup." in blocks
    assert backups.list_backups(data_dir) == [taken]


def test_a_backup_of_a_missing_archive_is_one_sentence(tmp_path):
    with pytest.raises(ArchiveError, match=r"^The archive could not be read \(.*\)\.$"):
        backups.take_backup_on_own_connection(tmp_path / "nowhere")


def test_an_archive_that_is_not_ours_is_never_backed_up(tmp_path):
    """Even through a connection opened by hand: the good backups are kept."""
    folder = tmp_path / "data"
    folder.mkdir()
    conn = sqlite3.connect(folder / ARCHIVE_NAME)  # an empty SQLite file
    with pytest.raises(ArchiveCorrupt, match="empty or is not a minutetaker archive"):
        backups.take_backup(conn, folder)
    conn.close()
    assert backups.list_backups(folder) == []
