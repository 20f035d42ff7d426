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


# -- question numbers typed by hand (point 4) -------------------------------------------


def _questions(window, reopen):
    qtbot_item = reopen(window.session.meeting.id).find_item("4a")
    return [(b.number, b.text) for b in qtbot_item.blocks if b.type == "question"]


def test_a_typed_number_is_taken_off_a_question_not_doubled(qtbot, window, reopen):
    """4a holds questions 1 and 2: "3. …" made a question is question 3, once."""
    window.going.go_to("4a")
    qtbot.keyClick(window.editor, Qt.Key.Key_End, CTRL)
    qtbot.keyClick(window.editor, Qt.Key.Key_Return)
    qtbot.keyClicks(window.editor, "3. Can the CC confirm the timetable?")
    qtbot.keyClick(window.editor, Qt.Key.Key_Q, CTRL | SHIFT)
    assert window.editor.textCursor().block().text() == "Can the CC confirm the timetable?"
    qtbot.keyClick(window.editor, Qt.Key.Key_S, CTRL)
    assert _questions(window, reopen)[-1] == ("3", "Can the CC confirm the timetable?")
    assert "taken off" not in window.statusBar().currentMessage()


@pytest.mark.parametrize("typed", ["7. ", "7.", "7) ", "Q7. ", "  7 . "])
def test_a_number_that_is_not_the_next_is_taken_off_and_said(
    qtbot, empty_meeting_window, reopen, typed
):
    window = empty_meeting_window
    window.going.go_to("4a")
    qtbot.keyClicks(window.editor, typed + "Can the CC confirm the timetable?")
    qtbot.keyClick(window.editor, Qt.Key.Key_Q, CTRL | SHIFT)
    qtbot.keyClick(window.editor, Qt.Key.Key_S, CTRL)
    assert _questions(window, reopen) == [("1", "Can the CC confirm the timetable?")]
    said = window.statusBar().currentMessage()
    assert "question 1" in said and "7" in said


def test_a_number_in_the_text_is_not_taken_for_the_question_number(
    qtbot, empty_meeting_window, reopen
):
    window = empty_meeting_window
    window.going.go_to("4a")
    qtbot.keyClicks(window.editor, "2.5% more burglaries: why?")
    qtbot.keyClick(window.editor, Qt.Key.Key_Q, CTRL | SHIFT)
    qtbot.keyClick(window.editor, Qt.Key.Key_S, CTRL)
    assert _questions(window, reopen) == [("1", "2.5% more burglaries: why?")]


def test_typing_the_next_number_starts_a_question(qtbot, empty_meeting_window, reopen):
    window = empty_meeting_window
    window.going.go_to("4a")
    editor = window.editor
    qtbot.keyClicks(editor, "Eastport has the highest rate of shoplifting.")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.keyClicks(editor, "1. ")
    assert editor.current_kind() == ("question", 0)
    assert editor.textCursor().block().text() == ""
    qtbot.keyClicks(editor, "Can the CC explain the rise?")
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # its findings
    qtbot.keyClicks(editor, "Three retail parks.")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.keyClicks(editor, "2. ")  # in the findings: a numbered finding, not a question
    assert editor.current_kind() == ("paragraph", 1)
    qtbot.keyClicks(editor, "Repeat offenders.")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # out of the findings
    qtbot.keyClicks(editor, "2) ")
    assert editor.current_kind() == ("question", 0)
    qtbot.keyClicks(editor, "Are partners engaged?")
    qtbot.keyClick(editor, Qt.Key.Key_S, CTRL)
    item = reopen(window.session.meeting.id).find_item("4a")
    assert [(b.type, b.number, b.text) for b in item.blocks] == [
        ("paragraph", "", "Eastport has the highest rate of shoplifting."),
        ("question", "1", "Can the CC explain the rise?"),
        ("question", "2", "Are partners engaged?"),
    ]
    assert [b.text for b in item.blocks[1].findings] == [
        "Three retail parks.",
        "2. Repeat offenders.",
    ]


def test_another_number_typed_stays_as_typed(qtbot, empty_meeting_window, reopen):
    window = empty_meeting_window
    window.going.go_to("4a")
    editor = window.editor
    qtbot.keyClicks(editor, "3. ")
    assert editor.current_kind() == ("paragraph", 0)
    assert "next question" in window.statusBar().currentMessage()
    qtbot.keyClicks(editor, "Not a question yet.")
    qtbot.keyClick(editor, Qt.Key.Key_S, CTRL)
    item = reopen(window.session.meeting.id).find_item("4a")
    assert [(b.type, b.text) for b in item.blocks] == [("paragraph", "3. Not a question yet.")]


def test_a_numbered_list_typed_by_hand_is_left_alone(qtbot, window, reopen):
    """4a holds questions 1 and 2; under "Actions arising" a list 1., 2., 3. is typed:
    its "3. " follows "2. …", a list being typed, so it is no question."""
    window.going.go_to("4a")
    editor = window.editor
    qtbot.keyClick(editor, Qt.Key.Key_End, CTRL)
    for line in ("1. Share the rankings.", "2. Brief the PCC.", "3. Report in April."):
        qtbot.keyClick(editor, Qt.Key.Key_Return)
        qtbot.keyClicks(editor, line)
        assert editor.current_kind() == ("paragraph", 0)
    qtbot.keyClick(editor, Qt.Key.Key_S, CTRL)
    item = reopen(window.session.meeting.id).find_item("4a")
    assert [b.text for b in item.blocks[-3:]] == [
        "1. Share the rankings.",
        "2. Brief the PCC.",
        "3. Report in April.",
    ]


def test_a_number_typed_elsewhere_is_a_number(qtbot, window, reopen):
    window.going.go_to("3")
    editor = window.editor
    qtbot.keyClick(editor, Qt.Key.Key_End, CTRL)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.keyClicks(editor, "1. First point.")
    assert editor.current_kind() == ("paragraph", 0)
    qtbot.keyClick(editor, Qt.Key.Key_S, CTRL)
    assert reopen(window.session.meeting.id).find_item("3").blocks[-1].text == "1. First point."


def test_undo_takes_back_a_question_started_by_its_number(qtbot, empty_meeting_window):
    window = empty_meeting_window
    window.going.go_to("4a")
    editor = window.editor
    qtbot.keyClicks(editor, "1. ")
    assert editor.current_kind() == ("question", 0)
    qtbot.keyClick(editor, Qt.Key.Key_Z, CTRL)
    assert editor.current_kind() == ("paragraph", 0)


def test_a_lower_number_typed_says_nothing(qtbot, window):
    """After questions 1 and 2, "1. " starts a list, not a question; no note."""
    window.going.go_to("4a")
    qtbot.keyClick(window.editor, Qt.Key.Key_End, CTRL)
    qtbot.keyClick(window.editor, Qt.Key.Key_Return)
    window.statusBar().clearMessage()
    qtbot.keyClicks(window.editor, "1. ")
    assert window.editor.current_kind() == ("paragraph", 0)
    assert window.statusBar().currentMessage() == ""
