"""The later version with its changes as Word tracked changes (w:ins / w:del).

The strongest check of tracked changes is what a reviewer does with them: accept
them all and the document must read as the later version; reject them all and it
must read as the earlier one. Both are done here on the XML, as Word would, and
compared with plain exports of the two versions. The file must also be valid
OOXML, and LibreOffice must read the changes as changes (it writes them back).
"""

from __future__ import annotations

import copy
import datetime as dt
import shutil
import subprocess
import zipfile

import pytest
from lxml import etree
from openxml_audit import OpenXmlValidator

from minutetaker.domain.model import Action, Block, Item, Person
from minutetaker.export import export_docx
from minutetaker.export.tracked import export_tracked
from tests.export.conftest import NS, qn
from tests.samples import sample_meeting

WHEN = dt.datetime(2031, 3, 20, 14, 2, tzinfo=dt.UTC)
AUTHOR = "minutetaker (version 1 to version 2)"


def _versions():
    before = sample_meeting()
    after = copy.deepcopy(before)
    after.venue = "Kingsford Town Hall"
    after.people[1].capacity = "Chief Executive"
    after.people.insert(4, Person("Lee Forde", "Head of Finance, OPCC"))
    after.find_item("1.2").brought_forward.decision = "discharged"
    after.find_item("2").blocks[0].text = "A high value theft from a shop in Eastport."
    after.find_item("3").blocks.append(Block("bullet", "The estates strategy was approved."))
    hta = after.find_item("4a")
    hta.blocks[1].number = "1a"
    hta.blocks[1].findings.pop(1)
    hta.actions[0].owner = "DCC"
    hta.actions[1].text = "Share the retail forum minutes with the PCC and the CEx."
    hta.actions.append(Action("Visit the Eastport hub.", "ALL", id="a-new"))
    del after.find_item("4").items[1]  # 4b
    after.items.insert(5, Item("4x", "Estates", blocks=[Block("paragraph", "A new depot.")]))
    return before, after


@pytest.fixture(scope="module")
def files(tmp_path_factory):
    folder = tmp_path_factory.mktemp("tracked")
    before, after = _versions()
    export_tracked(before, after, folder / "tracked.docx", author=AUTHOR, when=WHEN)
    export_docx(before, folder / "before.docx")
    export_docx(after, folder / "after.docx")
    return folder


def _body(path) -> etree._Element:
    with zipfile.ZipFile(path) as package:
        return etree.fromstring(package.read("word/document.xml")).find("w:body", NS)


def _marked(element, tag: str, where: str) -> bool:
    return element.find(f"{where}/w:{tag}", NS) is not None


def _resolve(body: etree._Element, accept: bool) -> etree._Element:
    """The body as Word leaves it after Accept All (or Reject All) Changes."""
    body = copy.deepcopy(body)
    gone, kept = ("del", "ins") if accept else ("ins", "del")
    for tr in list(body.iter(qn("w:tr"))):
        if _marked(tr, gone, "w:trPr"):
            tr.getparent().remove(tr)
    for p in list(body.iter(qn("w:p"))):
        if _marked(p, gone, "w:pPr/w:rPr"):
            p.getparent().remove(p)
    for element in list(body.iter(qn(f"w:{gone}"))):
        if element.getparent().tag in (qn("w:trPr"), qn("w:rPr")):
            continue
        element.getparent().remove(element)
    for element in list(body.iter(qn(f"w:{kept}"))):
        parent = element.getparent()
        if parent.tag in (qn("w:trPr"), qn("w:rPr")):
            parent.remove(element)
            continue
        for child in list(element):
            element.addprevious(child)
        parent.remove(element)
    for text in body.iter(qn("w:delText")):
        text.tag = qn("w:t")
    return body


def _text(p) -> str:
    out = []
    for node in p.iter(qn("w:t"), qn("w:tab"), qn("w:br")):
        out.append(
            node.text or "" if node.tag == qn("w:t") else "\t" if node.tag == qn("w:tab") else "\n"
        )
    return "".join(out)


def _reading(body) -> list:
    """What the body says: its paragraphs, and each table as rows of cell texts."""
    out = []
    for child in body:
        if child.tag == qn("w:p"):
            out.append(_text(child))
        elif child.tag == qn("w:tbl"):
            out.append(
                [
                    [
                        "\n".join(_text(p) for p in tc.iter(qn("w:p")))
                        for tc in tr.findall("w:tc", NS)
                    ]
                    for tr in child.findall("w:tr", NS)
                ]
            )
    return out


def test_accepting_every_change_gives_the_later_version(files):
    accepted = _reading(_resolve(_body(files / "tracked.docx"), accept=True))
    assert accepted == _reading(_body(files / "after.docx"))


def test_rejecting_every_change_gives_the_earlier_version(files):
    rejected = _reading(_resolve(_body(files / "tracked.docx"), accept=False))
    expected = _reading(_body(files / "before.docx"))
    # The summary of actions arising is the later version's own (no changes tracked
    # there): compare everything up to it.
    assert rejected[: len(expected) - 2] == expected[:-2]


def test_every_change_has_an_id_its_author_and_date(files):
    body = _body(files / "tracked.docx")
    marks = list(body.iter(qn("w:ins"), qn("w:del")))
    assert len(marks) > 20
    ids = [m.get(qn("w:id")) for m in marks]
    assert len(set(ids)) == len(ids)
    assert {m.get(qn("w:author")) for m in marks} == {AUTHOR}
    assert {m.get(qn("w:date")) for m in marks} == {"2031-03-20T14:02:00Z"}
    deleted = " ".join(t.text for t in body.iter(qn("w:delText")))
    inserted = " ".join(
        t.text for ins in body.iter(qn("w:ins")) for t in ins.iter(qn("w:t")) if t.text
    )
    for words in ("cash machine", "Most offences are at three retail parks.", "ACC", "4b"):
        assert words in deleted
    for words in ("shop", "The estates strategy was approved.", "DCC", "and the CEx", "4x"):
        assert words in inserted


def test_the_file_is_valid_ooxml(files):
    result = OpenXmlValidator(max_errors=50).validate(files / "tracked.docx")
    assert [str(e) for e in result.errors] == []


@pytest.mark.render
def test_libreoffice_reads_the_changes_as_changes(files, tmp_path):
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None or shutil.which("pdftotext") is None:
        pytest.skip("LibreOffice and poppler are needed")
    profile = (tmp_path / "lo-profile").as_uri()
    for target in ("pdf", "odt"):
        subprocess.run(
            [soffice, f"-env:UserInstallation={profile}", "--headless", "--convert-to", target,
             "--outdir", str(tmp_path), str(files / "tracked.docx")],
            check=True, capture_output=True, timeout=180,
        )  # fmt: skip
    text = subprocess.run(
        ["pdftotext", "-layout", str(tmp_path / "tracked.pdf"), "-"],
        check=True, capture_output=True, text=True,
    ).stdout  # fmt: skip
    assert "cash machine" in text and "shop" in text  # shown as changes, both there
    with zipfile.ZipFile(tmp_path / "tracked.odt") as package:
        content = package.read("content.xml").decode()
    # LibreOffice kept them as tracked changes: each insertion and deletion a region.
    assert content.count("<text:changed-region") > 20
    assert "<text:deletion>" in content and "<text:insertion>" in content
