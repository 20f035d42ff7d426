"""A first meeting without history: an action of an earlier meeting kept in Word,
typed by hand into item 1 (Edit > Add a brought-forward action…, Ctrl+Shift+M),
all from the keyboard (issue 14, point 6)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from minutetaker.resources import load_agenda
from tests.gui.conftest import activate, type_text, written
from tests.gui.dialogs import answer

CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
SUBJECT = "Estates – Kingsford station roof"
ACTION = "The CC to report on the roof repairs."


def _open(qtbot, window):
    qtbot.waitUntil(window.isActiveWindow)  # back from a dialog closed before
    qtbot.keyClick(window.editor, Qt.Key.Key_M, CTRL_SHIFT)
    dialog = window.agenda_changes.brought_forward_dialog
    activate(qtbot, dialog)
    return dialog


def _tab(qtbot, dialog) -> None:
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Tab)


def test_typed_from_the_keyboard_it_becomes_a_1x_item_as_new_lays_one_out(
    qtbot, window, reopen, archive
):
    meeting_id = window.session.meeting.id
    window.going.go_to("3")
    dialog = _open(qtbot, window)
    # The month before the meeting is offered, selected: typing replaces it.
    assert dialog.focusWidget() is dialog.month and dialog.month.text() == "February 2031"
    assert dialog.month.selectedText() == "February 2031"
    order = []
    for text in ("11/2030", SUBJECT, ACTION, "cc", "20/01/2031"):
        order.append(dialog.focusWidget().accessibleName())
        type_text(qtbot, dialog.focusWidget(), text)
        if dialog.owner.completer().popup().isVisible():
            qtbot.keyClick(dialog.owner.completer().popup(), Qt.Key.Key_Escape)
        _tab(qtbot, dialog)
    assert order == [
        "Month and year it arose",
        "Subject",
        "Action as raised",
        "Owner (role code)",
        "Due date",
    ]
    qtbot.keyClick(dialog.due, Qt.Key.Key_Return)  # Enter files it

    # November 2030 arose before January's and February's: it is 1.1 now.
    session = window.session
    assert session.item.number == "1.1"
    assert session.item.heading == "Action arising from the November 2030 meeting"
    qtbot.waitUntil(lambda: window.focusWidget() is window.editor)  # type the update
    assert [(i.number, i.heading) for i in session.meeting.find_item("1").items] == [
        ("1.1", "Action arising from the November 2030 meeting"),
        ("1.2", "Action arising from the January 2031 meeting"),
        ("1.3", "Action arising from the February 2031 meeting"),
    ]
    row = window.agenda.currentItem()
    assert (row.text(0), row.text(1)) == ("1.1", SUBJECT)  # its subject, as exported
    assert "Action arising from the November 2030 meeting" in row.toolTip(1)
    panel = window.page.brought_forward_panel
    assert panel.isVisible()
    assert [panel.origin.text(), panel.subject.text(), panel.action.text()] == [
        "the November 2030 meeting",
        SUBJECT,
        ACTION,
    ]
    assert (panel.owner.text(), panel.due.text()) == ("CC", "20/01/2031")
    assert panel.due.isVisible()
    window.going.go_to("1.3")  # the sample's own: no due date known, none shown
    assert panel.origin.text() == "Tuesday 18 February 2031" and not panel.due.isVisible()
    window.going.go_to("1.1")
    assert window.statusBar().currentMessage() == (
        "Item 1.1 added: action arising from the November 2030 meeting."
    )

    stored = reopen(meeting_id).find_item("1.1")
    record = stored.brought_forward
    assert (record.from_date, record.subject, record.action, record.owner, record.due) == (
        dt.date(2030, 11, 1),
        SUBJECT,
        ACTION,
        "CC",
        dt.date(2031, 1, 20),
    )
    assert (stored.kind, record.decision) == ("brought_forward", "pending")
    # Still open at the next meeting: new brings it back as it brings any other.
    written(qtbot, window)
    april = archive.start_meeting(load_agenda())
    again = [i for i in april.find_item("1").items if i.brought_forward.action == ACTION]
    assert [(i.heading, i.brought_forward.subject, i.brought_forward.due) for i in again] == [
        ("Action arising from the November 2030 meeting", SUBJECT, dt.date(2031, 1, 20))
    ]


def test_esc_leaves_at_once_when_nothing_was_typed_and_asks_when_something_was(
    qtbot, window, reopen
):
    meeting_id = window.session.meeting.id
    dialog = _open(qtbot, window)
    qtbot.keyClick(dialog.month, Qt.Key.Key_Escape)
    assert not dialog.isVisible()

    dialog = _open(qtbot, window)
    _tab(qtbot, dialog)
    type_text(qtbot, dialog.subject, SUBJECT)
    asked = []

    def no(box: QMessageBox) -> None:
        asked.append(box.text())
        box.button(QMessageBox.StandardButton.No).click()

    answer([no])
    qtbot.keyClick(dialog.subject, Qt.Key.Key_Escape)
    assert asked == ["Leave without adding this brought-forward action? What you typed is lost."]
    assert dialog.isVisible() and dialog.subject.text() == SUBJECT  # kept

    answer([lambda box: box.button(QMessageBox.StandardButton.Yes).click()])
    qtbot.keyClick(dialog.subject, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert len(reopen(meeting_id).find_item("1").items) == 2


def test_what_cannot_be_read_is_said_and_nothing_is_added(qtbot, window, reopen):
    meeting_id = window.session.meeting.id
    dialog = _open(qtbot, window)
    type_text(qtbot, dialog.month, "Junuary 2031")
    qtbot.keyClick(dialog.month, Qt.Key.Key_Return)
    assert dialog.isVisible()
    assert dialog.message.text() == "Type the month it arose as June 2017 or 06/2017."
    assert dialog.focusWidget() is dialog.month
    type_text(qtbot, dialog.month, "06/2030")
    qtbot.keyClick(dialog.month, Qt.Key.Key_Return)  # neither subject nor action yet
    assert dialog.isVisible() and dialog.focusWidget() is dialog.action
    type_text(qtbot, dialog.action, ACTION)
    dialog.due.setText("31/06/2030")
    qtbot.keyClick(dialog.action, Qt.Key.Key_Return)
    assert dialog.isVisible() and dialog.focusWidget() is dialog.due
    assert "dd/mm/yyyy" in dialog.message.text()
    assert len(reopen(meeting_id).find_item("1").items) == 2
    dialog.due.clear()
    qtbot.keyClick(dialog.due, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    record = reopen(meeting_id).find_item("1.1").brought_forward
    assert (record.from_date, record.action, record.due) == (dt.date(2030, 6, 1), ACTION, None)


def test_an_agreed_record_asks_for_a_reason_first(
    qtbot, make_window, archive, stored_meeting, reopen
):
    from tests.gui.after.conftest import reason_field

    archive.record(stored_meeting.id).agree(dt.date(2031, 4, 15), today=dt.date(2031, 5, 1))
    window = make_window()
    qtbot.keyClick(window.editor, Qt.Key.Key_M, CTRL_SHIFT)
    reason_field(qtbot, window)
    qtbot.keyClick(window.lock.dialog, Qt.Key.Key_Escape)  # refused: nothing opens
    qtbot.waitUntil(lambda: window.lock.dialog is None)
    assert window.agenda_changes.brought_forward_dialog is None
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window.editor, Qt.Key.Key_M, CTRL_SHIFT)
    field = reason_field(qtbot, window)
    qtbot.keyClicks(field, "The last Word minutes had an action left out")
    qtbot.keyClick(field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.agenda_changes.brought_forward_dialog is not None)
    dialog = window.agenda_changes.brought_forward_dialog
    activate(qtbot, dialog)
    type_text(qtbot, dialog.action, ACTION)
    qtbot.keyClick(dialog.action, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert [i.brought_forward.action for i in reopen(stored_meeting.id).find_item("1").items][
        -1
    ] == ACTION


def test_every_control_of_the_dialog_has_a_name(qtbot, window):
    from tests.gui.test_accessibility import _unnamed

    dialog = _open(qtbot, window)
    assert _unnamed(dialog) == []
    qtbot.keyClick(dialog.month, Qt.Key.Key_Escape)
