"""Exported documents shared by the export tests, read back with python-docx and lxml."""

from __future__ import annotations

import zipfile
from dataclasses import dataclass
from pathlib import Path

import docx
import pytest
from lxml import etree

from minutetaker.export import HOUSE_STYLE, ExportReport, export_docx
from tests.samples import sample_meeting

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NS = {"w": W}


def qn(tag: str) -> str:
    prefix, local = tag.split(":")
    assert prefix == "w"
    return f"{{{W}}}{local}"


@dataclass
class Exported:
    report: ExportReport
    path: Path

    @property
    def document(self):
        return docx.Document(str(self.path))

    def part(self, name: str) -> etree._Element:
        with zipfile.ZipFile(self.path) as archive:
            return etree.fromstring(archive.read(name))

    def parts(self) -> dict[str, bytes]:
        with zipfile.ZipFile(self.path) as archive:
            return {name: archive.read(name) for name in archive.namelist()}


def export(meeting, folder: Path, *, public: bool = False, name: str = "") -> Exported:
    path = folder / (name or ("public.docx" if public else "full.docx"))
    report = export_docx(meeting, path, public=public)
    return Exported(report, path)


@pytest.fixture(scope="module")
def full(tmp_path_factory) -> Exported:
    return export(sample_meeting(), tmp_path_factory.mktemp("full"))


@pytest.fixture(scope="module")
def public(tmp_path_factory) -> Exported:
    return export(sample_meeting(), tmp_path_factory.mktemp("public"), public=True)


def p_text(p: etree._Element) -> str:
    """A paragraph's text (tabs as \\t, breaks as \\n), field instructions left out."""
    out = []
    for node in p.iter(qn("w:t"), qn("w:tab"), qn("w:br")):
        tag = etree.QName(node).localname
        out.append(node.text or "" if tag == "t" else "\t" if tag == "tab" else "\n")
    return "".join(out)


def cell_text(tc: etree._Element) -> str:
    """A cell's text, paragraphs joined by newlines."""
    return "\n".join(p_text(p) for p in tc.iter(qn("w:p")))


def table_captioned(document, caption: str):
    """The python-docx table whose ``w:tblCaption`` is ``caption``, or None."""
    found = [
        table
        for table in document.tables
        if table._tbl.find("w:tblPr/w:tblCaption", NS) is not None
        and table._tbl.find("w:tblPr/w:tblCaption", NS).get(qn("w:val")) == caption
    ]
    assert len(found) <= 1, caption
    return found[0] if found else None


def minutes_docx_table(document):
    """The minutes table as python-docx sees it (the summary may follow it)."""
    table = table_captioned(document, HOUSE_STYLE.minutes_caption)
    assert table is not None
    return table


def minutes_table(document) -> etree._Element:
    return minutes_docx_table(document)._tbl


def summary_table(document) -> etree._Element | None:
    """The summary of actions arising, or None when the document has none."""
    table = table_captioned(document, HOUSE_STYLE.summary_heading)
    return None if table is None else table._tbl


def rows_text(tbl: etree._Element) -> list[list[str]]:
    return [[cell_text(tc) for tc in tr.findall(qn("w:tc"))] for tr in tbl.findall(qn("w:tr"))]
