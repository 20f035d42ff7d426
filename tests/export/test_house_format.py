"""The full version, read back part by part against ``house-format.md``."""

from __future__ import annotations

import datetime as dt

from docx.shared import Cm, Pt

from tests.export.conftest import (
    NS,
    cell_text,
    export,
    minutes_docx_table,
    minutes_table,
    p_text,
    qn,
    rows_text,
)
from tests.samples import sample_meeting

TITLE = "Monthly Assurance Meeting March 2031 – Meeting Notes"


def _twips(cm: float) -> int:
    return round(cm * 1440 / 2.54)


# --- the page ---------------------------------------------------------------------


def test_page_is_a4_portrait_with_2cm_margins(full):
    section = full.document.sections[0]
    assert abs(section.page_width - Cm(21)) < Cm(0.05)
    assert abs(section.page_height - Cm(29.7)) < Cm(0.05)
    assert section.page_width < section.page_height
    for margin in (section.top_margin, section.bottom_margin):
        assert abs(margin - Cm(2)) < Cm(0.05)
    for margin in (section.left_margin, section.right_margin):
        assert abs(margin - Cm(2)) < Cm(0.05)


def test_arial_11_and_uk_english_in_styles_and_settings(full):
    document = full.document
    normal = document.styles["Normal"]
    assert normal.font.name == "Arial"
    assert normal.font.size == Pt(11)
    styles = full.part("word/styles.xml")
    defaults = styles.find("w:docDefaults/w:rPrDefault/w:rPr", NS)
    fonts = defaults.find("w:rFonts", NS)
    assert fonts.get(qn("w:ascii")) == fonts.get(qn("w:hAnsi")) == "Arial"
    assert fonts.get(qn("w:asciiTheme")) is None  # a theme font would override Arial
    assert defaults.find("w:sz", NS).get(qn("w:val")) == "22"
    assert defaults.find("w:lang", NS).get(qn("w:val")) == "en-GB"
    assert "en-US" not in "".join(lang.get(qn("w:val"), "") for lang in styles.iter(qn("w:lang")))
    settings = full.part("word/settings.xml")
    assert settings.find("w:themeFontLang", NS).get(qn("w:val")) == "en-GB"
    assert document.core_properties.language == "en-GB"


def test_marking_centred_at_top_and_bottom_and_live_page_fields(full):
    section = full.document.sections[0]
    header = [p for p in section.header.paragraphs if p.text]
    assert [p.text for p in header] == ["OFFICIAL – DRAFT"]  # the sample is not agreed yet
    assert header[0].alignment == 1  # centre
    footer = section.footer.paragraphs
    texts = [p.text for p in footer]
    assert texts[-1] == "OFFICIAL"  # the marking is the last line of the page
    assert footer[-1].alignment == 1
    page_line = footer[0]._p
    instructions = [t.text.split()[0] for t in page_line.iter(qn("w:instrText"))]
    assert instructions == ["PAGE", "NUMPAGES"]
    kinds = [f.get(qn("w:fldCharType")) for f in page_line.iter(qn("w:fldChar"))]
    assert kinds == ["begin", "separate", "end"] * 2
    assert p_text(page_line) == "Page 1 of 1"  # field results as cached; Word updates them


def test_no_marking_means_no_marking_text(tmp_path):
    meeting = sample_meeting()
    meeting.marking = ""
    section = export(meeting, tmp_path).document.sections[0]
    assert [p.text for p in section.header.paragraphs if p.text] == ["DRAFT"]
    assert [p.text for p in section.footer.paragraphs if p.text] == ["Page 1 of 1"]
    meeting.state = "agreed"
    section = export(meeting, tmp_path).document.sections[0]
    assert not any(p.text for p in section.header.paragraphs)


def test_official_sensitive_marking(tmp_path):
    meeting = sample_meeting()
    meeting.marking = "official-sensitive"
    section = export(meeting, tmp_path).document.sections[0]
    assert section.header.paragraphs[0].text == "OFFICIAL-SENSITIVE – DRAFT"
    assert section.footer.paragraphs[-1].text == "OFFICIAL-SENSITIVE"


# --- the opening block ---------------------------------------------------------------


def test_title_bold_and_larger(full):
    title = full.document.paragraphs[0]
    assert title.text == TITLE
    assert all(run.bold for run in title.runs)
    size = title.style.font.size
    assert size is not None and size > Pt(11)
    assert title.style.name == "Title"


def test_details_with_bold_labels(full):
    lines = full.document.paragraphs[1:5]
    assert [p.text for p in lines] == [
        "Date: Tuesday 18 March 2031 @ 10:30",
        "Chair: Alex Marsh",
        "Minutes: Sam Petrie, Policy Officer, OPCC",
        "Venue: Conference Room 2, Force Headquarters, Kingsford",
    ]
    for p in lines:
        assert p.runs[0].bold and p.runs[0].text.strip().endswith(":")
        assert not p.runs[1].bold


def test_attendance_table(full):
    table = full.document.tables[0]
    rows = [[c.text for c in row.cells] for row in table.rows]
    assert rows == [
        ["", "Name:", "Capacity:"],
        ["Attendance:", "Alex Marsh", "Police and Crime Commissioner (PCC)"],
        ["", "Jo Whitcombe", "Chief Executive for the Police and Crime Commissioner (CEx)"],
        ["", "Dana Okafor", "Chief Constable (CC)"],
        ["", "Rhys Llewellyn", "Assistant Chief Constable Local Policing (ACC)"],
        ["Apologies:", "Priya Sandhu", "Deputy Chief Constable (DCC)"],
    ]


# --- the minutes table --------------------------------------------------------------


def test_one_minutes_table_of_three_fixed_columns(full):
    document = full.document
    assert len(document.tables) == 3  # attendance, minutes, summary of actions
    tbl = minutes_table(document)
    assert tbl.find("w:tblPr/w:tblLayout", NS).get(qn("w:type")) == "fixed"
    grid = [int(c.get(qn("w:w"))) for c in tbl.findall("w:tblGrid/w:gridCol", NS)]
    expected = [_twips(1.5), _twips(12.5), _twips(2.5)]
    assert grid == expected
    for tr in tbl.findall("w:tr", NS):
        widths = [int(tc.find("w:tcPr/w:tcW", NS).get(qn("w:w"))) for tc in tr.findall("w:tc", NS)]
        assert widths == expected


def test_first_row_is_a_repeating_action_heading(full):
    tbl = minutes_table(full.document)
    first = tbl.find("w:tr", NS)
    assert first.find("w:trPr/w:tblHeader", NS) is not None
    assert [cell_text(tc) for tc in first.findall("w:tc", NS)] == ["", "", "ACTION"]
    others = tbl.findall("w:tr", NS)[1:]
    assert all(tr.find("w:trPr/w:tblHeader", NS) is None for tr in others)


def test_every_section_and_sub_item_starts_its_own_row(full):
    rows = rows_text(minutes_table(full.document))
    numbers = [row[0] for row in rows if row[0]]
    assert numbers == ["1", "1.1", "1.2", "2", "3", "4", "4a", "4b", "4c", "5", "6"]


def test_headings_in_capitals_bold_with_word_heading_styles(full):
    meeting = sample_meeting()
    document = full.document
    table = minutes_docx_table(document)
    headings = {}
    for row in table.rows[1:]:
        cells = row.cells
        number = cells[0].text
        if number:
            paragraphs = cells[1].paragraphs
            # A restricted item's "Not for publication" label stands above its heading.
            headings[number] = paragraphs[1 if paragraphs[0].text.startswith("Not for") else 0]
    for item in meeting.walk_items():
        p = headings[item.number]
        expected = "Heading 1" if item in meeting.items else "Heading 2"
        assert p.style.name == expected, item.number
        assert all(run.bold for run in p.runs)
        if item.brought_forward is None:
            assert p.text == item.heading.upper()
    for name in ("Heading 1", "Heading 2"):
        font = document.styles[name].font
        assert font.name == "Arial" and font.bold
        assert str(font.color.rgb) == "000000"


def test_numbers_are_plain_text_and_bullets_are_a_real_bullet_list(full):
    document_xml = full.part("word/document.xml")
    bullet_style = full.document.styles["List Bullet"]
    num_id = bullet_style.element.find("w:pPr/w:numPr/w:numId", NS).get(qn("w:val"))
    numbering = full.part("word/numbering.xml")
    formats = {f.get(qn("w:val")) for f in numbering.iter(qn("w:numFmt"))}
    assert formats == {"bullet"}  # no automatic numbering anywhere
    num = numbering.find(f"w:num[@w:numId='{num_id}']", NS)
    assert num is not None
    # Item numbers are typed into the number column, never a numbered list.
    assert not document_xml.findall(".//w:p/w:pPr/w:numPr", NS)
    bullets = [p.text for p in minutes_docx_table(full.document).rows[4].cells[1].paragraphs]
    assert "A high value theft from a cash machine in Eastport." in bullets
    styles = [p.style.name for p in minutes_docx_table(full.document).rows[4].cells[1].paragraphs]
    assert styles.count("List Bullet") == 2


def _row_with(table, text: str):
    for row in table.rows:
        if text in row.cells[1].text:
            return row
    raise AssertionError(f"no row holds {text!r}")


def test_subheadings_bold_and_questions_with_findings(full):
    table = minutes_docx_table(full.document)
    row = _row_with(table, "PERFORMANCE AGAINST THE POLICE AND CRIME PLAN")
    paras = row.cells[1].paragraphs
    texts = [p.text for p in paras]
    assert texts[1] == "Building a safer Northshire – Eastport"
    question = texts.index("1.\tCan the CC explain the rise in shoplifting in Eastport?")
    assert texts[question + 1 : question + 4] == [
        "Findings:",
        "Most offences are at three retail parks.",
        "Repeat offenders account for 40% of cases.",
    ]
    assert all(run.bold for run in paras[question + 1].runs)
    assert texts[-1] == "Actions arising" and paras[-1].runs[0].bold


def test_a_question_without_the_label_gets_a_bold_findings_heading(full):
    """Issue 13, point 13. The label the export adds carries a hidden bookmark, so
    that reading the document back tells it from one typed in the notes."""
    table = minutes_docx_table(full.document)
    paras = _row_with(table, "PERFORMANCE AGAINST THE POLICE AND CRIME PLAN").cells[1].paragraphs
    texts = [p.text for p in paras]
    second = texts.index("2.\tIs the CC confident partners are engaged?")
    assert texts[second + 1 : second + 3] == ["Findings:", "A retail crime forum meets monthly."]
    label = paras[second + 1]
    assert all(run.bold for run in label.runs)
    marks = label._p.findall("w:bookmarkStart", NS)
    assert [m.get(qn("w:name")).startswith("_mtHouseLabel") for m in marks] == [True]
    typed = paras[texts.index("1.\tCan the CC explain the rise in shoplifting in Eastport?") + 1]
    assert typed.text == "Findings:" and not typed._p.findall("w:bookmarkStart", NS)


def test_restricted_parts_carry_a_bold_label_in_the_full_version_only(full, public):
    table = minutes_docx_table(full.document)
    paras = _row_with(table, "OPERATIONAL AND REPUTATIONAL").cells[1].paragraphs
    texts = [p.text for p in paras]
    at = texts.index("A police horse was injured on duty.")
    label = paras[at - 1]
    assert label.text == "Not for publication: operationally sensitive"
    assert all(run.bold for run in label.runs)
    assert label.paragraph_format.keep_with_next
    item = _row_with(table, "Not for publication: draft inspection findings").cells[1]
    assert [p.text for p in item.paragraphs[:2]] == [
        "Not for publication: draft inspection findings",
        "HMIC INSPECTION PROGRAMME / MATTERS ARISING FROM THE SERVICE IMPROVEMENT BOARD (SIB)",
    ]
    everything = "\n".join(
        cell.text for row in minutes_docx_table(public.document).rows for cell in row.cells
    )
    assert "Not for publication" not in everything


def test_brought_forward_items(full):
    rows = rows_text(minutes_table(full.document))
    first = next(row for row in rows if row[0] == "1.1")
    assert first[1].split("\n") == [
        "1.1 – Action arising from the January 2031 meeting:",
        "Rebuilding Northshire – 101 call waiting times",
        "The ACC to report on the new call-back service.",
        "Owner: ACC",
        "Update",
        "The PCC was satisfied with the call-back figures.",
        "Decision: Discharged.",
    ]
    assert first[2] == ""  # a brought-forward record is not a new action
    second = next(row for row in rows if row[0] == "1.2")
    lines = second[1].split("\n")
    assert lines[0] == "1.2 – Action arising from the February 2031 meeting:"
    assert lines[4:] == [
        "Update",
        "Profile delayed until the April board.",
        "Decision: Carried forward to the next meeting.",
    ]


def test_each_action_is_a_row_with_exactly_the_owner_code(full):
    meeting = sample_meeting()
    rows = rows_text(minutes_table(full.document))
    for _item, action in meeting.actions():
        matching = [row for row in rows if row[1] == action.text]
        assert len(matching) == 1
        assert matching[0][2] == action.owner
    codes = [row[2] for row in rows[1:] if row[2]]
    assert codes == ["ACC", "CC", "ALL"]


def test_date_of_next_meeting_shows_all(full):
    rows = rows_text(minutes_table(full.document))
    row = next(row for row in rows if row[0] == "6")
    assert row[1].split("\n") == ["DATE OF NEXT MEETING", "10:30 on 15 April 2031"]
    assert row[2] == "ALL"
    assert row is rows[-1]


def test_next_meeting_not_yet_set(tmp_path):
    meeting = sample_meeting()
    meeting.next_meeting = None
    rows = rows_text(minutes_table(export(meeting, tmp_path).document))
    assert rows[-1] == ["6", "DATE OF NEXT MEETING\nTo be confirmed.", "ALL"]


# --- properties and package ---------------------------------------------------------


def test_core_properties_set_and_no_template_leftovers(full):
    props = full.document.core_properties
    assert props.title == TITLE
    assert props.author == "Sam Petrie"
    assert props.language == "en-GB"
    now = dt.datetime.now(dt.UTC)
    for stamp in (props.created, props.modified):
        assert stamp.tzinfo is not None  # written as UTC ("...Z")
        assert abs((now - stamp).total_seconds()) < 600
    assert props.comments == props.keywords == props.subject == props.category == ""
    assert props.last_modified_by in ("", "Sam Petrie")
    assert props.revision == 1


def test_package_holds_no_python_docx_leftovers(full):
    parts = full.parts()
    names = set(parts)
    assert "word/stylesWithEffects.xml" not in names
    assert "docProps/thumbnail.jpeg" not in names
    assert not any(name.startswith("customXml/") for name in names)
    for name, data in parts.items():
        assert b"python-docx" not in data, name
        assert b"Macintosh" not in data, name
        assert b"stylesWithEffects" not in data, name
    assert b"<Application>minutetaker" in parts["docProps/app.xml"]


def test_an_office_changes_its_style_without_touching_the_walker(tmp_path):
    from minutetaker.export import HOUSE_STYLE, export_docx

    style = HOUSE_STYLE.with_changes(
        font="Verdana", minutes_widths_cm=(1.5, 12.0, 3.0), action_heading="Action by"
    )
    path = tmp_path / "restyled.docx"
    export_docx(sample_meeting(), path, style=style)
    exported = export(sample_meeting(), tmp_path)  # the default, for comparison
    exported.path = path
    document = exported.document
    assert document.styles["Normal"].font.name == "Verdana"
    assert document.styles["Heading 1"].font.name == "Verdana"
    tbl = minutes_table(document)
    grid = [int(c.get(qn("w:w"))) for c in tbl.findall("w:tblGrid/w:gridCol", NS)]
    assert grid == [_twips(1.5), _twips(12.0), _twips(3.0)]
    assert rows_text(tbl)[0] == ["", "", "Action by"]
