"""A Word document read into plain records: the body's paragraphs and tables in
order, each table's rows and cells with their paragraphs, and the text of the
headers and footers.

python-docx opens the package (and parses its XML); what it does not expose, the
paragraphs of a cell in order, content controls around rows and cells, merged
cells, tracked rows, the header of each section, is read from its lxml tree.
Nothing here knows about minutes: :mod:`minutetaker.wordimport.reader` does.
"""

from __future__ import annotations

import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from lxml import etree

from minutetaker.export.word_work import word_work
from minutetaker.wordimport.errors import WordImportError
from minutetaker.wordimport.package import check_word_file
from minutetaker.wordimport.paragraphs import (
    Paragraph,
    ParagraphReader,
    join_deleted_marks,
    w,
)

R_ID = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"
_WRAPPERS = (w("sdt"), w("customXml"))


@dataclass
class Cell:
    grid: int  # the first grid column it covers, from 0
    span: int  # how many grid columns it covers
    paragraphs: list[Paragraph] = field(default_factory=list)

    @property
    def text(self) -> str:
        return "\n".join(p.text for p in self.paragraphs).strip()


@dataclass
class Row:
    cells: list[Cell] = field(default_factory=list)
    inserted: bool = False  # a row inserted with Track Changes
    deleted: bool = False  # a row deleted with Track Changes (left out of the text)


@dataclass
class Table:
    rows: list[Row]
    columns: int  # grid columns
    caption: str = ""
    index: int = 0  # the table's place among the body's tables, from 1

    def live_rows(self) -> list[Row]:
        """The rows as they read with every tracked change accepted."""
        return [row for row in self.rows if not row.deleted]


Block = Paragraph | Table


@dataclass
class WordDocument:
    source: str
    body: list[Block]
    headers: list[Paragraph] = field(default_factory=list)  # headers and footers
    header_tables: list[Table] = field(default_factory=list)  # tables in them (attendance)
    title: str = ""  # the document properties' title, if any
    author: str = ""

    def paragraphs(self) -> Iterator[Paragraph]:
        """Every paragraph of the body in reading order, those in table cells too."""
        for block in self.body:
            if isinstance(block, Table):
                for row in block.live_rows():
                    for cell in row.cells:
                        yield from cell.paragraphs
            else:
                yield block

    def text(self) -> str:
        return "\n".join(p.text for p in self.paragraphs())

    def pending_changes(self) -> int:
        """How many paragraphs and table rows hold tracked changes not yet
        accepted or rejected (the text is read with every one accepted)."""
        count = sum(p.changed for p in self.headers)
        for block in self.body:
            if not isinstance(block, Table):
                count += block.changed
                continue
            for row in block.rows:
                if row.inserted or row.deleted:
                    count += 1
                else:
                    count += sum(p.changed for cell in row.cells for p in cell.paragraphs)
        return count


def read_document(path: Path, source: str | None = None) -> WordDocument:
    """Open ``path`` (checked first: see :mod:`package`) and read it whole."""
    path = Path(path)
    source = source or str(path)
    check_word_file(path)
    return word_work(_open_and_read, path, source)


def _open_and_read(path: Path, source: str) -> WordDocument:
    """As Word work (see :mod:`minutetaker.export.word_work`): the python-docx
    document lives and dies in here, on this thread; plain records come out."""
    import docx  # loaded only when a document is read
    from docx.opc.exceptions import PackageNotFoundError

    try:
        document = docx.Document(str(path))
    except PackageNotFoundError:
        raise WordImportError(
            source, "this is not a Word document", "save the minutes as .docx and import that"
        ) from None
    except ValueError as error:  # python-docx: "... is not a Word file, content type is ..."
        what = "a Word template or macro document" if "content type" in str(error) else "damaged"
        raise WordImportError(
            source,
            f"this is not an ordinary Word document ({what})",
            "open it in Word and save it as a Word Document (.docx), then import that",
        ) from None
    except (KeyError, etree.XMLSyntaxError, zipfile.BadZipFile, OSError, EOFError):
        raise WordImportError(
            source,
            "the document is damaged and cannot be read",
            "open it in Word (which may repair it), save it and import it again",
        ) from None
    if document.element.tag != w("document"):
        # Word's "Strict Open XML Document" names everything in other namespaces.
        raise WordImportError(
            source,
            "the document is saved as a Strict Open XML Document, which is not read",
            "open it in Word and save it as a Word Document (.docx), then import that",
        )
    try:
        return _read(document, source)
    except Exception as error:  # a package python-docx opened but we cannot walk
        raise WordImportError(
            source,
            f"the document could not be read ({type(error).__name__}: {error})",
            "open it in Word, save it as a Word Document (.docx) and import it again",
        ) from error


def _read(document, source: str) -> WordDocument:
    part = document.part
    styles = _optional(lambda: part._styles_part.element)
    numbering = _optional(lambda: part.numbering_part.element)
    reader = _BodyReader(ParagraphReader(styles, numbering))
    body_element = document.element.body
    body = reader.blocks(body_element, "body")
    headers = []
    header_tables: list[Table] = []
    for sect_pr in body_element.iter(w("sectPr")):
        for ref in sect_pr:
            if ref.tag in (w("headerReference"), w("footerReference")):
                related = part.related_parts.get(ref.get(R_ID, ""))
                if related is not None:
                    blocks = reader.blocks(related.element, "header")
                    headers.extend(_flatten(blocks))
                    header_tables += [b for b in blocks if isinstance(b, Table)]
    core = document.core_properties
    return WordDocument(
        source=source,
        body=body,
        headers=headers,
        header_tables=header_tables,
        title=(core.title or "").strip(),
        author=(core.author or "").strip(),
    )


def _optional(get):
    try:
        return get()
    except Exception:  # a document without styles or numbering reads without them
        return None


def _flatten(blocks: list[Block]) -> list[Paragraph]:
    out: list[Paragraph] = []
    for block in blocks:
        if isinstance(block, Table):
            for row in block.live_rows():
                for cell in row.cells:
                    out.extend(cell.paragraphs)
        else:
            out.append(block)
    return out


class _BodyReader:
    def __init__(self, paragraphs: ParagraphReader) -> None:
        self.paragraphs = paragraphs
        self.tables = 0

    def blocks(self, container: etree._Element, where: str) -> list[Block]:
        """The paragraphs and tables of a body, cell, header or text box, in order."""
        out: list[Block] = []
        pending: list[Paragraph] = []  # paragraphs not yet joined across deleted marks

        def flush() -> None:
            out.extend(join_deleted_marks(pending))
            pending.clear()

        for child, inner_where in self._children(container, where):
            if child.tag == w("p"):
                paragraph, boxes = self.paragraphs.read(child, inner_where)
                pending.append(paragraph)
                for box in boxes:
                    pending.extend(_flatten(self.blocks(box, "text box")))
            elif child.tag == w("tbl"):
                flush()
                out.append(self.table(child, inner_where))
        flush()
        return out

    def _children(self, container: etree._Element, where: str):
        for child in container:
            if child.tag in _WRAPPERS:
                content = child.find(w("sdtContent")) if child.tag == w("sdt") else child
                if content is not None:
                    yield from self._children(content, where)
            elif child.tag in (w("p"), w("tbl")):
                yield child, where

    def table(self, tbl: etree._Element, where: str) -> Table:
        if where == "body":
            self.tables += 1
        index = self.tables
        grid = tbl.find(w("tblGrid"))
        columns = len(grid.findall(w("gridCol"))) if grid is not None else 0
        caption = tbl.find(f"{w('tblPr')}/{w('tblCaption')}")
        rows = []
        for tr in _rows(tbl):
            rows.append(self.row(tr, f"table {index}" if where == "body" else where))
        widest = max((c.grid + c.span for r in rows for c in r.cells), default=0)
        return Table(
            rows=rows,
            columns=max(columns, widest),
            caption=caption.get(w("val"), "") if caption is not None else "",
            index=index,
        )

    def row(self, tr: etree._Element, where: str) -> Row:
        tr_pr = tr.find(w("trPr"))
        row = Row(
            inserted=tr_pr is not None and tr_pr.find(w("ins")) is not None,
            deleted=tr_pr is not None and tr_pr.find(w("del")) is not None,
        )
        before = tr_pr.find(w("gridBefore")) if tr_pr is not None else None
        column = int(before.get(w("val"), "0")) if before is not None else 0
        for tc in _cells(tr):
            span_element = tc.find(f"{w('tcPr')}/{w('gridSpan')}")
            span = int(span_element.get(w("val"), "1")) if span_element is not None else 1
            paragraphs = _flatten(self.blocks(tc, where))  # a table in a cell: its paragraphs
            row.cells.append(Cell(column, max(span, 1), paragraphs))
            column += max(span, 1)
        return row


def _rows(tbl: etree._Element) -> Iterator[etree._Element]:
    for child in tbl:
        if child.tag == w("tr"):
            yield child
        elif child.tag in _WRAPPERS:
            content = child.find(w("sdtContent")) if child.tag == w("sdt") else child
            if content is not None:
                yield from _rows(content)


def _cells(tr: etree._Element) -> Iterator[etree._Element]:
    for child in tr:
        if child.tag == w("tc"):
            yield child
        elif child.tag in _WRAPPERS:
            content = child.find(w("sdtContent")) if child.tag == w("sdt") else child
            if content is not None:
                yield from _cells(content)
