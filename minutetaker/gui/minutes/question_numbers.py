"""Question numbers typed by hand in a holding-to-account item.

Questions are numbered 1, 2, 3 … in the order they stand (the numbers are
drawn, never stored in the text), so a number typed at the start of a line is
taken off when the line becomes a question: ``7. Can the CC…`` made a question
with Ctrl+Shift+Q is never "7. 7. Can the CC…". If the typed number is not the
one the question gets, the person is told.

Typing the next question's number, a full stop (or a bracket) and a space at
the start of one of the item's own lines starts that question, as ``- `` starts
a bullet. Not in the findings (a numbered finding is a finding), not for
another number, and not on a line that follows a numbered line typed by hand
(a list being typed, such as the actions arising).
"""

from __future__ import annotations

import re

from PySide6.QtGui import QTextBlock

from minutetaker.gui.minutes.notes_format import PARAGRAPH, QUESTION, block_kind

# "7. ", "7) ", "7: ", "Q7. ", "7.Can": a number, its mark, then a space or a
# letter (so "2.5% more" keeps its number)
_TYPED = re.compile(r"\s*(?:Q\s*)?(\d{1,3})\s*[.):](?:\s+|(?=[^\W\d_]))", re.IGNORECASE)
_STARTED = re.compile(r"(\d{1,3})[.)] ")


def typed_number(text: str) -> tuple[int, int] | None:
    """The number typed at the start of ``text`` and how many characters it
    takes (with its mark and spaces); None when there is none."""
    found = _TYPED.match(text)
    if found is None or not text[found.end() :].strip():
        return None
    return int(found.group(1)), found.end()


def started_number(before_cursor: str) -> int | None:
    """The number when the line so far is exactly ``N. `` or ``N) ``."""
    found = _STARTED.fullmatch(before_cursor)
    return int(found.group(1)) if found else None


def question_number(block: QTextBlock) -> int:
    """The number a question block is drawn with: its place among the questions."""
    return questions_before(block) + 1


def questions_before(block: QTextBlock) -> int:
    count = 0
    above = block.previous()
    while above.isValid():
        if block_kind(above)[0] == QUESTION:
            count += 1
        above = above.previous()
    return count


def follows_numbered_line(block: QTextBlock) -> bool:
    """Whether the line above is one of the item's own lines numbered by hand."""
    above = block.previous()
    if not above.isValid() or block_kind(above) != (PARAGRAPH, 0):
        return False
    return typed_number(above.text()) is not None
