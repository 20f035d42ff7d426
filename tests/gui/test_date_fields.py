"""Every date field of the window takes a typed dd/mm/yyyy as typed, or refuses it
with a sentence; never another date (issue 13, point 1).

The fields: the meeting's date and the next meeting's date (details, Ctrl+D),
an action's due date (the action row), the search's From and Until. (The
action tracker's filters hold no date.) Each is entered as people do: its Alt
key, Ctrl+A, Tab, Shift+Tab, a click, Home."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest

from tests.gui.conftest import activate

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
ALT = Qt.KeyboardModifier.AltModifier


def _details(qtbot, window):
    qtbot.keyClick(window.editor, Qt.Key.Key_D, CTRL)
    dialog = window.details.dialog
    activate(qtbot, dialog)
    return dialog


def _click(qtbot, field, x: int = 8) -> None:
    """A click near the start of the field (the cursor would go there)."""
    QTest.mouseClick(field, Qt.MouseButton.LeftButton, pos=QPoint(x, field.height() // 2))
    qtbot.wait(20)  # the click's own events, then what the field does after them


def _enter_date(qtbot, dialog, how: str) -> None:
    """Put the focus in the meeting's date field as a person would."""
    field = dialog.date
    if how == "alt":
        qtbot.keyClick(dialog, Qt.Key.Key_D, ALT)
    elif how == "select-all":
        qtbot.keyClick(dialog, Qt.Key.Key_D, ALT)
        qtbot.keyClick(field, Qt.Key.Key_End)
        qtbot.keyClick(field, Qt.Key.Key_A, CTRL)
    elif how == "tab":
        qtbot.keyClick(dialog, Qt.Key.Key_T, ALT)  # the title
        assert dialog.title.hasFocus()
        qtbot.keyClick(dialog.title, Qt.Key.Key_Tab)
    elif how == "shift-tab":
        qtbot.keyClick(dialog, Qt.Key.Key_I, ALT)  # the time, just after the date
        assert dialog.time.hasFocus()
        qtbot.keyClick(dialog.time, Qt.Key.Key_Tab, SHIFT)
    elif how == "click":
        _click(qtbot, field, x=field.width() // 2)
    assert field.hasFocus()


@pytest.mark.parametrize("how", ["alt", "select-all", "tab", "shift-tab", "click"])
def test_the_meeting_date_is_taken_as_typed(qtbot, window, reopen, how):
    dialog = _details(qtbot, window)
    _enter_date(qtbot, dialog, how)
    qtbot.keyClicks(dialog.date, "22/08/2017")
    qtbot.keyClick(dialog.date, Qt.Key.Key_Return)
    assert not dialog.isVisible(), dialog.message.text()
    assert reopen(window.session.meeting.id).date == dt.date(2017, 8, 22)
    assert "22 August 2017" in window.windowTitle()


def test_home_then_a_whole_date_is_refused_not_turned_into_another(qtbot, window, reopen):
    dialog = _details(qtbot, window)
    _enter_date(qtbot, dialog, "alt")
    qtbot.keyClick(dialog.date, Qt.Key.Key_Home)
    qtbot.keyClicks(dialog.date, "22/08/2017")
    qtbot.keyClick(dialog.date, Qt.Key.Key_Return)
    assert dialog.isVisible()
    assert "22/08/2017" in dialog.message.text() or "dd/mm/yyyy" in dialog.message.text()
    assert "date" in dialog.message.text()
    assert dialog.date.hasFocus()
    assert dialog.date.selectedText() == dialog.date.text()  # to be typed over
    qtbot.keyClicks(dialog.date, "22/08/2017")  # typed again, over the selection
    qtbot.keyClick(dialog.date, Qt.Key.Key_Return)
    assert not dialog.isVisible()
    assert reopen(window.session.meeting.id).date == dt.date(2017, 8, 22)


@pytest.mark.parametrize("typed", ["31/02/2031", "22/08/17", "2017/08/22", "next week", ""])
def test_a_meeting_date_that_is_no_date_is_refused_with_a_sentence(qtbot, window, reopen, typed):
    dialog = _details(qtbot, window)
    _enter_date(qtbot, dialog, "alt")
    if typed:
        qtbot.keyClicks(dialog.date, typed)
    else:
        qtbot.keyClick(dialog.date, Qt.Key.Key_Delete)
    qtbot.keyClick(dialog.date, Qt.Key.Key_Return)
    assert dialog.isVisible()
    assert dialog.message.isVisible()
    assert "22/08/2017" in dialog.message.text()  # an example of what it wants
    assert dialog.date.hasFocus()
    dialog.done(0)  # left without saving
    assert reopen(window.session.meeting.id).date == dt.date(2031, 3, 18)


def test_the_details_date_shows_the_day_it_understood(qtbot, window):
    dialog = _details(qtbot, window)
    assert dialog.date.day_said.text() == "Tuesday 18 March 2031"  # as it opens
    _enter_date(qtbot, dialog, "alt")
    qtbot.keyClicks(dialog.date, "22/08/2017")
    assert dialog.date.day_said.text() == "Tuesday 22 August 2017"
    qtbot.keyClick(dialog.date, Qt.Key.Key_Backspace)
    assert "not a date" in dialog.date.day_said.text()


def test_the_next_meeting_date_shows_the_day_it_understood_too(qtbot, window):
    """The docs say the details show the day they read: the next meeting's as well
    as the meeting's, in the same words and the same place beside the field."""
    dialog = _details(qtbot, window)
    said = dialog.next_date.day_said
    assert said.isVisible()
    assert said.text() == "Tuesday 15 April 2031"  # as it opens
    qtbot.keyClick(dialog, Qt.Key.Key_N, ALT)
    qtbot.keyClicks(dialog.next_date, "22/04/2031")
    assert said.text() == "Tuesday 22 April 2031"
    qtbot.keyClick(dialog.next_date, Qt.Key.Key_Backspace)
    assert said.text() == "not a date yet (dd/mm/yyyy)"
    qtbot.keyClick(dialog.next_date, Qt.Key.Key_A, CTRL)
    qtbot.keyClick(dialog.next_date, Qt.Key.Key_Delete)
    assert said.text() == ""  # no next meeting date: nothing to say
    assert said.accessibleName() == "Date of the next meeting, as read"  # for a reader


@pytest.mark.parametrize("how", ["alt", "tab", "click"])
def test_the_next_meeting_date_is_taken_as_typed(qtbot, window, reopen, how):
    dialog = _details(qtbot, window)
    qtbot.keyClick(dialog, Qt.Key.Key_N, ALT)
    qtbot.keyClicks(dialog.next_date, "19/09/2017")  # a first date there
    if how == "tab":
        qtbot.keyClick(dialog.next_date, Qt.Key.Key_Tab)
        qtbot.keyClick(dialog.next_time, Qt.Key.Key_Tab, SHIFT)
    elif how == "click":
        qtbot.keyClick(dialog.next_date, Qt.Key.Key_Tab)
        _click(qtbot, dialog.next_date, x=dialog.next_date.width() // 3)
    else:
        qtbot.keyClick(dialog.next_date, Qt.Key.Key_Tab)
        qtbot.keyClick(dialog, Qt.Key.Key_N, ALT)
    assert dialog.next_date.hasFocus()
    qtbot.keyClicks(dialog.next_date, "26/09/2017")
    qtbot.keyClick(dialog.next_date, Qt.Key.Key_Return)
    assert not dialog.isVisible(), dialog.message.text()
    assert reopen(window.session.meeting.id).next_meeting.date == dt.date(2017, 9, 26)


def _action_row(qtbot, window, text: str):
    window.going.go_to("3")
    qtbot.keyClick(window.editor, Qt.Key.Key_A, CTRL | SHIFT)
    panel = window.actions_panel
    qtbot.keyClicks(panel.text, text)
    qtbot.keyClick(panel.text, Qt.Key.Key_Tab)
    qtbot.keyClicks(panel.owner, "CC")
    qtbot.keyClick(panel.owner, Qt.Key.Key_Tab)
    assert panel.due.hasFocus()
    return panel


def test_an_action_due_date_is_taken_as_typed(qtbot, window, reopen):
    panel = _action_row(qtbot, window, "Report on Eastport")
    qtbot.keyClicks(panel.due, "26/09/2017")
    qtbot.keyClick(panel.due, Qt.Key.Key_Return)
    item = reopen(window.session.meeting.id).find_item("3")
    assert [(a.text, a.due) for a in item.actions] == [("Report on Eastport", dt.date(2017, 9, 26))]


def test_an_action_due_date_typed_over_by_click_or_tab(qtbot, window, reopen):
    panel = _action_row(qtbot, window, "Report on Eastport")
    qtbot.keyClicks(panel.due, "26/09/2017")
    qtbot.keyClick(panel.due, Qt.Key.Key_Tab)  # on to the File button
    qtbot.keyClick(panel.file_button, Qt.Key.Key_Tab, SHIFT)  # back: selected
    qtbot.keyClicks(panel.due, "27/09/2017")
    assert panel.due.text() == "27/09/2017"
    qtbot.keyClick(panel.due, Qt.Key.Key_Tab, SHIFT)
    qtbot.keyClick(panel.owner, Qt.Key.Key_Tab, SHIFT)
    assert panel.text.hasFocus()
    _click(qtbot, panel.due, x=panel.due.width() // 2)
    assert panel.due.hasFocus()
    qtbot.keyClicks(panel.due, "28/09/2017")
    qtbot.keyClick(panel.due, Qt.Key.Key_Return)
    item = reopen(window.session.meeting.id).find_item("3")
    assert [a.due for a in item.actions] == [dt.date(2017, 9, 28)]


def test_an_action_due_date_that_is_no_date_is_refused(qtbot, window, reopen):
    panel = _action_row(qtbot, window, "Report on Eastport")
    qtbot.keyClicks(panel.due, "31/09/2017")
    qtbot.keyClick(panel.due, Qt.Key.Key_Return)
    assert panel.row.isVisible()
    assert "15/04/2031" in panel.message.text()
    assert panel.due.hasFocus()
    assert reopen(window.session.meeting.id).find_item("3").actions == []


def test_the_search_dates_are_taken_as_typed_or_said_not_to_be_dates(qtbot, window):
    qtbot.keyClick(window.editor, Qt.Key.Key_F, CTRL | SHIFT)
    panel = window.search.panel
    qtbot.keyClicks(panel.query, "Eastport")
    qtbot.keyClick(panel.query, Qt.Key.Key_O, ALT)
    assert panel.date_from.hasFocus()
    qtbot.keyClicks(panel.date_from, "18/03/2031")
    filters, problems = window.search.filters()
    assert filters["date_from"] == dt.date(2031, 3, 18) and not problems
    qtbot.keyClick(panel.date_from, Qt.Key.Key_Tab)
    _click(qtbot, panel.date_from, x=panel.date_from.width() // 2)
    qtbot.keyClicks(panel.date_from, "19/03/2031")  # typed over, not into, the date
    filters, problems = window.search.filters()
    assert filters["date_from"] == dt.date(2031, 3, 19) and not problems
    qtbot.keyClick(panel.date_from, Qt.Key.Key_U, ALT)
    qtbot.keyClicks(panel.date_to, "31/02/2031")
    window.search.run()
    qtbot.waitUntil(lambda: "not a date" in panel.status.text(), timeout=3000)
    assert "31/02/2031" in panel.status.text()


def test_a_second_click_puts_the_cursor_there_to_change_one_digit(qtbot, window, reopen):
    dialog = _details(qtbot, window)
    field = dialog.date
    field.setCursorPosition(2)  # where "18|/03/2031" is drawn, to click there below
    x = field.cursorRect().center().x()
    _enter_date(qtbot, dialog, "click")  # the first click selects the date
    assert field.selectedText() == "18/03/2031"
    _click(qtbot, field, x=x)
    assert not field.hasSelectedText()
    assert field.cursorPosition() == 2
    qtbot.keyClick(field, Qt.Key.Key_Backspace)
    qtbot.keyClicks(field, "9")
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert reopen(window.session.meeting.id).date == dt.date(2031, 3, 19)


def test_the_day_a_record_is_agreed_is_taken_as_typed(qtbot, window, monkeypatch, reopen):
    """Meeting > Mark as agreed: today offered; a click, then a day typed over it."""
    from minutetaker.store import lifecycle

    monkeypatch.setattr(lifecycle, "today", lambda: dt.date(2031, 5, 1))
    qtbot.keyClick(window.editor, Qt.Key.Key_G, CTRL | SHIFT)
    dialog = window.after.agree_dialog
    activate(qtbot, dialog)
    qtbot.keyClick(dialog.day, Qt.Key.Key_Tab)  # away, then back with a click
    _click(qtbot, dialog.day, x=dialog.day.width() // 2)
    assert dialog.day.hasFocus()
    qtbot.keyClicks(dialog.day, "15/04/2031")
    qtbot.keyClick(dialog.day, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.after.agree_dialog is None, timeout=3000)
    assert reopen(window.session.meeting.id).agreed_on == dt.date(2031, 4, 15)
