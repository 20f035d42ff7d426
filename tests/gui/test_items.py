"""Holding-to-account and brought-forward items, and "not for publication"
(issue 3, points 5, 6 and 8)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit

from minutetaker.resources import load_agenda

CTRL = Qt.KeyboardModifier.ControlModifier
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
ALT = Qt.KeyboardModifier.AltModifier


@pytest.fixture
def empty_meeting_window(archive, make_window):
    archive.start_meeting(load_agenda("monthly-assurance"))
    return make_window()


def test_pasting_a_numbered_list_makes_one_question_a_line(qtbot, empty_meeting_window, reopen):
    window = empty_meeting_window
    window.going.go_to("4a")
    assert window.page.holding_to_account_panel.isVisible()
    qtbot.keyClick(window.editor, Qt.Key.Key_T, ALT)
    assert window.page.holding_to_account_panel.topic.hasFocus()
    qtbot.keyClicks(window.page.holding_to_account_panel.topic, "Building a safer Northshire")
    qtbot.keyClick(window.page.holding_to_account_panel.topic, Qt.Key.Key_Tab)
    assert window.editor.hasFocus()
    QApplication.clipboard().setText("1. Why has shoplifting risen?\n2) Are partners engaged?\n")
    qtbot.keyClick(window.editor, Qt.Key.Key_V, CTRL)
    qtbot.keyClick(window.editor, Qt.Key.Key_Return)
    qtbot.keyClicks(window.editor, "- Three retail parks.")
    qtbot.keyClick(window.editor, Qt.Key.Key_Return)
    qtbot.keyClick(window.editor, Qt.Key.Key_Return)  # ends the bullets
    qtbot.keyClick(window.editor, Qt.Key.Key_Return)  # ends the findings
    qtbot.keyClicks(window.editor, "The PCC thanked the CC.")
    qtbot.keyClick(window.editor, Qt.Key.Key_S, CTRL)
    item = reopen(window.session.meeting.id).find_item("4a")
    assert item.topic == "Building a safer Northshire"
    first, second, closing = item.blocks
    assert (first.type, first.number, first.text) == ("question", "1", "Why has shoplifting risen?")
    assert first.findings == []
    assert (second.number, second.text) == ("2", "Are partners engaged?")
    assert [(b.type, b.text) for b in second.findings] == [("bullet", "Three retail parks.")]
    assert (closing.type, closing.text) == ("paragraph", "The PCC thanked the CC.")


def test_a_question_typed_with_its_shortcut(qtbot, empty_meeting_window, reopen):
    window = empty_meeting_window
    window.going.go_to("4a")
    qtbot.keyClicks(window.editor, "Is the CC confident?")
    qtbot.keyClick(window.editor, Qt.Key.Key_Q, CTRL_SHIFT)
    qtbot.keyClick(window.editor, Qt.Key.Key_Return)
    qtbot.keyClicks(window.editor, "Yes, with caveats.")
    qtbot.keyClick(window.editor, Qt.Key.Key_S, CTRL)
    (question,) = reopen(window.session.meeting.id).find_item("4a").blocks
    assert (question.type, question.text) == ("question", "Is the CC confident?")
    assert [b.text for b in question.findings] == ["Yes, with caveats."]


def test_brought_forward_item_shows_the_action_and_saves_the_decision(qtbot, window, reopen):
    window.going.go_to("1.2")
    panel = window.page.brought_forward_panel
    assert panel.isVisible()
    assert panel.origin.text() == "Tuesday 18 February 2031"
    assert panel.owner.text() == "CC"
    assert "rural crime problem profile" in panel.action.text()
    qtbot.keyClick(window.editor, Qt.Key.Key_D, ALT)
    assert panel.decision.hasFocus()
    qtbot.keyClick(panel.decision, Qt.Key.Key_Up)
    assert (
        reopen(window.session.meeting.id).find_item("1.2").brought_forward.decision == "discharged"
    )
    qtbot.keyClick(window.editor, Qt.Key.Key_End, CTRL)
    qtbot.keyClicks(window.editor, " Now received.")
    qtbot.keyClick(window.editor, Qt.Key.Key_S, CTRL)
    stored = reopen(window.session.meeting.id).find_item("1.2")
    assert stored.blocks[-1].text == "Profile delayed until the April board. Now received."
    assert stored.brought_forward.subject == "Rural crime – farm machinery thefts"


def test_a_paragraph_marked_not_for_publication(qtbot, window, reopen):
    window.going.go_to("3")
    qtbot.keyClick(window.editor, Qt.Key.Key_R, CTRL)
    field = window.editing.reason_dialog.findChild(QLineEdit)
    qtbot.keyClicks(field, "names an officer")
    qtbot.keyClick(field, Qt.Key.Key_Return)
    (block,) = reopen(window.session.meeting.id).find_item("3").blocks
    assert (block.restricted, block.restricted_reason) == (True, "names an officer")
    assert window.editor.current_restriction() == (True, "names an officer")
    qtbot.keyClick(window.editor, Qt.Key.Key_R, CTRL)  # again: for publication
    qtbot.keyClick(window.editor, Qt.Key.Key_S, CTRL)
    assert not reopen(window.session.meeting.id).find_item("3").blocks[0].restricted


def test_an_item_marked_not_for_publication(qtbot, window, reopen):
    window.going.go_to("5")
    qtbot.keyClick(window.editor, Qt.Key.Key_R, CTRL_SHIFT)
    field = window.editing.reason_dialog.findChild(QLineEdit)
    qtbot.keyClicks(field, "commercially sensitive")
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert window.page.restricted.isVisible()
    assert window.page.restricted.text() == "Not for publication: commercially sensitive"
    item = reopen(window.session.meeting.id).find_item("5")
    assert (item.restricted, item.restricted_reason) == (True, "commercially sensitive")
