"""The minutes cut into agenda items: which lines stand under which item.

Each row (or paragraph) of the minutes is read in order. A number in the left
column opens that item; so does a heading from the agenda where the number is
missing (matched by its words, only forwards through the agenda), and, inside
the brought-forward section, a line such as ``1.2 - Action arising from the July
2017 meeting:`` opens the next brought-forward item wherever it stands. Owners'
codes in the ACTION column are laid beside the lines they belong to. Nothing is
dropped: text that fits nowhere stays with the item it stands in, marked so that
the report can list it.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from minutetaker.domain import house_format as words
from minutetaker.domain.dates import month_year
from minutetaker.domain.model import (
    KIND_BROUGHT_FORWARD,
    KIND_HOLDING_TO_ACCOUNT,
    KIND_NEXT_MEETING,
    KIND_NOTES,
)
from minutetaker.domain.written_dates import find_date
from minutetaker.wordimport.agenda import Agenda, Section
from minutetaker.wordimport.layout import Unit, item_number, number_label
from minutetaker.wordimport.lines import Line, looks_like_heading, sentence_case


@dataclass
class Draft:
    """An agenda item as found: its number, heading and the lines under it."""

    number: str
    heading: str
    kind: str
    lines: list[Line] = field(default_factory=list)
    children: list[Draft] = field(default_factory=list)
    parent: Draft | None = None
    index: int = -1  # the agenda section it matched, if any
    restricted: bool = False
    reason: str = ""
    bf_from: dt.date | None = None  # brought forward: the month the action arose
    bf_line: Line | None = None  # the "Action arising from…" line itself

    def walk(self):
        yield self
        for child in self.children:
            yield from child.walk()

    def in_brought_forward(self) -> Draft | None:
        """The brought-forward section this item is (or stands in), if any."""
        node: Draft | None = self
        while node is not None:
            if node.kind == KIND_BROUGHT_FORWARD and node.bf_line is None:
                return node
            node = node.parent
        return None


class Segmenter:
    def __init__(self, agenda: Agenda) -> None:
        self.agenda = agenda
        self.top: list[Draft] = []
        self.by_number: dict[str, Draft] = {}
        self.current: Draft | None = None
        self.before: list[Line] = []  # lines before the first item

    # -- the public step --------------------------------------------------------------

    def add(self, unit: Unit) -> None:
        number, lines = _lines_of(unit)
        first = True
        pending_label: Line | None = None
        for line in lines:
            if line.empty and not line.owners:
                continue
            if first and number:
                reason = words.parse_restricted_label(line.text)
                if reason is not None and pending_label is None:
                    pending_label = line
                    continue
                self._open_numbered(number, line, pending_label)
                pending_label = None
                first = False
                continue
            if first and words.parse_restricted_label(line.text) is not None and not pending_label:
                pending_label = line  # may be an item's label, above its heading
                continue
            opened = self._maybe_open(line, first, pending_label)
            if pending_label is not None and not opened:
                self._append(pending_label)
            pending_label = None
            first = False
            if not opened:
                self._append(line)
        if pending_label is not None:
            self._append(pending_label)
        if first and number:  # a number with nothing beside it
            self._open_numbered(number, None, None)

    def finish(self) -> list[Draft]:
        if self.before:
            if self.top:
                target = self.top[0]
                target.lines[:0] = [_unplaced(line, "before the first agenda item")
                                    for line in self.before]  # fmt: skip
            else:
                draft = Draft("", "", KIND_NOTES)
                draft.lines = list(self.before)
                self.top.append(draft)
        for draft in (d for top in self.top for d in top.walk()):
            if draft.kind == KIND_NOTES and any(
                words.is_label(line.text, words.LABEL_FINDINGS) for line in draft.lines
            ):
                draft.kind = KIND_HOLDING_TO_ACCOUNT
        return self.top

    # -- opening items ----------------------------------------------------------------

    def _after(self) -> int:
        """The agenda position reached so far: headings match only after it."""
        return max((d.index for top in self.top for d in top.walk()), default=-1)

    def _maybe_open(self, line: Line, first: bool, label: Line | None) -> bool:
        section = self.current.in_brought_forward() if self.current else None
        if section is not None:
            parsed = words.parse_brought_forward_line(line.text)
            if parsed is not None:
                number, when, rest = parsed
                self._open_brought_forward(section, number, when, line, rest, label)
                return True
        if not (first or looks_like_heading(line)):
            return False
        match = self.agenda.match(line, self._after(), strict=not first)
        if match is None or match.section.number in self.by_number:
            return False
        draft = self._open(match.number or match.section.number, match.section, line, label)
        draft.heading = match.section.heading
        if match.rest:
            draft.lines.append(line.but(match.rest))
        return True

    def _open_numbered(self, number: str, line: Line | None, label: Line | None) -> None:
        """A row whose number column holds ``number``."""
        parent = self.by_number.get(self.agenda.parent_of(number) or "")
        section = parent.in_brought_forward() if parent else None
        if line is not None and section is not None:
            parsed = words.parse_brought_forward_line(line.text)
            if parsed is not None:
                _, when, rest = parsed
                self._open_brought_forward(section, number, when, line, rest, label)
                return
        if line is None:
            self._open(number, self.agenda.section(number), None, label)
            return
        match = self.agenda.match(line, -1)
        known = self.agenda.section(number)
        if match is not None and (known is None or match.section == known or match.rest == ""):
            draft = self._open(number, match.section, line, label)
            draft.heading = match.section.heading
            if match.rest:
                draft.lines.append(line.but(match.rest))
        elif section is not None and known is None:
            # A brought-forward item typed without its "Action arising" line.
            self._open_brought_forward(section, number, None, None, "", label)
            self._append(line)
        elif looks_like_heading(line):
            draft = self._open(number, known, line, label)
            draft.heading = sentence_case(line.stripped.rstrip(":").strip())
        else:
            self._open(number, known, None, label)
            self._append(line)

    def _open_brought_forward(
        self,
        section: Draft,
        number: str | None,
        when: dt.date | None,
        line: Line | None,
        rest: str,
        label: Line | None,
    ) -> None:
        number = number or f"{section.number}.{len(section.children) + 1}"
        draft = Draft(number, "", KIND_BROUGHT_FORWARD, parent=section, bf_from=when)
        draft.bf_line = line or Line("", _empty_paragraph())
        draft.heading = (
            f"Action arising from the {month_year(when)} meeting"
            if when
            else "Action arising from an earlier meeting"
        )
        self._restrict(draft, label)
        section.children.append(draft)
        self.by_number.setdefault(number, draft)
        self.current = draft
        if rest:
            draft.lines.append(line.but(rest) if line else Line(rest, _empty_paragraph()))

    def _open(
        self, number: str, section: Section | None, line: Line | None, label: Line | None
    ) -> Draft:
        heading = section.heading if section else ""
        kind = section.kind if section else _kind_from(heading)
        parent_number = self.agenda.parent_of(number)
        if line is not None and line.para.heading_level == 1:
            parent_number = None  # in Word's Heading 1: a section, whatever its number
        parent = self.by_number.get(parent_number or "")
        if parent is None and parent_number:
            known = self.agenda.section(parent_number)
            if known is not None:  # a sub-item whose section row is missing
                parent = self._open(parent_number, known, None, None)
        if parent is not None and parent.kind == KIND_BROUGHT_FORWARD and section is None:
            kind = KIND_BROUGHT_FORWARD
        draft = Draft(number, heading, kind, parent=parent, index=section.index if section else -1)
        if line is not None and section is None and looks_like_heading(line):
            draft.heading = sentence_case(line.stripped.rstrip(":").strip())
            draft.kind = _kind_from(draft.heading, kind)
        self._restrict(draft, label)
        (parent.children if parent else self.top).append(draft)
        self.by_number.setdefault(number, draft)
        self.current = draft
        return draft

    def _restrict(self, draft: Draft, label: Line | None) -> None:
        if label is not None:
            draft.restricted = True
            draft.reason = words.parse_restricted_label(label.text) or ""

    def _append(self, line: Line) -> None:
        if self.current is None:
            self.before.append(line)
        else:
            self.current.lines.append(line)


def _kind_from(heading: str, default: str = KIND_NOTES) -> str:
    key = words.heading_key(heading)
    if "next meeting" in key:
        return KIND_NEXT_MEETING
    if "brought forward" in key or "outstanding matters" in key:
        return KIND_BROUGHT_FORWARD
    if "holding to account" in key:
        return KIND_HOLDING_TO_ACCOUNT
    return default


def _unplaced(line: Line, why: str) -> Line:
    line.why = line.why or why
    return line


def _empty_paragraph():
    from minutetaker.wordimport.paragraphs import Paragraph

    return Paragraph()


# -- a row's lines, with the ACTION column laid beside them ----------------------------


_COLUMN_LABELS = {"item", "items", "notes", "minutes", "discussion", "subject", "agenda item",
                  "details", "minute", "description", "action", "actions"}  # fmt: skip


def _is_heading_row(unit: Unit) -> bool:
    """The minutes table's own heading row: ``No. | Item | ACTION``."""
    action = " ".join(p.text for p in unit.action).strip()
    if words.plain(action).casefold() != words.ACTION_HEADING.casefold():
        return False
    notes = " ".join(p.text for p in unit.notes).strip()
    number = " ".join(p.text for p in unit.number).strip()
    label = words.heading_key(notes)
    return (not notes or label in _COLUMN_LABELS) and (not number or number_label(number))


def _lines_of(unit: Unit) -> tuple[str, list[Line]]:
    number = ""
    lines: list[Line] = []
    if _is_heading_row(unit):
        return "", []
    number_text = "\n".join(p.text for p in unit.number).strip()
    if number_text:
        number = item_number(number_text)
        if not number and not number_label(number_text):
            for p in unit.number:
                if p.text.strip():
                    lines.append(Line(p.text.strip(), p, "number"))
    notes = [Line(p.text, p, "notes" if unit.kind != "table" else "table") for p in unit.notes]
    for line in notes:
        line.text = line.text.strip("\n")
        if unit.kind == "table":
            line.why = "in a table that is not the minutes table"
    lines.extend(notes)
    for line in lines:
        if line.text.strip():
            line.first_in_row = True
            break
    _lay_owners(unit, notes, lines)
    for line in lines:
        line.row = id(unit)
    return number, lines


def _lay_owners(unit: Unit, notes: list[Line], lines: list[Line]) -> None:
    cells = [(p, p.text.strip()) for p in unit.action]
    due_text = " ".join(p.text for p in unit.due).strip()
    due = find_date(due_text).date if due_text and find_date(due_text) else None
    owners: list[tuple[int, list[str], dt.date | None]] = []  # (action paragraph index, codes, due)
    for index, (p, text) in enumerate(cells):
        if not text or words.plain(text).casefold() == words.ACTION_HEADING.casefold():
            continue
        codes, written_due, leftover = _split_owner(text)
        if codes and not leftover:
            owners.append((index, codes, written_due or due))
        else:
            lines.append(Line(text, p, "action", why="in the ACTION column, not an owner's code"))
    if not owners:
        return
    filled = [line for line in notes if not line.empty]
    if not filled:
        # A row with an owner and no words: an action whose text was never written.
        for _, codes, d in owners:
            lines.append(Line("", unit.action[0], "action", owners=codes, due=d))
        return
    if len(cells) == len(notes) and all(not notes[i].empty for i, _, _ in owners):
        pairs = [(notes[i], codes, d) for i, codes, d in owners]  # codes level with their lines
    else:
        last = filled[-len(owners) :] if len(owners) <= len(filled) else filled
        pairs = [(line, codes, d) for line, (_, codes, d) in zip(last, owners[-len(last) :])]
    for line, codes, d in pairs:
        line.owners = codes
        line.due = d


def _split_owner(text: str) -> tuple[list[str], dt.date | None, str]:
    """``ACC`` -> (["ACC"], None, ""); ``CC 30/09/17`` -> (["CC"], date, "")."""
    plain = words.plain(text)
    codes = words.owner_codes(plain)
    if codes:
        return codes, None, ""
    found = find_date(plain)
    if found is not None:
        rest = (plain[: found.start] + plain[found.end :]).strip(" -–—,;:()\n")
        rest = rest.removesuffix("by").strip()
        codes = words.owner_codes(rest)
        if codes:
            return codes, found.date, ""
    return [], None, plain
