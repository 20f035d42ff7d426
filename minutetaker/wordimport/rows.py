"""A row of the minutes made into lines: its number, its notes, and the owners'
codes of its ACTION column laid beside the lines they belong to (level with them
when Enter was pressed in the ACTION cell, else the last lines of the row), with
any due date written beside a code or in a due column."""

from __future__ import annotations

import datetime as dt

from minutetaker.domain import house_format as words
from minutetaker.domain.written_dates import find_date
from minutetaker.wordimport.layout import Unit, item_number, number_label
from minutetaker.wordimport.lines import Line

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


def lines_of(unit: Unit) -> tuple[str, list[Line]]:
    """The row's item number ("" if none) and its lines, owners laid beside them."""
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
