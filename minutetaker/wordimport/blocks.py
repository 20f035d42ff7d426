"""The pieces every kind of item is made of: a line made a block or an action, and
the record of where each paragraph of the document went (and which could not be
placed) that the report is built from."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from minutetaker.domain.model import Action, Block, Item, NextMeeting
from minutetaker.domain.written_dates import find_date
from minutetaker.wordimport.lines import (
    Line,
    is_bullet,
    looks_like_subheading,
    typed_number,
    without_bullet,
    without_number,
)
from minutetaker.wordimport.paragraphs import Paragraph

_DUE = re.compile(r"\b(?:by|due(?:\s+date)?|before|deadline)\s*[:\-]?\s*(?:the\s+)?", re.I)


@dataclass
class Placement:
    """Where a paragraph of the document went."""

    paragraph: Paragraph
    item: str  # the number of the item it went under ("" for the details)
    role: str  # heading, paragraph, bullet, question, finding, action, unplaced, …


@dataclass
class Unplaced:
    item: str
    text: str
    why: str


@dataclass
class Context:
    meeting_date: dt.date
    placements: list[Placement] = field(default_factory=list)
    unplaced: list[Unplaced] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)  # what was inferred, for the report
    next_meeting: NextMeeting | None = None
    due_written: set[int] = field(default_factory=set)  # id() of actions given a due date

    def place(self, line: Line, item: str, role: str) -> None:
        self.placements.append(Placement(line.para, item, role))
        if line.why:
            self.unplaced.append(Unplaced(item, line.stripped, line.why))


# -- blocks -----------------------------------------------------------------------------


def make_block(line: Line, number: str, context: Context, role: str = "") -> Block:
    if line.why:
        block = Block("paragraph", line.stripped)
        role = "unplaced"
    elif is_bullet(line) or line.para.list_kind == "number":
        # A point of Word's numbered list that is no question or action: a point of
        # a list still (the archive has one kind of list point; the number was Word's).
        block = Block("bullet", without_bullet(line.text))
        role = role or "bullet"
    elif looks_like_subheading(line) and not line.para.list_kind:
        block = Block("subheading", line.stripped)
        role = role or "subheading"
    else:
        block = Block("paragraph", line.stripped)
        role = role or "paragraph"
    block.restricted, block.restricted_reason = line.restricted, line.reason
    context.place(line, number, role)
    return block


def make_action(line: Line, number: str, context: Context) -> Action:
    text = without_bullet(line.text)
    if typed_number(text):
        text = without_number(text)
    due = line.due
    if due is None:
        for cue in _DUE.finditer(text):
            found = find_date(text[cue.end() :], context.meeting_date.year)
            if found is not None and found.start == 0:
                due = found.date
                break
    action = Action(text.strip(), "/".join(line.owners), due)
    if line.owner_said:
        context.notes.append(
            f"Owner “{line.owner_said}” of an action in item {number} taken as {action.owner}."
        )
    if due is not None:
        context.due_written.add(id(action))
    context.place(line, number, "action")
    return action


def withheld_action(line: Line) -> bool:
    """An action marked not for publication: the archive withholds actions only with
    their item, so it stays a paragraph not for publication, its owner written in,
    and the report lists it for the minute-taker to settle in the window."""
    if not (line.owners and line.restricted):
        return False
    line.text = f"{line.text.rstrip()} (action for {'/'.join(line.owners)})"
    line.owners = []
    line.why = line.why or "an action marked not for publication, kept as a withheld paragraph"
    return True


def blocks_and_actions(item: Item, lines: list[Line], context: Context) -> None:
    for line in lines:
        withheld_action(line)
        if line.owners:
            item.actions.append(make_action(line, item.number, context))
        else:
            item.blocks.append(make_block(line, item.number, context))
