"""Meeting details and attendance (issue 3, point 7)."""

from __future__ import annotations

from PySide6.QtCore import Qt

from minutetaker.gui.minutes.attendance import ATTENDS, CAPACITY, NAME, ROLE
from tests.gui.conftest import activate

CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier


def test_attendance_switches_with_one_key_and_is_saved(qtbot, window, reopen):
    qtbot.keyClick(window.editor, Qt.Key.Key_D, CTRL)
    dialog = window.details.dialog
    table = dialog.table
    assert dialog.isVisible()
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_Down)  # Jo Whitcombe
    qtbot.keyClick(table, Qt.Key.Key_Space)
    assert table.item(1, ATTENDS).text() == "Apologies"
    qtbot.keyClick(table, Qt.Key.Key_Down)  # Dana Okafor
    for _ in range(2):
        qtbot.keyClick(table, Qt.Key.Key_Space)
    assert table.item(2, ATTENDS).text() == "Absent"
    qtbot.keyClick(table, Qt.Key.Key_Return)
    assert not dialog.isVisible()
    people = reopen(window.session.meeting.id).people
    assert [p.attendance for p in people] == [
        "present",
        "apologies",
        "absent",
        "present",
        "apologies",
    ]
    # owners offered for actions follow who is present
    assert window.actions_panel.owner_model.stringList() == ["PCC", "ACC", "ALL"]


def test_details_are_typed_and_saved(qtbot, window, reopen):
    qtbot.keyClick(window.editor, Qt.Key.Key_D, CTRL)
    dialog = window.details.dialog
    activate(qtbot, dialog)
    qtbot.keyClick(dialog, Qt.Key.Key_V, ALT)
    assert dialog.venue.hasFocus()
    dialog.venue.selectAll()
    qtbot.keyClicks(dialog.venue, "Council Chamber, Kingsford")
    qtbot.keyClick(dialog, Qt.Key.Key_N, ALT)
    assert dialog.next_date.hasFocus()
    dialog.next_date.selectAll()
    qtbot.keyClicks(dialog.next_date, "20/05/2031")
    qtbot.keyClick(dialog.next_date, Qt.Key.Key_Tab)
    dialog.next_time.selectAll()
    qtbot.keyClicks(dialog.next_time, "14:00")
    qtbot.keyClick(dialog.next_time, Qt.Key.Key_Return)
    stored = reopen(window.session.meeting.id)
    assert stored.venue == "Council Chamber, Kingsford"
    assert str(stored.next_meeting.date) == "2031-05-20"
    assert stored.next_meeting.time == "14:00"


def test_a_bad_time_keeps_the_dialog_open(qtbot, window):
    qtbot.keyClick(window.editor, Qt.Key.Key_D, CTRL)
    dialog = window.details.dialog
    dialog.time.selectAll()
    qtbot.keyClicks(dialog.time, "25:99")
    qtbot.keyClick(dialog.time, Qt.Key.Key_Return)
    assert dialog.isVisible()
    assert "10:30" in dialog.message.text()


def test_a_known_person_fills_capacity_and_role(qtbot, archive, stored_meeting, make_window):
    from minutetaker.resources import load_agenda

    archive.start_meeting(load_agenda("monthly-assurance"))
    window = make_window()
    qtbot.keyClick(window.editor, Qt.Key.Key_D, CTRL)
    table = window.details.dialog.table
    activate(qtbot, window.details.dialog)
    rows = table.rowCount()
    qtbot.keyClick(table, Qt.Key.Key_Insert)  # add a person
    assert table.rowCount() == rows + 1
    editor = table.focusWidget() if table.focusWidget() is not table else None
    assert editor is not None
    qtbot.keyClicks(editor, "Priya Sandhu")
    qtbot.keyClick(editor, Qt.Key.Key_Tab)
    row = rows
    assert table.item(row, NAME).text() == "Priya Sandhu"
    assert table.item(row, CAPACITY).text() == "Deputy Chief Constable"
    assert table.item(row, ROLE).text() == "DCC"
