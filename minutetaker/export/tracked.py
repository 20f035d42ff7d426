"""The later version of a meeting with its changes as Word tracked changes.

The document is the later version in the house format. Its details lines, its
attendance table and its minutes table are built again from both versions, lined
up: what is only in the earlier version stands as deleted text, what is only in
the later as inserted text, and a changed paragraph has its changed words marked.
Word's Review pane (and LibreOffice's Manage Changes) then lists each change, to
accept or reject.
"""

from __future__ import annotations

import datetime as dt
import difflib
from dataclasses import dataclass, field
from pathlib import Path

from docx.document import Document
from lxml import etree

from minutetaker.domain.compare import (
    ADDED,
    CHANGED,
    REMOVED,
    SAME,
    Comparison,
    Words,
    compare_meetings,
    similarity,
    word_changes,
)
from minutetaker.domain.model import Meeting
from minutetaker.export.house_style import HOUSE_STYLE, HouseStyle
from minutetaker.export.ooxml import make, w
from minutetaker.export.revisions import Reviser, paragraph_text
from minutetaker.export.tables import attendance_table, bold_label_line, minutes_table
from minutetaker.export.walker import (
    LABELLED,
    QUESTION,
    Para,
    Row,
    attendance_rows,
    details,
    minutes_rows,
)
from minutetaker.export.writer import ExportReport, build_document, save_document

_SIMILAR = 0.5


@dataclass
class TrackedPara:
    para: Para
    op: str = SAME  # SAME, ADDED, REMOVED or CHANGED
    words: tuple[Words, ...] = ()  # CHANGED: the text's words marked
    label_words: tuple[Words, ...] = ()  # a question's number, when it changed


@dataclass
class TrackedRow:
    row: Row
    op: str = SAME  # SAME, ADDED or REMOVED (the whole row)
    paras: list[TrackedPara] = field(default_factory=list)
    number_words: tuple[Words, ...] = ()  # the item renumbered
    action_words: tuple[Words, ...] = ()  # the owner changed


# -- lining up the minutes ------------------------------------------------------------


def _groups(rows: list[Row]) -> list[list[Row]]:
    """The minutes' rows, one list an item: its own rows, then its actions' rows."""
    groups: list[list[Row]] = []
    for row in rows:
        if row.header:
            continue
        if row.number or not groups:
            groups.append([row])
        else:
            groups[-1].append(row)
    return groups


def _is_action(row: Row) -> bool:
    return not row.number and bool(row.action)


def _whole(group: list[Row], op: str) -> list[TrackedRow]:
    return [TrackedRow(row, op, [TrackedPara(p, op) for p in row.paras]) for row in group]


def _para_key(para: Para) -> str:
    return f"{para.kind}\x1f{para.label}\x1f{para.text}"


def _paras(before: list[Para], after: list[Para]) -> list[TrackedPara]:
    out: list[TrackedPara] = []
    matcher = difflib.SequenceMatcher(
        None, [_para_key(p) for p in before], [_para_key(p) for p in after], autojunk=False
    )
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op == "equal":
            out += [TrackedPara(p) for p in after[j1:j2]]
            continue
        j = j1
        for old in before[i1:i2]:
            match = next(
                (
                    k
                    for k in range(j, j2)
                    if after[k].kind == old.kind and similarity(old.text, after[k].text) >= _SIMILAR
                ),
                None,
            )
            if match is None:
                out.append(TrackedPara(old, REMOVED))
                continue
            out += [TrackedPara(p, ADDED) for p in after[j:match]]
            new = after[match]
            label = ()
            if new.kind == QUESTION and new.label:
                label = word_changes(_number(old.label), _number(new.label))
            out.append(TrackedPara(new, CHANGED, word_changes(old.text, new.text), label))
            j = match + 1
        out += [TrackedPara(p, ADDED) for p in after[j:j2]]
    return out


def _merged(new: Row, paras: list[TrackedPara]) -> TrackedRow:
    """The later row, holding the earlier version's removed paragraphs in their place."""
    return TrackedRow(Row(new.number, [t.para for t in paras], new.action, new.header), SAME, paras)


def _rows(before: list[Row], after: list[Row]) -> list[TrackedRow]:
    """The rows of one item in both versions: its own rows by place, its actions by text."""
    out: list[TrackedRow] = []
    own_before = [r for r in before if not _is_action(r)]
    own_after = [r for r in after if not _is_action(r)]
    for k in range(max(len(own_before), len(own_after))):
        old = own_before[k] if k < len(own_before) else None
        new = own_after[k] if k < len(own_after) else None
        if new is None:
            out += _whole([old], REMOVED)
        elif old is None:
            out += _whole([new], ADDED)
        else:
            tracked = _merged(new, _paras(old.paras, new.paras))
            if old.number != new.number:
                tracked.number_words = word_changes(old.number, new.number)
            if old.action != new.action:
                tracked.action_words = word_changes(old.action, new.action)
            out.append(tracked)
    acts_before = [r for r in before if _is_action(r)]
    acts_after = [r for r in after if _is_action(r)]
    j = 0
    for old in acts_before:
        text = old.paras[0].text if old.paras else ""
        match = next(
            (
                k
                for k in range(j, len(acts_after))
                if similarity(text, acts_after[k].paras[0].text if acts_after[k].paras else "")
                >= _SIMILAR
            ),
            None,
        )
        if match is None:
            out += _whole([old], REMOVED)
            continue
        out += _whole(acts_after[j:match], ADDED)
        new = acts_after[match]
        tracked = _merged(new, _paras(old.paras, new.paras))
        if old.action != new.action:
            tracked.action_words = word_changes(old.action, new.action)
        out.append(tracked)
        j = match + 1
    out += _whole(acts_after[j:], ADDED)
    return out


def tracked_minutes(
    before: Meeting, after: Meeting, matched: dict[str, str], style: HouseStyle
) -> list[TrackedRow]:
    """Every row of the minutes table of both versions, lined up item by item."""
    old_groups = _groups(list(minutes_rows(before, style)))
    new_groups = _groups(list(minutes_rows(after, style)))
    by_number = {group[0].number: n for n, group in enumerate(old_groups)}
    clean = {k.strip(): v.strip() for k, v in matched.items()}
    header = next(r for r in minutes_rows(after, style) if r.header)
    kept = {n for n, group in enumerate(old_groups) if group[0].number in set(clean.values())}
    out = [TrackedRow(header)]
    shown: set[int] = set()
    for group in new_groups:
        twin = by_number.get(clean.get(group[0].number, "\x00"))
        if twin is None:
            out += _whole(group, ADDED)
            continue
        for n in range(twin):  # items removed before this one stand where they were
            if n not in shown and n not in kept:
                out += _whole(old_groups[n], REMOVED)
                shown.add(n)
        shown.add(twin)
        out += _rows(old_groups[twin], group)
    for n, group in enumerate(old_groups):
        if n not in shown and n not in kept:
            out += _whole(group, REMOVED)
    return out


# -- writing the marks ----------------------------------------------------------------


def _number(label: str) -> str:
    """A question's number as the table prints it: "2." (nothing when it has none)."""
    return label if not label or label[-1] in ".)" else label + "."


def _expected(para: Para) -> str:
    if para.kind == LABELLED:
        return f"{para.label} {para.text}"
    if para.kind == QUESTION and para.label:
        return f"{_number(para.label)}\t{para.text}"
    return para.text


def _mark_cell_paragraphs(cell: etree._Element, tracked: list[TrackedPara], reviser: Reviser):
    """Find each paragraph's ``w:p`` by its text (a cell may hold paragraphs of its
    own, such as a label) and mark it."""
    paragraphs = list(cell.iter(w("p")))
    k = 0
    for item in tracked:
        want = " ".join(_expected(item.para).split())
        while k < len(paragraphs) and " ".join(paragraph_text(paragraphs[k]).split()) != want:
            k += 1
        if k == len(paragraphs):
            return
        p = paragraphs[k]
        k += 1
        if item.op in (ADDED, REMOVED):
            reviser.paragraph(p, item.op)
        elif item.op == CHANGED:
            pieces = item.words
            if item.para.kind == QUESTION and item.para.label:
                pieces = (*item.label_words, Words(SAME, "\t"), *pieces)
            reviser.words(p, pieces, keep_runs=1 if item.para.kind == LABELLED else 0)


def _mark_table(table: etree._Element, rows: list[TrackedRow], reviser: Reviser) -> None:
    for tr, tracked in zip(table.findall(w("tr")), rows, strict=True):
        if tracked.op in (ADDED, REMOVED):
            reviser.row(tr, tracked.op)
            continue
        cells = tr.findall(w("tc"))
        if tracked.number_words:
            reviser.words(cells[0].find(w("p")), tracked.number_words)
        _mark_cell_paragraphs(cells[1], tracked.paras, reviser)
        if tracked.action_words:
            reviser.words(cells[2].find(w("p")), tracked.action_words)


def _mark_details(body: etree._Element, before: Meeting, after: Meeting, style, reviser):
    """The labelled lines under the title: a changed value has its words marked, a
    line only in the earlier version comes back as deleted."""
    old = dict(details(before, style))
    new = details(after, style)
    paragraphs = list(body.iterchildren(w("p")))
    previous = None
    for label, value in new:
        p = next((x for x in paragraphs if paragraph_text(x) == f"{label} {value}"), None)
        if p is None:
            continue
        was = old.pop(label, None)
        if was is None:
            reviser.paragraph(p, ADDED)
        elif was != value:
            reviser.words(p, word_changes(was, value), keep_runs=1)
        previous = p
    for label, value in old.items():
        holder = make("body")
        bold_label_line(holder, label, value, style)
        gone = holder[0]
        reviser.paragraph(gone, REMOVED)
        if previous is not None:
            previous.addnext(gone)


def _mark_attendance(body: etree._Element, before: Meeting, after: Meeting, style, reviser):
    old, new = attendance_rows(before, style), attendance_rows(after, style)
    if old == new:
        return
    table = next(
        (
            t
            for t in body.iterchildren(w("tbl"))
            if t.find(f"{w('tblPr')}/{w('tblCaption')}") is not None
            and t.find(f"{w('tblPr')}/{w('tblCaption')}").get(w("val")) == style.attendance_caption
        ),
        None,
    )
    if table is None or not old or not new:
        return
    merged: list[tuple[tuple[str, str, str], str, tuple[Words, ...]]] = []
    names_old, names_new = [r[1] for r in old], [r[1] for r in new]
    matcher = difflib.SequenceMatcher(None, names_old, names_new, autojunk=False)
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op == "equal":
            for was, now in zip(old[i1:i2], new[j1:j2]):
                words = word_changes(was[2], now[2]) if was[2] != now[2] else ()
                merged.append((now, CHANGED if words else SAME, words))
        else:
            merged += [(("", r[1], r[2]), REMOVED, ()) for r in old[i1:i2]]
            merged += [(r, ADDED, ()) for r in new[j1:j2]]
    rebuilt = attendance_table([values for values, _, _ in merged], style)
    for tr, (_, op, words) in zip(rebuilt.findall(w("tr")), merged, strict=True):
        if op in (ADDED, REMOVED):
            reviser.row(tr, op)
        elif op == CHANGED:
            reviser.words(tr.findall(w("tc"))[2].find(w("p")), words)
    table.addprevious(rebuilt)
    body.remove(table)


def tracked_document(
    before: Meeting,
    after: Meeting,
    *,
    author: str,
    when: dt.datetime,
    comparison: Comparison | None = None,
    style: HouseStyle = HOUSE_STYLE,
) -> Document:
    """The later version in the house format, its changes since ``before`` tracked."""
    comparison = comparison or compare_meetings(before, after)
    document = build_document(after, style)
    body = document.element.body
    reviser = Reviser(author, when)
    rows = tracked_minutes(before, after, comparison.matched, style)
    table = minutes_table([r.row for r in rows], style)
    _mark_table(table, rows, reviser)
    old_table = next(
        t
        for t in body.iterchildren(w("tbl"))
        if t.find(f"{w('tblPr')}/{w('tblCaption')}") is not None
        and t.find(f"{w('tblPr')}/{w('tblCaption')}").get(w("val")) == style.minutes_caption
    )
    old_table.addprevious(table)
    body.remove(old_table)
    _mark_details(body, before, after, style, reviser)
    _mark_attendance(body, before, after, style, reviser)
    return document


def export_tracked(
    before: Meeting,
    after: Meeting,
    path: Path,
    *,
    author: str,
    when: dt.datetime,
    comparison: Comparison | None = None,
    style: HouseStyle = HOUSE_STYLE,
    archive_folder: Path | None = None,
) -> ExportReport:
    """Write :func:`tracked_document` to ``path`` safely (ExportError on failure); it
    holds the full text, so it is the owner's alone, and never in the archive's folder."""
    return save_document(
        lambda: tracked_document(
            before, after, author=author, when=when, comparison=comparison, style=style
        ),
        path,
        archive_folder=archive_folder,
    )
