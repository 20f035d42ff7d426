"""The editor an item's notes are typed into.

Plain typing goes straight to Qt; only Enter, the space after a "- " (or after a
question's number, see :mod:`~minutetaker.gui.minutes.question_numbers`) and a
paste are looked at, so a key press never waits on anything of ours. Each item keeps its
own QTextDocument (its own undo history); the editor shows one at a time.
"""

from __future__ import annotations

import re
import sys

from PySide6.QtCore import QMimeData, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QFont, QKeyEvent, QPainter, QTextCursor, QTextDocument
from PySide6.QtWidgets import QTextEdit, QWidget

from minutetaker.domain.text import clean_text
from minutetaker.gui.minutes.notes_format import (
    BULLET,
    PARAGRAPH,
    QUESTION,
    SUBHEADING,
    block_format,
    block_kind,
    block_restriction,
    char_format,
    new_document,
    set_block_kind,
    text_list,
)
from minutetaker.gui.minutes.question_numbers import (
    follows_numbered_line,
    question_number,
    questions_before,
    started_number,
    typed_number,
)

BULLET_STARTS = ("- ", "• ", "* ")
_NUMBERED = re.compile(r"^\s*(?:Q\s*)?\d+\s*[.):]\s*(.*\S)\s*$", re.IGNORECASE)
LABEL_COLOUR = QColor("#9b1c1c")


def numbered_lines(text: str) -> list[str] | None:
    """The lines of a pasted numbered list ("1. Foo", "2) Bar"), without their numbers;
    None if the text is not such a list."""
    lines = [line for line in text.replace("\r\n", "\n").split("\n") if line.strip()]
    if not lines:
        return None
    found = [_NUMBERED.match(line) for line in lines]
    if not all(found):
        return None
    return [m.group(1) for m in found if m]


def _alt_letter(event: QKeyEvent) -> bool:
    """Alt (with or without Shift) and a printable key: Qt would type the letter
    when no command takes the key. Ctrl+Alt is AltGr on Windows (€, é): typed;
    on a Mac, Option types accents: typed."""
    mods = event.modifiers()
    alt = Qt.KeyboardModifier.AltModifier
    if sys.platform == "darwin" or not mods & alt or mods & Qt.KeyboardModifier.ControlModifier:
        return False
    return bool(event.text()) and event.text().isprintable()


class NotesEditor(QTextEdit):
    """Rich-text editor whose blocks are the interchange format's blocks."""

    zoomChanged = Signal(int)
    said = Signal(str)  # a line for the status bar

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAcceptRichText(False)
        self.setTabChangesFocus(True)
        self.setAccessibleName("Notes")
        self.setAccessibleDescription(
            "The notes of the current item. Start a line with a dash and a space for a bullet."
        )
        self.questions_allowed = False
        self._zoom = 0
        self._blank = new_document(self)  # shown when no meeting is open

    # -- documents ---------------------------------------------------------------------

    def show_nothing(self) -> None:
        """No item's notes on screen (no meeting open, or one being replaced)."""
        self.setDocument(self._blank)

    def show_document(self, doc: QTextDocument, position: int | None = None) -> None:
        if self.document() is not doc:
            self.setDocument(doc)
            self._apply_zoom_to(doc)
        cursor = QTextCursor(doc)
        if position is None or position > doc.characterCount() - 1:
            cursor.movePosition(QTextCursor.MoveOperation.End)
        else:
            cursor.setPosition(max(0, position))
        self.setTextCursor(cursor)
        self.ensureCursorVisible()

    # -- zoom --------------------------------------------------------------------------

    @property
    def zoom(self) -> int:
        return self._zoom

    def set_zoom(self, steps: int) -> None:
        self._zoom = max(-4, min(12, steps))
        self._apply_zoom_to(self.document())
        self.zoomChanged.emit(self._zoom)

    def _apply_zoom_to(self, doc: QTextDocument) -> None:
        base = self.font()
        size = base.pointSizeF() if base.pointSizeF() > 0 else 10.0
        font = QFont(doc.defaultFont())
        font.setPointSizeF(size * (1.0 + 0.1 * self._zoom))
        doc.setDefaultFont(font)

    # -- block types -------------------------------------------------------------------

    def current_kind(self) -> tuple[str, int]:
        return block_kind(self.textCursor().block())

    def make(self, kind: str) -> None:
        """Make the current paragraph (or the selected ones) a ``kind`` block."""
        if kind == QUESTION and not self.questions_allowed:
            return
        cursor = self.textCursor()
        if kind != QUESTION:
            set_block_kind(cursor, kind)
            return
        cursor.beginEditBlock()  # one undo step: the numbers taken off, the questions made
        typed = self._take_off_numbers(cursor)
        set_block_kind(cursor, QUESTION)
        cursor.endEditBlock()
        for block_number, number in typed:
            got = question_number(self.document().findBlockByNumber(block_number))
            if got != number:
                self.said.emit(
                    f"This is question {got} of the item: questions are numbered in "
                    f"the order they stand, so the {number} typed was taken off."
                )

    def _take_off_numbers(self, cursor: QTextCursor) -> list[tuple[int, int]]:
        """Take a typed number off the start of each selected line that is not yet
        a question; the (block number, typed number) of each."""
        doc = self.document()
        block, end = doc.findBlock(cursor.selectionStart()), doc.findBlock(cursor.selectionEnd())
        taken = []
        while block.isValid():
            found = typed_number(block.text())
            if found is not None and block_kind(block)[0] != QUESTION:
                number, length = found
                work = QTextCursor(block)
                work.setPosition(block.position() + length, QTextCursor.MoveMode.KeepAnchor)
                work.removeSelectedText()
                taken.append((block.blockNumber(), number))
            if block == end:
                break
            block = block.next()
        return taken

    def set_level(self, level: int) -> None:
        """Level 1 makes the block a finding under the question above it."""
        kind, _ = self.current_kind()
        if kind == QUESTION:
            return
        set_block_kind(self.textCursor(), kind, level=level)

    def set_restricted(self, restricted: bool, reason: str = "") -> None:
        kind, _ = self.current_kind()
        set_block_kind(self.textCursor(), kind, restricted=restricted, reason=reason)
        self.viewport().update()

    def current_restriction(self) -> tuple[bool, str]:
        return block_restriction(self.textCursor().block())

    # -- keys --------------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and mods == Qt.KeyboardModifier.NoModifier:
            self._enter()
            return
        if key == Qt.Key.Key_Backspace and self._backspace_at_start():
            return
        if _alt_letter(event):
            event.ignore()  # a command key that is no command here: never its letter
            return
        super().keyPressEvent(event)
        if key == Qt.Key.Key_Space and mods in (
            Qt.KeyboardModifier.NoModifier,
            Qt.KeyboardModifier.ShiftModifier,
        ):
            self._maybe_start_bullet()
            self._maybe_start_question()

    def _maybe_start_bullet(self) -> None:
        cursor = self.textCursor()
        block = cursor.block()
        if cursor.positionInBlock() != 2 or block.text() not in BULLET_STARTS:
            return
        kind, level = block_kind(block)
        if kind not in (PARAGRAPH, BULLET):
            return  # (a dash typed at the start of a bullet out of habit is dropped)
        cursor.joinPreviousEditBlock()
        cursor.movePosition(QTextCursor.MoveOperation.StartOfBlock)
        cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock, QTextCursor.MoveMode.KeepAnchor)
        cursor.removeSelectedText()
        cursor.endEditBlock()
        set_block_kind(cursor, BULLET, level=level)

    def _maybe_start_question(self) -> None:
        """``N. `` typed at the start of one of a holding-to-account item's own lines,
        N the next question's number: the line becomes that question."""
        if not self.questions_allowed:
            return
        cursor = self.textCursor()
        block = cursor.block()
        number = started_number(block.text()[: cursor.positionInBlock()])
        if number is None or block_kind(block) != (PARAGRAPH, 0):
            return
        if follows_numbered_line(block):
            return  # a numbered list typed by hand
        expected = questions_before(block) + 1
        if number != expected:
            if number > expected:  # (a lower one is more likely a list than a question)
                self.said.emit(
                    f"Left as typed: the next question of this item is {expected}. "
                    "Ctrl+Shift+Q makes a line a question."
                )
            return
        cursor.joinPreviousEditBlock()  # Ctrl+Z takes back the number and the question
        cursor.movePosition(QTextCursor.MoveOperation.StartOfBlock, QTextCursor.MoveMode.KeepAnchor)
        cursor.removeSelectedText()
        set_block_kind(cursor, QUESTION)
        cursor.endEditBlock()

    def _backspace_at_start(self) -> bool:
        """Backspace at the start of a bullet, question or finding undoes that first
        (as Qt would, but keeping the block's type in step); True if it did."""
        cursor = self.textCursor()
        if cursor.hasSelection() or not cursor.atBlockStart():
            return False
        kind, level = block_kind(cursor.block())
        if kind in (BULLET, QUESTION):
            set_block_kind(cursor, PARAGRAPH, level=level)
            return True
        if level > 0:
            set_block_kind(cursor, kind, level=level - 1)
            return True
        return False

    def _enter(self) -> None:
        cursor = self.textCursor()
        block = cursor.block()
        kind, level = block_kind(block)
        empty = not block.text().strip()
        if empty and kind == BULLET:
            set_block_kind(cursor, PARAGRAPH, level=level)  # Enter on an empty bullet ends the list
            return
        if empty and kind == QUESTION:
            set_block_kind(cursor, PARAGRAPH, level=0)
            return
        if empty and kind == PARAGRAPH and level > 0:
            set_block_kind(cursor, PARAGRAPH, level=0)  # back out of the findings
            return
        next_kind, next_level = {
            BULLET: (BULLET, level),
            QUESTION: (PARAGRAPH, 1),
        }.get(kind, (PARAGRAPH, level))
        cursor.beginEditBlock()
        if cursor.hasSelection():
            cursor.removeSelectedText()
        cursor.insertBlock(block_format(next_kind, next_level), char_format(next_kind))
        if next_kind == BULLET:
            above = text_list(cursor.block().previous())
            if above is not None:
                above.add(cursor.block())
        cursor.setCharFormat(char_format(next_kind))
        cursor.endEditBlock()
        self.setTextCursor(cursor)
        self.ensureCursorVisible()

    # -- paste -------------------------------------------------------------------------

    def insertFromMimeData(self, source: QMimeData) -> None:
        text = clean_text(source.text())  # Word's vertical tabs and the like
        if not text:
            return
        questions = numbered_lines(text) if self.questions_allowed else None
        cursor = self.textCursor()
        cursor.beginEditBlock()
        if cursor.hasSelection():
            cursor.removeSelectedText()
        if questions:
            for n, line in enumerate(questions):
                if n or cursor.block().text().strip():
                    cursor.insertBlock(block_format(QUESTION), char_format(QUESTION))
                cursor.insertText(line, char_format(QUESTION))
                set_block_kind(cursor, QUESTION)
        else:
            self._paste_lines(cursor, text.split("\n"))
        cursor.endEditBlock()
        self.setTextCursor(cursor)
        self.ensureCursorVisible()

    def _paste_lines(self, cursor: QTextCursor, lines: list[str]) -> None:
        """Each pasted line is a block of its own; a line starting "- " or "• " is a
        bullet. Plain lines pasted into a list stay in it, unless the paste marks
        its own bullets."""
        any_marked = any(line.startswith(BULLET_STARTS) for line in lines)
        for n, line in enumerate(lines):
            kind, level = block_kind(cursor.block())
            marked = line.startswith(BULLET_STARTS)
            if marked:
                line = line[2:]
            if n:
                next_kind = BULLET if marked or (kind == BULLET and not any_marked) else PARAGRAPH
                if kind in (QUESTION, SUBHEADING):
                    next_kind, level = (
                        (BULLET if marked else PARAGRAPH),
                        (1 if kind == QUESTION else level),
                    )
                cursor.insertBlock(block_format(next_kind, level), char_format(next_kind))
                if next_kind == BULLET:
                    set_block_kind(cursor, BULLET, level=level)
            elif marked and kind == PARAGRAPH and cursor.positionInBlock() == 0:
                set_block_kind(cursor, BULLET, level=level)
            cursor.insertText(line)

    # -- the "not for publication" labels ----------------------------------------------

    def paintEvent(self, event) -> None:
        super().paintEvent(event)
        doc = self.document()
        layout = doc.documentLayout()
        top = self.cursorForPosition(self.viewport().rect().topLeft()).block()
        if not top.isValid():
            return
        start = top.previous() if top.previous().isValid() else top
        x_off = self.horizontalScrollBar().value()
        y_off = self.verticalScrollBar().value()
        height = self.viewport().height()
        painter = None
        block = start
        while block.isValid():
            rect = layout.blockBoundingRect(block).translated(-x_off, -y_off)
            if rect.top() > height:
                break
            restricted, reason = block_restriction(block)
            if restricted:
                if painter is None:
                    painter = QPainter(self.viewport())
                    font = QFont(self.font())
                    font.setPointSizeF(max(7.0, font.pointSizeF() * 0.85))
                    font.setBold(True)
                    painter.setFont(font)
                    painter.setPen(LABEL_COLOUR)
                label = "Not for publication" + (f": {reason}" if reason else "")
                margin = block.blockFormat().topMargin()
                area = QRectF(rect.left() + 4, rect.top() - margin, rect.width() - 8, margin)
                painter.drawText(
                    area, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, label
                )
            block = block.next()
        if painter is not None:
            painter.end()


__all__ = ["BULLET", "PARAGRAPH", "QUESTION", "SUBHEADING", "NotesEditor"]
