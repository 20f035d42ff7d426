"""The order of the notes, without opening a document."""

from __future__ import annotations

from minutetaker.export import HOUSE_STYLE
from minutetaker.export.walker import (
    BULLET,
    HEADING1,
    HEADING2,
    QUESTION,
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
    summary = [(r.number, r.action, r.paras[0].kind if r.paras else "") for r in rows[1:]]
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
