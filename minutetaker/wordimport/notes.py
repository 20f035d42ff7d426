"""An item's lines made into the meeting's parts: blocks, questions with their
findings, a brought-forward record, actions and the date of the next meeting.

What the house format says, read back: bullets (Word's or typed), bold lines as
sub-headings, "Not for publication: REASON" above what it restricts, questions
typed as ``1. …`` with their ``Findings:``, ``Actions arising`` and the rows with
an owner's code. A line the reader cannot place stays a paragraph of the item
it stands in and is listed in the report; nothing is dropped. This module sends
each item to the reading of its kind (``questions``, ``brought_forward``) and
makes its lines ready; ``blocks`` holds what all kinds share.
"""

from __future__ import annotations

import re

from minutetaker.domain import house_format as words
from minutetaker.domain.dates import next_meeting_when
from minutetaker.domain.model import (
    KIND_BROUGHT_FORWARD,
    KIND_HOLDING_TO_ACCOUNT,
    KIND_NEXT_MEETING,
    Item,
    NextMeeting,
)
from minutetaker.domain.written_dates import find_date, find_time
from minutetaker.wordimport.blocks import Context, Placement, Unplaced, blocks_and_actions
from minutetaker.wordimport.brought_forward import brought_forward_record, infer_decisions
from minutetaker.wordimport.items import Draft
from minutetaker.wordimport.lines import (
    Line,
    is_bullet,
    is_known_label,
    is_unfinished,
    starts_lowercase,
)
from minutetaker.wordimport.questions import exported_question, holding_to_account

__all__ = ["Context", "Placement", "Unplaced", "build_items"]


def build_items(drafts: list[Draft], context: Context) -> list[Item]:
    # The next meeting first: its date is the due date of actions with none written.
    # Its lines are made ready first, so that a date under a "Not for publication"
    # label is known to be withheld: it is neither the next meeting's date (which
    # the public version prints) nor the due date of an action.
    prepared: dict[int, list[Line]] = {}
    for draft in (d for top in drafts for d in top.walk()):
        if draft.kind == KIND_NEXT_MEETING and context.next_meeting is None:
            lines = prepared[id(draft)] = _prepared(draft.lines, draft.number, context)
            if not any(d.restricted for d in _and_above(draft)):
                context.next_meeting = _next_meeting(lines, context)
    items = [_item(draft, context, prepared) for draft in drafts]
    for item in items:
        if item.kind == KIND_BROUGHT_FORWARD and item.brought_forward is None:
            infer_decisions(item, context)
    return items


def _and_above(draft: Draft):
    node: Draft | None = draft
    while node is not None:
        yield node
        node = node.parent


def _item(draft: Draft, context: Context, prepared: dict[int, list[Line]]) -> Item:
    item = Item(
        number=draft.number,
        heading=draft.heading,
        kind=draft.kind,
        restricted=draft.restricted,
        restricted_reason=draft.reason,
    )
    if draft.bf_line is not None and draft.bf_line.text:
        context.place(draft.bf_line, draft.number, "brought forward")
    for line, role in ((draft.heading_line, "heading"), (draft.label_line, "not for publication")):
        if line is not None:
            context.placements.append(Placement(line.para, draft.number, role))
    if id(draft) in prepared:
        lines = prepared[id(draft)]
    else:
        lines = _prepared(draft.lines, draft.number, context)
    if draft.kind == KIND_BROUGHT_FORWARD and draft.bf_line is not None:
        item.brought_forward = brought_forward_record(draft, lines, item, context)
    elif draft.kind == KIND_NEXT_MEETING:
        lines = _next_meeting_lines(draft, lines, context)
        blocks_and_actions(item, lines, context)
    elif draft.kind == KIND_HOLDING_TO_ACCOUNT and not draft.children:
        holding_to_account(item, lines, context)
    elif any(exported_question(line) for line in lines):
        # Questions as minutetaker prints them, under an item of another kind.
        holding_to_account(item, lines, context, typed=False)
    else:
        blocks_and_actions(item, lines, context)
    item.items = [_item(child, context, prepared) for child in draft.children]
    return item


# -- lines made ready ----------------------------------------------------------------


def _prepared(lines: list[Line], number: str, context: Context) -> list[Line]:
    """Empty lines dropped, labels the export added dropped, a line cut off mid
    sentence joined with the next, and "Not for publication" labels laid on what
    they stand above."""
    out: list[Line] = []
    label: Line | None = None
    kept: Line | None = None  # a label kept as a paragraph of its own already
    under = _UnderLabelledRows()
    for line in (part for whole in lines for part in _label_apart(whole)):
        under.see(line)
        if line.empty and not line.owners:
            continue
        if line.para.generated and is_known_label(line) and not line.owners:
            context.placements.append(Placement(line.para, number, "house label"))
            continue
        reason = words.parse_restricted_label(line.text)
        # The same label twice: the export's label over a label kept (withheld) as a
        # paragraph, read back. The second is what the first stands above.
        repeated = label is not None and reason is not None and line.stripped == label.stripped
        if reason is not None and not repeated:
            under.label(line, reason)
            if label is not None and label is not kept:
                out.append(_withheld_label(label))  # two labels in a row: keep the first
            if line.why:
                # A label where none belongs (before the first item, say): kept,
                # listed and withheld itself, and still laid on what follows.
                out.append(_withheld_label(line))
                kept = line
            if line.owners:  # a code beside the label: kept, and listed
                codes = "/".join(line.owners)
                out.append(Line(codes, line.para, "action", why="an owner's code beside a label"))
                line.owners = []
            label = line
            continue
        if label is not None:
            line.restricted, line.reason = True, words.parse_restricted_label(label.text) or ""
            if label is not kept:
                context.placements.append(Placement(label.para, number, "not for publication"))
            label = None
        elif out and _continues(out[-1], line):
            out[-1] = out[-1].but(out[-1].text.rstrip() + " " + line.text.strip())
            out[-1].owners = out[-1].owners or line.owners
            context.placements.append(Placement(line.para, number, "continued"))
            continue
        out.append(line)
    if label is not None and label is not kept:
        out.append(_withheld_label(label))
    return out


_LABEL_FIRST = re.compile(
    r"^\s*(?P<label>(?:findings?|updates?)\s*(?::|[-–—](?=\s)))\s*(?P<rest>\S.*)$",
    re.IGNORECASE | re.DOTALL,
)


def _label_apart(line: Line) -> list[Line]:
    """``Findings: The raw data…`` or ``Update – The ACC…``: the label, a sub-heading
    as when it is typed on its own line, and what it heads."""
    match = _LABEL_FIRST.match(line.text)
    if match is None or line.why or line.para.generated:
        return [line]
    label = line.but(match.group("label").rstrip(" -–—"))
    label.owners, label.due = [], None
    return [label, line.but(match.group("rest"))]


def _withheld_label(label: Line) -> Line:
    """A "Not for publication" label with nothing under it: its words are kept
    (nothing is lost), withheld for its own reason (the reason is never public),
    and listed in the report."""
    kept = label.but(label.text)
    kept.restricted = True
    kept.reason = words.parse_restricted_label(label.text) or ""
    kept.why = kept.why or "a 'Not for publication' label with nothing under it"
    return kept


class _UnderLabelledRows:
    """Rows numbered below the levels the reader knows as items (``4a1``, ``3a(i)``)
    join the item above them as lines. When such a row is labelled "Not for
    publication" as a whole (the label its first words, as the export puts an
    item's label above its heading), every line of it, and of each later row whose
    number begins with its number (the items under it: ``4a1x``), is withheld:
    restricted means everything under it, and those rows carry no label of their
    own."""

    def __init__(self) -> None:
        self.numbers: dict[int, str] = {}  # row -> the number typed in it
        self.first: dict[int, Line] = {}  # row -> the first line of its notes
        self.labelled: list[tuple[str, str]] = []  # (number, reason)
        self.withheld: dict[int, str] = {}  # row -> reason
        self.row: int | None = None

    def see(self, line: Line) -> None:
        if line.row != self.row:  # a new row: numbered, or one more row of the last
            before, self.row = self.row, line.row
            if line.column == "number":
                number = self.numbers[line.row] = line.stripped
                for above, reason in self.labelled:
                    if number.startswith(above):
                        self.withheld.setdefault(line.row, reason)
            elif before in self.withheld:  # an item's ACTION row, under its own
                self.withheld[line.row] = self.withheld[before]
        if line.row in self.withheld and not line.restricted:
            line.restricted, line.reason = True, self.withheld[line.row]
        if line.column == "notes" and not line.empty:
            self.first.setdefault(line.row, line)

    def label(self, line: Line, reason: str) -> None:
        if line.row in self.numbers and self.first.get(line.row) is line:
            self.labelled.append((self.numbers[line.row], reason))
            self.withheld.setdefault(line.row, reason)


def _continues(before: Line, line: Line) -> bool:
    """A paragraph that carries on the sentence the one before it left unfinished
    (a line broken by pressing Enter, or by a page)."""
    return (
        before.column == line.column == "notes"
        and not before.owners
        and not line.why
        and not before.why
        and is_unfinished(before.text)
        and starts_lowercase(line.text)
        and not line.para.list_kind
        and not line.para.bold
        and not is_bullet(line)
        and before.restricted == line.restricted
        and len(before.text) > 20
    )


# -- the date of the next meeting -------------------------------------------------------------


def _next_meeting(lines: list[Line], context: Context) -> NextMeeting | None:
    """The first date written under the item (a date without a year: the first such
    day after the meeting), never one in a line withheld."""
    for line in lines:
        if line.restricted:
            continue
        found = find_date(line.text, context.meeting_date.year)
        if found is not None:
            if found.date < context.meeting_date and found.date.year == context.meeting_date.year:
                try:
                    found = found._replace(date=found.date.replace(year=found.date.year + 1))
                except ValueError:
                    pass
            return NextMeeting(found.date, find_time(line.text))
    return None


def _next_meeting_lines(draft: Draft, lines: list[Line], context: Context) -> list[Line]:
    """The lines of the next meeting's item, less the line that gives its date (when it
    says no more than that) and the everyone-attends code beside it."""
    following = context.next_meeting
    out = []
    said = False
    for line in lines:
        if line.owners == [words.NEXT_MEETING_OWNER]:
            line.owners = []
        key = words.heading_key(line.text)
        if following is not None and following.date is not None and not said:
            generated = next_meeting_when(following.date, following.time)
            # Only a line with the very words of the date is taken for it: any other
            # ("16 April 2030, 10.30am") is kept, so that no word is lost.
            said_again = key == words.heading_key(generated)
            if said_again and not (line.why or line.restricted or line.owners):
                context.place(line, draft.number, "next meeting")
                said = True
                continue
        unknown = key == words.heading_key(words.NEXT_MEETING_UNKNOWN)
        if following is None and unknown and not (line.restricted or line.owners):
            context.place(line, draft.number, "next meeting")
            continue
        out.append(line)
    return out
