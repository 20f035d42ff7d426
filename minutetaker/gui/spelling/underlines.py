"""Red wavy underlines under misspelt words, drawn as the person types.

In the notes, :class:`NotesUnderlines` is a QSyntaxHighlighter on one item's
document: Qt calls it for each paragraph (text block) a change touches, and it
asks the checker where that paragraph's misspelt words are. The underline is
a format laid over the text, never part of it: the notes, their undo history
and what is saved are untouched. Redrawing every paragraph (a word added to
the office dictionary, the switch turned off) is done with the document's
signals held, so that it is never taken for an edit to save.

In a one-line field (the topic, an action's text), :class:`LineUnderlines`
gives the field's own text layout the same formats, handed over as an input
method's formats (the one way Qt lets anyone but the field format a line edit's
text); nothing of the text, the cursor or the undo history changes.

As in Word, the word being typed is not underlined until the cursor leaves it:
"recie" is not a slip while the fingers are still on it. A paste is judged
whole at once.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication, QObject, QSignalBlocker
from PySide6.QtGui import (
    QColor,
    QInputMethodEvent,
    QSyntaxHighlighter,
    QTextBlock,
    QTextCharFormat,
    QTextDocument,
)
from PySide6.QtWidgets import QLineEdit

# (start, end) pairs of one paragraph's misspelt words, counted as a QString counts
Spans = Sequence[tuple[int, int]]
Judge = Callable[[str], Spans]
RED = QColor("#d0021b")


def underline_format() -> QTextCharFormat:
    fmt = QTextCharFormat()
    # the platform's spelling underline: wavy on Windows and Linux
    fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SpellCheckUnderline)
    fmt.setUnderlineColor(RED)
    return fmt


def untyped(spans: Spans, typing_at: int) -> list[tuple[int, int]]:
    """``spans`` without the one the cursor is typing in (touching or inside it)."""
    return [(start, end) for start, end in spans if not start <= typing_at <= end]


def _typed_at(position: int, removed: int, added: int) -> int | None:
    """Where the cursor stands after a change, if the change was a key press
    (one character in or out); None for a paste, a format or a replacement."""
    return position + added if added <= 1 else None


class NotesUnderlines(QSyntaxHighlighter):
    """The underlines of one item's notes. Made for a document, it lives and
    goes with it."""

    def __init__(self, doc: QTextDocument, judge: Judge) -> None:
        super().__init__(None)
        self.setParent(doc)
        self.judge = judge
        self.typing: int | None = None  # where the key presses are, in the document
        self.stale = False  # the room changed while another item was on screen
        self._format = underline_format()
        self._doc = doc
        # Its layout made now: an editor given a document without one makes it,
        # and says the whole document changed, which would judge it all twice.
        doc.documentLayout()
        # told of a change before Qt asks for the paragraph's formats
        doc.contentsChange.connect(self._changed)
        self.setDocument(doc)
        self.refresh()  # now, and not again when Qt's own first pass comes

    def _changed(self, position: int, removed: int, added: int) -> None:
        self.typing = _typed_at(position, removed, added)

    def highlightBlock(self, text: str) -> None:
        spans = self.judge(text)
        if not spans:
            return
        if self.typing is not None:
            spans = untyped(spans, self.typing - self.currentBlock().position())
        for start, end in spans:
            self.setFormat(start, end - start, self._format)

    def cursor_at(self, position: int) -> None:
        """The editor's cursor moved: a word left after typing is judged now."""
        if self.typing is None or position == self.typing:
            return
        block = self.document().findBlock(self.typing)
        self.typing = None
        if block.isValid():
            self.refresh_block(block)

    def refresh(self) -> None:
        """Judge every paragraph again (the room or the switch changed)."""
        self.stale = False
        self._quietly(self.rehighlight)

    def refresh_block(self, block: QTextBlock) -> None:
        self._quietly(lambda: self.rehighlightBlock(block))

    def clear(self) -> None:
        """Take every underline away and stop: the switch was turned off."""
        self._quietly(lambda: self.setDocument(None))
        self._doc.contentsChange.disconnect(self._changed)

    def _quietly(self, work: Callable[[], None]) -> None:
        """Redraw without the document saying its contents changed (Qt says so
        at the end of any edit block, a highlighter's too): not an edit."""
        doc = self._doc
        modified = doc.isModified()
        blocker = QSignalBlocker(doc)
        try:
            work()
        finally:
            doc.setModified(modified)
            blocker.unblock()


class LineUnderlines(QObject):
    """The underlines of a one-line field, kept in step with its text."""

    def __init__(self, line: QLineEdit, judge: Judge | None = None) -> None:
        super().__init__(line)
        self.line = line
        self.judge = judge  # None: nothing is underlined
        self.spans: list[tuple[int, int]] = []  # what is underlined now
        self.typing: int | None = None
        self._format = underline_format()
        line.textEdited.connect(lambda _text: self._typed())
        line.textChanged.connect(lambda _text: self.refresh())
        line.cursorPositionChanged.connect(self._moved)

    def set_judge(self, judge: Judge | None) -> None:
        self.judge = judge
        self.refresh()

    def _typed(self) -> None:
        self.typing = self.line.cursorPosition()

    def _moved(self, _old: int, new: int) -> None:
        if self.typing is not None and new != self.typing:
            self.typing = None
            self.refresh()

    def refresh(self) -> None:
        text = self.line.text()
        spans = list(self.judge(text)) if self.judge is not None and text else []
        if self.typing is not None:
            if self.line.text() and self.line.cursorPosition() == self.typing:
                spans = untyped(spans, self.typing)
            else:
                self.typing = None
        if spans == self.spans:
            return
        self.spans = spans
        cursor = self.line.cursorPosition()  # the formats are placed from the cursor
        kind = QInputMethodEvent.AttributeType.TextFormat
        attributes = [
            QInputMethodEvent.Attribute(kind, start - cursor, end - start, self._format)
            for start, end in spans
        ]
        QCoreApplication.sendEvent(self.line, QInputMethodEvent("", attributes))
