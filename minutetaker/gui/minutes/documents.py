"""The notes of each item, as the QTextDocument they are typed into.

One document per item shown, made the first time it is shown (filled from the
item's blocks) and kept while the meeting is open, so that each item keeps its
own undo history. The session owns them; the notes editor shows one at a time.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtGui import QTextDocument

from minutetaker.domain.model import Item
from minutetaker.gui.minutes.notes_format import (
    blocks_from_document,
    document_has_text,
    fill_document,
    new_document,
)


class ItemDocuments(QObject):
    """The documents of one meeting's items; ``edited(item)`` on every change."""

    def __init__(self, edited: Callable[[Item], None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._edited = edited
        self._docs: dict[int, QTextDocument] = {}

    def of(self, item: Item) -> QTextDocument:
        """The item's document (made the first time)."""
        doc = self._docs.get(id(item))
        if doc is None:
            doc = new_document(self)
            fill_document(doc, item.blocks)
            doc.contentsChanged.connect(lambda: self._edited(item))
            self._docs[id(item)] = doc
        return doc

    def has_notes(self, item: Item) -> bool:
        doc = self._docs.get(id(item))
        if doc is not None:
            return document_has_text(doc) or bool(item.topic.strip())
        return bool(item.blocks or item.topic.strip())

    def read(self, item: Item) -> None:
        """Put what the item's document holds into the item's blocks."""
        doc = self._docs.get(id(item))
        if doc is not None:
            item.blocks = blocks_from_document(doc)

    def discard(self) -> None:
        """The meeting is closed (its notes are in the archive): the documents go."""
        self.deleteLater()
