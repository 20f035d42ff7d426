"""A reviewer's edits to a circulated draft, made on its XML as Word makes them:
with Track Changes on (``w:ins`` / ``w:del`` with an author and a date, deleted
text in ``w:delText``, a paragraph's mark tracked too) or off (the text simply
changed). Written for the tests, not by our exporter's code."""

from __future__ import annotations

import copy
from pathlib import Path

import docx
from lxml import etree

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"
AUTHOR = "Chris Tanner (CC's staff officer)"
DATE = "2031-03-25T09:14:00Z"


def q(tag: str) -> str:
    return f"{{{W}}}{tag}"


class Reviewer:
    """Opens a draft, edits it, saves it under another name."""

    def __init__(self, path: Path) -> None:
        self.document = docx.Document(str(path))
        self.body = self.document.element.body
        self._id = 9000

    def save(self, path: Path) -> Path:
        self.document.save(str(path))
        return path

    def _mark(self, tag: str) -> etree._Element:
        self._id += 1
        return etree.Element(q(tag), {q("id"): str(self._id), q("author"): AUTHOR, q("date"): DATE})

    def _text_node(self, words: str) -> etree._Element:
        for t in self.body.iter(q("t")):
            if t.text and words in t.text:
                return t
        raise AssertionError(f"no run holds {words!r}")

    def paragraph(self, words: str) -> etree._Element:
        return next(p for p in self.body.iter(q("p")) if words in _text(p))

    # -- Track Changes off ----------------------------------------------------------

    def retype(self, old: str, new: str) -> None:
        t = self._text_node(old)
        t.text = t.text.replace(old, new)
        t.set(XML_SPACE, "preserve")

    # -- Track Changes on -----------------------------------------------------------

    def replace(self, old: str, new: str) -> None:
        """``old`` deleted and ``new`` inserted in its place, inside one run's text."""
        t = self._text_node(old)
        run = t.getparent()
        before, after = t.text.split(old, 1)
        look = run.find(q("rPr"))

        def make_run(text: str, deleted: bool = False) -> etree._Element:
            r = etree.Element(q("r"))
            if look is not None:
                r.append(copy.deepcopy(look))
            node = etree.SubElement(r, q("delText" if deleted else "t"))
            node.text = text
            node.set(XML_SPACE, "preserve")
            return r

        pieces = []
        if before:
            pieces.append(make_run(before))
        gone = self._mark("del")
        gone.append(make_run(old, deleted=True))
        pieces.append(gone)
        if new:
            added = self._mark("ins")
            added.append(make_run(new))
            pieces.append(added)
        if after:
            pieces.append(make_run(after))
        for piece in pieces:
            run.addprevious(piece)
        run.getparent().remove(run)

    def insert_paragraph_after(self, words: str, text: str) -> None:
        """A new paragraph (looking like the one holding ``words``) after it."""
        anchor = self.paragraph(words)
        new = etree.Element(q("p"))
        ppr = anchor.find(q("pPr"))
        ppr = copy.deepcopy(ppr) if ppr is not None else etree.Element(q("pPr"))
        for old in ppr.findall(q("rPr")):
            ppr.remove(old)
        rpr = etree.SubElement(ppr, q("rPr"))
        rpr.append(self._mark("ins"))
        new.append(ppr)
        added = self._mark("ins")
        run = etree.SubElement(added, q("r"))
        node = etree.SubElement(run, q("t"))
        node.text = text
        new.append(added)
        anchor.addnext(new)

    def delete_paragraph(self, words: str) -> None:
        p = self.paragraph(words)
        for run in list(p.findall(q("r"))):
            holder = self._mark("del")
            run.addprevious(holder)
            holder.append(run)
            for t in run.findall(q("t")):
                t.tag = q("delText")
        ppr = p.find(q("pPr"))
        if ppr is None:
            ppr = etree.Element(q("pPr"))
            p.insert(0, ppr)
        rpr = ppr.find(q("rPr"))
        if rpr is None:
            rpr = etree.SubElement(ppr, q("rPr"))
        rpr.append(self._mark("del"))


def _text(p: etree._Element) -> str:
    return "".join(t.text or "" for t in p.iter(q("t")))
