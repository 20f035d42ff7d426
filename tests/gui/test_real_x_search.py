"""Search and the action tracker under a real X server (Xvfb) with xdotool: the
keys reach the docks, Enter opens the found item with the cursor at the word,
Esc comes back, and what is typed on the way lands where it should.

Skipped where Xvfb or xdotool is missing, or on Windows."""

from __future__ import annotations

import datetime as dt
import os
import shutil
import signal
import time

import pytest

from minutetaker.domain.model import Block, Item, Meeting
from minutetaker.store import Archive
from tests.gui.test_real_x import _env, _start, _xdo, display  # noqa: F401 (a fixture)

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(
        os.name == "nt" or not (shutil.which("Xvfb") and shutil.which("xdotool")),
        reason="needs Xvfb and xdotool",
    ),
]


def test_search_opens_the_item_and_escape_comes_back(display, tmp_path, sample_meeting):  # noqa: F811
    data = tmp_path / "data"
    earlier = Meeting(
        "Monthly Assurance Meeting",
        dt.date(2031, 2, 18),
        items=[
            Item(
                "3",
                "Chief officer meeting / executive board – update",
                blocks=[Block("paragraph", "The CC reported fewer unresourced incidents.")],
            )
        ],
    )
    with Archive.open(data) as archive:
        march = archive.add_meeting(sample_meeting)
        february = archive.add_meeting(earlier)
    env = _env(display, tmp_path)

    app = _start(env, data)  # the March meeting, at its first item
    _xdo(env, "key", "ctrl+shift+f")
    time.sleep(0.3)
    _xdo(env, "type", "--delay", "30", "unresourced")
    time.sleep(0.6)
    _xdo(env, "key", "Return")
    time.sleep(0.4)
    _xdo(env, "type", "--delay", "30", "--", "very ")  # at the word found
    _xdo(env, "key", "Escape")
    time.sleep(0.4)
    _xdo(env, "type", "--delay", "30", "--", "Back home.")
    _xdo(env, "key", "ctrl+shift+t")
    time.sleep(0.6)
    _xdo(env, "key", "Escape")
    time.sleep(0.3)
    _xdo(env, "type", "--delay", "30", "--", " Again.")
    time.sleep(1.2)
    os.kill(app.pid, signal.SIGKILL)
    app.wait(timeout=10)

    with Archive.open(data) as archive:
        found = archive.load_meeting(february).find_item("3")
        home = archive.load_meeting(march)
    assert found.blocks[0].text == "The CC reported fewer very unresourced incidents."
    first = next(home.walk_items())
    assert first.blocks[-1].text == "Back home. Again."
