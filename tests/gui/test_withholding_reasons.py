"""The reason for withholding, wherever the window asks it (issue 15, point 8):
Ctrl+R (a paragraph), Ctrl+Shift+R (an item) and W in the check panel offer the
same list, the FOI exemptions an office cites, typed or chosen from the
keyboard, with words of one's own still allowed; Esc changes nothing."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLineEdit

from minutetaker.domain.reasons import EXEMPTIONS
from tests.gui.conftest import activate

CTRL = Qt.KeyboardModifier.ControlModifier
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def _ask(qtbot, window, key, modifiers, item: str = "3"):
    window.going.go_to(item)
    window.focus_notes()
    qtbot.keyClick(window.editor, key, modifiers)
    dialog = window.editing.reason_dialog
    assert dialog is not None
    activate(qtbot, dialog)
    return dialog


def _offered(dialog) -> list[str]:
    box = dialog.findChild(QComboBox)
    assert box is not None, "the reason is asked in a plain text box, with nothing offered"
    return [box.itemText(i) for i in range(box.count())]


def _field(dialog) -> QLineEdit:
    return dialog.findChild(QLineEdit)


@pytest.mark.parametrize("keys", [(Qt.Key.Key_R, CTRL), (Qt.Key.Key_R, CTRL_SHIFT)])
def test_the_exemptions_are_offered_in_order_and_the_field_starts_empty(qtbot, window, keys):
    dialog = _ask(qtbot, window, *keys)
    assert _offered(dialog) == [e.label for e in EXEMPTIONS]
    assert _field(dialog).text() == ""  # nothing chosen for the person
    assert _field(dialog).hasFocus()


def test_arrow_down_then_enter_takes_the_first_exemption(qtbot, window, reopen):
    dialog = _ask(qtbot, window, Qt.Key.Key_R, CTRL)
    field = _field(dialog)
    qtbot.keyClick(field, Qt.Key.Key_Down)
    assert field.text() == "s31 – law enforcement"
    qtbot.keyClick(field, Qt.Key.Key_Down)
    qtbot.keyClick(field, Qt.Key.Key_Down)
    assert field.text() == "s40 – personal information"
    qtbot.keyClick(field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.editing.reason_dialog is None, timeout=3000)
    (block,) = reopen(window.session.meeting.id).find_item("3").blocks
    assert (block.restricted, block.restricted_reason) == (True, "s40 – personal information")
    qtbot.waitUntil(window.editor.hasFocus, timeout=3000)  # back in the notes


def test_a_code_typed_is_kept_as_typed_and_read_back_in_words(qtbot, window, reopen):
    dialog = _ask(qtbot, window, Qt.Key.Key_R, CTRL_SHIFT, item="5")
    field = _field(dialog)
    qtbot.keyClicks(field, "s43")
    assert "commercial interests" in dialog.understood.text()  # what it will mean
    qtbot.keyClick(field, Qt.Key.Key_Return)
    item = reopen(window.session.meeting.id).find_item("5")
    assert (item.restricted, item.restricted_reason) == (True, "s43")
    assert window.page.restricted.text() == "Not for publication: s43"


def test_words_of_ones_own_are_taken(qtbot, window, reopen):
    dialog = _ask(qtbot, window, Qt.Key.Key_R, CTRL)
    field = _field(dialog)
    qtbot.keyClicks(field, "names a victim")
    assert "own words" in dialog.understood.text()
    qtbot.keyClick(field, Qt.Key.Key_Return)
    (block,) = reopen(window.session.meeting.id).find_item("3").blocks
    assert (block.restricted, block.restricted_reason) == (True, "names a victim")


@pytest.mark.parametrize("keys", [(Qt.Key.Key_R, CTRL), (Qt.Key.Key_R, CTRL_SHIFT)])
def test_esc_changes_nothing(qtbot, window, reopen, keys):
    dialog = _ask(qtbot, window, *keys)
    field = _field(dialog)
    qtbot.keyClick(field, Qt.Key.Key_Down)
    qtbot.keyClick(field, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: window.editing.reason_dialog is None, timeout=3000)
    assert window.editor.current_restriction()[0] is False
    assert not window.session.item.restricted
    window.session.save_now()
    item = reopen(window.session.meeting.id).find_item("3")
    assert not item.restricted and not any(b.restricted for b in item.blocks)
    qtbot.waitUntil(window.editor.hasFocus, timeout=3000)  # back in the notes
