"""The text of a Word paragraph as a reader sees it, tracked changes and all.

python-docx's ``paragraph.text`` leaves out what a person sees in many documents:
text inside tracked insertions (``w:ins``), content controls (``w:sdt``), smart
tags and the results of fields. This module walks the paragraph's XML (through
python-docx's lxml tree) and keeps every piece of text as a :class:`Segment`
that says whether it was inserted, deleted or left alone by Track Changes, and
by whom. :attr:`Paragraph.text` is the text with every change accepted
(insertions kept, deletions dropped), which is what the import reads;
:attr:`Paragraph.original` is the text as it stood before the changes, so a
later reader can compare a returned draft with the one circulated.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property

from lxml import etree

from minutetaker.domain.house_format import GENERATED_MARK
from minutetaker.domain.text import clean_text
from minutetaker.wordimport.ooxml import DELETED, INSERTED, KEPT, MC, M, w
from minutetaker.wordimport.styles import Look, Numbering, flag

# Containers whose content is read as if they were not there.
_TRANSPARENT = {w("hyperlink"), w("smartTag"), w("customXml"), w("fldSimple"), w("dir"), w("bdo")}
_CHANGES = {w("ins"): INSERTED, w("moveTo"): INSERTED, w("del"): DELETED, w("moveFrom"): DELETED}
# Symbol and Wingdings characters that people use as typed bullets.
_SYMBOLS = {0xF0B7: "•", 0xF0A7: "▪", 0xF0D8: "➢", 0xF0FC: "✓", 0xF076: "❖", 0xF06F: "o"}
# The same characters typed as text in a Symbol-font run (what Word keeps of a
# bullet pasted from another document, and what LibreOffice writes for w:sym):
# private-use code points that show as an empty box anywhere but in that font.
_SYMBOL_TEXT = str.maketrans({chr(code): shown for code, shown in _SYMBOLS.items()})


@dataclass(frozen=True)
class Segment:
    """A stretch of a paragraph's text with one look and one tracked change."""

    text: str
    change: str = KEPT  # KEPT, INSERTED or DELETED
    author: str = ""
    date: str = ""
    bold: bool = False
    italic: bool = False


@dataclass
class Paragraph:
    """One paragraph: its text in segments, and what the reader needs of its look."""

    segments: list[Segment] = field(default_factory=list)
    style: str = ""  # the style's name as Word shows it ("List Bullet", "Heading 2")
    list_kind: str = ""  # "", "bullet" or "number": Word's own list numbering
    list_level: int = 0
    heading_level: int = 0  # 1 for Heading 1 (from the style's outline level)
    generated: bool = False  # a label minutetaker's export added ("Findings:")
    inserted: bool = False  # the paragraph itself was inserted with Track Changes
    mark_deleted: bool = False  # its end was deleted: it runs on into the next one
    where: str = ""  # "body", "table 2", "header", "text box"
    joined: list[Paragraph] = field(default_factory=list)  # paragraphs merged into it

    @cached_property
    def text(self) -> str:
        """The text with every tracked change accepted."""
        return clean_text("".join(s.text for s in self.segments if s.change != DELETED))

    @cached_property
    def original(self) -> str:
        """The text before the tracked changes (every change rejected)."""
        return clean_text("".join(s.text for s in self.segments if s.change != INSERTED))

    @property
    def changed(self) -> bool:
        return self.inserted or self.mark_deleted or any(s.change for s in self.segments)

    def changes(self) -> list[Segment]:
        """The inserted and deleted stretches, in order."""
        return [s for s in self.segments if s.change and s.text]

    @cached_property
    def bold(self) -> bool:
        """Every visible character of the accepted text is bold."""
        shown = [s for s in self.segments if s.change != DELETED and s.text.strip()]
        return bool(shown) and all(s.bold for s in shown)

    @cached_property
    def italic(self) -> bool:
        shown = [s for s in self.segments if s.change != DELETED and s.text.strip()]
        return bool(shown) and all(s.italic for s in shown)


@dataclass
class _State:
    """What a paragraph's walk gathers besides its segments."""

    segments: list[Segment] = field(default_factory=list)
    fields: list[str] = field(default_factory=list)  # "instr" or "result", innermost last
    generated: bool = False
    boxes: list[etree._Element] = field(default_factory=list)  # text boxes met on the way


class ParagraphReader:
    """Reads ``w:p`` elements of one document into :class:`Paragraph` records."""

    def __init__(self, styles: etree._Element | None, numbering: etree._Element | None) -> None:
        self.look = Look(styles)
        self.numbering = Numbering(numbering)

    def read(self, p: etree._Element, where: str = "") -> tuple[Paragraph, list[etree._Element]]:
        """The paragraph, and any text boxes found in it (their content is read apart)."""
        ppr = p.find(w("pPr"))
        style_id = ""
        if ppr is not None:
            found = ppr.find(w("pStyle"))
            style_id = found.get(w("val"), "") if found is not None else ""
        style_id = style_id or self.look.default_paragraph
        state = _State()
        base = {
            tag: self.look.styleflag(style_id, tag)
            if self.look.styleflag(style_id, tag) is not None
            else self.look.default_flags.get(tag, False)
            for tag in ("b", "i")
        }
        self._collect(p, (KEPT, "", ""), state, base)
        paragraph = Paragraph(
            segments=_merged(state.segments),
            style=self.look.name(style_id) if style_id else "",
            generated=state.generated,
            where=where,
        )
        self._list_and_outline(paragraph, ppr, style_id)
        mark = ppr.find(w("rPr")) if ppr is not None else None
        if mark is not None:
            paragraph.inserted = mark.find(w("ins")) is not None
            paragraph.mark_deleted = mark.find(w("del")) is not None
        return paragraph, state.boxes

    def _list_and_outline(self, paragraph: Paragraph, ppr, style_id: str) -> None:
        numpr = ppr.find(w("numPr")) if ppr is not None else None
        if numpr is None:
            numpr = self.look.style_property(style_id, w("numPr"))
        if numpr is not None:
            num = numpr.find(w("numId"))
            level = numpr.find(w("ilvl"))
            ilvl = int(level.get(w("val"), "0")) if level is not None else 0
            paragraph.list_kind = self.numbering.kind(
                num.get(w("val"), "") if num is not None else "", ilvl
            )
            paragraph.list_level = ilvl
        outline = ppr.find(w("outlineLvl")) if ppr is not None else None
        if outline is None:
            outline = self.look.style_property(style_id, w("outlineLvl"))
        if outline is not None:
            value = outline.get(w("val"), "9")
            if value.isdigit() and int(value) < 9:
                paragraph.heading_level = int(value) + 1
        elif paragraph.style.lower().startswith("heading "):
            tail = paragraph.style[8:].strip()
            paragraph.heading_level = int(tail) if tail.isdigit() else 0

    def _collect(self, element, change: tuple[str, str, str], state: _State, base) -> None:
        for child in element:
            tag = child.tag
            if tag == w("r"):
                self._run(child, change, state, base)
            elif tag in _CHANGES:
                kind = _CHANGES[tag]
                self._collect(
                    child, (kind, child.get(w("author"), ""), child.get(w("date"), "")), state, base
                )
            elif tag in _TRANSPARENT:
                self._collect(child, change, state, base)
            elif tag == w("sdt"):
                content = child.find(w("sdtContent"))
                if content is not None:
                    self._collect(content, change, state, base)
            elif tag == w("bookmarkStart"):
                if child.get(w("name"), "").startswith(GENERATED_MARK):
                    state.generated = True
            elif tag == f"{{{MC}}}AlternateContent":
                chosen = child.find(f"{{{MC}}}Choice")
                if chosen is None:
                    chosen = child.find(f"{{{MC}}}Fallback")
                if chosen is not None:
                    self._collect(chosen, change, state, base)
            elif tag in (f"{{{M}}}oMath", f"{{{M}}}oMathPara"):
                text = "".join(t.text or "" for t in child.iter(f"{{{M}}}t"))
                if text:
                    state.segments.append(Segment(text, *change))

    def _run(self, r, change: tuple[str, str, str], state: _State, base) -> None:
        rpr = r.find(w("rPr"))
        bold, italic = base["b"], base["i"]
        if rpr is not None:
            run_style = rpr.find(w("rStyle"))
            if run_style is not None:
                sid = run_style.get(w("val"), "")
                value = self.look.styleflag(sid, "b")
                bold = bold if value is None else value
                value = self.look.styleflag(sid, "i")
                italic = italic if value is None else value
            value = flag(rpr, "b")
            bold = bold if value is None else value
            value = flag(rpr, "i")
            italic = italic if value is None else value
        parts: list[str] = []
        for child in r:
            tag = child.tag
            if tag == w("fldChar"):
                kind = child.get(w("fldCharType"))
                if kind == "begin":
                    state.fields.append("instr")
                elif kind == "separate" and state.fields:
                    state.fields[-1] = "result"
                elif kind == "end" and state.fields:
                    state.fields.pop()
                continue
            if state.fields and state.fields[-1] == "instr":
                continue
            if tag in (w("t"), w("delText")):
                parts.append((child.text or "").translate(_SYMBOL_TEXT))
            elif tag in (w("tab"), w("ptab")):
                parts.append("\t")
            elif tag in (w("br"), w("cr")):
                parts.append("\n")
            elif tag == w("noBreakHyphen"):
                parts.append("-")
            elif tag == w("sym"):
                code = int(child.get(w("char"), "0"), 16)
                parts.append(_SYMBOLS.get(code, chr(code) if 0x20 <= code < 0xE000 else ""))
            elif tag in (w("drawing"), w("pict"), f"{{{MC}}}AlternateContent", w("object")):
                state.boxes.extend(_text_boxes(child))
        if parts:
            state.segments.append(Segment("".join(parts), *change, bold, italic))


def _text_boxes(element: etree._Element) -> list[etree._Element]:
    """The content of the text boxes drawn here, once each (Word writes a text box
    twice, for new and old readers: only the first of the two is read)."""
    if element.tag == f"{{{MC}}}AlternateContent":
        chosen = element.find(f"{{{MC}}}Choice")
        element = chosen if chosen is not None else element
    return list(element.iter(w("txbxContent")))


def _merged(segments: list[Segment]) -> list[Segment]:
    out: list[Segment] = []
    for segment in segments:
        if out and _same_kind(out[-1], segment):
            last = out[-1]
            out[-1] = Segment(
                last.text + segment.text,
                last.change,
                last.author,
                last.date,
                last.bold,
                last.italic,
            )
        else:
            out.append(segment)
    return out


def _same_kind(a: Segment, b: Segment) -> bool:
    return (a.change, a.author, a.date, a.bold, a.italic) == (
        b.change,
        b.author,
        b.date,
        b.bold,
        b.italic,
    )


def join_deleted_marks(paragraphs: list[Paragraph]) -> list[Paragraph]:
    """Paragraphs as they read with every change accepted: one whose end (its
    paragraph mark) was deleted runs on into the next, which keeps its own look."""
    out: list[Paragraph] = []
    pending: list[Paragraph] = []
    for paragraph in paragraphs:
        if paragraph.mark_deleted:
            pending.append(paragraph)
            continue
        if pending:
            merged = Paragraph(
                segments=[s for part in (*pending, paragraph) for s in part.segments],
                style=paragraph.style,
                list_kind=paragraph.list_kind,
                list_level=paragraph.list_level,
                heading_level=paragraph.heading_level,
                generated=paragraph.generated,
                inserted=paragraph.inserted,
                where=paragraph.where,
                joined=[*pending, paragraph],
            )
            pending = []
            out.append(merged)
        else:
            out.append(paragraph)
    out.extend(pending)  # a deleted mark at the very end: nothing follows to join
    return out
