"""Who holds the archive's lock, told truly even in the instant it is taken.

A command that takes the lock names itself in the lock file a moment later; a
second command arriving in that moment read the name left by the last holder
(a window closed hours ago) or nothing, and was told a window had the archive
open when none was (three times in 25 runs of concurrent imports)."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap

import pytest

from minutetaker.store.lock import ArchiveLock
from tests.hardening.conftest import one_sentence, write_meeting
from tests.samples import sample_meeting

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="flock")


@pytest.fixture
def archive_with_meeting(cli, tmp_path, data_dir):
    assert cli("import", str(write_meeting(tmp_path / "m.json", sample_meeting())))[0] == 0
    return data_dir


def _hold_without_a_name(folder, name_after: float | None):
    """A process that takes the lock as the program does, but names itself
    ("command") only after ``name_after`` seconds (never if None)."""
    code = textwrap.dedent(
        f"""
        import fcntl, os, time
        handle = open({str(folder / "archive.lock")!r}, "a+b", buffering=0)
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        print("held", flush=True)
        if {name_after!r} is not None:
            time.sleep({name_after!r})
            handle.seek(0); handle.truncate(); handle.write(b"%d command" % os.getpid())
        time.sleep(60)
        """
    )
    holder = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, text=True)
    assert holder.stdout.readline().strip() == "held"
    return holder


def _other_meeting(tmp_path):
    raw = json.loads(write_meeting(tmp_path / "m.json", sample_meeting()).read_text("utf-8"))
    raw["title"] = "Extraordinary Meeting"
    for item in raw["items"]:
        for child in item["items"]:
            for action in child["actions"]:
                action["id"] += "-x"
    return write_meeting(tmp_path / "x.json", raw)


def test_a_command_taking_the_lock_after_a_window_closed_is_told_as_a_command(
    cli, archive_with_meeting, tmp_path
):
    ArchiveLock.acquire(archive_with_meeting).release()  # a window, opened and closed
    holder = _hold_without_a_name(archive_with_meeting, name_after=0.3)
    try:
        code, _, err = cli("import", str(_other_meeting(tmp_path)))
    finally:
        holder.kill()
        holder.wait()
    assert code == 1 and one_sentence(err)
    assert "Another minutetaker command" in err, err


def test_a_holder_that_cannot_be_told_is_not_called_a_window(cli, archive_with_meeting, tmp_path):
    assert cli("backup")[0] == 0
    holder = _hold_without_a_name(archive_with_meeting, name_after=None)
    try:
        for command in (["import", str(_other_meeting(tmp_path))], ["new"], ["restore", "1"]):
            code, _, err = cli(*command)
            assert code == 1 and one_sentence(err), (command, err)
            assert "open in a minutetaker window" not in err, (command, err)
            assert "in use by another minutetaker" in err, (command, err)
    finally:
        holder.kill()
        holder.wait()
