"""Minutes typed with no table at all: every line a paragraph in Word's Normal
style, laid out with tabs as the minutes table's columns would be.

    1<tab>OUTSTANDING MATTERS / ITEMS BROUGHT FORWARD<tab>ACTION
    <tab>• In recent weeks performance had shown improvement…
    <tab>2. The CSP family group rankings to be shared with the PCC<tab>ACC
    DELIVERY OF STRATEGIC INITIATIVES:

The minutes start at the first line that reads as a row of the minutes table (an
agenda heading beside its number, or the ``ACTION`` column's heading after a
heading). From there each paragraph is one :class:`~minutetaker.wordimport.layout.Unit`:
a leading number is the number column, a short last field after the notes (an
owner's code, ``ALL``) the ACTION column, and the rest the notes. A line that
does not start with a number or a tab is notes whole, as a heading typed without
its number is. Nothing is dropped: every field lands in one of the three columns,
where the rows' reader places it as it places a table's cells.
"""

from __future__ import annotations

from dataclasses import replace

from minutetaker.domain import house_format as words
from minutetaker.wordimport.document import Table, WordDocument
from minutetaker.wordimport.layout import (
    Layout,
    Unit,
    find_layout,
    item_number,
    opening_apart,
    table_units,
)
from minutetaker.wordimport.paragraphs import DELETED, Paragraph, Segment

# The ACTION column holds a code or two ("ACC", "CC / ACC", "ALL"), never a sentence.
_MOST_ACTION_WORDS = 3


def fields_of(paragraph: Paragraph) -> list[Paragraph]:
    """``paragraph`` cut at its tabs (a tab inside a struck-out stretch is not one),
    each part a paragraph of the same look."""
    parts: list[list[Segment]] = [[]]
    for segment in paragraph.segments:
        if segment.change == DELETED or "\t" not in segment.text:
            parts[-1].append(segment)
            continue
        pieces = segment.text.split("\t")
        for n, piece in enumerate(pieces):
            if n:
                parts.append([])
            if piece:
                parts[-1].append(replace(segment, text=piece))
    return [replace(paragraph, segments=segments, joined=[]) for segments in parts]


def find_minutes(document: WordDocument, heading_keys: set[str]) -> Layout:
    """The minutes in a table (:func:`find_layout`), else typed with tabs."""
    layout = find_layout(document, heading_keys)
    if layout.found_minutes:
        return layout
    body = [part for block in document.body for part in opening_apart(block, heading_keys)]
    start = next(
        (
            n
            for n, block in enumerate(body)
            if not isinstance(block, Table) and starts_minutes(block, heading_keys)
        ),
        None,
    )
    if start is None:
        return layout
    found = Layout(opening=list(body[:start]), found_minutes=True)
    for block in body[start:]:
        if isinstance(block, Table):
            found.units.extend(table_units(block))  # a table among them: rows of the minutes
        elif block.text.strip() or block.joined:
            found.units.append(row_of(block))
    return found


def starts_minutes(paragraph: Paragraph, heading_keys: set[str]) -> bool:
    """``1<tab>OUTSTANDING MATTERS…`` (or with ``<tab>ACTION`` after it)."""
    texts = [words.plain(f.text) for f in fields_of(paragraph)]
    texts = [t for t in texts if t]
    if len(texts) < 2 or not item_number(texts[0]):
        return False
    return words.heading_key(texts[1]) in heading_keys


def row_of(paragraph: Paragraph) -> Unit:
    """The paragraph as a unit of number, notes and ACTION."""
    parts = fields_of(paragraph)
    if len(parts) == 1:
        return Unit(notes=[paragraph])
    first, rest = parts[0], [p for p in parts[1:] if p.text.strip()]
    unit = Unit()
    if first.text.strip() and not item_number(first.text):
        return Unit(notes=[paragraph])  # not laid out as a row: kept whole
    if first.text.strip():
        unit.number.append(first)
    if len(rest) >= 2 and len(rest[-1].text.split()) <= _MOST_ACTION_WORDS:
        unit.action.append(rest.pop())
    unit.notes.extend(_joined(rest))
    action = " ".join(p.text for p in unit.action)
    unit.column_heads = words.is_action_heading(action)
    return unit


def _joined(parts: list[Paragraph]) -> list[Paragraph]:
    """The notes' fields as one paragraph again, a space for each tab between them."""
    if len(parts) <= 1:
        return parts
    segments: list[Segment] = []
    for n, part in enumerate(parts):
        if n:
            segments.append(Segment(" "))
        segments.extend(part.segments)
    return [replace(parts[0], segments=segments, joined=[])]
