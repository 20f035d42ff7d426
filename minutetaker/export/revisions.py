"""Word tracked changes (revisions) written into WordprocessingML.

Word shows a change in its Review pane when the inserted text stands in a
``w:ins`` and the deleted text in a ``w:del`` (its text in ``w:delText``), each
with a unique ``w:id``, an author and a date; a whole paragraph added or
removed also marks its paragraph mark (``w:pPr/w:rPr/w:ins|w:del``), and a table
row its row properties (``w:trPr/w:ins|w:del``). :class:`Reviser` writes all of
these, numbering the changes of one document.
"""

from __future__ import annotations

import copy
import datetime as dt

from lxml import etree

from minutetaker.domain.compare import ADDED, REMOVED, Words
from minutetaker.export.ooxml import add_text, make, sub, w

# The children of w:pPr and w:trPr that must come after an rPr / ins / del.
_AFTER_RPR = {w("sectPr"), w("pPrChange")}
_AFTER_ROW_MARK = {w("trPrChange")}
_ROW_MARKS = {w("ins"), w("del"), w("trPrChange")}


class Reviser:
    """Marks changes in one document, all by one author at one time."""

    def __init__(self, author: str, when: dt.datetime) -> None:
        self.author = author
        self.date = when.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
        self._next_id = 1

    def _mark(self, tag: str) -> etree._Element:
        element = make(tag)
        self._stamp(element)
        return element

    def _stamp(self, element: etree._Element) -> None:
        element.set(w("id"), str(self._next_id))
        element.set(w("author"), self.author)
        element.set(w("date"), self.date)
        self._next_id += 1

    # -- whole paragraphs and rows ----------------------------------------------------

    def paragraph(self, p: etree._Element, op: str) -> None:
        """Mark every run of ``p``, and its paragraph mark, as ADDED or REMOVED."""
        tag = "ins" if op == ADDED else "del"
        for run in list(p.iterchildren(w("r"))):
            self._wrap(run, tag)
        ppr = p.find(w("pPr"))
        if ppr is None:
            ppr = etree.Element(w("pPr"))
            p.insert(0, ppr)
        rpr = ppr.find(w("rPr"))
        if rpr is None:
            rpr = etree.Element(w("rPr"))
            _insert_before(ppr, rpr, _AFTER_RPR)
        self._stamp(sub(rpr, tag))

    def row(self, tr: etree._Element, op: str) -> None:
        """Mark a table row, and everything in it, as ADDED or REMOVED."""
        tag = "ins" if op == ADDED else "del"
        trpr = tr.find(w("trPr"))
        if trpr is None:
            trpr = etree.Element(w("trPr"))
            tc = tr.find(w("tc"))
            (tc.addprevious(trpr) if tc is not None else tr.append(trpr))
        if not any(child.tag not in _ROW_MARKS for child in trpr):
            # The schema wants one row property before the mark: "may split" (the default).
            sub(trpr, "cantSplit", val="off")
        mark = self._mark(tag)
        _insert_before(trpr, mark, _AFTER_ROW_MARK)
        for p in tr.iter(w("p")):
            self.paragraph(p, op)

    def _wrap(self, run: etree._Element, tag: str) -> None:
        holder = self._mark(tag)
        run.addprevious(holder)
        holder.append(run)
        if tag == "del":
            _to_deleted_text(run)

    # -- words within a paragraph -----------------------------------------------------

    def words(self, p: etree._Element, pieces: tuple[Words, ...], keep_runs: int = 0) -> None:
        """Write the last runs of ``p`` again as ``pieces``: kept words plain, added
        words inserted, removed words deleted, with the look of the text's run.
        The first ``keep_runs`` runs (a bold label) stay as they are."""
        runs = list(p.iterchildren(w("r")))
        model = runs[-1] if runs else None
        look = model.find(w("rPr")) if model is not None else None
        for run in runs[keep_runs:]:
            p.remove(run)
        for piece in pieces:
            run = sub(p, "r")
            if look is not None:
                run.append(copy.deepcopy(look))
            add_text(run, piece.text)
            if piece.op == ADDED:
                self._wrap(run, "ins")
            elif piece.op == REMOVED:
                self._wrap(run, "del")


def _to_deleted_text(run: etree._Element) -> None:
    for t in run.iter(w("t")):
        t.tag = w("delText")
    for instr in run.iter(w("instrText")):
        instr.tag = w("delInstrText")


def _insert_before(parent: etree._Element, child: etree._Element, later: set[str]) -> None:
    for existing in parent:
        if existing.tag in later:
            existing.addprevious(child)
            return
    parent.append(child)


def paragraph_text(p: etree._Element) -> str:
    """The text of a paragraph as it reads (tabs and breaks included, deletions not)."""
    out = []
    for node in p.iter(w("t"), w("tab"), w("br")):
        if node.tag == w("t"):
            out.append(node.text or "")
        elif node.tag == w("tab"):
            out.append("\t")
        else:
            out.append("\n")
    return "".join(out)
