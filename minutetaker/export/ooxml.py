"""Small builders for WordprocessingML elements, always in schema order.

Word refuses (or "repairs") a file whose elements stand in the wrong order, even
where LibreOffice shows it happily, so every property element is made here and
nowhere else, by functions that know the order the schema asks for. Building the
XML directly, rather than through python-docx's object API, also keeps a long
meeting fast to export.
"""

from __future__ import annotations

from lxml import etree

from minutetaker.domain.text import clean_text

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"
_W = "{" + W_NS + "}"


def w(tag: str) -> str:
    """The Clark name of a ``w:`` element or attribute: ``w("p")``."""
    return _W + tag


def twips(cm: float) -> int:
    """Centimetres to twentieths of a point (Word's 'dxa')."""
    return round(cm * 1440 / 2.54)


def half_points(pt: float) -> int:
    return round(pt * 2)


def sub(parent: etree._Element, tag: str, **attrs: str) -> etree._Element:
    """Append ``w:tag`` with ``w:`` attributes to ``parent``."""
    element = etree.SubElement(parent, _W + tag)
    for key, value in attrs.items():
        element.set(_W + key, value)
    return element


def make(tag: str, **attrs: str) -> etree._Element:
    element = etree.Element(_W + tag, nsmap={"w": W_NS})
    for key, value in attrs.items():
        element.set(_W + key, value)
    return element


# --- runs ------------------------------------------------------------------------


def run_props(
    parent: etree._Element,
    *,
    font: str = "",
    bold: bool = False,
    italic: bool = False,
    colour: str = "",
    size_pt: float = 0,
    lang: str = "",
) -> etree._Element:
    """A ``w:rPr`` in the schema's order: rFonts, b, bCs, i, iCs, color, sz, szCs, lang."""
    rpr = sub(parent, "rPr")
    if font:
        sub(rpr, "rFonts", ascii=font, hAnsi=font, eastAsia=font, cs=font)
    if bold:
        sub(rpr, "b")
        sub(rpr, "bCs")
    if italic:
        sub(rpr, "i")
        sub(rpr, "iCs")
    if colour:
        sub(rpr, "color", val=colour)
    if size_pt:
        sub(rpr, "sz", val=str(half_points(size_pt)))
        sub(rpr, "szCs", val=str(half_points(size_pt)))
    if lang:
        sub(rpr, "lang", val=lang, eastAsia=lang)
    return rpr


def add_text(run: etree._Element, text: str) -> None:
    """Put ``text`` into ``run``: line breaks become ``w:br``, tabs ``w:tab``."""
    text = clean_text(text)
    for index, line in enumerate(text.split("\n")):
        if index:
            sub(run, "br")
        for part_index, part in enumerate(line.split("\t")):
            if part_index:
                sub(run, "tab")
            if part:
                t = sub(run, "t")
                t.text = part
                if part[0] == " " or part[-1] == " ":
                    t.set(XML_SPACE, "preserve")


def add_run(
    paragraph: etree._Element, text: str, *, bold: bool = False, italic: bool = False
) -> etree._Element:
    run = sub(paragraph, "r")
    if bold or italic:
        run_props(run, bold=bold, italic=italic)
    add_text(run, text)
    return run


# --- paragraphs ----------------------------------------------------------------------


def para_props(
    paragraph: etree._Element,
    *,
    style_id: str = "",
    keep_next: bool = False,
    page_break_before: bool = False,
    num_id: int = 0,
    before_pt: float | None = None,
    after_pt: float | None = None,
    indent_left_cm: float | None = None,
    hanging_cm: float | None = None,
    align: str = "",
) -> etree._Element | None:
    """A ``w:pPr`` in schema order: pStyle, keepNext, pageBreakBefore, numPr, spacing, ind, jc."""
    if not (
        style_id
        or keep_next
        or page_break_before
        or num_id
        or before_pt is not None
        or after_pt is not None
        or indent_left_cm is not None
        or align
    ):
        return None
    ppr = sub(paragraph, "pPr")
    if style_id:
        sub(ppr, "pStyle", val=style_id)
    if keep_next:
        sub(ppr, "keepNext")
    if page_break_before:
        sub(ppr, "pageBreakBefore")
    if num_id:
        numpr = sub(ppr, "numPr")
        sub(numpr, "ilvl", val="0")
        sub(numpr, "numId", val=str(num_id))
    if before_pt is not None or after_pt is not None:
        spacing = sub(ppr, "spacing")
        if before_pt is not None:
            spacing.set(w("before"), str(round(before_pt * 20)))
        if after_pt is not None:
            spacing.set(w("after"), str(round(after_pt * 20)))
    if indent_left_cm is not None:
        ind = sub(ppr, "ind", left=str(twips(indent_left_cm)))
        if hanging_cm:
            ind.set(w("hanging"), str(twips(hanging_cm)))
    if align and align != "left":
        sub(ppr, "jc", val=align)
    return ppr


def paragraph(
    parent: etree._Element,
    text: str = "",
    *,
    style_id: str = "",
    bold: bool = False,
    italic: bool = False,
    align: str = "",
) -> etree._Element:
    """A paragraph of one run (or none, when ``text`` is empty)."""
    p = sub(parent, "p")
    para_props(p, style_id=style_id, align=align)
    if text:
        add_run(p, text, bold=bold, italic=italic)
    return p


# --- fields --------------------------------------------------------------------------


def add_field(paragraph: etree._Element, instruction: str, shown: str, rpr_size: float) -> None:
    """A live Word field (``PAGE``, ``NUMPAGES``) as begin / instruction / result / end."""

    def field_run() -> etree._Element:
        run = sub(paragraph, "r")
        if rpr_size:
            run_props(run, size_pt=rpr_size)
        return run

    sub(field_run(), "fldChar", fldCharType="begin")
    instr = sub(field_run(), "instrText")
    instr.text = f" {instruction} \\* MERGEFORMAT "
    instr.set(XML_SPACE, "preserve")
    sub(field_run(), "fldChar", fldCharType="separate")
    result = sub(field_run(), "t")
    result.text = shown
    sub(field_run(), "fldChar", fldCharType="end")
