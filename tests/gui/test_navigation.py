"""Moving through the agenda from the keyboard (issue 3, points 1 and 3)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit

CTRL = Qt.KeyboardModifier.ControlModifier


def test_window_shows_the_agenda_and_the_first_item(window):
    assert window.session.item.number == "1"
    numbers = [item.number for item in window.agenda.items_in_order()]
    assert numbers == ["1", "1.1", "1.2", "2", "3", "4", "4a", "4b", "4c", "5", "6"]
    assert window.agenda.currentItem().text(0) == "1"
    menus = [action.text() for action in window.menuBar().actions()]
    assert menus == ["&File", "&Edit", "&Go", "&Meeting", "&View", "&Help"]


def test_next_and_previous_keep_the_text_and_save_at_once(qtbot, window, reopen):
    window.going.go_to("2")
    qtbot.keyClicks(window.editor, " Alpha")
    qtbot.keyClick(window.editor, Qt.Key.Key_PageDown, CTRL)
    assert window.session.item.number == "3"
    # saved on leaving the item, without waiting for the pause
    stored = reopen(window.session.meeting.id).find_item("2").blocks
    assert stored[-1].text.endswith("duty. Alpha")
    qtbot.keyClicks(window.editor, " Beta")
    qtbot.keyClick(window.editor, Qt.Key.Key_PageUp, CTRL)
    assert window.session.item.number == "2"
    assert window.editor.toPlainText().endswith("duty. Alpha")
    qtbot.keyClick(window.editor, Qt.Key.Key_PageDown, CTRL)
    assert window.editor.toPlainText().endswith("update. Beta")
    texts = [b.text for b in reopen(window.session.meeting.id).find_item("2").blocks]
    assert texts == [
        "A high value theft from a cash machine in Eastport.",
        "A police horse was injured on duty. Alpha",
    ]


def test_every_item_can_be_reached_with_ctrl_page_down(qtbot, window):
    seen = [window.session.item.number]
    for _ in range(15):
        qtbot.keyClick(window.editor, Qt.Key.Key_PageDown, CTRL)
        if window.session.item.number != seen[-1]:
            seen.append(window.session.item.number)
    assert seen == ["1", "1.1", "1.2", "2", "3", "4", "4a", "4b", "4c", "5", "6"]


def test_go_to_item_by_number(qtbot, window):
    qtbot.keyClick(window.editor, Qt.Key.Key_G, CTRL)
    field = window.going.go_to_dialog.findChild(QLineEdit)
    qtbot.keyClicks(field, "4C")
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert window.session.item.number == "4c"
    assert "custody suites" in window.editor.toPlainText()


def test_the_outline_opens_an_item_with_enter(qtbot, window):
    qtbot.keyClick(window.editor, Qt.Key.Key_1, CTRL)
    assert window.agenda.hasFocus()
    for _ in range(3):
        qtbot.keyClick(window.agenda, Qt.Key.Key_Down)
    assert window.session.item.number == "2"
    qtbot.keyClick(window.agenda, Qt.Key.Key_Return)
    assert window.editor.hasFocus()
    qtbot.keyClicks(window.editor, " Noted.")
    assert window.editor.toPlainText().endswith("duty. Noted.")
