"""Issue 13's window points replayed from the outside: a real X server (Xvfb),
the app started as a person starts it, keys typed with xdotool, the app killed
and the archive read back. Dates typed into the details however the field is
entered; Alt+D where there is no decision; a question's typed number; Esc in
the details; a half-typed action on Ctrl+Q and on a crash; a failed export.

Skipped where Xvfb or xdotool is missing, or on Windows."""

from __future__ import annotations

import datetime as dt
import json
import os
import shutil
import signal
import time
import zipfile

import pytest

from minutetaker.gui.safety.where_left import PLACE_KEY
from minutetaker.store import Archive
from tests.gui.test_real_x import _env, _start, _xdo, display  # noqa: F401 (a fixture)

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(
        os.name == "nt" or not (shutil.which("Xvfb") and shutil.which("xdotool")),
        reason="needs Xvfb and xdotool",
    ),
]


def _keys(env, *keys: str, pause: float = 0.3) -> None:
    _xdo(env, "key", "--delay", "60", *keys)
    time.sleep(pause)


def _type(env, text: str, pause: float = 0.2) -> None:
    _xdo(env, "type", "--delay", "25", "--", text)
    time.sleep(pause)


def _kill(app) -> None:
    os.kill(app.pid, signal.SIGKILL)
    app.wait(timeout=10)


def _stored(data, meeting_id):
    with Archive.open(data) as archive:
        return archive.load_meeting(meeting_id), archive.get_setting(PLACE_KEY)


def test_dates_alt_keys_question_numbers_and_escape_in_the_details(
    display,  # noqa: F811
    tmp_path,
    sample_meeting,
):
    data = tmp_path / "data"
    with Archive.open(data) as archive:
        meeting_id = archive.add_meeting(sample_meeting)
    env = _env(display, tmp_path)
    app = _start(env, data)

    # 1. the meeting's date typed over a selection (Ctrl+A), then by Tab, then by
    # Shift+Tab: each time taken as typed
    for enter, typed in (
        (["alt+d", "ctrl+a"], "22/08/2017"),
        (["alt+t", "Tab"], "23/08/2017"),
        (["alt+i", "shift+Tab"], "24/08/2017"),
    ):
        _keys(env, "ctrl+d", pause=0.6)
        _keys(env, *enter)
        _type(env, typed)
        _keys(env, "Return", pause=0.6)
        meeting, _place = _stored(data, meeting_id)
        assert meeting.date == dt.date.fromisoformat("-".join(reversed(typed.split("/"))))
    # Home, then a whole date: refused, not turned into another; typed again: taken
    _keys(env, "ctrl+d", pause=0.6)
    _keys(env, "alt+d", "Home")
    _type(env, "25/08/2017")
    _keys(env, "Return", pause=0.4)
    _keys(env, "ctrl+a")
    _type(env, "25/08/2017")
    _keys(env, "Return", pause=0.6)
    assert _stored(data, meeting_id)[0].date == dt.date(2017, 8, 25)

    # 6. Esc after a change asks; Esc in the question goes back to the field
    _keys(env, "ctrl+d", pause=0.6)
    _keys(env, "alt+v", "End")
    _type(env, ", Room 4")
    _keys(env, "Escape", pause=0.6)  # the question
    _keys(env, "Escape", pause=0.6)  # Cancel: back in the venue
    _type(env, " East")
    _keys(env, "Return", pause=0.6)
    venue = _stored(data, meeting_id)[0].venue
    assert venue == "Conference Room 2, Force Headquarters, Kingsford, Room 4 East"

    # 3. Alt+D and Alt+T in item 3 type nothing
    _keys(env, "ctrl+g")
    _type(env, "3")
    _keys(env, "Return")
    _keys(env, "ctrl+End", "alt+d", "alt+t")
    _type(env, " Done.")

    # 4. a typed question number is taken off, once
    _keys(env, "ctrl+g")
    _type(env, "4a")
    _keys(env, "Return")
    _keys(env, "ctrl+End", "Return")
    _type(env, "3. Can the CC confirm the timetable?")
    _keys(env, "ctrl+shift+q", "Return")
    _type(env, "By April.")
    _keys(env, "Return", "Return")
    _type(env, "4. ")  # the next number starts question 4
    _type(env, "Are partners engaged?", pause=1.2)
    _kill(app)

    meeting, _place = _stored(data, meeting_id)
    assert (
        meeting.find_item("3").blocks[-1].text
        == "Chief officer meeting – no items to update. Done."
    )
    questions = [(b.number, b.text) for b in meeting.find_item("4a").blocks if b.type == "question"]
    assert questions[2:] == [
        ("3", "Can the CC confirm the timetable?"),
        ("4", "Are partners engaged?"),
    ]
    assert [b.text for b in meeting.find_item("4a").blocks if b.type == "question"][2] == (
        "Can the CC confirm the timetable?"
    )


def test_a_half_typed_action_survives_ctrl_q_and_a_crash(display, tmp_path, sample_meeting):  # noqa: F811
    data = tmp_path / "data"
    with Archive.open(data) as archive:
        meeting_id = archive.add_meeting(sample_meeting)
    env = _env(display, tmp_path)

    # Ctrl+Q with the owner half-typed: filed
    app = _start(env, data)
    _keys(env, "ctrl+g")
    _type(env, "3")
    _keys(env, "Return")
    _keys(env, "ctrl+shift+a")
    _type(env, "Brief the PCC on the estates review")
    _keys(env, "Tab")
    _type(env, "CEx")
    _keys(env, "ctrl+q", pause=0)
    app.wait(timeout=20)
    meeting, _place = _stored(data, meeting_id)
    assert [(a.text, a.owner) for a in meeting.find_item("3").actions] == [
        ("Brief the PCC on the estates review", "CEx")
    ]

    # killed a second after the last key: the action is back in its row
    app = _start(env, data)  # (at item 3, where it was left)
    _keys(env, "ctrl+shift+a")
    _type(env, "Share the estates figures")
    _keys(env, "Tab")
    _type(env, "CC", pause=1.0)
    _kill(app)
    meeting, place = _stored(data, meeting_id)
    assert len(meeting.find_item("3").actions) == 1  # not filed: it was being typed
    assert json.loads(place)["action"]["text"] == "Share the estates figures"

    app = _start(env, data)
    _keys(env, "End")
    _type(env, " by May")  # the cursor is in the row again
    _keys(env, "Return", pause=1.2)
    _kill(app)
    meeting, place = _stored(data, meeting_id)
    assert [(a.text, a.owner) for a in meeting.find_item("3").actions] == [
        ("Brief the PCC on the estates review", "CEx"),
        ("Share the estates figures by May", "CC"),
    ]
    assert "action" not in json.loads(place)


def test_a_failed_export_brings_the_save_dialog_back(display, tmp_path, sample_meeting):  # noqa: F811
    data = tmp_path / "data"
    with Archive.open(data) as archive:
        meeting_id = archive.add_meeting(sample_meeting)
    env = _env(display, tmp_path)
    wrong = tmp_path / "no-such-folder" / "minutes.docx"
    right = tmp_path / "minutes.docx"

    app = _start(env, data)
    _keys(env, "ctrl+g")
    _type(env, "5")
    _keys(env, "Return", "ctrl+End")
    _keys(env, "ctrl+e", pause=0.8)
    _keys(env, "Return", pause=1.0)  # Full; the Save dialog
    _keys(env, "ctrl+a")
    _type(env, str(wrong))
    _keys(env, "Return", pause=1.0)  # refused: the sentence
    _keys(env, "Return", pause=1.0)  # OK: the Save dialog again
    _keys(env, "ctrl+a")
    _type(env, str(right))
    _keys(env, "Return", pause=1.5)
    _type(env, " Typed after the export.", pause=1.2)
    _kill(app)

    assert right.exists()
    with zipfile.ZipFile(right) as docx:
        assert "word/document.xml" in docx.namelist()
    meeting, _place = _stored(data, meeting_id)
    text = meeting.find_item("5").blocks[-1].text
    assert text.endswith(" Typed after the export.")
    assert "minutes.docx" not in text and "no-such-folder" not in text
