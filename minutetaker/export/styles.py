"""Turn python-docx's template styles into the house look.

The built-in styles keep their names (Normal, Title, Heading 1, Heading 2, List
Bullet, Header, Footer), so that Word's navigation pane, its style gallery and a
screen reader all recognise them; only their look is replaced with the values of
:mod:`minutetaker.export.house_style`. The template's bullet list is in fact a
numbered one, so the numbering part is rewritten with one real bullet list.
"""

from __future__ import annotations

from docx.document import Document
from lxml import etree

from minutetaker.export.house_style import HouseStyle, TextStyle
from minutetaker.export.ooxml import run_props, sub, twips, w

BULLET_NUM_ID = 1

# style id -> (TextStyle attribute, keep with next, outline level or None)
_PARAGRAPH_STYLES = {
    "Normal": ("body", False, None),
    "Title": ("title", False, None),
    "Heading1": ("heading1", True, 0),
    "Heading2": ("heading2", True, 1),
    "ListBullet": ("body", False, None),
    "Header": ("marking", False, None),
    "Footer": ("page_number", False, None),
}


def apply_house_styles(document: Document, style: HouseStyle) -> None:
    styles = document.styles.element
    _doc_defaults(styles, style)
    by_id = {element.get(w("styleId")): element for element in styles.iterfind(w("style"))}
    for style_id, (look_name, keep_next, outline) in _PARAGRAPH_STYLES.items():
        element = by_id.get(style_id)
        if element is None:  # a template without it: make it
            element = sub(styles, "style", type="paragraph", styleId=style_id)
            sub(element, "name", val=style_id)
        look = getattr(style, look_name)
        _restyle(element, style, look, keep_next, outline, style_id)
        # The character style Word links to it ("Heading 1 Char") gets the same look,
        # so that text given that style in Word does not fall back to the theme's font.
        link = element.find(w("link"))
        linked = by_id.get(link.get(w("val"))) if link is not None else None
        if linked is not None and linked.get(w("type")) == "character":
            _restyle_run(linked, style, look)
    _bullet_numbering(document, style)


def _doc_defaults(styles: etree._Element, style: HouseStyle) -> None:
    old = styles.find(w("docDefaults"))
    defaults = etree.Element(w("docDefaults"))
    if old is not None:
        old.addprevious(defaults)
        styles.remove(old)
    else:
        styles.insert(0, defaults)
    rpr_default = sub(defaults, "rPrDefault")
    run_props(rpr_default, font=style.font, size_pt=style.body.size_pt, lang=style.language)
    ppr = sub(sub(defaults, "pPrDefault"), "pPr")
    sub(
        ppr,
        "spacing",
        after=str(round(style.body.space_after_pt * 20)),
        line=str(round(style.line_spacing * 240)),
        lineRule="auto",
    )


def _restyle(
    element: etree._Element,
    style: HouseStyle,
    look: TextStyle,
    keep_next: bool,
    outline: int | None,
    style_id: str,
) -> None:
    """Replace the style's paragraph and run properties with the house ones."""
    for old in element.findall(w("pPr")) + element.findall(w("rPr")):
        element.remove(old)
    ppr = sub(element, "pPr")
    if keep_next:
        sub(ppr, "keepNext")
    if style_id == "ListBullet":
        numpr = sub(ppr, "numPr")
        sub(numpr, "numId", val=str(BULLET_NUM_ID))
    if style_id in ("Header", "Footer"):
        tabs = sub(ppr, "tabs")
        width = style.page_width_cm - style.margin_left_cm - style.margin_right_cm
        sub(tabs, "tab", val="center", pos=str(twips(width / 2)))
        sub(tabs, "tab", val="right", pos=str(twips(width)))
    sub(
        ppr,
        "spacing",
        before=str(round(look.space_before_pt * 20)),
        after=str(round(look.space_after_pt * 20)),
        line=str(round(style.line_spacing * 240)),
        lineRule="auto",
    )
    if style_id == "ListBullet":
        indent = style.bullet_indent_cm
        sub(ppr, "ind", left=str(twips(indent)), hanging=str(twips(indent)))
    if look.align != "left":
        sub(ppr, "jc", val=look.align)
    if outline is not None:
        sub(ppr, "outlineLvl", val=str(outline))
    # A style's rPr sits after its pPr (and before any table properties).
    ppr.addnext(_house_run_props(element, style, look))


def _house_run_props(element: etree._Element, style: HouseStyle, look: TextStyle) -> etree._Element:
    """The house font and language with ``look``'s weight, slant, colour and size."""
    return run_props(
        element,
        font=style.font,
        bold=look.bold,
        italic=look.italic,
        colour=look.colour,
        size_pt=look.size_pt,
        lang=style.language,
    )


def _restyle_run(element: etree._Element, style: HouseStyle, look: TextStyle) -> None:
    """A character style's ``w:rPr`` replaced with the house look (it has no pPr)."""
    for old in element.findall(w("rPr")):
        element.remove(old)
    _house_run_props(element, style, look)


def _bullet_numbering(document: Document, style: HouseStyle) -> None:
    """One bullet list definition, used by the List Bullet style."""
    numbering = document.part.numbering_part.element
    for child in list(numbering):
        numbering.remove(child)
    abstract = sub(numbering, "abstractNum", abstractNumId="1")
    sub(abstract, "multiLevelType", val="singleLevel")
    level = sub(abstract, "lvl", ilvl="0")
    sub(level, "start", val="1")
    sub(level, "numFmt", val="bullet")
    sub(level, "lvlText", val=style.bullet_char)
    sub(level, "lvlJc", val="left")
    indent = twips(style.bullet_indent_cm)
    sub(sub(level, "pPr"), "ind", left=str(indent), hanging=str(indent))
    rpr = sub(level, "rPr")
    sub(rpr, "rFonts", ascii=style.font, hAnsi=style.font, cs=style.font, hint="default")
    num = sub(numbering, "num", numId=str(BULLET_NUM_ID))
    sub(num, "abstractNumId", val="1")
