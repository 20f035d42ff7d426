"""Word documents typed the way people type minutes, built for the tests.

python-docx makes the package; what it has no API for (Word's own list numbering
as "List Paragraph" with a bullet or a number, tracked changes, content
controls, smart tags, fields, merged cells, a header) is written as the XML Word
writes. None of these documents comes from minutetaker's exporter.

A paragraph is given as a string, or as :class:`P` for more: ``P("Update",
bold=True)``, ``P("Telford…", listed="number")``; ``"\\n"`` in the text is a
manual line break (Shift+Enter in Word).
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass, field
from pathlib import Path

import docx
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm
from lxml import etree

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_ids = itertools.count(100)


@dataclass
class Run:
    text: str
    bold: bool = False
    italic: bool = False
    change: str = ""  # "", "ins" or "del": a tracked change
    author: str = "Kim Reviewer"


@dataclass
class P:
    """A paragraph: its runs (a string is one plain run), and its look."""

    runs: list[Run | str] | str = ""
    bold: bool = False
    italic: bool = False
    listed: str = ""  # "bullet" or "number": Word's own list (List Paragraph + numbering)
    style: str = ""  # a paragraph style by name
    mark: str = ""  # "ins" / "del": the paragraph mark itself inserted or deleted
    wrap: str = ""  # "sdt", "smarttag", "hyperlink", "field": put the runs inside one
    extra: list[etree._Element] = field(default_factory=list)


def _as_p(spec: P | str) -> P:
    return spec if isinstance(spec, P) else P(spec)


class WordBuilder:
    def __init__(self) -> None:
        self.document = docx.Document()
        body = self.document.element.body
        for child in list(body)[:-1]:  # python-docx's template starts with nothing useful
            body.remove(child)
        self._numbering()

    # -- lists as Word writes them ---------------------------------------------------------

    def _numbering(self) -> None:
        numbering = self.document.part.numbering_part.element
        for child in list(numbering):
            numbering.remove(child)
        for abstract_id, fmt, text in (("10", "bullet", "•"), ("11", "decimal", "%1.")):
            abstract = etree.SubElement(numbering, qn("w:abstractNum"))
            abstract.set(qn("w:abstractNumId"), abstract_id)
            level = etree.SubElement(abstract, qn("w:lvl"))
            level.set(qn("w:ilvl"), "0")
            for tag, value in (("w:start", "1"), ("w:numFmt", fmt), ("w:lvlText", text)):
                etree.SubElement(level, qn(tag)).set(qn("w:val"), value)
        self.num_ids = {}
        for num_id, (kind, abstract_id) in enumerate((("bullet", "10"), ("number", "11")), 21):
            num = etree.SubElement(numbering, qn("w:num"))
            num.set(qn("w:numId"), str(num_id))
            etree.SubElement(num, qn("w:abstractNumId")).set(qn("w:val"), abstract_id)
            self.num_ids[kind] = str(num_id)

    # -- paragraphs -------------------------------------------------------------------------

    def fill(self, paragraph, spec: P | str) -> None:
        """Write ``spec`` into an (empty) python-docx paragraph."""
        spec = _as_p(spec)
        if spec.style:
            paragraph.style = self.document.styles[spec.style]
        if spec.listed:
            paragraph.style = self.document.styles["List Paragraph"]
            ppr = paragraph._p.get_or_add_pPr()
            numpr = OxmlElement("w:numPr")
            ilvl = OxmlElement("w:ilvl")
            ilvl.set(qn("w:val"), "0")
            num = OxmlElement("w:numId")
            num.set(qn("w:val"), self.num_ids[spec.listed])
            numpr.append(ilvl)
            numpr.append(num)
            ppr.append(numpr)
        if spec.mark:
            ppr = paragraph._p.get_or_add_pPr()
            rpr = OxmlElement("w:rPr")
            rpr.append(self._change(spec.mark, "Kim Reviewer"))
            ppr.append(rpr)
        runs = [spec.runs] if isinstance(spec.runs, str) else spec.runs
        holder = paragraph._p
        if spec.wrap:
            holder = self._wrapper(paragraph._p, spec.wrap)
        for run in runs:
            run = Run(run) if isinstance(run, str) else run
            self._run(holder, run, spec.bold or run.bold, spec.italic or run.italic)
        for element in spec.extra:
            paragraph._p.append(element)

    def _wrapper(self, p, kind: str):
        if kind == "sdt":
            sdt = etree.SubElement(p, qn("w:sdt"))
            pr = etree.SubElement(sdt, qn("w:sdtPr"))
            etree.SubElement(pr, qn("w:alias")).set(qn("w:val"), "Notes")
            return etree.SubElement(sdt, qn("w:sdtContent"))
        if kind == "smarttag":
            tag = etree.SubElement(p, qn("w:smartTag"))
            tag.set(qn("w:uri"), "urn:schemas-microsoft-com:office:smarttags")
            tag.set(qn("w:element"), "place")
            return tag
        if kind == "hyperlink":
            link = etree.SubElement(p, qn("w:hyperlink"))
            link.set(qn("w:anchor"), "top")
            return link
        if kind == "field":
            simple = etree.SubElement(p, qn("w:fldSimple"))
            simple.set(qn("w:instr"), " DOCPROPERTY Venue ")
            return simple
        raise ValueError(kind)

    def _change(self, kind: str, author: str):
        change = OxmlElement(f"w:{kind}")
        change.set(qn("w:id"), str(next(_ids)))
        change.set(qn("w:author"), author)
        change.set(qn("w:date"), "2029-09-01T09:30:00Z")
        return change

    def _run(self, holder, run: Run, bold: bool, italic: bool) -> None:
        parent = holder
        if run.change:
            parent = self._change(run.change, run.author)
            holder.append(parent)
        for index, line in enumerate(run.text.split("\n")):
            r = etree.SubElement(parent, qn("w:r"))
            if bold or italic:
                rpr = etree.SubElement(r, qn("w:rPr"))
                if bold:
                    etree.SubElement(rpr, qn("w:b"))
                if italic:
                    etree.SubElement(rpr, qn("w:i"))
            if index:
                etree.SubElement(r, qn("w:br"))
            parts = line.split("\t")
            for n, part in enumerate(parts):
                if n:
                    etree.SubElement(r, qn("w:tab"))
                if part:
                    t = etree.SubElement(r, qn("w:delText" if run.change == "del" else "w:t"))
                    t.text = part
                    t.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")

    def para(self, spec: P | str = "") -> None:
        self.fill(self.document.add_paragraph(), spec)

    def paras(self, *specs: P | str) -> None:
        for spec in specs:
            self.para(spec)

    # -- tables -------------------------------------------------------------------------------

    def table(self, columns: int, widths_cm: tuple[float, ...] | None = None) -> Table:
        """A bordered table; three columns are as wide as the house format's (number
        1.5 cm, notes 12.5 cm, ACTION 2.5 cm) unless ``widths_cm`` says otherwise."""
        table = self.document.add_table(rows=0, cols=columns)
        table.style = self.document.styles["Table Grid"]
        widths = widths_cm or {3: (1.5, 12.5, 2.5), 2: (13.0, 3.5)}.get(columns)
        if widths:
            table.autofit = False
            for column, width in zip(table.columns, widths):
                column.width = Cm(width)
        return Table(self, table, widths)

    # -- header and footer -----------------------------------------------------------------------

    def header(self, text: str) -> None:
        self.fill(self.document.sections[0].header.paragraphs[0], text)

    def footer(self, text: str) -> None:
        self.fill(self.document.sections[0].footer.paragraphs[0], text)

    def save(self, path: Path) -> Path:
        self.document.save(str(path))
        return path


class Table:
    def __init__(self, builder: WordBuilder, table, widths=None) -> None:
        self.builder = builder
        self.table = table
        self.widths = widths

    def row(self, *cells: list[P | str] | P | str, merge: tuple[int, int] | None = None, change=""):
        """One row: each cell a paragraph or a list of paragraphs. ``merge=(0, 1)``
        makes the first two cells one (as Word's Merge Cells does)."""
        row = self.table.add_row()
        if self.widths:
            for cell, width in zip(row.cells, self.widths):
                cell.width = Cm(width)
        if merge is not None:
            first, last = merge
            row.cells[first].merge(row.cells[last])
        seen = []
        for cell, content in zip(row.cells, cells):
            if any(cell._tc is s for s in seen):
                continue
            seen.append(cell._tc)
            specs = content if isinstance(content, list) else [content]
            for n, spec in enumerate(specs):
                paragraph = cell.paragraphs[0] if n == 0 else cell.add_paragraph()
                self.builder.fill(paragraph, spec)
        if change:
            tr_pr = row._tr.get_or_add_trPr()
            tr_pr.append(self.builder._change(change, "Kim Reviewer"))
        return row
