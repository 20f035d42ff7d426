"""A row of the minutes made into lines: its number, its notes, and the owners'
codes of its ACTION column laid beside the lines they belong to (level with them
when Enter was pressed in the ACTION cell, else the last lines of the row), with
any due date written beside a code or in a due column."""

from __future__ import annotations

import datetime as dt
import re

from minutetaker.domain import house_format as words
from minutetaker.domain.written_dates import find_date
from minutetaker.wordimport.layout import DUE_HEADINGS, Unit, item_number, number_label
from minutetaker.wordimport.lines import Line
from minutetaker.wordimport.owners import Owner, Owners

_COLUMN_LABELS = {"item", "items", "notes", "minutes", "discussion", "subject", "agenda item",
                  "details", "minute", "description", "action", "actions"}  # fmt: skip


def _is_heading_row(unit: Unit) -> bool:
    """The minutes table's own heading row: ``No. | Item | ACTION``."""
    action = " ".join(p.text for p in unit.action).strip()
    if words.plain(action).casefold() != words.ACTION_HEADING.casefold() and not unit.column_heads:
        return False
    notes = " ".join(p.text for p in unit.notes).strip()
    number = " ".join(p.text for p in unit.number).strip()
    label = words.heading_key(notes)
    return (not notes or label in _COLUMN_LABELS) and (not number or number_label(number))


def lines_of(unit: Unit, owners: Owners | None = None) -> tuple[str, list[Line]]:
    """The row's item number ("" if none) and its lines, owners laid beside them
    (``owners`` knows the people of the meeting, for owners written with a name)."""
    owners = owners or Owners()
    number = ""
    lines: list[Line] = []
    if _is_heading_row(unit):
        return "", []
    number_text = "\n".join(p.text for p in unit.number).strip()
    notes_empty = not any(p.text.strip() for p in unit.notes)
    if number_text:
        number = item_number(number_text)
        if not number and notes_empty:
            # Typed into the number column with the notes column left empty (rows that
            # look merged): the notes.
            unit = Unit(number=[], notes=unit.number, action=unit.action, due=unit.due)
        elif not number:
            for p in unit.number:
                if p.text.strip():
                    lines.append(Line(p.text.strip(), p, "number", why="in the number column"))
    column = "notes" if unit.kind != "table" else "table"
    split = _codes_on_lines(unit, owners)
    notes = [
        Line(text, p, column)
        for p in unit.notes
        for text in (p.text.split("\n") if p is split else [p.text])
    ]
    for line in notes:
        line.text = line.text.strip("\n")
        if unit.kind == "table":
            line.why = "in a table that is not the minutes table"
    lines.extend(notes)
    for line in lines:
        if line.text.strip():
            line.first_in_row = True
            break
    _lay_owners(unit, notes, lines, owners, by_line=split is not None)
    if not any(p.text.strip() for p in unit.action):
        _owners_at_end(notes, owners)
    for line in lines:
        line.row = id(unit)
    return number, lines


def _codes_on_lines(unit: Unit, owners: Owners):
    """The notes paragraph to read line by line when the ACTION cell holds several
    owners' codes on lines of one paragraph (Shift+Enter between them) and a notes
    paragraph has as many lines: level with it, else the row's last; or None."""
    coded = next((p for p in unit.action if len(_code_lines(p.text, owners)) > 1), None)
    if coded is None:
        return None
    count = len(_code_lines(coded.text, owners))
    filled = [p for p in unit.notes if p.text.strip()]
    level = unit.action.index(coded)
    candidates = [unit.notes[level]] if level < len(unit.notes) else []
    candidates += filled[-1:]
    for p in candidates:
        if len([t for t in p.text.split("\n") if t.strip()]) == count:
            return p
    return None


def _code_lines(text: str, owners: Owners) -> list[str]:
    """The lines of an ACTION paragraph, when each is an owner's code; else []."""
    found = [t.strip() for t in text.split("\n") if t.strip()]
    return found if found and all(_split_owner(t, owners)[0] for t in found) else []


def _lay_owners(
    unit: Unit, notes: list[Line], lines: list[Line], owners: Owners, by_line: bool
) -> None:
    """``by_line``: codes typed as lines of one paragraph pair with the lines of the
    notes paragraph beside them (else several codes on lines are joint owners)."""
    cells = [
        (p, text.strip())
        for p in unit.action
        for text in (
            p.text.split("\n") if by_line and len(_code_lines(p.text, owners)) > 1 else [p.text]
        )
    ]
    due = _due_column(unit, lines)
    found: list[tuple[int, list[str], dt.date | None]] = []  # (action paragraph index, codes, due)
    said: dict[int, str] = {}  # an owner written otherwise than as codes, as typed
    for index, (p, text) in enumerate(cells):
        if not text or words.plain(text).casefold() == words.ACTION_HEADING.casefold():
            continue
        if unit.column_heads and words.is_action_heading(text):
            continue
        owner, written_due = _split_owner(text, owners)
        coded = _code_lines(text, owners) if owner is None else []
        if coded:  # "CEx" Shift+Enter "CC": joint owners
            read = [_split_owner(line, owners)[0] for line in coded]
            owner = Owner(
                [c for o in read if o for c in o.codes], plain=all(o and o.plain for o in read)
            )
            written_due = None
        if owner is None:
            lines.append(Line(text, p, "action", why="in the ACTION column, not an owner's code"))
            continue
        found.append((index, owner.codes, written_due or due))
        if not owner.plain:
            said[index] = text
        if owner.unknown:  # "CEx – J Bloggs": the code, and the name kept, listed
            lines.append(Line(text, p, "action", why="an owner's name not among the people"))
            said.pop(index)
    if not found:
        return
    filled = [line for line in notes if not line.empty]
    if not filled:
        # A row with an owner and no words: an action whose text was never written.
        for index, codes, d in found:
            lines.append(Line("", unit.action[0], "action", owners=codes, due=d))
            lines[-1].owner_said = said.get(index, "")
        return
    if len(cells) == len(notes) and all(not notes[i].empty for i, _, _ in found):
        pairs = [(notes[i], i, codes, d) for i, codes, d in found]  # codes level with their lines
    else:
        if len(found) > len(filled) == 1:
            # "CEx" Enter "CC" beside one action: its joint owners.
            joint = [code for _, codes, _ in found for code in codes]
            found = [(found[0][0], joint, next((d for _, _, d in found if d), None))]
            said = {found[0][0]: " / ".join(said.values())} if said else {}
        for index, codes, _ in found[: max(len(found) - len(filled), 0)]:
            # More codes than lines: those with no line to stand beside are kept, listed.
            lines.append(
                Line(
                    "/".join(codes), cells[index][0], "action", why="an owner's code with no action"
                )
            )
        last = filled[-len(found) :] if len(found) <= len(filled) else filled
        pairs = [(line, i, codes, d) for line, (i, codes, d) in zip(last, found[-len(last) :])]
    for line, index, codes, d in pairs:
        line.owners = codes
        line.due = d
        line.owner_said = said.get(index, "")


_DUE_WORDS = re.compile(r"^(?:by|due|on|before|no later than|w/?c|week commencing)$", re.I)


def _due_column(unit: Unit, lines: list[Line]) -> dt.date | None:
    """The date written in a due column; words there that are not a date (``end of
    term``) are kept, listed, and never lost. The column's own heading is neither."""
    text = words.plain(" ".join(p.text for p in unit.due)).strip()
    if not text or (unit.column_heads and words.heading_key(text) in DUE_HEADINGS):
        return None
    found = find_date(text)
    rest = text if found is None else (text[: found.start] + " " + text[found.end :])
    rest = rest.strip(" -,;:()\n")
    if rest and not _DUE_WORDS.match(rest):
        paragraph = next(p for p in unit.due if p.text.strip())
        lines.append(Line(text, paragraph, "due", why="in the due column, not a date"))
    return found.date if found is not None else None


def _owners_at_end(notes: list[Line], owners: Owners) -> None:
    """With the ACTION cell empty, an owner written at the end of an action's own
    words (``… by 30 June (ACC Holloway)``): the line is an action of that owner,
    its words kept whole (as a due date written in them is)."""
    for line in notes:
        if line.empty or line.owners or not _ACTION_WORDS.search(line.text):
            continue
        found = owners.at_end(line.text)
        if found is not None:
            owner, said = found
            line.owners = owner.codes
            line.owner_said = said


# What an action's words say: someone "to" do something, or something done "by" a day.
_ACTION_WORDS = re.compile(r"\b(?:to|by)\s+\w", re.IGNORECASE)


def _split_owner(text: str, owners: Owners) -> tuple[Owner | None, dt.date | None]:
    """``ACC`` -> (ACC, None); ``CC 30/09/17`` -> (CC, the date); ``CEx – O Pritchard``
    -> (CEx, None); an ACTION cell that holds no owner -> (None, None)."""
    plain = words.plain(text)
    codes = words.owner_codes(plain)
    if codes:
        return Owner(codes), None
    found = find_date(plain)
    if found is not None:
        rest = (plain[: found.start] + plain[found.end :]).strip(" -–—,;:()\n")
        rest = rest.removesuffix("by").strip()
        codes = words.owner_codes(rest)
        if codes:
            return Owner(codes), found.date
        owner = owners.read(rest) if rest else None
        if owner is not None:
            return owner, found.date
    return owners.read(plain), None
