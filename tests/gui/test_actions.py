"""Capturing actions without leaving the keyboard (issue 3, point 4)."""

from __future__ import annotations

from PySide6.QtCore import Qt

CTRL = Qt.KeyboardModifier.ControlModifier
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def test_an_action_is_filed_with_its_owner_completed(qtbot, window, reopen):
    window.going.go_to("3")
    panel = window.actions_panel
    qtbot.keyClick(window.editor, Qt.Key.Key_A, CTRL_SHIFT)
    assert panel.row.isVisible()
    assert panel.text.hasFocus()
    assert panel.owner_model.stringList() == ["PCC", "CEx", "CC", "ACC", "ALL"]
    qtbot.keyClicks(panel.text, "Brief the PCC on the estates review.")
    qtbot.keyClick(panel.text, Qt.Key.Key_Tab)
    assert panel.owner.hasFocus()
    qtbot.keyClicks(panel.owner, "ac")
    qtbot.keyClick(panel.owner, Qt.Key.Key_Tab)
    qtbot.keyClicks(panel.due, "15/04/2031")
    qtbot.keyClick(panel.due, Qt.Key.Key_Return)
    assert not panel.row.isVisible()
    assert window.editor.hasFocus()
    (action,) = reopen(window.session.meeting.id).find_item("3").actions
    assert (action.text, action.owner, str(action.due)) == (
        "Brief the PCC on the estates review.",
        "ACC",
        "2031-04-15",
    )
    assert window.agenda.currentItem().text(2).endswith("1A")


def test_apologies_are_not_offered_as_owners(window):
    assert "DCC" not in window.actions_panel.owner_model.stringList()


def test_edit_delete_and_undo(qtbot, window, reopen):
    window.going.go_to("4a")
    panel = window.actions_panel
    qtbot.keyClick(window.editor, Qt.Key.Key_3, CTRL)
    assert panel.list.hasFocus()
    qtbot.keyClick(panel.list, Qt.Key.Key_Home)
    qtbot.keyClick(panel.list, Qt.Key.Key_F2)
    assert panel.text.text() == "Provide the PCC with a briefing note on retail crime."
    qtbot.keyClick(panel.text, Qt.Key.Key_End)
    qtbot.keyClicks(panel.text, " By April.")
    qtbot.keyClick(panel.text, Qt.Key.Key_Return)
    stored = reopen(window.session.meeting.id).find_item("4a").actions
    assert stored[0].text.endswith("retail crime. By April.")
    assert stored[0].id == "a-retail-1"

    qtbot.keyClick(window.editor, Qt.Key.Key_3, CTRL)
    qtbot.keyClick(panel.list, Qt.Key.Key_Home)
    qtbot.keyClick(panel.list, Qt.Key.Key_Delete)
    assert [a.id for a in reopen(window.session.meeting.id).find_item("4a").actions] == [
        "a-retail-2"
    ]
    qtbot.keyClick(panel.list, Qt.Key.Key_Z, CTRL)
    assert [a.id for a in reopen(window.session.meeting.id).find_item("4a").actions] == [
        "a-retail-1",
        "a-retail-2",
    ]


def test_escape_leaves_the_row_without_filing(qtbot, window):
    qtbot.keyClick(window.editor, Qt.Key.Key_A, CTRL_SHIFT)
    qtbot.keyClicks(window.actions_panel.text, "Never mind")
    qtbot.keyClick(window.actions_panel.text, Qt.Key.Key_Escape)
    assert not window.actions_panel.row.isVisible()
    assert window.session.item.actions == []
