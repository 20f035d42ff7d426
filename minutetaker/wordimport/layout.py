"""Where the minutes are in a document: the opening block, the minutes table, and
the summary of actions arising minutetaker's export adds after it.

Everything from the first table that looks like the minutes (an ``ACTION``
column heading, or rows numbered like agenda items) to the end of the document is
the minutes, whatever breaks it up: a table split in two with paragraphs typed
between the halves, or rows pasted in from elsewhere. Each row becomes a
:class:`Unit` of number, notes and ACTION paragraphs; a paragraph between tables
is a unit of notes alone.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from minutetaker.domain import house_format as words
from minutetaker.wordimport.document import Block, Cell, Row, Table, WordDocument
from minutetaker.wordimport.paragraphs import Paragraph

_ITEM_NUMBER = re.compile(
    r"^\s*(\d{1,2}(?:\s*\(?[a-z]{1,2}\)?)?(?:\.\d{1,2})*)\s*[.:)]?\s*$", re.IGNORECASE
)
_NUMBER_LABELS = ("no", "number", "item", "#", "ref")


def item_number(text: str) -> str:
    """``3.`` -> ``3``; ``4 (a)`` -> ``4a``; ``1.1`` -> ``1.1``; ``5A.1`` as typed;
    "" if not a number."""
    match = _ITEM_NUMBER.match(words.plain(text))
    if match is None:
        return ""
    return re.sub(r"[\s()]", "", match.group(1))


@dataclass
class Unit:
    """One row of the minutes (or a paragraph between tables)."""

    number: list[Paragraph] = field(default_factory=list)
    notes: list[Paragraph] = field(default_factory=list)
    action: list[Paragraph] = field(default_factory=list)
    due: list[Paragraph] = field(default_factory=list)
    kind: str = "row"  # row, body (a paragraph outside a table), table (another table's row)
    column_heads: bool = False  # a table's first row, its ACTION cell the column's heading


@dataclass
class SummaryRow:
    number: str
    text: str
    owner: str
    due: str
    paragraphs: list[Paragraph]


@dataclass
class Layout:
    opening: list[Block] = field(default_factory=list)
    units: list[Unit] = field(default_factory=list)
    summary: list[SummaryRow] = field(default_factory=list)
    summary_heading: list[Paragraph] = field(default_factory=list)
    found_minutes: bool = False


def _texts(row: Row) -> list[str]:
    return [words.plain(cell.text) for cell in row.cells]


def is_summary(table: Table) -> bool:
    rows = table.live_rows()
    if not rows:
        return False
    head = [t.casefold().rstrip(":.") for t in _texts(rows[0])]
    labels = [label.casefold().rstrip(":.") for label in words.SUMMARY_LABELS]
    return head == labels or table.caption == words.SUMMARY_HEADING


def is_attendance(table: Table) -> bool:
    for row in table.live_rows()[:3]:
        texts = [t.casefold().rstrip(":") for t in _texts(row)]
        if "name" in texts or "capacity" in texts:
            return True
        if texts and texts[0] in ("attendance", "present", "apologies", "in attendance"):
            return True
    return False


def minutes_score(table: Table, heading_keys: set[str]) -> int:
    score = 0
    for row in table.live_rows():
        texts = _texts(row)
        if any(t.casefold() == words.ACTION_HEADING.casefold() for t in texts):
            score += 3
        if texts and item_number(texts[0]):
            score += 1
            if len(row.cells) > 1 and row.cells[1].paragraphs:
                first = next((p.text for p in row.cells[1].paragraphs if p.text.strip()), "")
                if words.heading_key(first) in heading_keys:
                    score += 1
    return score


def find_layout(document: WordDocument, heading_keys: set[str]) -> Layout:
    layout = Layout()
    body = [part for block in document.body for part in opening_apart(block, heading_keys)]
    start = next(
        (
            n
            for n, block in enumerate(body)
            if isinstance(block, Table)
            and block.columns >= 2
            and not is_attendance(block)
            and not is_summary(block)
            and (minutes_score(block, heading_keys) >= 2 or _under_heading(body, n, heading_keys))
        ),
        None,
    )
    if start is None:
        layout.opening = list(body)
        return layout
    layout.found_minutes = True
    start = _with_headings_before(body, start, heading_keys)
    layout.opening = list(body[:start])
    for block in body[start:]:
        if isinstance(block, Table):
            if is_summary(block):
                _take_summary_heading(layout)
                layout.summary.extend(_summary_rows(block))
            else:
                layout.units.extend(table_units(block))
        elif block.text.strip() or block.joined:
            layout.units.append(Unit(notes=[block], kind="body"))
    return layout


_OPENING_LABELS = {"date", "time", "chair", "minutes", "minute taker", "venue", "name",
                   "capacity", "attendance", "present", "apologies", "in attendance"}  # fmt: skip


def opening_apart(block: Block, heading_keys: set[str]) -> list[Block]:
    """A table whose first rows are the details or the attendance and whose later
    rows are the minutes (Word joins two tables when the paragraph between them
    goes; some type everything in one table): the two parts as two tables."""
    if not isinstance(block, Table) or is_summary(block):
        return [block]
    rows = block.live_rows()
    start = next((n for n, row in enumerate(rows) if _starts_minutes(row, heading_keys)), 0)
    opening = [
        text.casefold().rstrip(":") for row in rows[:start] for text in _texts(row)[:2] if text
    ]
    if start == 0 or not any(label in _OPENING_LABELS for label in opening):
        return [block]
    return [replace(block, rows=rows[:start]), replace(block, rows=rows[start:])]


def _starts_minutes(row: Row, heading_keys: set[str]) -> bool:
    """The minutes' first row: the ACTION column's heading, or an agenda heading
    beside its number."""
    texts = _texts(row)
    if any(t.casefold() == words.ACTION_HEADING.casefold() for t in texts):
        return True
    if not texts or not item_number(texts[0]) or len(row.cells) < 2:
        return False
    first = next((p.text for p in row.cells[1].paragraphs if p.text.strip()), "")
    return words.heading_key(first) in heading_keys


def _under_heading(body: list[Block], at: int, heading_keys: set[str]) -> bool:
    """A table of notes under an agenda heading typed as a paragraph (numbered by
    Word's list, or typed): minutes made of small tables under their headings."""
    n = at - 1
    while n >= 0 and not isinstance(body[n], Table) and not body[n].text.strip():
        n -= 1
    if n < 0 or isinstance(body[n], Table):
        return False
    return words.heading_key(_LEADING_NUMBER.sub("", body[n].text.strip())) in heading_keys


_LEADING_NUMBER = re.compile(r"^\s*\d{1,2}[a-z]?(?:\.\d{1,2})*\s*[.:)]?\s+", re.IGNORECASE)


def _with_headings_before(body: list[Block], start: int, heading_keys: set[str]) -> int:
    """Minutes whose headings stand above small tables of notes: the first heading,
    above the first table, belongs to the minutes too."""
    n = start
    while n > 0:
        block = body[n - 1]
        if isinstance(block, Table):
            break
        text = block.text.strip()
        if text and words.heading_key(_LEADING_NUMBER.sub("", text)) not in heading_keys:
            break
        n -= 1
    while n < start and not body[n].text.strip():  # blank lines stay with the opening
        n += 1
    return n


def _take_summary_heading(layout: Layout) -> None:
    """The summary's heading paragraph, just before its table, belongs to it."""
    while layout.units and layout.units[-1].kind == "body":
        last = layout.units[-1].notes[0]
        if words.heading_key(last.text) == words.heading_key(words.SUMMARY_HEADING):
            layout.summary_heading.append(last)
            layout.units.pop()
            return
        if last.text.strip():
            return
        layout.units.pop()


def _summary_rows(table: Table) -> list[SummaryRow]:
    out = []
    for row in table.live_rows()[1:]:
        texts = [cell.text for cell in row.cells] + ["", "", "", ""]
        paragraphs = [p for cell in row.cells for p in cell.paragraphs]
        out.append(SummaryRow(texts[0], texts[1], texts[2], texts[3], paragraphs))
    return out


_ACTION_TEXT_HEADINGS = {"action", "actions", "action point", "action points", "agreed action",
                         "agreed actions", "actions agreed"}  # fmt: skip
DUE_HEADINGS = {"due", "due date", "date due", "by when", "when", "deadline", "target date",
                 "date", "timescale", "completion date"}  # fmt: skip


def _action_beside_owner(table: Table) -> bool:
    """``No. | Item | Action | Owner`` (and ``| Due``): the table's first row heads a
    column of the actions' words, then a column of their owners."""
    rows = table.live_rows()
    if not rows or table.columns not in (4, 5):
        return False
    heads = [words.heading_key(cell.text) for cell in sorted(rows[0].cells, key=lambda c: c.grid)]
    if len(heads) != table.columns:
        return False
    owner = heads[3] not in _ACTION_TEXT_HEADINGS and words.is_action_heading(heads[3])
    due = table.columns == 4 or heads[4] in DUE_HEADINGS
    return heads[2] in _ACTION_TEXT_HEADINGS and owner and due


def _columns(table: Table) -> tuple[int, int, int, int]:
    """Grid columns of number, notes, ACTION and due (-1 where the table has none).
    Where the actions' words have a column of their own beside the owners', that
    column is read as notes (every column right of the notes not named is)."""
    rows = table.live_rows()
    if _action_beside_owner(table):
        return 0, 1, 3, 4 if table.columns == 5 else -1
    if table.columns >= 4:
        return 0, 1, 2, 3
    if table.columns == 3:
        return 0, 1, 2, -1
    # Two columns: number | notes, or notes | ACTION when the right one holds codes,
    # or is headed as the ACTION column (``Minutes | Action``: owners written with
    # names below it).
    first = _cell_at(rows[0], 1) if rows else None
    if first is not None and words.is_action_heading(first.text):
        return -1, 0, 1, -1
    right = [_cell_at(row, 1) for row in rows]
    right_texts = [words.plain(cell.text) for cell in right if cell is not None and cell.text]
    if right_texts and all(
        words.owner_codes(t) or t.casefold() == words.ACTION_HEADING.casefold() for t in right_texts
    ):
        return -1, 0, 1, -1
    return 0, 1, -1, -1


def _cell_at(row: Row, column: int) -> Cell | None:
    return next((c for c in row.cells if c.grid <= column < c.grid + c.span), None)


def table_units(table: Table) -> list[Unit]:
    """The minutes table's rows as units (number, notes, ACTION), or each row as
    one line where the table is not shaped like the minutes."""
    beside = _action_beside_owner(table)
    if (table.columns > 4 and not beside) or table.columns < 2:
        # Not shaped like the minutes: each row kept as one line of its cells' text.
        return [Unit(notes=[p for c in r.cells for p in c.paragraphs], kind="table")
                for r in table.live_rows()]  # fmt: skip
    number_col, notes_col, action_col, due_col = _columns(table)
    units = []
    for row in table.live_rows():
        unit = Unit()
        for cell in row.cells:
            last = cell.grid + cell.span - 1
            if beside and not units and cell.grid == 2:  # the Action column's heading
                unit.action.extend(cell.paragraphs)
            elif cell.span == 1 and cell.grid == number_col:
                unit.number.extend(cell.paragraphs)
            elif cell.span == 1 and cell.grid == action_col:
                unit.action.extend(cell.paragraphs)
            elif cell.span == 1 and cell.grid == due_col:
                unit.due.extend(cell.paragraphs)
            elif cell.grid <= notes_col <= last or cell.grid > notes_col:
                unit.notes.extend(cell.paragraphs)
            else:  # a cell left of the notes spanning nothing known
                unit.notes.extend(cell.paragraphs)
        action = " ".join(p.text for p in unit.action).strip()
        unit.column_heads = not units and (beside or words.is_action_heading(action))
        units.append(unit)
    return units


def number_label(text: str) -> bool:
    """Whether a number cell holds the column's label ("No.", "Item")."""
    return words.plain(text).casefold().rstrip(".:") in _NUMBER_LABELS
