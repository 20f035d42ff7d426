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
    if words.plain(action).casefold() != words.ACTION_HEADING.casefold() and not unit.column_heads:
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
    column = "notes" if unit.kind != "table" else "table"
    split = _codes_on_lines(unit)
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
    _lay_owners(unit, notes, lines, by_line=split is not None)
    for line in lines:
        line.row = id(unit)
    return number, lines


def _codes_on_lines(unit: Unit):
    """The notes paragraph to read line by line when the ACTION cell holds several
    owners' codes on lines of one paragraph (Shift+Enter between them) and a notes
    paragraph has as many lines: level with it, else the row's last; or None."""
    coded = next((p for p in unit.action if len(_code_lines(p.text)) > 1), None)
    if coded is None:
        return None
    count = len(_code_lines(coded.text))
    filled = [p for p in unit.notes if p.text.strip()]
    level = unit.action.index(coded)
    candidates = [unit.notes[level]] if level < len(unit.notes) else []
    candidates += filled[-1:]
    for p in candidates:
        if len([t for t in p.text.split("\n") if t.strip()]) == count:
            return p
    return None


def _code_lines(text: str) -> list[str]:
    """The lines of an ACTION paragraph, when each is an owner's code; else []."""
    found = [t.strip() for t in text.split("\n") if t.strip()]
    return found if found and all(_split_owner(t)[0] for t in found) else []


def _lay_owners(unit: Unit, notes: list[Line], lines: list[Line], by_line: bool) -> None:
    """``by_line``: codes typed as lines of one paragraph pair with the lines of the
    notes paragraph beside them (else several codes on lines are joint owners)."""
    cells = [
        (p, text.strip())
        for p in unit.action
        for text in (p.text.split("\n") if by_line and len(_code_lines(p.text)) > 1 else [p.text])
    ]
    due_text = " ".join(p.text for p in unit.due).strip()
    due = find_date(due_text).date if due_text and find_date(due_text) else None
    owners: list[tuple[int, list[str], dt.date | None]] = []  # (action paragraph index, codes, due)
    for index, (p, text) in enumerate(cells):
        if not text or words.plain(text).casefold() == words.ACTION_HEADING.casefold():
            continue
        if unit.column_heads and words.is_action_heading(text):
            continue
        codes, written_due, leftover = _split_owner(text)
        if not codes and _code_lines(text):  # "CEx" Shift+Enter "CC": joint owners
            codes = [c for line in _code_lines(text) for c in _split_owner(line)[0]]
            written_due, leftover = None, ""
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
        if len(owners) > len(filled) == 1:
            # "CEx" Enter "CC" beside one action: its joint owners.
            joint = [code for _, codes, _ in owners for code in codes]
            owners = [(owners[0][0], joint, next((d for _, _, d in owners if d), None))]
        for index, codes, _ in owners[: max(len(owners) - len(filled), 0)]:
            # More codes than lines: those with no line to stand beside are kept, listed.
            lines.append(
                Line(
                    "/".join(codes), cells[index][0], "action", why="an owner's code with no action"
                )
            )
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
