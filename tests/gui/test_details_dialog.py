"""The details dialog: Esc asks before throwing changes away, and the attendance
table shows a meeting's people without scrolling (issue 13, points 6 and 7)."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from minutetaker.domain.model import Person
from minutetaker.gui.minutes.attendance import ATTENDS
from tests.gui.conftest import activate
from tests.gui.dialogs import answer

CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier


def _details(qtbot, window):
    qtbot.keyClick(window.editor, Qt.Key.Key_D, CTRL)
    dialog = window.details.dialog
    activate(qtbot, dialog)
    return dialog


def _press(key, modifier=Qt.KeyboardModifier.NoModifier, asked=None):
    """A step for ``answer``: press a key in the question box (and keep its text)."""

    def step(box):
        if asked is not None:
            asked.append(box.text())
        from PySide6.QtTest import QTest

        QTest.qWaitForWindowExposed(box, 2000)
        box.activateWindow()
        QTest.qWaitForWindowActive(box, 2000)
        QTest.keyClick(box, key, modifier)

    return step


def _type_venue(qtbot, dialog, text: str) -> None:
    qtbot.keyClick(dialog, Qt.Key.Key_V, ALT)
    qtbot.keyClicks(dialog.venue, text)


def test_escape_with_nothing_changed_closes_at_once(qtbot, window):
    dialog = _details(qtbot, window)
    qtbot.keyClick(dialog.title, Qt.Key.Key_Escape)  # (a question would wait here)
    assert not dialog.isVisible()
    assert not [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox)]
    qtbot.waitUntil(window.editor.hasFocus, timeout=2000)


def test_escape_after_a_change_asks_and_going_back_keeps_it(qtbot, window, reopen):
    dialog = _details(qtbot, window)
    _type_venue(qtbot, dialog, "Council Chamber")
    asked = []
    answer([_press(Qt.Key.Key_Escape, asked=asked)])  # Esc in the question: back to the dialog
    qtbot.keyClick(dialog.venue, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: bool(asked), timeout=3000)
    assert "changes" in asked[0]
    assert dialog.isVisible()
    assert dialog.venue.text() == "Council Chamber"
    qtbot.waitUntil(dialog.venue.hasFocus, timeout=2000)  # back where it was
    answer([_press(Qt.Key.Key_Return)])  # Enter: the default, save them
    qtbot.keyClick(dialog.venue, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=3000)
    assert reopen(window.session.meeting.id).venue == "Council Chamber"


def test_escape_then_dont_save_throws_the_changes_away(qtbot, window, reopen):
    dialog = _details(qtbot, window)
    _type_venue(qtbot, dialog, "Council Chamber")
    answer([_press(Qt.Key.Key_D, ALT)])  # Don't save
    qtbot.keyClick(dialog.venue, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=3000)
    stored = reopen(window.session.meeting.id)
    assert stored.venue == "Conference Room 2, Force Headquarters, Kingsford"


def test_attendance_just_typed_is_not_thrown_away_without_asking(qtbot, window, reopen):
    dialog = _details(qtbot, window)
    table = dialog.table
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_Down)
    qtbot.keyClick(table, Qt.Key.Key_Space)  # Jo Whitcombe: apologies
    qtbot.keyClick(table, Qt.Key.Key_Insert)  # a new person, typed in
    editor = QApplication.focusWidget()
    qtbot.keyClicks(editor, "Morgan Reyes")
    qtbot.keyClick(editor, Qt.Key.Key_Escape)  # closes the cell, keeps the name
    assert table.item(5, 0).text() == "Morgan Reyes"
    asked = []
    answer([_press(Qt.Key.Key_Return, asked=asked)])  # Save
    qtbot.keyClick(table, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=3000)
    assert asked
    people = reopen(window.session.meeting.id).people
    assert people[1].attendance == "apologies"
    assert people[-1].name == "Morgan Reyes"


def test_save_from_the_question_with_a_bad_date_keeps_the_dialog(qtbot, window, reopen):
    dialog = _details(qtbot, window)
    qtbot.keyClick(dialog, Qt.Key.Key_D, ALT)
    qtbot.keyClicks(dialog.date, "31/02/2031")
    answer([_press(Qt.Key.Key_Return)])  # Save: refused, the sentence shown
    qtbot.keyClick(dialog.date, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: dialog.message.isVisible(), timeout=3000)
    assert dialog.isVisible()
    assert "31/02/2031" in dialog.message.text()
    assert reopen(window.session.meeting.id).date == dt.date(2031, 3, 18)


# -- the attendance table's size (point 7) ------------------------------------------


def _all_rows_shown(table) -> bool:
    viewport = table.viewport().rect()
    last = table.model().index(table.rowCount() - 1, 0)
    return not table.verticalScrollBar().isVisible() and viewport.contains(table.visualRect(last))


@pytest.mark.parametrize("count", [6, 8])
def test_a_meeting_of_eight_people_shows_without_scrolling(
    qtbot, archive, sample_meeting, make_window, count
):
    extra = ["Morgan Reyes", "Tariq Aziz", "Helen Oduya"]
    sample_meeting.people += [
        Person(name, "Head of Finance, OPCC", "") for name in extra[: count - 5]
    ]
    archive.add_meeting(sample_meeting)
    window = make_window()
    dialog = _details(qtbot, window)
    assert dialog.table.rowCount() == count
    assert _all_rows_shown(dialog.table)


def test_the_table_grows_with_the_dialog(qtbot, window):
    dialog = _details(qtbot, window)
    before = dialog.table.height()
    dialog.resize(dialog.width(), dialog.height() + 200)
    qtbot.waitUntil(lambda: dialog.table.height() >= before + 150, timeout=2000)


def test_the_dialog_fits_on_a_small_screen(qtbot, window):
    dialog = _details(qtbot, window)
    screen = dialog.screen().availableGeometry()
    assert dialog.frameGeometry().height() <= screen.height()
    assert dialog.width() <= screen.width()


def test_no_question_after_ok(qtbot, window, reopen):
    """Enter saves as before: nothing is asked."""
    dialog = _details(qtbot, window)
    _type_venue(qtbot, dialog, "Council Chamber")
    qtbot.keyClick(dialog.venue, Qt.Key.Key_Return)
    assert not dialog.isVisible()
    assert QApplication.activeModalWidget() is None or not isinstance(
        QApplication.activeModalWidget(), QMessageBox
    )
    assert reopen(window.session.meeting.id).venue == "Council Chamber"


def test_escape_in_the_attendance_cell_table_keeps_attendance_cycle(qtbot, window):
    """(Space on a row still steps the attendance after a cell was closed with Esc.)"""
    dialog = _details(qtbot, window)
    table = dialog.table
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_F2)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    assert dialog.isVisible()
    qtbot.keyClick(table, Qt.Key.Key_Space)
    assert table.item(0, ATTENDS).text() == "Apologies"
