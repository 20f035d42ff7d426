"""A half-typed action is never lost (issue 13, point 2): it is filed when the
person leaves the row any way but Esc (Ctrl+Q, closing the window, another item,
another meeting), and what is typed in the row is in the archive within a second,
so that after a crash it is back in its row at the next start."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from PySide6.QtCore import Qt

from minutetaker.domain.model import Item, Meeting
from minutetaker.gui.safety.where_left import PLACE_KEY
from minutetaker.store import Archive
from tests.gui.conftest import written

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def _half_type(qtbot, window, number: str = "3", due: str = "") -> None:
    """Ctrl+Shift+A in item ``number``, an action, Tab, CEx (and a due date)."""
    window.going.go_to(number)
    qtbot.keyClick(window.editor, Qt.Key.Key_A, CTRL | SHIFT)
    panel = window.actions_panel
    qtbot.keyClicks(panel.text, "Check the estates figures")
    qtbot.keyClick(panel.text, Qt.Key.Key_Tab)
    qtbot.keyClicks(panel.owner, "CEx")
    if due:
        qtbot.keyClick(panel.owner, Qt.Key.Key_Tab)
        qtbot.keyClicks(panel.due, due)


def _actions(data_dir, meeting_id: int, number: str = "3"):
    with Archive.open(data_dir) as fresh:
        item = fresh.load_meeting(meeting_id).find_item(number)
    return [(a.text, a.owner, a.due) for a in item.actions]


def test_ctrl_q_files_the_action_being_typed(qtbot, window, data_dir):
    meeting_id = window.session.meeting.id
    _half_type(qtbot, window)
    qtbot.keyClick(window.actions_panel.owner, Qt.Key.Key_Q, CTRL)
    assert not window.isVisible()
    written(qtbot, window)
    assert _actions(data_dir, meeting_id) == [("Check the estates figures", "CEx", None)]


def test_closing_the_window_files_the_action_being_typed(qtbot, window, data_dir):
    meeting_id = window.session.meeting.id
    _half_type(qtbot, window, due="15/04/2031")
    window.close()
    written(qtbot, window)
    assert _actions(data_dir, meeting_id) == [
        ("Check the estates figures", "CEx", dt.date(2031, 4, 15))
    ]


def test_moving_to_another_item_files_it_and_says_so(qtbot, window, reopen):
    _half_type(qtbot, window)
    qtbot.keyClick(window.actions_panel.owner, Qt.Key.Key_PageDown, CTRL)
    assert window.session.item.number == "4"
    assert not window.actions_panel.row.isVisible()
    assert "filed under item 3" in window.statusBar().currentMessage()
    stored = reopen(window.session.meeting.id).find_item("3").actions
    assert [(a.text, a.owner) for a in stored] == [("Check the estates figures", "CEx")]
    window.going.go_to("3")  # the item's own list shows it
    assert window.actions_panel.list.topLevelItemCount() == 1


def test_choosing_another_item_in_the_agenda_files_it(qtbot, window, reopen):
    _half_type(qtbot, window)
    qtbot.keyClick(window.actions_panel.owner, Qt.Key.Key_1, CTRL)  # the agenda
    qtbot.keyClick(window.agenda, Qt.Key.Key_Down)
    assert window.session.item.number == "4"
    assert len(reopen(window.session.meeting.id).find_item("3").actions) == 1


def test_opening_another_meeting_files_it(qtbot, archive, stored_meeting, make_window, data_dir):
    other = archive.add_meeting(
        Meeting("Monthly Assurance Meeting", dt.date(2031, 2, 18), items=[Item("1", "Welcome")])
    )
    window = make_window()
    meeting_id = window.session.meeting.id
    _half_type(qtbot, window)
    window.session.open_meeting(other)  # (as Ctrl+O, a search or the tracker do)
    assert window.session.meeting.id == other
    written(qtbot, window)
    assert _actions(data_dir, meeting_id) == [("Check the estates figures", "CEx", None)]


def test_escape_still_leaves_the_row_without_filing(qtbot, window, reopen):
    _half_type(qtbot, window)
    panel = window.actions_panel
    popup = panel.owner.completer().popup()
    if popup.isVisible():  # the owners offered: Esc closes the list first
        qtbot.keyClick(popup, Qt.Key.Key_Escape)
    qtbot.keyClick(panel.owner, Qt.Key.Key_Escape)  # then the row
    assert panel.row.isHidden()
    window.close()
    assert reopen(window.session.meeting.id).find_item("3").actions == []


def test_a_due_date_that_is_no_date_is_said_when_moving_on(qtbot, window, reopen):
    _half_type(qtbot, window, due="31/09/2031")
    qtbot.keyClick(window.actions_panel.due, Qt.Key.Key_PageDown, CTRL)
    said = window.statusBar().currentMessage()
    assert "31/09/2031" in said and "no due date" in said
    stored = reopen(window.session.meeting.id).find_item("3").actions
    assert [(a.text, a.due) for a in stored] == [("Check the estates figures", None)]


def test_a_due_date_that_is_no_date_on_closing_waits_in_its_row(
    qtbot, window, make_window, data_dir
):
    """Closing cannot ask: the action stays as it was typed, in its row, for the
    next start, with the sentence about its date."""
    meeting_id = window.session.meeting.id
    _half_type(qtbot, window, due="31/09/2031")
    window.close()
    written(qtbot, window)
    assert _actions(data_dir, meeting_id) == []
    window.session.shutdown()
    again = make_window()
    panel = again.actions_panel
    assert again.session.item.number == "3"
    assert panel.row.isVisible()
    assert (panel.text.text(), panel.owner.text(), panel.due.text()) == (
        "Check the estates figures",
        "CEx",
        "31/09/2031",
    )
    qtbot.keyClick(panel.due, Qt.Key.Key_Return)
    assert "31/09/2031" in panel.message.text()  # refused, as when typed
    panel.due.selectAll()
    qtbot.keyClicks(panel.due, "30/09/2031")
    qtbot.keyClick(panel.due, Qt.Key.Key_Return)
    written(qtbot, again)
    assert _actions(data_dir, meeting_id) == [
        ("Check the estates figures", "CEx", dt.date(2031, 9, 30))
    ]


def test_what_is_typed_in_the_row_is_in_the_archive_within_a_second(qtbot, window, data_dir):
    """The crash path: no key but typing, then a second's wait; a fresh connection
    (what the next start reads) finds the row's words."""
    _half_type(qtbot, window)
    qtbot.wait(1000)
    with Archive.open(data_dir) as fresh:
        place = json.loads(fresh.get_setting(PLACE_KEY))
    assert place["action"] == {
        "text": "Check the estates figures",
        "owner": "CEx",
        "due": "",
        "editing": None,
    }


def test_after_a_crash_the_draft_is_back_in_its_row(qtbot, archive, stored_meeting, make_window):
    item = stored_meeting.find_item("3")
    draft = {"text": "Check the estates figures", "owner": "CEx", "due": "", "editing": None}
    place = {"meeting": stored_meeting.id, "item": item.id, "cursor": 0, "action": draft}
    archive.set_setting(PLACE_KEY, json.dumps(place))
    window = make_window()
    panel = window.actions_panel
    assert window.session.item.number == "3"
    assert panel.row.isVisible()
    assert panel.text.text() == "Check the estates figures"
    assert panel.owner.text() == "CEx"
    assert panel.text.hasFocus()
    assert "Enter files it" in window.statusBar().currentMessage()
    qtbot.keyClick(panel.text, Qt.Key.Key_End)
    qtbot.keyClicks(panel.text, " by May")
    qtbot.keyClick(panel.text, Qt.Key.Key_Return)
    written(qtbot, window)
    with Archive.open(archive.path.parent) as fresh:
        stored = fresh.load_meeting(stored_meeting.id).find_item("3")
        place = json.loads(fresh.get_setting(PLACE_KEY))
    assert [(a.text, a.owner) for a in stored.actions] == [
        ("Check the estates figures by May", "CEx")
    ]
    assert "action" not in place  # filed: no draft left for the next start


def test_an_edit_in_hand_is_kept_too(qtbot, window, reopen):
    window.going.go_to("4a")
    panel = window.actions_panel
    qtbot.keyClick(window.editor, Qt.Key.Key_3, CTRL)
    qtbot.keyClick(panel.list, Qt.Key.Key_Home)
    qtbot.keyClick(panel.list, Qt.Key.Key_F2)
    qtbot.keyClick(panel.text, Qt.Key.Key_End)
    qtbot.keyClicks(panel.text, " By April.")
    qtbot.keyClick(panel.text, Qt.Key.Key_PageUp, CTRL)  # on to 4
    actions = reopen(window.session.meeting.id).find_item("4a").actions
    assert actions[0].text.endswith("retail crime. By April.")
    assert actions[0].id == "a-retail-1"
    assert len(actions) == 2


@pytest.mark.parametrize("key", [Qt.Key.Key_N, Qt.Key.Key_I])
def test_changing_the_agenda_files_it_first(qtbot, window, reopen, key):
    """Ctrl+Shift+N / I: the item's new sibling or sub-item; the action stays
    with the item it was typed in."""
    _half_type(qtbot, window)
    qtbot.keyClick(window.actions_panel.owner, key, CTRL | SHIFT)
    dialog = window.agenda_changes.heading_dialog
    from PySide6.QtWidgets import QLineEdit

    field = dialog.findChild(QLineEdit)
    qtbot.keyClicks(field, "Estates")
    qtbot.keyClick(field, Qt.Key.Key_Return)
    stored = reopen(window.session.meeting.id).find_item("3")
    assert [(a.text, a.owner) for a in stored.actions] == [("Check the estates figures", "CEx")]
