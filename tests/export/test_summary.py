"""The summary of actions arising: right after the minutes table, its heading kept with it."""

from __future__ import annotations

import datetime as dt

import pytest

from minutetaker.domain.model import Action, Item
from minutetaker.export import HOUSE_STYLE
from minutetaker.export.walker import action_summary, uk_date
from tests.export.conftest import (
    NS,
    export,
    minutes_table,
    p_text,
    qn,
    rows_text,
    summary_table,
)
from tests.export.meetings import meeting_with_many_actions
from tests.export.test_public import _assert_nothing_survives
from tests.samples import sample_meeting

HEADING = "SUMMARY OF ACTIONS ARISING"
LABELS = ["No.", "Action", "Owner", "Due"]

MANY_FULL = [
    LABELS,
    ["4a.1", "Provide the PCC with a briefing note on retail crime.", "ACC", "15 April 2031"],
    ["4a.2", "Share the retail forum minutes with the PCC.", "CC", "Next meeting"],
    ["4a.3", "Arrange a joint visit to the Kingsford retail park.", "CEx", "30 September 2031"],
    ["4b.1", "Publish the strategic initiatives tracker.", "DCC", "1 May 2031"],
    ["4b.2", "Circulate the revised terms of reference.", "ALL", "Next meeting"],
    ["4c.1", "Brief the tarantula working group privately.", "ACC", "2 June 2031"],
    ["5.1", "Respond to the fire governance consultation.", "", "Next meeting"],
    ["5A.1.1", "Review the marmalade appeal file.", "DCC", "Next meeting"],
]
# The same actions keep the same numbers in the public version.
MANY_PUBLIC = [row for row in MANY_FULL if row[0] not in ("4c.1", "5A.1.1")]


def _twips(cm: float) -> int:
    return round(cm * 1440 / 2.54)


def _body(exported) -> list:
    return list(exported.part("word/document.xml").find("w:body", NS))


@pytest.fixture(scope="module")
def many(tmp_path_factory):
    return export(meeting_with_many_actions(), tmp_path_factory.mktemp("many"))


@pytest.fixture(scope="module")
def many_public(tmp_path_factory):
    return export(meeting_with_many_actions(), tmp_path_factory.mktemp("many"), public=True)


# --- place and look ------------------------------------------------------------------


@pytest.mark.parametrize("which", ["full", "public"])
def test_summary_follows_the_minutes_table_with_its_heading_kept_with_it(request, which):
    """Issue 13, point 15: not forced onto a page of its own (which left most of the
    page before it blank), but its heading never parted from the table."""
    exported = request.getfixturevalue(which)
    body = _body(exported)
    tags = [child.tag for child in body]
    # ... minutes table, the summary's heading, the summary table, the section properties.
    assert tags[-4:] == [qn("w:tbl"), qn("w:p"), qn("w:tbl"), qn("w:sectPr")]
    minutes, heading, summary = body[-4], body[-3], body[-2]
    assert minutes.find("w:tblPr/w:tblCaption", NS).get(qn("w:val")) == "Minutes"
    assert p_text(heading) == HEADING
    assert heading.find("w:pPr/w:pStyle", NS).get(qn("w:val")) == "Heading1"
    assert heading.find("w:pPr/w:pageBreakBefore", NS) is None
    assert heading.find("w:pPr/w:keepNext", NS) is not None
    # Set apart from the minutes table by space, not by a page.
    assert int(heading.find("w:pPr/w:spacing", NS).get(qn("w:before"))) == 12 * 20
    assert all(r.find("w:rPr/w:b", NS) is not None for r in heading.findall("w:r", NS))
    caption = summary.find("w:tblPr/w:tblCaption", NS).get(qn("w:val"))
    assert caption == "Summary of actions arising"
    # No page break anywhere in the document.
    document = exported.part("word/document.xml")
    assert not document.findall(".//w:pageBreakBefore", NS)
    assert not document.findall(".//w:br[@w:type='page']", NS)


def test_heading_is_a_house_heading_1(full):
    document = full.document
    heading = next(p for p in document.paragraphs if p.text == HEADING)
    assert heading.style.name == "Heading 1"  # in Word's navigation pane, like the sections
    assert all(run.bold for run in heading.runs)


def test_rows_match_the_actions_in_order(full):
    meeting = sample_meeting()
    rows = rows_text(summary_table(full.document))
    assert rows == [
        LABELS,
        ["4a.1", "Provide the PCC with a briefing note on retail crime.", "ACC", "15 April 2031"],
        ["4a.2", "Share the retail forum minutes with the PCC.", "CC", "Next meeting"],
    ]
    actions = [action for _item, action in meeting.actions()]
    assert [row[1] for row in rows[1:]] == [action.text for action in actions]
    assert [row[2] for row in rows[1:]] == [action.owner for action in actions]


def test_many_actions_numbered_by_item_with_uk_dates(many):
    assert rows_text(summary_table(many.document)) == MANY_FULL


def test_the_minutes_still_hold_every_action_beside_its_owner(many):
    """The summary adds to the minutes table; it takes nothing out of it."""
    minutes = rows_text(minutes_table(many.document))
    for row in MANY_FULL[1:]:
        assert [row[1], row[2]] in [r[1:] for r in minutes], row


def test_header_row_repeats_and_no_row_splits(many):
    tbl = summary_table(many.document)
    rows = tbl.findall("w:tr", NS)
    assert len(rows) == len(MANY_FULL)
    first = rows[0]
    assert first.find("w:trPr/w:tblHeader", NS) is not None
    assert all(tr.find("w:trPr/w:tblHeader", NS) is None for tr in rows[1:])
    assert all(tr.find("w:trPr/w:cantSplit", NS) is not None for tr in rows)
    for tc in first.findall("w:tc", NS):
        assert tc.find("w:tcPr/w:shd", NS).get(qn("w:fill")) == HOUSE_STYLE.header_shading
        assert all(r.find("w:rPr/w:b", NS) is not None for r in tc.iter(qn("w:r")))
    for tr in rows[1:]:
        assert not list(tr.iter(qn("w:b")))  # only the heading row is bold
        owner = tr.findall("w:tc", NS)[2].find("w:p/w:pPr/w:jc", NS)
        assert owner is not None and owner.get(qn("w:val")) == "center"


def test_fixed_widths_that_line_up_with_the_minutes_table(many):
    document = many.document
    tbl = summary_table(document)
    assert tbl.find("w:tblPr/w:tblLayout", NS).get(qn("w:type")) == "fixed"
    expected = [_twips(cm) for cm in HOUSE_STYLE.summary_widths_cm]
    grid = [int(c.get(qn("w:w"))) for c in tbl.findall("w:tblGrid/w:gridCol", NS)]
    assert grid == expected
    for tr in tbl.findall("w:tr", NS):
        widths = [int(tc.find("w:tcPr/w:tcW", NS).get(qn("w:w"))) for tc in tr.findall("w:tc", NS)]
        assert widths == expected
    minutes = minutes_table(document)
    minutes_grid = [int(c.get(qn("w:w"))) for c in minutes.findall("w:tblGrid/w:gridCol", NS)]
    # Both add up to 16.5 cm; each column is rounded to whole twips on its own.
    assert sum(HOUSE_STYLE.summary_widths_cm) == sum(HOUSE_STYLE.minutes_widths_cm)
    assert abs(sum(grid) - sum(minutes_grid)) <= 2
    assert tbl.find("w:tblPr/w:tblW", NS).get(qn("w:w")) == str(sum(grid))
    text_width = (
        HOUSE_STYLE.page_width_cm - HOUSE_STYLE.margin_left_cm - HOUSE_STYLE.margin_right_cm
    )
    assert sum(HOUSE_STYLE.summary_widths_cm) <= text_width


# --- when there is nothing to summarise -----------------------------------------------


def test_no_actions_no_summary_and_no_page_break(tmp_path):
    meeting = sample_meeting()
    for item in meeting.walk_items():
        item.actions = []
    exported = export(meeting, tmp_path)
    document = exported.document
    assert summary_table(document) is None
    assert len(document.tables) == 2  # attendance, minutes
    xml = exported.part("word/document.xml")
    assert not xml.findall(".//w:pageBreakBefore", NS)
    assert HEADING not in "".join(xml.itertext())
    body = _body(exported)
    assert [child.tag for child in body[-2:]] == [qn("w:tbl"), qn("w:sectPr")]


def test_only_empty_actions_make_no_summary(tmp_path):
    meeting = sample_meeting()
    for item in meeting.walk_items():
        item.actions = []
    meeting.find_item("3").actions = [Action("  ", "CC")]
    assert action_summary(meeting, HOUSE_STYLE) == []
    assert summary_table(export(meeting, tmp_path).document) is None


def test_public_version_without_any_publishable_action(tmp_path):
    """Every action under a withheld item: the public version has no summary at all."""
    meeting = sample_meeting()
    meeting.find_item("4a").restricted = True
    exported = export(meeting, tmp_path, public=True)
    assert summary_table(exported.document) is None
    assert not exported.part("word/document.xml").findall(".//w:pageBreakBefore", NS)
    # ... while the full version still has one.
    assert summary_table(export(meeting, tmp_path).document) is not None


# --- the public version ----------------------------------------------------------------


def test_public_summary_leaves_out_withheld_actions(many_public):
    assert rows_text(summary_table(many_public.document)) == MANY_PUBLIC


def test_no_withheld_word_anywhere_in_the_public_package(many_public, tmp_path):
    _assert_nothing_survives(many_public, meeting_with_many_actions(), tmp_path)
    for name, data in many_public.parts().items():
        text = data.decode("utf-8", errors="replace").lower()
        for word in ("tarantula", "marmalade", "vetting", "appeals", "personnel"):
            assert word not in text, (name, word)


def test_public_summary_guard_works_without_the_redaction():
    """The walker's own guard, behind public.py: restricted items' actions never listed."""
    rows = action_summary(meeting_with_many_actions(), HOUSE_STYLE, public=True)
    assert [list(row) for row in rows] == MANY_PUBLIC


def test_redaction_log_names_the_items_whose_actions_went(many_public):
    withheld = many_public.report.withheld
    assert any(line.startswith("Item 4c ") for line in withheld)
    assert any(line.startswith("Item 5A ") for line in withheld)


# --- the house style decides -----------------------------------------------------------


def test_running_numbers_and_other_wording_from_the_house_style():
    style = HOUSE_STYLE.with_changes(
        summary_number_pattern="{running}",
        summary_no_due="—",
        summary_labels=("Ref", "What", "Who", "When"),
    )
    rows = action_summary(meeting_with_many_actions(), style)
    assert rows[0] == ("Ref", "What", "Who", "When")
    assert [row[0] for row in rows[1:]] == [str(n) for n in range(1, 9)]
    assert rows[2][3] == "—"
    style = HOUSE_STYLE.with_changes(summary_number_pattern="{item}/{index}")
    assert [row[0] for row in action_summary(sample_meeting(), style)[1:]] == ["4a/1", "4a/2"]


def test_items_without_a_number_and_numbers_with_a_full_stop():
    meeting = sample_meeting()
    meeting.items.insert(0, Item("", "Welcome", actions=[Action("Send the agenda.", "CEx")]))
    meeting.find_item("4a").number = "4a."
    rows = action_summary(meeting, HOUSE_STYLE)
    assert [row[0] for row in rows[1:]] == ["1", "4a.1", "4a.2"]


def test_heading_case_and_page_break_follow_the_house_style(tmp_path):
    from minutetaker.export import export_docx

    style = HOUSE_STYLE.with_changes(headings_in_capitals=False, summary_new_page=True)
    path = tmp_path / "restyled.docx"
    export_docx(sample_meeting(), path, style=style)
    exported = export(sample_meeting(), tmp_path)
    exported.path = path
    heading = _body(exported)[-3]
    assert p_text(heading) == "Summary of actions arising"
    assert heading.find("w:pPr/w:pageBreakBefore", NS) is not None  # an office may ask for it


def test_uk_dates():
    assert uk_date(dt.date(2031, 4, 15)) == "15 April 2031"
    assert uk_date(dt.date(2031, 9, 1)) == "1 September 2031"


def test_text_and_owner_are_cleaned(tmp_path):
    meeting = sample_meeting()
    meeting.find_item("3").actions = [Action("Two\vlines\x1b", " CC\a ", dt.date(2031, 4, 1))]
    rows = rows_text(summary_table(export(meeting, tmp_path).document))
    assert rows[1] == ["3.1", "Two\nlines", "CC", "1 April 2031"]


def test_what_is_listed_and_what_is_not():
    """Raised here: listed, even if discharged already; brought forward or next meeting: not."""
    meeting = sample_meeting()
    meeting.find_item("4a").actions[1].status = "discharged"
    meeting.find_item("1.2").actions = [Action("Chase the rural crime profile.", "CC")]
    rows = action_summary(meeting, HOUSE_STYLE)
    assert [row[:3] for row in rows[1:]] == [
        ("1.2.1", "Chase the rural crime profile.", "CC"),
        ("4a.1", "Provide the PCC with a briefing note on retail crime.", "ACC"),
        ("4a.2", "Share the retail forum minutes with the PCC.", "CC"),
    ]
    texts = " ".join(row[1] for row in rows)
    assert "rural crime problem profile" not in texts  # the brought-forward record itself
    assert "ALL" not in [row[2] for row in rows]  # the date of the next meeting
