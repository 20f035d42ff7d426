"""The attendance table and the minutes table, built as WordprocessingML.

Both tables have a fixed layout: the column widths stand on the table grid and on
every cell, so Word and LibreOffice keep them whatever the text. Rows are built
directly as XML (python-docx's ``table.cell(r, c)`` rebuilds the whole grid on
every call, which makes a long meeting crawl).
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Iterator

from lxml import etree

from minutetaker.domain.house_format import GENERATED_MARK
from minutetaker.export.house_style import HouseStyle
from minutetaker.export.ooxml import (
    add_run,
    add_text,
    make,
    para_props,
    run_props,
    sub,
    twips,
    w,
)
from minutetaker.export.walker import (
    BULLET,
    HEADING1,
    HEADING2,
    LABELLED,
    QUESTION,
    RESTRICTED,
    SUBHEADING,
    TOPIC,
    WITHHELD,
    Para,
    Row,
)

_HEADING_STYLE = {HEADING1: "Heading1", HEADING2: "Heading2"}


def _table(widths_cm: Iterable[float], style: HouseStyle, borders: bool, caption: str):
    widths = [twips(width) for width in widths_cm]
    table = make("tbl")
    tbl_pr = sub(table, "tblPr")
    sub(tbl_pr, "tblW", w=str(sum(widths)), type="dxa")
    sub(tbl_pr, "tblInd", w="0", type="dxa")
    edges = sub(tbl_pr, "tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        if borders:
            sub(
                edges,
                edge,
                val="single",
                sz=str(style.border_size_eighths),
                space="0",
                color=style.border_colour,
            )
        else:
            sub(edges, edge, val="nil")
    sub(tbl_pr, "tblLayout", type="fixed")
    margins = sub(tbl_pr, "tblCellMar")
    sub(margins, "left", w=str(twips(style.cell_margin_cm)), type="dxa")
    sub(margins, "right", w=str(twips(style.cell_margin_cm)), type="dxa")
    sub(
        tbl_pr,
        "tblLook",
        val="04A0",
        firstRow="1",
        lastRow="0",
        firstColumn="1",
        lastColumn="0",
        noHBand="0",
        noVBand="1",
    )
    if caption:
        sub(tbl_pr, "tblCaption", val=caption)
    grid = sub(table, "tblGrid")
    for width in widths:
        sub(grid, "gridCol", w=str(width))
    return table, [str(width) for width in widths]


def _cell(row: etree._Element, width: str, *, shading: str = "", v_align: str = ""):
    """A ``w:tc`` whose ``w:tcPr`` keeps the schema order: tcW, shd, vAlign."""
    cell = sub(row, "tc")
    tc_pr = sub(cell, "tcPr")
    sub(tc_pr, "tcW", w=width, type="dxa")
    if shading:
        sub(tc_pr, "shd", val="clear", color="auto", fill=shading)
    if v_align:
        sub(tc_pr, "vAlign", val=v_align)
    return cell


def attendance_table(rows: list[tuple[str, str, str]], style: HouseStyle) -> etree._Element:
    table, widths = _table(
        style.attendance_widths_cm, style, style.attendance_borders, style.attendance_caption
    )
    for index, values in enumerate(rows):
        tr = sub(table, "tr")
        if index == 0:
            sub(sub(tr, "trPr"), "tblHeader")
        for column, (width, value) in enumerate(zip(widths, values, strict=True)):
            p = sub(_cell(tr, width), "p")
            para_props(p, after_pt=style.table_text.space_after_pt)
            if value:
                add_run(p, value, bold=index == 0 or column == 0)
    return table


def minutes_table(rows: Iterable[Row], style: HouseStyle) -> etree._Element:
    table, (w_number, w_notes, w_action) = _table(
        style.minutes_widths_cm, style, style.minutes_borders, style.minutes_caption
    )
    marks = itertools.count()  # bookmark ids of the generated labels, unique in the document
    for row in rows:
        tr = sub(table, "tr")
        shading = ""
        if row.header:
            tr_pr = sub(tr, "trPr")
            sub(tr_pr, "cantSplit")
            sub(tr_pr, "tblHeader")
            shading = style.header_shading
        # Number.
        p = sub(_cell(tr, w_number, shading=shading), "p")
        if row.number:
            # Level with the heading beside it.
            para_props(p, before_pt=style.heading1.space_before_pt)
            add_run(p, row.number, bold=True)
        # Notes.
        notes = _cell(tr, w_notes, shading=shading)
        for para in row.paras:
            _paragraph(notes, para, style, marks)
        if not row.paras:
            sub(notes, "p")
        # ACTION: at the foot of the row, beside the paragraph it belongs to.
        action_cell = _cell(
            tr, w_action, shading=shading, v_align="center" if row.header else "bottom"
        )
        p = sub(action_cell, "p")
        if row.action:
            para_props(p, align=style.action_align)
            add_run(p, row.action, bold=row.header)
    return table


def summary_table(rows: list[tuple[str, str, str, str]], style: HouseStyle) -> etree._Element:
    """The summary of actions arising: No., Action, Owner, Due, the first row repeating.

    Bordered and shaded like the minutes table; no row splits across a page, so
    an action always stands whole beside its owner and date.
    """
    table, widths = _table(
        style.summary_widths_cm, style, style.minutes_borders, style.summary_heading
    )
    owner_column = 2
    for index, values in enumerate(rows):
        header = index == 0
        tr = sub(table, "tr")
        tr_pr = sub(tr, "trPr")
        sub(tr_pr, "cantSplit")
        if header:
            sub(tr_pr, "tblHeader")
        shading = style.header_shading if header else ""
        for column, (width, value) in enumerate(zip(widths, values, strict=True)):
            cell = _cell(tr, width, shading=shading, v_align="center" if header else "")
            p = sub(cell, "p")
            align = style.action_align if column == owner_column else ""
            look = style.summary_text
            para_props(p, before_pt=look.space_before_pt, after_pt=look.space_after_pt, align=align)
            if value:
                add_run(p, value, bold=header or look.bold, italic=look.italic)
    return table


def _paragraph(cell: etree._Element, para: Para, style: HouseStyle, marks: Iterator[int]) -> None:
    p = sub(cell, "p")
    kind = para.kind
    if kind in _HEADING_STYLE:
        para_props(p, style_id=_HEADING_STYLE[kind])
        add_run(p, para.text, bold=True)
    elif kind == BULLET:
        para_props(p, style_id="ListBullet")
        add_run(p, para.text)
    elif kind == SUBHEADING:
        look = style.subheading
        para_props(p, keep_next=True, before_pt=look.space_before_pt, after_pt=look.space_after_pt)
        add_run(p, para.text, bold=True)
    elif kind == QUESTION:
        look = style.question
        number = para.label
        if number and number[-1] not in ".)":
            number += "."
        hanging = style.question_indent_cm if number else None
        para_props(
            p,
            keep_next=True,
            before_pt=look.space_before_pt,
            after_pt=look.space_after_pt,
            indent_left_cm=hanging,
            hanging_cm=hanging,
        )
        text = f"{number}\t{para.text}" if number else para.text
        add_run(p, text, bold=look.bold, italic=look.italic)
    elif kind == TOPIC:
        add_run(p, para.text, bold=style.topic.bold, italic=style.topic.italic)
    elif kind == LABELLED:
        add_run(p, para.label + " ", bold=True)
        add_run(p, para.text)
    elif kind == RESTRICTED:
        look = style.restricted
        para_props(p, keep_next=True, before_pt=look.space_before_pt, after_pt=look.space_after_pt)
        run = sub(p, "r")
        run_props(run, bold=look.bold, italic=look.italic, colour=look.colour)
        add_text(run, para.text)
    elif kind == WITHHELD:
        add_run(p, para.text, italic=style.withheld.italic, bold=style.withheld.bold)
    else:
        add_run(p, para.text)
    if para.generated:
        _mark_generated(p, next(marks))


def bold_label_line(parent: etree._Element, label: str, value: str, style: HouseStyle) -> None:
    """``Date: Tuesday 22 August 2017 @ 10:30`` with the label in bold."""
    p = sub(parent, "p")
    para_props(p, after_pt=style.details.space_after_pt)
    add_run(p, label + " ", bold=True)
    add_run(p, value)


def _mark_generated(p: etree._Element, n: int) -> None:
    """A hidden, empty bookmark at the start of a label the export added on its own
    ("Update", "Findings:"), so that reading the document back tells it from one
    typed in the notes. Word shows no hidden bookmark and keeps it when editing."""
    at = 1 if len(p) and p[0].tag == w("pPr") else 0
    p.insert(at, make("bookmarkStart", id=str(n), name=f"{GENERATED_MARK}{n}"))
    p.insert(at + 1, make("bookmarkEnd", id=str(n)))
