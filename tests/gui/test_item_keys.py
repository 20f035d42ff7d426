"""Alt+D and Alt+T where an item has no decision or topic, and question numbers
typed by hand (issue 13, points 3 and 4)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from minutetaker.resources import load_agenda

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
ALT = Qt.KeyboardModifier.AltModifier


@pytest.fixture
def empty_meeting_window(archive, make_window):
    archive.start_meeting(load_agenda("monthly-assurance"))
    return make_window()


def _notes(window) -> str:
    return window.editor.toPlainText()


@pytest.mark.parametrize(
    ("key", "number", "said"),
    [
        (Qt.Key.Key_D, "3", "decision"),
        (Qt.Key.Key_T, "3", "topic"),
        (Qt.Key.Key_D, "4a", "decision"),
        (Qt.Key.Key_T, "1.1", "topic"),
    ],
)
def test_alt_d_and_alt_t_where_there_is_none_type_nothing(qtbot, window, reopen, key, number, said):
    window.going.go_to(number)
    window.focus_notes()
    before = _notes(window)
    qtbot.keyClick(window.editor, key, ALT)
    assert _notes(window) == before  # no "d" or "t" in the notes
    assert window.editor.hasFocus()
    assert said in window.statusBar().currentMessage()
    qtbot.keyClicks(window.editor, "x")  # typing goes on where it was
    qtbot.keyClick(window.editor, Qt.Key.Key_S, CTRL)
    stored = reopen(window.session.meeting.id).find_item(number)
    assert stored.blocks[-1].text.endswith("x")
    assert not stored.blocks[-1].text.endswith(("dx", "tx"))


def test_alt_d_and_alt_t_go_to_the_decision_and_the_topic_where_there_are(qtbot, window):
    window.going.go_to("1.2")
    qtbot.keyClick(window.editor, Qt.Key.Key_D, ALT)
    assert window.page.brought_forward_panel.decision.hasFocus()
    window.going.go_to("4a")
    window.focus_notes()
    qtbot.keyClick(window.editor, Qt.Key.Key_T, ALT)
    assert window.page.holding_to_account_panel.topic.hasFocus()


def test_no_alt_letter_types_its_letter_into_the_notes(qtbot, window):
    """An Alt key that is no command anywhere (Alt+Q, Alt+K) types nothing either;
    Ctrl+Alt (AltGr on Windows) still types."""
    window.going.go_to("3")
    window.focus_notes()
    before = _notes(window)
    for key in (Qt.Key.Key_Q, Qt.Key.Key_K, Qt.Key.Key_J):
        qtbot.keyClick(window.editor, key, ALT)
    qtbot.keyClick(window.editor, Qt.Key.Key_J, ALT | SHIFT)
    assert _notes(window) == before
