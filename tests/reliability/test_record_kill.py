"""Kill the program in the middle of a step of the record (circulate, agree,
publish) and nothing of that step is kept: the process is killed with SIGKILL
after the step's statements ran and before its COMMIT."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from minutetaker.domain.serial import meeting_to_dict
from minutetaker.store import Archive

ROOT = Path(__file__).resolve().parents[2]

pytestmark = pytest.mark.skipif(os.name != "posix", reason="SIGKILL exists on POSIX only")

_STEP = """
import datetime as dt, os, signal, sys
from pathlib import Path
from minutetaker.store import Archive
from minutetaker.store import lifecycle

folder, meeting_id, step = Path(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
archive = Archive.open(folder)
record = archive.record(meeting_id)

def die(*args, **kwargs):
    os.kill(os.getpid(), signal.SIGKILL)

if step == "circulate":
    record.circulate(before_commit=die)
elif step == "publish":
    record.publish(before_commit=die)
else:  # agree: killed as the history row is about to be written, the version kept
    lifecycle.add_history = die
    record.agree(dt.date(2031, 4, 15), today=dt.date(2031, 5, 1))
"""


def _run(folder: Path, meeting_id: int, step: str) -> int:
    done = subprocess.run(
        [sys.executable, "-c", _STEP, str(folder), str(meeting_id), step],
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        capture_output=True,
        timeout=60,
    )
    return done.returncode


@pytest.mark.parametrize("step", ["circulate", "agree", "publish"])
def test_a_step_killed_before_its_commit_leaves_the_record_as_it_was(
    data_dir, sample_meeting, step
):
    with Archive.open(data_dir) as archive:
        meeting_id = archive.add_meeting(sample_meeting)
        if step == "publish":
            import datetime as dt

            archive.record(meeting_id).agree(dt.date(2031, 4, 15), today=dt.date(2031, 5, 1))
        before = meeting_to_dict(archive.load_meeting(meeting_id))
        state = archive.load_meeting(meeting_id).state
        versions = archive.record(meeting_id).versions()
        history = archive.record(meeting_id).history()

    assert _run(data_dir, meeting_id, step) == -9

    with Archive.open(data_dir) as archive:
        assert archive.integrity_ok(quick=False)
        after = archive.load_meeting(meeting_id)
        assert meeting_to_dict(after) == before
        assert after.state == state
        assert archive.record(meeting_id).versions() == versions
        assert archive.record(meeting_id).history() == history
        # and the step can be done again
        if step == "circulate":
            assert archive.record(meeting_id).circulate().number == 1


_APPLY = """
import os, signal, sys
from pathlib import Path
from minutetaker.store import Archive, versions
from minutetaker.after_meeting.corrections import apply_corrections, read_corrections

folder, meeting_id, returned = Path(sys.argv[1]), int(sys.argv[2]), Path(sys.argv[3])
archive = Archive.open(folder)
found = read_corrections(archive, meeting_id, returned)
assert found.corrections

def die(*args, **kwargs):  # every item is saved; the history row comes last, then COMMIT
    os.kill(os.getpid(), signal.SIGKILL)

versions.add_history = die
apply_corrections(archive, found)
"""


def test_applying_corrections_killed_before_its_commit_changes_nothing(
    data_dir, sample_meeting, tmp_path
):
    from minutetaker.after_meeting.circulate import circulate
    from tests.after_meeting.reviewer import Reviewer

    with Archive.open(data_dir) as archive:
        meeting_id = archive.add_meeting(sample_meeting)
        circulate(archive, meeting_id, tmp_path / "draft.docx")
        before = meeting_to_dict(archive.load_meeting(meeting_id))
    reviewer = Reviewer(tmp_path / "draft.docx")
    reviewer.replace("cash machine", "shop")
    reviewer.retype("Profile delayed until the April board.", "Profile delayed until May.")
    returned = reviewer.save(tmp_path / "returned.docx")
    done = subprocess.run(
        [sys.executable, "-c", _APPLY, str(data_dir), str(meeting_id), str(returned)],
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        capture_output=True,
        timeout=120,
    )
    assert done.returncode == -9, done.stderr
    with Archive.open(data_dir) as archive:
        assert archive.integrity_ok(quick=False)
        assert meeting_to_dict(archive.load_meeting(meeting_id)) == before
        assert [e.event for e in archive.record(meeting_id).history()] == ["circulated"]
