"""Changing the agenda from the keyboard (issue 5, point 5): add, delete and move
items; deleting asks first and says how many; actions stay with their item."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QMessageBox

from minutetaker.resources import load_agenda
from tests.gui.conftest import activate

CTRL = Qt.KeyboardModifier.ControlModifier
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
Button = QMessageBox.StandardButton


def numbers(meeting) -> list[str]:
    return [i.number for i in meeting.walk_items()]


def outline_numbers(window) -> list[str]:
    return [i.number for i in window.agenda.items_in_order()]


def action_items(archive) -> dict[str, int]:
    return dict(archive.conn.execute("SELECT id, item_id FROM actions"))


def type_heading(qtbot, window, heading: str) -> None:
    dialog = window.agenda_changes.heading_dialog
    activate(qtbot, dialog)
    field = dialog.findChild(QLineEdit)
    qtbot.keyClicks(field, heading)
    qtbot.keyClick(field, Qt.Key.Key_Return)
    activate(qtbot, window)


@pytest.fixture
def questions(monkeypatch):
    """Answers the delete question with what the test puts in ``answer``."""
    asked = []
    state = {"answer": Button.Cancel}

    def question(_parent, title, text, buttons, default):
        asked.append((title, text, default))
        return state["answer"]

    monkeypatch.setattr(QMessageBox, "question", question)
    return asked, state


def test_a_sub_item_added_under_aob_is_typed_into(qtbot, window, reopen):
    window.going.go_to("5")
    qtbot.keyClick(window.editor, Qt.Key.Key_N, CTRL_SHIFT)
    type_heading(qtbot, window, "Estates strategy")
    assert (window.session.item.number, window.session.item.heading) == ("5.1", "Estates strategy")
    assert window.editor.hasFocus()
    assert "5.1" in outline_numbers(window)
    qtbot.keyClicks(window.editor, "The PCC asked for the estates plan by June.")
    qtbot.keyClick(window.editor, Qt.Key.Key_S, CTRL)
    stored = reopen(window.session.meeting.id)
    item = stored.find_item("5.1")
    assert (item.heading, item.kind) == ("Estates strategy", "notes")
    assert [b.text for b in item.blocks] == ["The PCC asked for the estates plan by June."]
    assert stored.find_item("5").blocks[0].text.startswith("The PCC's consultation")
    # a second one goes at the end
    window.going.go_to("5")
    qtbot.keyClick(window.editor, Qt.Key.Key_N, CTRL_SHIFT)
    type_heading(qtbot, window, "Fleet")
    assert window.session.item.number == "5.2"


def test_an_item_added_after_renumbers_the_rest_and_keeps_actions(qtbot, window, reopen):
    before = action_items(window.session.archive)
    window.going.go_to("2")
    qtbot.keyClick(window.editor, Qt.Key.Key_I, CTRL_SHIFT)
    type_heading(qtbot, window, "Estates")
    assert window.session.item.number == "3"
    stored = reopen(window.session.meeting.id)
    assert numbers(stored) == ["1", "1.1", "1.2", "2", "3", "4", "5", "5a", "5b", "5c", "6", "7"]
    assert outline_numbers(window) == numbers(stored)
    assert [a.id for a in stored.find_item("5a").actions] == ["a-retail-1", "a-retail-2"]
    assert action_items(window.session.archive) == before


def test_an_empty_heading_adds_nothing(qtbot, window, reopen):
    window.going.go_to("5")
    qtbot.keyClick(window.editor, Qt.Key.Key_N, CTRL_SHIFT)
    type_heading(qtbot, window, "   ")
    assert numbers(reopen(window.session.meeting.id)) == numbers(window.session.meeting)
    assert window.session.item.number == "5"


def test_delete_asks_with_the_count_and_cancel_keeps_it(qtbot, window, reopen, questions):
    asked, _state = questions
    window.going.go_to("4a")
    qtbot.keyClick(window.editor, Qt.Key.Key_Delete, CTRL_SHIFT)
    assert asked == [
        (
            "Delete item",
            "Delete item 4a ‘Performance against the police and crime plan’? "
            "It holds 2 actions and notes; they will be deleted too.",
            Button.Cancel,
        )
    ]
    stored = reopen(window.session.meeting.id)
    assert [a.id for a in stored.find_item("4a").actions] == ["a-retail-1", "a-retail-2"]
    assert window.session.item.number == "4a"


def test_delete_of_a_section_counts_its_sub_items(qtbot, window, questions):
    asked, _state = questions
    window.going.go_to("4")
    qtbot.keyClick(window.editor, Qt.Key.Key_Delete, CTRL_SHIFT)
    assert "It holds 3 sub-items, 2 actions and notes;" in asked[0][1]


def test_delete_when_confirmed_takes_the_actions(qtbot, window, reopen, questions):
    _asked, state = questions
    state["answer"] = Button.Yes
    window.going.go_to("4a")
    qtbot.keyClick(window.editor, Qt.Key.Key_Delete, CTRL_SHIFT)
    stored = reopen(window.session.meeting.id)
    assert [i.heading[:4] for i in stored.find_item("4").items] == ["Deli", "HMIC"]
    assert [i.number for i in stored.find_item("4").items] == ["4a", "4b"]
    assert action_items(window.session.archive) == {}
    assert window.session.item.number == "4"
    assert outline_numbers(window) == numbers(stored)


def test_an_empty_item_is_deleted_without_asking(qtbot, window, reopen, questions):
    asked, _state = questions
    window.going.go_to("5")
    qtbot.keyClick(window.editor, Qt.Key.Key_N, CTRL_SHIFT)
    type_heading(qtbot, window, "Nothing yet")
    qtbot.keyClick(window.editor, Qt.Key.Key_Delete, CTRL_SHIFT)
    assert asked == []
    assert reopen(window.session.meeting.id).find_item("5").items == []
    assert window.session.item.number == "5"


def test_an_item_whose_actions_came_back_later_is_kept(
    qtbot, archive, stored_meeting, make_window, monkeypatch, questions, reopen
):
    asked, _state = questions
    archive.start_meeting(load_agenda())
    window = make_window()
    window.session.open_meeting(stored_meeting.id)
    warned = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: warned.append(text))
    window.going.go_to("4a")
    qtbot.keyClick(window.editor, Qt.Key.Key_Delete, CTRL_SHIFT)
    assert asked == []
    (sentence,) = warned
    assert sentence == (
        "Item 4a was not deleted: 2 actions raised under it came back at the meeting of "
        "Tuesday 15 April 2031 (items 1.2, 1.3). Delete those items there first, or keep this item."
    )
    assert len(reopen(stored_meeting.id).find_item("4a").actions) == 2


def test_moving_renumbers_and_the_actions_go_with_the_item(qtbot, window, reopen):
    hta_id = window.session.meeting.find_item("4a").id
    window.going.go_to("4a")
    qtbot.keyClick(window.editor, Qt.Key.Key_Down, CTRL_SHIFT)
    assert (window.session.item.number, window.session.item.id) == ("4b", hta_id)
    stored = reopen(window.session.meeting.id)
    assert stored.find_item("4a").heading == "Delivery of strategic initiatives"
    assert [a.id for a in stored.find_item("4b").actions] == ["a-retail-1", "a-retail-2"]
    assert set(action_items(window.session.archive).values()) == {hta_id}
    assert [a.id for a in window.session.item.actions] == ["a-retail-1", "a-retail-2"]
    window.agenda.setFocus()
    qtbot.keyClick(window.agenda, Qt.Key.Key_Up, CTRL_SHIFT)  # from the agenda too
    assert window.session.item.number == "4a"
    assert reopen(window.session.meeting.id).find_item("4a").id == hta_id


def test_moving_a_section_takes_its_sub_items(qtbot, window, reopen):
    window.going.go_to("5")
    qtbot.keyClick(window.editor, Qt.Key.Key_Up, CTRL_SHIFT)
    assert window.session.item.number == "4"
    stored = reopen(window.session.meeting.id)
    assert numbers(stored) == ["1", "1.1", "1.2", "2", "3", "4", "5", "5a", "5b", "5c", "6"]
    window.going.go_to("1")
    qtbot.keyClick(window.editor, Qt.Key.Key_Up, CTRL_SHIFT)  # already first
    assert window.session.item.number == "1"
    assert "already first" in window.statusBar().currentMessage()


def test_what_was_just_typed_is_saved_before_the_agenda_changes(qtbot, window, reopen):
    window.going.go_to("5")
    qtbot.keyClick(window.editor, Qt.Key.Key_End, CTRL)
    qtbot.keyClicks(window.editor, " Typed just now.")
    qtbot.keyClick(window.editor, Qt.Key.Key_Down, CTRL_SHIFT)  # no pause: no autosave yet
    assert window.session.item.number == "6"
    stored = reopen(window.session.meeting.id)
    assert stored.find_item("6").blocks[-1].text.endswith("Typed just now.")
    assert window.editor.toPlainText().endswith("Typed just now.")


def test_the_open_tracker_drops_the_actions_of_a_deleted_item(qtbot, window, questions):
    _asked, state = questions
    state["answer"] = Button.Yes
    window.going.go_to("4a")
    qtbot.keyClick(window.editor, Qt.Key.Key_T, CTRL_SHIFT)  # the tracker, open below
    assert window.tracker.visible()
    qtbot.waitUntil(lambda: window.tracker.idle, timeout=30_000)  # (read off the window's thread)
    before = [r.id for r in window.tracker.panel.model.rows]
    assert {"a-retail-1", "a-retail-2"} <= set(before)
    window.focus_notes()
    qtbot.keyClick(window.editor, Qt.Key.Key_Delete, CTRL_SHIFT)
    qtbot.waitUntil(lambda: window.tracker.idle, timeout=30_000)
    after = [r.id for r in window.tracker.panel.model.rows]
    assert after == [i for i in before if i not in ("a-retail-1", "a-retail-2")]
