"""The "Not for publication" label above a restricted paragraph is seen whole,
also when that paragraph is the first of the item (found by a new minute-taker:
Ctrl+R on the first line of Any other business left the label cut in half by the
top of the notes)."""

from __future__ import annotations

from PySide6.QtGui import QTextCursor

from minutetaker.domain.model import Block
from minutetaker.gui.minutes.notes_editor import NotesEditor
from minutetaker.gui.minutes.notes_format import fill_document, label_height, new_document


def _editor(qtbot, blocks):
    editor = NotesEditor()
    qtbot.addWidget(editor)
    editor.resize(600, 300)
    doc = new_document(editor)
    fill_document(doc, blocks)
    editor.show_document(doc, 0)
    editor.show()
    qtbot.waitExposed(editor)
    return editor, doc


def _room_above(doc, block) -> float:
    """Where the block's text starts, in the viewport, with nothing scrolled."""
    return doc.documentLayout().blockBoundingRect(block).top()


def test_a_first_paragraph_withheld_as_the_notes_open_has_room_for_its_label(qtbot):
    editor, doc = _editor(
        qtbot,
        [
            Block(
                "paragraph",
                "The informant gave details.",
                restricted=True,
                restricted_reason="s31 law enforcement",
            ),
            Block("paragraph", "A public line."),
        ],
    )
    assert editor.verticalScrollBar().value() == 0
    assert _room_above(doc, doc.begin()) >= label_height()


def test_the_first_line_withheld_with_ctrl_r_has_room_for_its_label(qtbot):
    editor, doc = _editor(qtbot, [])
    qtbot.keyClicks(editor, "The informant gave details.")
    editor.setTextCursor(QTextCursor(doc))
    editor.set_restricted(True, "s31 law enforcement")
    assert _room_above(doc, doc.begin()) >= label_height()


def test_a_withheld_paragraph_further_down_keeps_its_room_too(qtbot):
    _, doc = _editor(
        qtbot,
        [
            Block("paragraph", "Public."),
            Block("paragraph", "Withheld.", restricted=True, restricted_reason="s40"),
        ],
    )
    first, second = doc.begin(), doc.begin().next()
    layout = doc.documentLayout()
    gap = layout.blockBoundingRect(second).top() - layout.blockBoundingRect(first).bottom()
    assert gap >= label_height()
