"""What a document's styles and numbering say about a paragraph: whether its
text is bold or italic, its style's name, its outline level, and whether a list
numbering is a bullet or a number. Read from python-docx's lxml tree of the
styles and numbering parts, following ``basedOn`` as Word does."""

from __future__ import annotations

from lxml import etree

from minutetaker.wordimport.ooxml import w


class Look:
    """Bold and italic as the styles give them, with python-docx's XML as the source."""

    def __init__(self, styles: etree._Element | None) -> None:
        self.by_id: dict[str, etree._Element] = {}
        self.default_paragraph = ""
        self.default_flags: dict[str, bool] = {}
        self._cache: dict[tuple[str, str], bool | None] = {}
        if styles is None:
            return
        for style in styles.iterfind(w("style")):
            style_id = style.get(w("styleId"), "")
            self.by_id[style_id] = style
            if style.get(w("type")) == "paragraph" and style.get(w("default")) in ("1", "true"):
                self.default_paragraph = style_id
        defaults = styles.find(f"{w('docDefaults')}/{w('rPrDefault')}/{w('rPr')}")
        for tag in ("b", "i"):
            value = flag(defaults, tag) if defaults is not None else None
            self.default_flags[tag] = bool(value)

    def name(self, style_id: str) -> str:
        style = self.by_id.get(style_id)
        found = style.find(w("name")) if style is not None else None
        return found.get(w("val"), style_id) if found is not None else style_id

    def styleflag(self, style_id: str, tag: str) -> bool | None:
        """``tag`` (b or i) as the style or the styles it is based on set it."""
        key = (style_id, tag)
        if key in self._cache:
            return self._cache[key]
        seen: set[str] = set()
        value = None
        while style_id and style_id not in seen:
            seen.add(style_id)
            style = self.by_id.get(style_id)
            if style is None:
                break
            rpr = style.find(w("rPr"))
            value = flag(rpr, tag) if rpr is not None else None
            if value is not None:
                break
            based = style.find(w("basedOn"))
            style_id = based.get(w("val"), "") if based is not None else ""
        self._cache[key] = value
        return value

    def style_property(self, style_id: str, path: str) -> etree._Element | None:
        """The first ``pPr`` descendant at ``path`` along the basedOn chain."""
        seen: set[str] = set()
        while style_id and style_id not in seen:
            seen.add(style_id)
            style = self.by_id.get(style_id)
            if style is None:
                return None
            found = style.find(f"{w('pPr')}/{path}")
            if found is not None:
                return found
            based = style.find(w("basedOn"))
            style_id = based.get(w("val"), "") if based is not None else ""
        return None


def flag(rpr: etree._Element | None, tag: str) -> bool | None:
    if rpr is None:
        return None
    element = rpr.find(w(tag))
    if element is None:
        return None
    return element.get(w("val"), "true").lower() not in ("0", "false", "off", "none")


class Numbering:
    """Which numbering definitions are bullets and which are numbers."""

    def __init__(self, numbering: etree._Element | None) -> None:
        self.formats: dict[tuple[str, int], str] = {}
        if numbering is None:
            return
        abstract: dict[str, dict[int, str]] = {}
        for definition in numbering.iterfind(w("abstractNum")):
            levels = {}
            for level in definition.iterfind(w("lvl")):
                fmt = level.find(w("numFmt"))
                levels[int(level.get(w("ilvl"), "0"))] = (
                    fmt.get(w("val"), "decimal") if fmt is not None else "decimal"
                )
            abstract[definition.get(w("abstractNumId"), "")] = levels
        for num in numbering.iterfind(w("num")):
            ref = num.find(w("abstractNumId"))
            levels = dict(abstract.get(ref.get(w("val"), "") if ref is not None else "", {}))
            for override in num.iterfind(w("lvlOverride")):
                fmt = override.find(f"{w('lvl')}/{w('numFmt')}")
                if fmt is not None:
                    levels[int(override.get(w("ilvl"), "0"))] = fmt.get(w("val"), "decimal")
            for ilvl, fmt in levels.items():
                self.formats[(num.get(w("numId"), ""), ilvl)] = fmt

    def kind(self, num_id: str, ilvl: int) -> str:
        if not num_id or num_id == "0":
            return ""
        fmt = self.formats.get((num_id, ilvl), self.formats.get((num_id, 0), "decimal"))
        if fmt == "none":
            return ""
        return "bullet" if fmt == "bullet" else "number"
