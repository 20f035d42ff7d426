"""Typing the notes of an item (issue 3, points 2 and 9)."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.gui.conftest import type_text

CTRL = Qt.KeyboardModifier.ControlModifier
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def blocks_of(meeting, number):
    return [(b.type, b.text) for b in meeting.find_item(number).blocks]


def test_typed_notes_reach_the_archive_after_a_pause(qtbot, window, reopen):
    window.going.go_to("3")
    qtbot.keyClick(window.editor, Qt.Key.Key_Return)
    qtbot.keyClicks(window.editor, "The DCC gave an update on estates.")
    meeting_id = window.session.meeting.id

    def saved():
        assert blocks_of(reopen(meeting_id), "3")[-1] == (
            "paragraph",
            "The DCC gave an update on estates.",
        )

    qtbot.waitUntil(saved, timeout=3000)
    assert window.saved_label.text().startswith("Saved at ")


def test_dash_space_starts_a_bullet_and_enter_continues_it(qtbot, window, reopen):
    window.going.go_to("5")
    editor = window.editor
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.keyClicks(editor, "- First point")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.keyClicks(editor, "Second point")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # an empty bullet ends the list
    type_text(qtbot, editor, "• Third point")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.keyClicks(editor, "Back to prose.")
    qtbot.keyClick(editor, Qt.Key.Key_S, CTRL)
    assert blocks_of(reopen(window.session.meeting.id), "5")[1:] == [
        ("bullet", "First point"),
        ("bullet", "Second point"),
        ("bullet", "Third point"),
        ("paragraph", "Back to prose."),
    ]


def test_subheading_shortcut_and_undo(qtbot, window, reopen):
    window.going.go_to("4b")
    editor = window.editor
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.keyClicks(editor, "Update")
    qtbot.keyClick(editor, Qt.Key.Key_H, CTRL_SHIFT)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.keyClicks(editor, "Estates strategy agreed.")
    qtbot.keyClick(editor, Qt.Key.Key_S, CTRL)
    assert blocks_of(reopen(window.session.meeting.id), "4b")[1:] == [
        ("subheading", "Update"),
        ("paragraph", "Estates strategy agreed."),
    ]
    for _ in range(3):
        qtbot.keyClick(editor, Qt.Key.Key_Z, CTRL)
    qtbot.keyClick(editor, Qt.Key.Key_S, CTRL)
    assert "Estates strategy agreed." not in editor.toPlainText()


def test_zoom_changes_the_notes_size(qtbot, window):
    before = window.editor.document().defaultFont().pointSizeF()
    qtbot.keyClick(window.editor, Qt.Key.Key_Plus, CTRL)
    qtbot.keyClick(window.editor, Qt.Key.Key_Equal, CTRL)
    assert window.editor.document().defaultFont().pointSizeF() > before
    qtbot.keyClick(window.editor, Qt.Key.Key_0, CTRL)
    assert window.editor.document().defaultFont().pointSizeF() == before


def test_pasted_lines_become_blocks_and_dashes_bullets(qtbot, window, reopen):
    from PySide6.QtWidgets import QApplication

    window.going.go_to("4b")
    qtbot.keyClick(window.editor, Qt.Key.Key_Return)
    QApplication.clipboard().setText("Pasted from Word:\x0b- first point\n• second point\nAfter.")
    qtbot.keyClick(window.editor, Qt.Key.Key_V, CTRL)
    qtbot.keyClick(window.editor, Qt.Key.Key_S, CTRL)
    assert blocks_of(reopen(window.session.meeting.id), "4b")[1:] == [
        ("paragraph", "Pasted from Word:"),
        ("bullet", "first point"),
        ("bullet", "second point"),
        ("paragraph", "After."),
    ]


def test_backspace_at_the_start_of_a_bullet_makes_it_a_paragraph(qtbot, window, reopen):
    window.going.go_to("4b")
    editor = window.editor
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.keyClicks(editor, "- Not a bullet after all")
    qtbot.keyClick(editor, Qt.Key.Key_Home)
    qtbot.keyClick(editor, Qt.Key.Key_Backspace)
    assert editor.textCursor().block().textList() is None
    qtbot.keyClick(editor, Qt.Key.Key_S, CTRL)
    assert blocks_of(reopen(window.session.meeting.id), "4b")[-1] == (
        "paragraph",
        "Not a bullet after all",
    )
