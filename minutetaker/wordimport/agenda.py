"""The agenda template as the reader uses it: which heading a typed line is.

A heading is recognised by its words, whatever their case and punctuation, with
``&`` for ``and`` and a trailing colon ignored; typed on the same line as the
first sentence of its notes (``HMIC INSPECTION PROGRAMME … (SIB) The CC referred
to…``) it is split from it when it is in capitals or bold.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from minutetaker.domain import house_format as words
from minutetaker.domain.model import KIND_NOTES
from minutetaker.domain.template import AgendaTemplate
from minutetaker.wordimport.layout import item_number
from minutetaker.wordimport.lines import Line, in_capitals

_NUMBERED_HEADING = re.compile(r"^\s*(\d{1,2}(?:[a-z]|(?:\.\d{1,2})+)?)\s*[.:)]?\s+(\S.*)$", re.I)


# What people type for a heading of the agenda instead of its words, by the words
# of the heading they stand for.
_OTHER_NAMES = {
    "any other business": ("AOB", "A.O.B.", "Any other business"),
    "date of next meeting": ("Next meeting", "Date of the next meeting",
                             "Date and time of next meeting", "Date and time of the next meeting"),
}  # fmt: skip


@dataclass(frozen=True)
class Section:
    number: str
    heading: str
    kind: str
    key: str
    parent: str | None
    index: int


@dataclass(frozen=True)
class Match:
    section: Section
    rest: str  # what followed the heading on the same line ("" if nothing)
    number: str = ""  # a number typed before the heading on the same line


class Agenda:
    def __init__(self, template: AgendaTemplate | None) -> None:
        self.sections: list[Section] = []
        self._others: list[tuple[str, Section]] = []  # ("aob", any other business)
        if template is not None:
            for top in template.sections:
                self._add(top, None)
        self._by_number = {s.number.casefold(): s for s in self.sections}
        self.keys = {s.key for s in self.sections if s.key} | {key for key, _ in self._others}

    def _add(self, part, parent: str | None) -> None:
        key = words.heading_key(part.heading)
        section = Section(part.number, part.heading, part.kind, key, parent, len(self.sections))
        self.sections.append(section)
        for other in _OTHER_NAMES.get(key, ()):
            self._others.append((words.heading_key(other), section))
        for child in part.items:
            self._add(child, part.number)

    def section(self, number: str) -> Section | None:
        """The agenda's section numbered ``number`` (``4A`` is ``4a``)."""
        return self._by_number.get(number.casefold())

    def kind_of(self, number: str) -> str:
        section = self.section(number)
        return section.kind if section else KIND_NOTES

    def parent_of(self, number: str) -> str | None:
        section = self.section(number)
        if section is not None:
            return section.parent
        if "." in number:
            return number.rsplit(".", 1)[0]
        match = re.fullmatch(r"(\d+)[a-z]+", number, re.IGNORECASE)
        return match.group(1) if match else None

    def match(self, line: Line, after: int = -1, strict: bool = False) -> Match | None:
        """The agenda section whose heading ``line`` is (or starts with), among those
        after position ``after``. ``strict``: the whole line must be the heading."""
        text = line.stripped
        number = ""
        numbered = _NUMBERED_HEADING.match(words.plain(text))
        if numbered and item_number(numbered.group(1)):
            number = item_number(numbered.group(1))
            text = numbered.group(2)
        key = words.heading_key(text)
        if not key:
            return None
        candidates = [(s.key, s) for s in self.sections if s.index > after and s.key]
        candidates += [(other, s) for other, s in self._others if s.index > after]
        for known, section in candidates:
            if known == key:
                return Match(section, "", number)
        if strict:
            return None
        spans = words.words_with_spans(text)
        for known, section in candidates:
            wanted = known.split()
            if len(spans) <= len(wanted) or [w for w, _, _ in spans[: len(wanted)]] != wanted:
                continue
            head = text[: spans[len(wanted) - 1][2]]
            closing = re.match(r"^[^\w\s]*\)?\s*[:.\-–—]?", text[len(head) :])
            cut = len(head) + (closing.end() if closing else 0)
            if in_capitals(head) or line.para.bold:
                return Match(section, text[cut:].strip(), number)
        return None
