"""Fixtures for the window's after-the-meeting parts: a day on which the sample
meeting (18 March 2031) can have been agreed, and an agreed meeting."""

from __future__ import annotations

import datetime as dt

import pytest

TODAY = dt.date(2031, 5, 1)  # the computer's day, for the archive and the window
AGREED_ON = dt.date(2031, 4, 15)


@pytest.fixture(autouse=True)
def computer_day(monkeypatch):
    from minutetaker.store import lifecycle

    monkeypatch.setattr(lifecycle, "today", lambda: TODAY)
    return TODAY


@pytest.fixture
def agreed_meeting(archive, stored_meeting):
    """The sample meeting, agreed on 15 April 2031 (so locked)."""
    archive.record(stored_meeting.id).agree(AGREED_ON)
    return stored_meeting


@pytest.fixture
def agreed_window(make_window, agreed_meeting):
    return make_window()


def history(data_dir, meeting_id) -> list[tuple[str, str]]:
    """(event, detail) of the record's history, read by a fresh connection."""
    from minutetaker.store import Archive

    with Archive.open(data_dir) as fresh:
        return [(e.event, e.detail) for e in fresh.record(meeting_id).history()]


def reason_field(qtbot, window):
    """The reason box of the question an agreed record asks, once it is asked."""
    from PySide6.QtWidgets import QLineEdit

    qtbot.waitUntil(lambda: window.lock.dialog is not None, timeout=3000)
    return window.lock.dialog.findChild(QLineEdit)
