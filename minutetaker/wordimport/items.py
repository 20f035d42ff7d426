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
from minutetaker.wordimport.agenda import Agenda, Section
from minutetaker.wordimport.layout import Unit
from minutetaker.wordimport.lines import Line, looks_like_heading, sentence_case
from minutetaker.wordimport.owners import Owners
from minutetaker.wordimport.paragraphs import Paragraph
from minutetaker.wordimport.rows import lines_of


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
    heading_line: Line | None = None  # the line its heading was read from
    label_line: Line | None = None  # its "Not for publication" label, above the heading

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
    def __init__(self, agenda: Agenda, owners: Owners | None = None) -> None:
        self.agenda = agenda
        self.owners = owners or Owners()
        self.top: list[Draft] = []
        self.by_number: dict[str, Draft] = {}
        self.current: Draft | None = None
        self.before: list[Line] = []  # lines before the first item
        # Paragraphs read as structure (numbers, owners' codes, column headings), with
        # the item they stand beside: the report's record of where everything went.
        self.structure: list[tuple[Paragraph, str, str]] = []

    # -- the public step --------------------------------------------------------------

    def add(self, unit: Unit) -> None:
        number, lines = lines_of(unit, self.owners)
        try:
            self._add(number, lines)
        finally:
            self._structure(unit, lines)

    def _structure(self, unit: Unit, lines: list[Line]) -> None:
        made = {id(line.para) for line in lines}
        number = self.current.number if self.current else ""
        for paragraphs, role in (
            (unit.number, "number"),
            (unit.action, "owner's code"),
            (unit.due, "due date"),
            (unit.notes, "column heading"),
        ):
            for p in paragraphs:
                if p.text.strip() and id(p) not in made:
                    self.structure.append((p, number, role))

    def _add(self, number: str, lines: list[Line]) -> None:
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
        else:
            _keep_owners(draft, line)
        return True

    def _open_numbered(self, number: str, line: Line | None, label: Line | None) -> None:
        """A row whose number column holds ``number``. When the line beside it is no
        heading but a question (inside a holding-to-account item) or an action (an
        owner's code beside it), the number is the question's or the action's own."""
        if line is not None and self._own_number(number, line):
            if label is not None:  # above the question or action: laid on it, not dropped
                self._append(label)
            self._append(line.but(f"{number}. {line.text.lstrip()}"))
            return
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
            else:
                _keep_owners(draft, line)
        elif section is not None and known is None:
            # A brought-forward item typed without its "Action arising" line.
            self._open_brought_forward(section, number, None, None, "", label, line.row)
            self._append(line)
        elif looks_like_heading(line):
            draft = self._open(number, known, line, label)
            draft.heading = sentence_case(line.stripped.rstrip(":").strip())
            _keep_owners(draft, line)
        else:
            self._open(number, known, None, label)
            self._append(line)

    def _own_number(self, number: str, line: Line) -> bool:
        if self.current is None or not number.isdigit() or looks_like_heading(line):
            return False
        if self.agenda.match(line, -1) is not None:
            return False
        if words.parse_brought_forward_line(line.text) is not None:
            return False
        asking = "?" in line.text and any(
            d.kind == KIND_HOLDING_TO_ACCOUNT for d in _ancestors(self.current)
        )
        return asking or bool(line.owners)

    def _open_brought_forward(
        self,
        section: Draft,
        number: str | None,
        when: dt.date | None,
        line: Line | None,
        rest: str,
        label: Line | None,
        row: int = 0,
    ) -> None:
        number = number or f"{section.number}.{len(section.children) + 1}"
        draft = Draft(number, "", KIND_BROUGHT_FORWARD, parent=section, bf_from=when)
        draft.bf_line = line or Line("", _empty_paragraph(), row=row)
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
        draft.heading_line = line
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
            draft.label_line = label
            draft.restricted = True
            draft.reason = words.parse_restricted_label(label.text) or ""

    def _append(self, line: Line) -> None:
        if self.current is None:
            self.before.append(line)
        else:
            self.current.lines.append(line)


def _ancestors(draft: Draft):
    node: Draft | None = draft
    while node is not None:
        yield node
        node = node.parent


def _keep_owners(draft: Draft, line: Line) -> None:
    """Owners' codes beside a line that became a heading: kept, and listed."""
    if line.owners and line.owners != [words.NEXT_MEETING_OWNER]:
        draft.lines.append(
            Line(
                "/".join(line.owners),
                line.para,
                "action",
                why="an owner's code beside a heading, with no action",
                row=line.row,
            )
        )


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


def _empty_paragraph() -> Paragraph:
    return Paragraph()
