"""The document around the notes: page, header and footer, properties, package.

python-docx starts every document from its own template, which carries leftovers
that have no place in an OPCC's notes: an author called "python-docx", a
description saying it generated the file, a thumbnail of an empty page, an empty
bibliography part, application properties that claim "Microsoft Macintosh Word",
US English in the settings and a ``stylesWithEffects.xml`` part (a Word 2010
cache of the styles) that no longer matches the styles once they are changed.
:func:`clean_package` removes or replaces every one of them.
"""

from __future__ import annotations

import datetime as dt

from docx.document import Document
from docx.enum.section import WD_ORIENT
from docx.opc.constants import CONTENT_TYPE as CT
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.shared import Cm
from lxml import etree

from minutetaker import __version__
from minutetaker.export.house_style import HouseStyle
from minutetaker.export.ooxml import add_field, para_props, run_props, sub, w

_STYLES_WITH_EFFECTS = "http://schemas.microsoft.com/office/2007/relationships/stylesWithEffects"
_EXTENDED_NS = "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"
_CUSTOM_NS = "http://schemas.openxmlformats.org/officeDocument/2006/custom-properties"
_VT_NS = "http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"
_CUSTOM_FMTID = "{D5CDD505-2E9C-101B-9397-08002B2CF9AE}"  # the one Word gives user properties


def set_up_page(document: Document, style: HouseStyle) -> None:
    section = document.sections[0]
    section.orientation = WD_ORIENT.PORTRAIT
    section.page_width = Cm(style.page_width_cm)
    section.page_height = Cm(style.page_height_cm)
    section.top_margin = Cm(style.margin_top_cm)
    section.bottom_margin = Cm(style.margin_bottom_cm)
    section.left_margin = Cm(style.margin_left_cm)
    section.right_margin = Cm(style.margin_right_cm)
    section.header_distance = Cm(style.header_distance_cm)
    section.footer_distance = Cm(style.footer_distance_cm)
    section.gutter = Cm(0)


def header_and_footer(
    document: Document, style: HouseStyle, marking: str, draft: bool = False
) -> None:
    """The marking centred at the top and bottom of every page; "Page X of Y" above it.

    A draft (a record not yet agreed) says so in the header, beside the marking:
    ``OFFICIAL – DRAFT``. The footer keeps the marking alone.
    """
    section = document.sections[0]
    section.different_first_page_header_footer = False
    header = _emptied(section.header)
    p = sub(header, "p")
    para_props(p, style_id="Header", align="center")
    if marking or draft:
        if marking and draft:
            text = style.draft_pattern.format(marking=marking, draft=style.draft_label)
        else:
            text = marking or style.draft_label
        run = sub(p, "r")
        run_props(run, bold=style.marking.bold)
        sub(run, "t").text = text

    footer = _emptied(section.footer)
    look = style.page_number
    p = sub(footer, "p")
    para_props(p, style_id="Footer", align="center")
    before, middle, after = style.page_pattern
    for text, field in ((before, "PAGE"), (middle, "NUMPAGES"), (after, "")):
        if text:
            run = sub(p, "r")
            run_props(run, size_pt=look.size_pt)
            t = sub(run, "t")
            t.text = text
            t.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
        if field:
            add_field(p, field, "1", look.size_pt)
    if marking:
        p = sub(footer, "p")
        para_props(p, style_id="Footer", align="center")
        run = sub(p, "r")
        run_props(run, bold=style.marking.bold, size_pt=style.marking.size_pt)
        sub(run, "t").text = marking


def _emptied(header_or_footer) -> etree._Element:
    header_or_footer.is_linked_to_previous = False
    element = header_or_footer._element  # the w:hdr / w:ftr
    for child in list(element):
        element.remove(child)
    return element


_PROPERTY_LENGTH = 255  # what a core property of a Word document holds


def _fit(text: str) -> str:
    """``text`` cut to what a document property holds (the page shows it whole)."""
    return text if len(text) <= _PROPERTY_LENGTH else text[: _PROPERTY_LENGTH - 1] + "…"


def set_properties(document: Document, style: HouseStyle, title: str, author: str) -> None:
    """Core properties written from nothing: no template value survives."""
    core = document.core_properties
    element = core._element
    for child in list(element):
        element.remove(child)
    now = dt.datetime.now(dt.UTC).replace(tzinfo=None, microsecond=0)
    core.title = _fit(title)
    core.author = _fit(author)
    core.last_modified_by = _fit(author)
    core.language = style.language
    core.revision = 1
    core.created = now
    core.modified = now

    settings = document.settings.element
    lang = settings.find(w("themeFontLang"))
    if lang is not None:
        for key in list(lang.attrib):
            del lang.attrib[key]
        lang.set(w("val"), style.language)


def set_custom_properties(document: Document, properties: dict[str, str]) -> None:
    """Custom document properties (``docProps/custom.xml``), as text.

    Word keeps them when the document is edited and saved again (File → Info →
    Properties → Advanced → Custom), and so does LibreOffice; a circulated draft
    carries which meeting and which version it is in them.
    """
    if not properties:
        return
    root = etree.Element(f"{{{_CUSTOM_NS}}}Properties", nsmap={None: _CUSTOM_NS, "vt": _VT_NS})
    for pid, (name, value) in enumerate(properties.items(), start=2):  # pids start at 2
        prop = etree.SubElement(
            root, f"{{{_CUSTOM_NS}}}property", fmtid=_CUSTOM_FMTID, pid=str(pid), name=name
        )
        etree.SubElement(prop, f"{{{_VT_NS}}}lpwstr").text = value
    blob = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)
    package = document.part.package
    part = Part(PackURI("/docProps/custom.xml"), CT.OFC_CUSTOM_PROPERTIES, blob, package)
    package.relate_to(part, RT.CUSTOM_PROPERTIES)


def read_custom_properties(document: Document) -> dict[str, str]:
    """The custom document properties of an opened document, as text ({} if none)."""
    for rel in document.part.package.rels.values():
        if rel.reltype == RT.CUSTOM_PROPERTIES and not rel.is_external:
            root = etree.fromstring(rel.target_part.blob)
            return {
                prop.get("name", ""): "".join(prop.itertext())
                for prop in root.iter(f"{{{_CUSTOM_NS}}}property")
            }
    return {}


def clean_package(document: Document) -> None:
    """Drop the template's leftover parts and write our own application properties."""
    main = document.part
    for rel_id, rel in list(main.rels.items()):
        if rel.reltype in (_STYLES_WITH_EFFECTS, RT.CUSTOM_XML):
            del main.rels[rel_id]
    package = main.package
    for rel_id, rel in list(package.rels.items()):
        if rel.reltype in (RT.THUMBNAIL, RT.EXTENDED_PROPERTIES):
            del package.rels[rel_id]
    app = (
        "<?xml version='1.0' encoding='UTF-8' standalone='yes'?>\n"
        f'<Properties xmlns="{_EXTENDED_NS}">'
        f"<Application>minutetaker {__version__}</Application>"
        "<DocSecurity>0</DocSecurity>"
        "</Properties>"
    ).encode()
    part = Part(PackURI("/docProps/app.xml"), CT.OFC_EXTENDED_PROPERTIES, app, package)
    package.relate_to(part, RT.EXTENDED_PROPERTIES)
