"""Meetings: the welcome panel, new meeting, the lazy list (issue 3, points 10 and 11)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt

from minutetaker.domain.model import Meeting
from minutetaker.gui.meetings import meetings_dialog
from minutetaker.resources import load_agenda
from tests.gui.conftest import activate

CTRL = Qt.KeyboardModifier.ControlModifier


def test_an_empty_archive_offers_a_new_meeting(qtbot, make_window, archive):
    window = make_window()
    assert window.stack.currentWidget() is window.welcome
    assert window.welcome.new_button.hasFocus()
    qtbot.keyClick(window.welcome.new_button, Qt.Key.Key_Space)
    assert archive.count_meetings() == 1
    assert window.stack.currentWidget() is window.splitter
    assert window.session.item.number == "1"
    assert window.editor.hasFocus()


def test_new_meeting_follows_the_last(qtbot, window, archive, monkeypatch):
    asked = []
    monkeypatch.setattr(window.meetings, "confirm_new_meeting", lambda: asked.append(1) or True)
    qtbot.keyClick(window.editor, Qt.Key.Key_N, CTRL)
    assert asked == [1]
    assert archive.count_meetings() == 2
    assert window.session.meeting.date == dt.date(2031, 4, 15)
    assert "Monthly Assurance Meeting" in window.windowTitle()


def test_the_meeting_list_loads_a_page_at_a_time(qtbot, make_window, archive, monkeypatch):
    monkeypatch.setattr(meetings_dialog, "PAGE", 20)
    template = load_agenda("monthly-assurance")
    start = dt.date(2020, 1, 1)
    for n in range(45):
        meeting = template.new_meeting(start + dt.timedelta(days=7 * n))
        meeting.title = f"Meeting {n}"
        archive.add_meeting(meeting)
    archive.add_meeting(Meeting("Oldest", dt.date(2019, 1, 1)))
    window = make_window()
    assert window.session.meeting.title == "Meeting 44"
    qtbot.keyClick(window.editor, Qt.Key.Key_O, CTRL)
    dialog = window.meetings.meetings_dialog
    activate(qtbot, dialog)
    assert dialog.model.rowCount() < 46  # not all at once
    for _ in range(3):
        qtbot.keyClick(dialog.view, Qt.Key.Key_End)
        qtbot.wait(10)
    assert dialog.model.rowCount() == 46
    qtbot.keyClick(dialog.view, Qt.Key.Key_Return)
    assert window.session.meeting.title == "Oldest"


def test_new_meeting_can_be_declined(qtbot, window, archive, monkeypatch):
    monkeypatch.setattr(window.meetings, "confirm_new_meeting", lambda: False)
    qtbot.keyClick(window.editor, Qt.Key.Key_N, CTRL)
    assert archive.count_meetings() == 1
