"""A disk with a little room left: what a first command in a new folder leaves.

Issue 11's replay filled the disk to the last byte; an outsider's check left
some room instead (tens to hundreds of kilobytes, less than a new archive and
its write-ahead log need together). The archive the command makes must then be
whole or not there at all, and the person told the disk is full.
"""

from __future__ import annotations

import os

import pytest

from tests.hardening.conftest import fill, one_sentence, run_process, write_meeting
from tests.samples import sample_meeting


def _leave_room(folder, room: int) -> None:
    """Fill the file system, then give back ``room`` bytes."""
    fill(folder)
    filler = folder / "filler"
    os.truncate(filler, max(0, filler.stat().st_size - room))


@pytest.mark.parametrize("room", [64_000, 128_000, 200_000, 260_000, 320_000, 400_000])
def test_a_first_import_on_a_nearly_full_disk_leaves_no_damaged_archive(full_disk, tmp_path, room):
    source = write_meeting(tmp_path / "m.json", sample_meeting())
    _leave_room(full_disk, room)
    data = full_disk / "data"
    done = run_process(data, "import", str(source))
    assert "Traceback" not in done.stderr
    if done.returncode != 0:
        assert one_sentence(done.stderr) and "is full" in done.stderr, done.stderr
    # Whatever it did, what it left is either no archive or one that opens.
    listed = run_process(data, "list")
    if (data / "archive.sqlite").exists():
        assert listed.returncode == 0, listed.stderr
        assert ("Monthly Assurance" in listed.stdout) == (done.returncode == 0)
    else:
        assert done.returncode == 1 and "There is no archive" in listed.stderr


def test_reading_an_archive_on_a_disk_filled_since_says_the_disk_is_full(full_disk, tmp_path):
    data = full_disk / "data"
    source = write_meeting(tmp_path / "m.json", sample_meeting())
    assert run_process(data, "import", str(source)).returncode == 0
    fill(full_disk)  # SQLite cannot make the shared-memory file a reader needs
    for command in (["list"], ["show", "1"], ["search", "Eastport"], ["actions"]):
        done = run_process(data, *command)
        assert done.returncode == 1 and one_sentence(done.stderr), done.stderr
        assert "is full" in done.stderr, done.stderr
