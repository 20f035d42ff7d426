"""After the meeting under a real X server (Xvfb) with xdotool, from the keyboard
alone: circulate the draft (its Save dialog typed into), a reviewer's tracked
and untracked edits written into the circulated .docx by the test, apply the
corrections (accepting one, rejecting one), mark the record agreed (today, as
offered), publish. Then the archive and the files are read back.

Skipped where Xvfb or xdotool is missing, or on Windows."""

from __future__ import annotations

import dataclasses
import datetime as dt
import os
import shutil
import subprocess
import time
import zipfile

import pytest

from minutetaker.store import Archive
from tests.after_meeting.reviewer import Reviewer
from tests.gui.test_real_x import _env, _start, _xdo, display  # noqa: F401 (a fixture)

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(
        os.name == "nt" or not (shutil.which("Xvfb") and shutil.which("xdotool")),
        reason="needs Xvfb and xdotool",
    ),
]


def _until(what: str, ready, timeout: float = 30.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if ready():
            return
        time.sleep(0.2)
    pytest.fail(f"waited in vain for {what}")


def _window_named(env: dict, name: str) -> bool:
    found = subprocess.run(
        ["xdotool", "search", "--onlyvisible", "--name", name],
        env=env,
        capture_output=True,
        text=True,
    )
    return bool(found.stdout.strip())


def _focus(env: dict, name: str) -> None:
    _until(f"the window “{name}”", lambda: _window_named(env, name))
    found = subprocess.run(
        ["xdotool", "search", "--onlyvisible", "--name", name],
        env=env,
        capture_output=True,
        text=True,
    )
    _xdo(env, "windowfocus", "--sync", found.stdout.split()[-1])
    time.sleep(0.4)


def _type_path(env: dict, dialog: str, path) -> None:
    """Type a whole path into a file dialog's name field and press Enter."""
    _focus(env, dialog)
    _xdo(env, "key", "ctrl+a")
    _xdo(env, "type", "--delay", "15", "--", str(path))
    time.sleep(0.3)
    _xdo(env, "key", "Return")


def _read(data, meeting_id):
    with Archive.open(data, read_only=True) as archive:
        record = archive.record(meeting_id)
        return archive.load_meeting(meeting_id), record.versions(), record.history()


def test_circulate_correct_agree_publish(display, tmp_path, sample_meeting):  # noqa: F811
    data = tmp_path / "data"
    files = tmp_path / "files"
    files.mkdir()
    # a meeting already held (the window agrees it today, as offered)
    held = dt.date.today() - dt.timedelta(days=40)
    meeting = dataclasses.replace(sample_meeting, date=held, next_meeting=None)
    with Archive.open(data) as archive:
        meeting_id = archive.add_meeting(meeting)
    env = _env(display, tmp_path)
    app = _start(env, data)
    try:
        # 1. circulate: Ctrl+Shift+D, the Save dialog, the path typed
        _xdo(env, "key", "ctrl+shift+d")
        _type_path(env, "Circulate draft", files / "draft.docx")
        _until("the draft", lambda: (files / "draft.docx").exists())
        _until("version 1", lambda: len(_read(data, meeting_id)[1]) == 1)

        # 2. the reviewer edits it in "Word": one change tracked, one not
        reviewer = Reviewer(files / "draft.docx")
        reviewer.replace("cash machine", "shop")
        reviewer.retype("Force Headquarters, Kingsford", "Kingsford Town Hall")
        reviewer.save(files / "returned.docx")

        # 3. apply corrections: the venue (first) rejected, the shop accepted
        _focus(env, "Monthly Assurance Meeting")
        _xdo(env, "key", "ctrl+shift+c")
        _type_path(env, "Apply corrections", files / "returned.docx")
        _focus(env, "Corrections in returned.docx")
        _xdo(env, "key", "r")  # the venue: rejected; on to item 2's row
        _xdo(env, "key", "Down")
        _xdo(env, "key", "a")  # the shop: accepted
        time.sleep(0.3)
        _xdo(env, "key", "Return")
        _until(
            "the correction",
            lambda: any(
                "theft from a shop" in b.text
                for b in _read(data, meeting_id)[0].find_item("2").blocks
            ),
        )

        # 4. mark as agreed, today as offered
        _focus(env, "Monthly Assurance Meeting")
        _xdo(env, "key", "ctrl+shift+g")
        _focus(env, "Mark as agreed")
        _xdo(env, "key", "Return")
        _until("agreed", lambda: _read(data, meeting_id)[0].state == "agreed")

        # 5. publish: the check passes, the Save dialog, the path typed
        _focus(env, "Monthly Assurance Meeting")
        _xdo(env, "key", "ctrl+shift+e")
        _type_path(env, "Publish", files / "public.docx")
        _until("the public version", lambda: (files / "public.docx").exists())
        _until("published", lambda: _read(data, meeting_id)[0].state == "published")
        _focus(env, "^Publish$")  # the message naming both files: Enter closes it
        _xdo(env, "key", "Return")
        _until("the message closed", lambda: not _window_named(env, "^Publish$"))
        _focus(env, "Monthly Assurance Meeting")
        _xdo(env, "key", "ctrl+q")
        app.wait(timeout=20)
    finally:
        if app.poll() is None:
            app.kill()
            app.wait(timeout=10)

    stored, versions, events = _read(data, meeting_id)
    assert "Force Headquarters, Kingsford" in stored.venue  # rejected
    assert stored.agreed_on == dt.date.today()
    assert [e.event for e in events][:2] == ["circulated", "corrected"]
    assert [e.event for e in events][-2:] == ["agreed", "published"]
    assert versions[0].state == "circulated"
    with zipfile.ZipFile(files / "draft.docx") as docx:
        header = "".join(
            docx.read(n).decode() for n in docx.namelist() if n.startswith("word/header")
        )
    assert "DRAFT" in header
    with zipfile.ZipFile(files / "public.docx") as docx:
        body = docx.read("word/document.xml").decode()
    assert "theft from a shop" in body and "police horse" not in body
    assert "edited to remove information" in body
    assert list(files.glob("*redaction log*"))
