"""Where a paragraph of an item's notes is, in its document and among its blocks.

A paragraph's place among an item's blocks is its index, then (for a finding
under a question) the finding's index: the ``place`` a finding of the check
carries and the archive's withholding takes. The document holds the same
paragraphs as lines, read by the rules of ``notes_format.blocks_from_document``
(empty lines are no paragraph; a line at level 1 after a question is one of its
findings); these two functions follow the same rules, both ways.
"""

from __future__ import annotations

from collections.abc import Iterator

from PySide6.QtGui import QTextBlock, QTextDocument

from minutetaker.gui.minutes.notes_format import QUESTION, block_kind


def _places(doc: QTextDocument) -> Iterator[tuple[QTextBlock, tuple[int, ...]]]:
    top = -1
    findings = -1
    under_question = False
    block = doc.begin()
    while block.isValid():
        kind, level = block_kind(block)
        if kind == QUESTION:
            top += 1
            findings = -1
            under_question = True
            yield block, (top,)
        elif block.text().strip():
            if level >= 1 and under_question:
                findings += 1
                yield block, (top, findings)
            else:
                if level == 0:
                    under_question = False
                top += 1
                yield block, (top,)
        block = block.next()


def place_of(doc: QTextDocument, wanted: QTextBlock) -> tuple[int, ...] | None:
    """The place of the line ``wanted`` among the item's blocks (None: an empty line)."""
    for block, place in _places(doc):
        if block == wanted:
            return place
    return None


def block_at(doc: QTextDocument, place: tuple[int, ...]) -> QTextBlock | None:
    """The line of the document that is the block at ``place`` (None: not there)."""
    for block, found in _places(doc):
        if found == tuple(place):
            return block
    return None
