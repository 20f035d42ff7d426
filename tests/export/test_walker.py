"""The order of the notes, without opening a document."""

from __future__ import annotations

from minutetaker.domain.model import Block
from minutetaker.export import HOUSE_STYLE
from minutetaker.export.walker import (
    BULLET,
    HEADING1,
    HEADING2,
    QUESTION,
    RESTRICTED,
    SUBHEADING,
    TEXT,
    WITHHELD,
    attendance_rows,
    details,
    minutes_rows,
    title_text,
)
from tests.samples import sample_meeting


def test_title_and_details():
    meeting = sample_meeting()
    assert (
        title_text(meeting, HOUSE_STYLE) == "Monthly Assurance Meeting March 2031 – Meeting Notes"
    )
    meeting.chair = ""
    labels = [label for label, _ in details(meeting, HOUSE_STYLE)]
    assert labels == ["Date:", "Minutes:", "Venue:"]  # a line with nothing to say is left out


def test_absent_people_are_not_listed():
    meeting = sample_meeting()
    meeting.people[1].attendance = "absent"
    names = [row[1] for row in attendance_rows(meeting, HOUSE_STYLE)]
    assert "Jo Whitcombe" not in names
    meeting.people = []
    assert attendance_rows(meeting, HOUSE_STYLE) == []


def test_rows_in_agenda_order_with_actions_after_their_item():
    rows = list(minutes_rows(sample_meeting(), HOUSE_STYLE))
    assert rows[0].header and rows[0].action == "ACTION"
    summary = [(r.number, r.action, _first_kind(r)) for r in rows[1:]]
    assert summary == [
        ("1", "", HEADING1),
        ("1.1", "", HEADING2),
        ("1.2", "", HEADING2),
        ("2", "", HEADING1),
        ("3", "", HEADING1),
        ("4", "", HEADING1),
        ("4a", "", HEADING2),
        ("", "ACC", "text"),
        ("", "CC", "text"),
        ("4b", "", HEADING2),
        ("4c", "", HEADING2),
        ("5", "", HEADING1),
        ("6", "ALL", HEADING1),
    ]
    kinds = [p.kind for p in rows[7].paras]
    assert kinds.count(QUESTION) == 2 and kinds.count(BULLET) == 2


def _first_kind(row) -> str:
    """The kind of the row's first paragraph after any "Not for publication" label."""
    kinds = [p.kind for p in row.paras if p.kind != RESTRICTED]
    return kinds[0] if kinds else ""


def test_public_rows_skip_restricted_even_without_redaction():
    """The walker's own guard, behind the redaction in public.py."""
    rows = list(minutes_rows(sample_meeting(), HOUSE_STYLE, public=True))
    withheld = next(r for r in rows if r.number == "4c")
    assert [p.kind for p in withheld.paras] == [WITHHELD]
    texts = [p.text for r in rows for p in r.paras]
    assert "A police horse was injured on duty." not in texts


def test_headings_keep_their_case_when_the_house_style_says_so():
    style = HOUSE_STYLE.with_changes(headings_in_capitals=False, action_heading="Action")
    rows = list(minutes_rows(sample_meeting(), style))
    assert rows[0].action == "Action"
    assert rows[1].paras[0].text == "Outstanding matters / items brought forward"


def _paras_of(rows, number):
    return next(r for r in rows if r.number == number).paras


def test_findings_are_labelled_unless_they_already_begin_with_the_label():
    """Issue 13, point 13: "Findings:" under each question, as the house format's
    bold sub-heading; a label the notes already hold is not printed twice."""
    meeting = sample_meeting()
    meeting.find_item("4a").blocks.append(Block("question", "Any news on the depot?", "3"))
    paras = _paras_of(list(minutes_rows(meeting, HOUSE_STYLE)), "4a")
    shown = [(p.kind, p.text, p.generated) for p in paras if p.kind in (QUESTION, SUBHEADING)]
    assert shown == [
        (QUESTION, "Can the CC explain the rise in shoplifting in Eastport?", False),
        (SUBHEADING, "Findings:", False),  # typed in the notes: printed once, as typed
        (QUESTION, "Is the CC confident partners are engaged?", False),
        (SUBHEADING, "Findings:", True),  # added by the export
        (SUBHEADING, "Actions arising", False),
        (QUESTION, "Any news on the depot?", False),  # no findings: nothing to label
    ]
    after = paras.index(next(p for p in paras if p.generated))
    assert (paras[after + 1].kind, paras[after + 1].text) == (
        TEXT,
        "A retail crime forum meets monthly.",
    )


def test_the_date_of_the_next_meeting_is_not_printed_twice():
    """Issue 13, point 14: a note identical to the generated line is left out."""
    meeting = sample_meeting()
    item = meeting.find_item("6")
    item.blocks = [
        Block("paragraph", "10:30 on 15 April 2031"),
        Block("paragraph", "10:30 on 15 April 2031."),
        Block("paragraph", "At the Kingsford fire station."),
    ]
    rows = list(minutes_rows(meeting, HOUSE_STYLE))
    texts = [p.text for r in rows for p in r.paras]
    assert texts.count("10:30 on 15 April 2031") == 1
    assert "10:30 on 15 April 2031." not in texts
    assert "At the Kingsford fire station." in texts


def test_the_full_version_labels_what_the_public_one_leaves_out():
    full = list(minutes_rows(sample_meeting(), HOUSE_STYLE))
    item2 = [(p.kind, p.text) for p in _paras_of(full, "2")]
    assert item2[-2:] == [
        (RESTRICTED, "Not for publication: operationally sensitive"),
        (BULLET, "A police horse was injured on duty."),
    ]
    # A restricted item: the label above its heading.
    item4c = [(p.kind, p.text) for p in _paras_of(full, "4c")]
    assert item4c[:2] == [
        (RESTRICTED, "Not for publication: draft inspection findings"),
        (
            HEADING2,
            "HMIC INSPECTION PROGRAMME / MATTERS ARISING FROM THE SERVICE IMPROVEMENT BOARD (SIB)",
        ),
    ]
    public = list(minutes_rows(sample_meeting(), HOUSE_STYLE, public=True))
    assert not [p for r in public for p in r.paras if p.kind == RESTRICTED]
