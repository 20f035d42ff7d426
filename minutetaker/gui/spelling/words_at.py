"""The misspelt word at a place in a field, and putting another in its place.

A field is the notes editor (a QTextEdit: places are positions in its
document) or a one-line field (a QLineEdit: places are positions in its
text). Places count as Qt counts (an emoji is two), as the checker's spans do
when asked with ``utf16=True``.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QLineEdit, QTextEdit

Judge = Callable[[str], Sequence[tuple[int, int]]]


def utf16_slice(text: str, start: int, end: int) -> str:
    """``text[start:end]`` with the places counted in UTF-16 code units."""
    if text.isascii():
        return text[start:end]
    raw = text.encode("utf-16-le")
    return raw[2 * start : 2 * end].decode("utf-16-le", errors="replace")


@dataclass
class Slip:
    """A misspelt word: the field it is in, and where (``start`` to ``end``)."""

    field: QTextEdit | QLineEdit
    word: str
    start: int
    end: int

    def still_there(self) -> bool:
        return self.text_now() == self.word

    def text_now(self) -> str:
        if isinstance(self.field, QLineEdit):
            return utf16_slice(self.field.text(), self.start, self.end)
        return self._cursor().selectedText()

    def replace(self, text: str) -> bool:
        """Put ``text`` in the word's place, as one step of the field's undo.
        False (and nothing done) if the word is no longer there."""
        if not self.still_there():
            return False
        if isinstance(self.field, QLineEdit):
            self.field.setSelection(self.start, self.end - self.start)
            self.field.insert(text)
            return True
        cursor = self._cursor()
        cursor.beginEditBlock()
        cursor.insertText(text)
        cursor.endEditBlock()
        return True

    def select(self) -> None:
        """Select the word in its field, and show it."""
        if isinstance(self.field, QLineEdit):
            self.field.setSelection(self.start, self.end - self.start)
            return
        self.field.setTextCursor(self._cursor())
        self.field.ensureCursorVisible()

    def _cursor(self) -> QTextCursor:
        cursor = QTextCursor(self.field.document())
        cursor.setPosition(self.start)
        cursor.setPosition(self.end, QTextCursor.MoveMode.KeepAnchor)
        return cursor


def slip_in_notes(editor: QTextEdit, position: int, judge: Judge) -> Slip | None:
    """The misspelt word at ``position`` of the editor's document (touching it
    counts), or None."""
    block = editor.document().findBlock(position)
    if not block.isValid():
        return None
    at = position - block.position()
    for start, end in judge(block.text()):
        if start <= at <= end:
            return _notes_slip(editor, block.position(), block.text(), start, end)
    return None


def slip_in_line(line: QLineEdit, position: int, judge: Judge) -> Slip | None:
    text = line.text()
    for start, end in judge(text):
        if start <= position <= end:
            return Slip(line, utf16_slice(text, start, end), start, end)
    return None


def next_slip_in_notes(editor: QTextEdit, judge: Judge) -> Slip | None:
    """The first misspelt word after the cursor (or the selection), going on
    from the start of the notes after their end; None if there is none."""
    doc = editor.document()
    cursor = editor.textCursor()
    origin = cursor.selectionEnd() if cursor.hasSelection() else cursor.position()
    first = doc.findBlock(origin)
    at = origin - first.position()
    block = first
    while block.isValid():  # from the cursor to the end
        for start, end in judge(block.text()):
            if block != first or end > at:
                return _notes_slip(editor, block.position(), block.text(), start, end)
        block = block.next()
    block = doc.firstBlock()
    while block.isValid() and block.blockNumber() <= first.blockNumber():  # then round
        for start, end in judge(block.text()):
            if block != first or end <= at:
                return _notes_slip(editor, block.position(), block.text(), start, end)
        block = block.next()
    return None


def next_slip_in_line(line: QLineEdit, judge: Judge) -> Slip | None:
    """The first misspelt word of a one-line field after its cursor (or selection)."""
    origin = line.selectionEnd() if line.hasSelectedText() else line.cursorPosition()
    text = line.text()
    for start, end in judge(text):
        if end > origin:
            return Slip(line, utf16_slice(text, start, end), start, end)
    return None


def _notes_slip(editor: QTextEdit, offset: int, text: str, start: int, end: int) -> Slip:
    return Slip(editor, utf16_slice(text, start, end), offset + start, offset + end)
