"""The opening block of minutes: title, details, attendance, and the marking.

Typed as people type them: ``Date: Tuesday 22 August 2017 @ 10:30`` or ``Venue
PCC Conference Room – Hindlip`` (with or without the colon), attendance as a
table or as tab-separated lines under ``Name:`` / ``Capacity:``, a role code
taken from the brackets after the capacity where there is one.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from minutetaker.domain import house_format as words
from minutetaker.domain.model import Person
from minutetaker.domain.text import clean_line
from minutetaker.domain.written_dates import find_date, find_month_year, find_time
from minutetaker.wordimport.document import Block, Table
from minutetaker.wordimport.lines import Line
from minutetaker.wordimport.paragraphs import Paragraph
from minutetaker.wordimport.people import INLINE_PERSON, chair_alone, listed_on_a_line

_DETAILS = {
    "date": r"date(?:\s+and\s+time)?|when|meeting\s+date",
    "time": r"time|start(?:s|ing)?(?:\s+time)?",
    "chair": r"chair(?:ed\s+by|man|woman|person)?|in\s+the\s+chair",
    "minutes": r"minute[\s-]?taker|note[\s-]?taker|minutes?(?:\s+taken)?(?:\s+by)?"
    r"|notes?(?:\s+taken)?(?:\s+by)?|clerk|secretary",
    "venue": r"venue|location|place|where|held\s+at",
}
_DETAIL = {
    key: re.compile(r"^\s*(?:" + pattern + r")\b\s*[:\-–—]?\s*(?P<value>.*)$", re.IGNORECASE)
    for key, pattern in _DETAILS.items()
}
_GROUPS = {
    "present": r"attendance|attending|attendees|present|in\s+attendance|members\s+present",
    "apologies": r"apologies(?:\s+(?:received|for\s+absence))?|sent\s+apologies",
    "absent": r"absent|not\s+present",
}
_GROUP = {
    key: re.compile(r"^\s*(?:" + pattern + r")\s*:?\s*$", re.IGNORECASE)
    for key, pattern in _GROUPS.items()
}
# A second group's label inside a line of people: "…(ACC). Apologies: …".
_GROUP_WORDS = "|".join(_GROUPS.values())
_NEXT_GROUP = re.compile(r"(?<=[.;])\s*(?=(?:" + _GROUP_WORDS + r")\s*:)", re.IGNORECASE)
_NEXT_GROUP_LABEL = re.compile(r"[^:]*:")
_MARKING = re.compile(r"\bOFFICIAL(?:\s*[-–—]?\s*SENSITIVE)?\b")
_NOT_MARKED = re.compile(r"NOT\s+PROTECTIVELY\s+MARKED|UNCLASSIFIED", re.IGNORECASE)
_TITLE_TAIL = re.compile(
    r"\s*[-–—:,]?\s*(?:meeting\s+)?(?:notes|minutes)(?:\s+of\s+(?:the\s+)?meeting)?\s*$",
    re.IGNORECASE,
)


# "Sam Petrie (Policy Officer, OPCC)"; "Sam Petrie – Policy Officer, OPCC".
_NAME_BRACKETED = re.compile(r"^(?P<name>[^,()]+?)\s*\((?P<capacity>[^()]+)\)\s*$")
_NAME_DASHED = re.compile(r"^(?P<name>[^,]+?)\s+[-–—]\s+(?P<capacity>.+)$")


def _name_and_capacity(value: str) -> tuple[str, str]:
    """The minute-taker's name, then their capacity: after the first comma, a dash
    that comes before any comma, or in brackets."""
    for pattern in (_NAME_BRACKETED, _NAME_DASHED):
        match = pattern.match(value)
        if match:
            return match.group("name").strip(), match.group("capacity").strip()
    name, _, capacity = value.partition(",")
    return name.strip(), capacity.strip()


def _lines_of(cell) -> list[str]:
    """A cell's lines: its paragraphs, and the lines of each parted by Shift+Enter."""
    return [line.strip() for p in cell.paragraphs for line in p.text.split("\n") if line.strip()]


@dataclass
class Opening:
    title: str = ""
    title_month: dt.date | None = None  # the month and year the title names
    date: dt.date | None = None
    time: str = ""
    chair: str = ""
    minute_taker: tuple[str, str] = ("", "")
    venue: str = ""
    marking: str = ""
    people: list[Person] = field(default_factory=list)
    unplaced: list[Line] = field(default_factory=list)
    used: list[Paragraph] = field(default_factory=list)  # paragraphs read as details etc.


def marking_of(paragraphs: list[Paragraph]) -> str:
    """The protective marking written in these paragraphs (headers and footers)."""
    found = ""
    for paragraph in paragraphs:
        text = paragraph.text.upper()
        match = _MARKING.search(text)
        if match:
            marking = "OFFICIAL-SENSITIVE" if "SENSITIVE" in match.group() else "OFFICIAL"
            if marking == "OFFICIAL-SENSITIVE" or not found:
                found = marking
    return found


def read_opening(
    blocks: list[Block], headers: list[Paragraph], header_tables: Sequence[Table] = ()
) -> Opening:
    """``header_tables``: tables in the page headers, read as the attendance when
    the body has none (typed in the header so that it shows on every page)."""
    opening = Opening(marking=marking_of(headers))
    reader = _OpeningReader(opening)
    for block in blocks:
        if isinstance(block, Table):
            reader.table(block)
        else:
            reader.paragraph(block)
    for table in header_tables:
        if opening.people:
            break
        _header_attendance(opening, table)
    opening.chair = chair_alone(opening.chair, opening.people)
    return opening


def _header_attendance(opening: Opening, table: Table) -> None:
    """The people of an attendance table typed in a page header: read as from the
    body, and nothing else of the opening taken from it (what it holds that is not
    people is the header's, not the minutes')."""
    found = Opening()
    reader = _OpeningReader(found)
    reader.table(table)
    if found.people and not found.unplaced:
        opening.people = found.people


def _without_month(text: str) -> str:
    found = find_date(text) or find_month_year(text)
    return text if found is None else text[: found.start] + text[found.end :]


class _OpeningReader:
    def __init__(self, opening: Opening) -> None:
        self.o = opening
        self.group = "present"
        self.in_attendance = False
        self.seen: set[str] = set()  # details read: a second "Date:" line is kept as notes

    # -- paragraphs -------------------------------------------------------------------

    def paragraph(self, p: Paragraph) -> None:
        for part in p.text.split("\n"):  # details are often one paragraph with line breaks
            self._line(p, part)

    def _line(self, p: Paragraph, text: str) -> None:
        o = self.o
        stripped = text.strip()
        if not stripped:
            return
        plain = words.plain(stripped)
        if _MARKING.fullmatch(plain.upper()) or _NOT_MARKED.fullmatch(plain):
            if not o.marking and _MARKING.fullmatch(plain.upper()):
                o.marking = marking_of([p])
            o.used.append(p)
            return
        if self._is_title(plain, text):
            if o.title and not _TITLE_TAIL.sub("", _without_month(plain)).strip(" -–—:,"):
                # "March 2028 – Meeting Notes" under "Monthly Assurance Meeting": the
                # title typed on two lines (Enter or Shift+Enter) is one title.
                self._title(p, f"{o.title} {stripped}")
                return
            if o.title:
                first = o.used.pop()
                o.unplaced.append(Line(first.text.strip(), first, "opening", why="above the title"))
            self._title(p, stripped)
            return
        if self._detail(p, stripped):
            return
        if self._group_label(plain):
            o.used.append(p)
            return
        if "\t" in text and self._tabbed(p, text):
            return
        if self._inline_people(stripped):
            o.used.append(p)
            return
        if self.in_attendance and self._person_line(stripped):
            o.used.append(p)
            return
        o.unplaced.append(Line(stripped, p, "opening", why="before the minutes table"))

    def _is_title(self, plain: str, text: str) -> bool:
        """The title: the first line, unless a later one before the details names the
        meeting and its month (an office's name may stand above the title)."""
        o = self.o
        if "\t" in text or self._detail(None, plain, probe=True):
            return False
        if not o.title:
            return True
        return (
            o.title_month is None
            and o.date is None
            and not o.people
            and find_month_year(plain) is not None
            and re.search(r"meeting|notes|minutes", plain, re.IGNORECASE) is not None
        )

    def _title(self, p: Paragraph, text: str) -> None:
        o = self.o
        title = _TITLE_TAIL.sub("", text).strip()
        month = find_date(title) or find_month_year(title)  # "– 15 January 2030" too
        if month is not None:
            o.title_month = month.date.replace(day=1)
            title = (title[: month.start] + title[month.end :]).strip(" -–—:,")
        o.title = " ".join(title.split())
        o.used.append(p)

    def _detail(self, p: Paragraph | None, text: str, probe: bool = False) -> bool:
        o = self.o
        for key, pattern in _DETAIL.items():
            match = pattern.match(text)
            if match is None or (key in self.seen and not probe):
                continue
            value = clean_line(match.group("value")).strip()
            if key == "date":
                # "Tuesday 14th March @ 10:30": the year is the title's ("March 2028").
                year = o.title_month.year if o.title_month else None
                found = find_date(value, year)
                if found is None:
                    continue
                if not probe:
                    o.date = found.date
                    o.time = find_time(value[found.end :]) or find_time(value) or o.time
            elif key == "time":
                time = find_time(value)
                if not time:
                    continue
                if not probe:
                    o.time = time
            elif not value:
                continue
            elif probe:
                pass
            elif key == "chair":
                o.chair = value
            elif key == "minutes":
                o.minute_taker = _name_and_capacity(value)
            elif key == "venue":
                o.venue = value
            if not probe:
                o.used.append(p)
                self.seen.add(key)
            return True
        return False

    def _group_label(self, text: str) -> bool:
        for group, pattern in _GROUP.items():
            if pattern.match(text):
                self.group = group
                self.in_attendance = True
                return True
        return False

    def _inline_people(self, text: str) -> bool:
        """``Present: Alex Marsh (PCC); Dana Okafor, Chief Constable (CC)``: a label,
        then the people on the same line, parted by semicolons (or by commas when
        every part ends with a role code in brackets). A second label after a full
        stop or semicolon (``…(ACC). Apologies: …``) starts its group."""
        label, colon, rest = text.partition(":")
        if not colon or not rest.strip() or not self._group_label(words.plain(label) + ":"):
            return False
        groups = _NEXT_GROUP.split(rest)
        for n, group_text in enumerate(groups):
            label = _NEXT_GROUP_LABEL.match(group_text) if n else None
            if label is not None and self._group_label(words.plain(label[0])):
                group_text = group_text[label.end() :]
            self._inline_group(group_text.strip().rstrip(".;").strip())
        return True

    def _inline_group(self, rest: str) -> None:
        for name, capacity in listed_on_a_line(rest):
            self._person(name, capacity)

    def _tabbed(self, p: Paragraph, text: str) -> bool:
        """``Attendance:<tab>John Campion<tab>Police and Crime Commissioner (PCC)``."""
        fields = [f.strip() for f in text.split("\t") if f.strip()]
        if not fields:
            return False
        if [words.plain(f).casefold() for f in fields] == [
            words.LABEL_NAME.casefold(),
            words.LABEL_CAPACITY.casefold(),
        ] or all(
            words.plain(f).rstrip(":").casefold() in ("name", "capacity", "role") for f in fields
        ):
            self.in_attendance = True
            self.o.used.append(p)
            return True
        if self._group_label(words.plain(fields[0])):
            fields = fields[1:]
        if not self.in_attendance or not fields or len(fields) > 2:
            return False
        self._person(fields[0], fields[1] if len(fields) > 1 else "")
        self.o.used.append(p)
        return True

    def _person_line(self, text: str) -> bool:
        """``John Campion, Police and Crime Commissioner (PCC)`` or with a dash."""
        parts = re.split(r"\s+[-–—]\s+|,\s*", text, maxsplit=1)
        name, capacity = parts[0], parts[1] if len(parts) > 1 else ""
        if not name.strip() or len(name.split()) > 5:
            return False
        self._person(name, capacity)
        return True

    def _person(self, name: str, capacity: str) -> None:
        capacity, role = words.split_role(clean_line(capacity).strip())
        name = clean_line(name).strip()
        if name:
            self.o.people.append(Person(name, capacity, role, self.group))

    # -- tables -----------------------------------------------------------------------

    def table(self, table: Table) -> None:
        """The attendance table: a label column (Attendance:, Apologies:), names and
        capacities; several names in one cell pair with the capacities beside them."""
        rows = table.live_rows()
        for row in rows:
            cells = [c for c in row.cells if c.text or c.paragraphs]
            texts = [words.plain(c.text) for c in cells]
            if not any(texts):
                continue
            if all(t.rstrip(":").casefold() in ("", "name", "capacity", "role") for t in texts):
                self._used(cells)
                self.in_attendance = True
                continue
            filled = [c for c, t in zip(cells, texts) if t]
            if len(filled) == 2 and self._detail(None, " ".join(texts).strip(), probe=True):
                # The details laid out as a table: "Date:" | "Tuesday 22 August 2017".
                label, value = filled
                if self._detail(label.paragraphs[0], f"{label.text.strip()} {value.text.strip()}"):
                    self._used(cells)
                    continue
            if self._listed_in_cell(cells, texts):
                continue
            if self._status_column(cells, texts):
                cells, texts = cells[:-1], texts[:-1]
            label = texts[0] if len(cells) >= 3 else ""
            whole_row = list(cells)
            if len(cells) >= 3 and (not label or self._group_label(label)):
                cells, texts = cells[1:], texts[1:]
            elif len(cells) >= 3:
                # A first column that holds neither a label nor nothing: not attendance.
                for cell in cells:
                    for p in cell.paragraphs:
                        if p.text.strip():
                            self.o.unplaced.append(
                                Line(p.text.strip(), p, "opening", why="a table before the minutes")
                            )
                continue
            self.in_attendance = True
            names = _lines_of(cells[0]) if cells else []
            roles = _lines_of(cells[1]) if len(cells) > 1 else []
            if len(roles) != len(names):
                roles = [" ".join(roles)] + [""] * (len(names) - 1) if names else []
            for name, capacity in zip(names, roles):
                self._person(name, capacity)
            self._used(whole_row)

    def _listed_in_cell(self, cells, texts: list[str]) -> bool:
        """``Present:`` | the people as lines of one cell, each ``Name – Capacity
        (CODE)`` (the details and attendance typed as a two-column table)."""
        if len(cells) != 2 or not self._group_label(texts[0]):
            return False
        self.in_attendance = True
        for line in _lines_of(cells[1]):
            match = INLINE_PERSON.match(line)
            if match:
                self._person(match.group("name"), match.group("capacity"))
            else:
                self._person(line, "")
        self._used(cells)
        return True

    def _status_column(self, cells, texts: list[str]) -> bool:
        """``Name | Capacity | Present`` (or ``Apologies``): each person's group in a
        column of its own, at the end of their row."""
        if len(cells) < 3 or self._group_label(texts[0]) or not texts[-1]:
            return False
        if not self._group_label(texts[-1]):
            return False
        self._used(cells[-1:])
        return True

    def _used(self, cells) -> None:
        for cell in cells:
            self.o.used.extend(cell.paragraphs)
