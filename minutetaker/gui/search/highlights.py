"""The words of a search marked in the notes on screen.

When a result is opened, every occurrence of the query's words in the item's
notes is marked (the first :data:`MAX_HIGHLIGHTS`), and the cursor goes to the
first. While the search is open the marks follow the notes: another item shown
(Ctrl+Page Down, the agenda) gets its own before it is drawn. Esc in those
notes is handed to the search (back to where it started).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QTextEdit

from minutetaker.gui.minutes.notes_editor import NotesEditor
from minutetaker.gui.search.words import highlight_pattern, utf16_offsets

MAX_HIGHLIGHTS = 500
HIGHLIGHT = QColor("#ffe58a")


class FoundWords(QObject):
    def __init__(
        self, editor: NotesEditor, escape: Callable[[], bool], parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.editor = editor
        self.escape = escape  # Esc in the notes: True if the search took it
        self.pattern: re.Pattern | None = None
        self._marked_doc = None
        self._watching = False

    def mark(self, query: str) -> int:
        """Mark the query's words in the notes on screen, the cursor at the first,
        and keep marking them as other items are shown. Returns how many."""
        self.pattern = highlight_pattern(query)
        if not self._watching:
            self.editor.installEventFilter(self)
            self.editor.viewport().installEventFilter(self)
            self._watching = True
        return self._mark(move_cursor=True)

    def clear(self) -> None:
        self.editor.setExtraSelections([])
        self.pattern = None
        self._marked_doc = None
        if self._watching:
            self.editor.removeEventFilter(self)
            self.editor.viewport().removeEventFilter(self)
            self._watching = False

    def _mark(self, move_cursor: bool) -> int:
        editor = self.editor
        doc = editor.document()
        self._marked_doc = doc
        if self.pattern is None:
            editor.setExtraSelections([])
            return 0
        text = doc.toPlainText()
        position = utf16_offsets(text)
        fmt = QTextCharFormat()
        fmt.setBackground(HIGHLIGHT)
        selections = []
        for found in self.pattern.finditer(text):
            cursor = QTextCursor(doc)
            cursor.setPosition(position(found.start()))
            cursor.setPosition(position(found.end()), QTextCursor.MoveMode.KeepAnchor)
            selection = QTextEdit.ExtraSelection()
            selection.cursor = cursor
            selection.format = fmt
            selections.append(selection)
            if len(selections) >= MAX_HIGHLIGHTS:
                break
        editor.setExtraSelections(selections)
        if selections and move_cursor:
            first = QTextCursor(doc)
            first.setPosition(selections[0].cursor.selectionStart())
            editor.setTextCursor(first)
            editor.ensureCursorVisible()
        return len(selections)

    def eventFilter(self, watched, event) -> bool:
        kind = event.type()
        if kind == QEvent.Type.Paint:
            # the marks belong to one item's notes: another item shown gets its own
            if self.pattern is not None and self.editor.document() is not self._marked_doc:
                self._mark(move_cursor=False)
            return False
        if kind == QEvent.Type.KeyPress and event.key() == Qt.Key.Key_Escape:
            return self.escape()
        return False
