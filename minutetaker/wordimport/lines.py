"""A line of the minutes (one paragraph, or a part of one) and what it looks like.

The reader turns every paragraph of the document into a :class:`Line` that
remembers the paragraph it came from, and asks the questions here of it: is it a
bullet (Word's list or a typed ``•``), does it start with a typed number, is it
a bold sub-heading, one of the house labels, a "Not for publication" label.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from minutetaker.domain import house_format as words
from minutetaker.wordimport.paragraphs import Paragraph

# Typed bullets: the bullet characters people type or paste, or a dash, then a space;
# any glyph of the Symbol or Wingdings fonts (their private-use range) before a space.
_BULLET = re.compile(r"^\s*(?:[•·▪◦‣○●■□►▶➢➤✓✔❖*]\s*|[-–—\uf020-\uf0ff](?=\s)\s*|o\t\s*)(?=\S)")
# A typed number at the start: "1.", "1)", "(1)", "Q1.", "Question 1:"; "1.Can" too.
_NUMBER = re.compile(
    r"^\s*(?:q(?:uestion)?\s*)?\(?(?P<n>\d{1,2})(?:[.):]|\s*[-–—])\s*(?=\S)(?!\d)", re.IGNORECASE
)
# Where several typed questions run together: "…the raw data?2.Do the Force…"
_RUN_ON = re.compile(r"(?<=\?)\s*(?=\d{1,2}[.)]\s*[A-Z])")
_SENTENCE_END = re.compile(r"[.?!:;]['\"”’)]*\s*$")

SHORT = 150  # a sub-heading, subject or topic is no longer than this


@dataclass
class Line:
    """A line of the notes, with where it came from and what was found beside it."""

    text: str
    para: Paragraph
    column: str = "notes"  # notes, number, action, opening, table
    owners: list[str] = field(default_factory=list)  # role codes beside it (ACTION column)
    due: dt.date | None = None  # a due date written beside it in the ACTION column
    why: str = ""  # why it could not be placed, when it could not
    restricted: bool = False
    reason: str = ""  # why it is not for publication
    first_in_row: bool = False
    row: int = 0  # which row of the minutes it stands in (lines of one row share it)
    owner_said: str = ""  # the owner as typed, when written otherwise than as codes

    @property
    def stripped(self) -> str:
        return self.text.strip()

    @property
    def empty(self) -> bool:
        return not self.text.strip()

    def but(self, text: str) -> Line:
        """The same line with other text (a part of a paragraph split in two)."""
        return Line(
            text,
            self.para,
            self.column,
            list(self.owners),
            self.due,
            self.why,
            self.restricted,
            self.reason,
            self.first_in_row,
            self.row,
            self.owner_said,
        )


def is_bullet(line: Line) -> bool:
    return (
        line.para.list_kind == "bullet"
        or "bullet" in line.para.style.lower()
        or bool(_BULLET.match(line.text))
    )


def without_bullet(text: str) -> str:
    return _BULLET.sub("", text, count=1).strip()


def typed_number(text: str) -> str:
    """The number typed at the start of ``text`` ("" if none)."""
    match = _NUMBER.match(text)
    return match.group("n") if match else ""


def without_number(text: str) -> str:
    return _NUMBER.sub("", text, count=1).strip()


def split_run_on_questions(text: str) -> list[str]:
    """``1.Can…?2.Do…?`` -> the two questions; line breaks start a new one when the
    next line starts with a typed number. After a full stop only the next number
    in turn starts one (``…plan patrols.2.How does…`` after question 1), so that a
    figure in a sentence (``…rose by 12. The…``) stays where it is."""
    parts: list[str] = []
    for piece in text.split("\n"):
        if parts and not typed_number(piece):
            parts[-1] += "\n" + piece
            continue
        for part in _RUN_ON.split(piece):
            if part.strip():
                parts.extend(_next_in_turn(part))
    return [p for p in parts if p.strip()]


def _next_in_turn(text: str) -> list[str]:
    """``1.Can…? Findings: … patrols.2.How…`` -> the question typed first, then the
    one numbered next in turn, wherever a sentence ends before it."""
    out = [text]
    while number := typed_number(out[-1]):
        following = re.compile(rf"(?<=[.!?])\s*(?={int(number) + 1}[.)]\s*[A-Z])")
        found = following.search(out[-1], _NUMBER.match(out[-1]).end())
        if found is None:
            break
        last = out.pop()
        out += [last[: found.start()], last[found.end() :]]
    return out


def is_numbered(line: Line) -> bool:
    """Numbered by hand (``1.``) or by Word's own list numbering."""
    return line.para.list_kind == "number" or bool(typed_number(line.text))


def is_house_label(line: Line, *labels: str) -> bool:
    return any(words.is_label(line.text, label) for label in labels)


def is_known_label(line: Line) -> bool:
    return is_house_label(
        line, words.LABEL_UPDATE, words.LABEL_FINDINGS, words.LABEL_ACTIONS_ARISING
    ) or words.heading_key(line.text) in ("action arising", "actions", "update", "updates")


def looks_like_subheading(line: Line) -> bool:
    """A bold paragraph, a house label, or a heading style below the item headings."""
    text = line.stripped
    if not text or len(text) > SHORT * 2:
        return False
    if is_known_label(line):
        return True
    return line.para.bold or line.para.heading_level >= 3


def looks_like_heading(line: Line) -> bool:
    """How an agenda heading is typed: in capitals, bold, or in a heading style."""
    text = line.stripped
    if not text or len(text) > SHORT * 2:
        return False
    letters = [c for c in text if c.isalpha()]
    capitals = bool(letters) and all(c.isupper() for c in letters)
    return capitals or line.para.bold or 1 <= line.para.heading_level <= 2


def is_unfinished(text: str) -> bool:
    """A line that stops mid-sentence (no closing punctuation)."""
    text = text.rstrip()
    return bool(text) and not _SENTENCE_END.search(text)


def starts_lowercase(text: str) -> bool:
    text = text.lstrip()
    return bool(text) and text[0].islower()


def in_capitals(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 3 and all(c.isupper() for c in letters)


def sentence_case(text: str) -> str:
    """A heading typed in capitals, as the agenda stores headings: ``DELIVERY OF
    STRATEGIC INITIATIVES`` -> ``Delivery of strategic initiatives``. Words in
    brackets (``(SIB)``) and words with digits keep their capitals."""
    if not in_capitals(text):
        return text
    out = []
    for n, word in enumerate(text.split(" ")):
        if word.startswith("(") or any(c.isdigit() for c in word):
            out.append(word)
        elif n == 0:
            out.append(word[:1] + word[1:].lower())
        else:
            out.append(word.lower())
    return " ".join(out)
