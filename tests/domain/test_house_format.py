"""The house format's words, as the export writes them and the reader finds them."""

from __future__ import annotations

import datetime as dt

import pytest

from minutetaker.domain import house_format as words


@pytest.mark.parametrize(
    ("typed", "agenda"),
    [
        (
            "CHIEF OFFICER MEETING / EXECUTIVE BOARD – UPDATE",
            "Chief officer meeting / executive board – update",
        ),
        (
            "Chief Officer Meeting & Executive Board - Update:",
            "Chief officer meeting / executive board – update",
        ),
        ("DELIVERY OF STRATEGIC INITIATIVES:", "Delivery of strategic initiatives"),
        (
            "Performance against the Police & Crime Plan",
            "Performance against the police and crime plan",
        ),
    ],
)
def test_headings_compare_whatever_the_case_punctuation_and_ampersand(typed, agenda):
    assert words.heading_key(typed) == words.heading_key(agenda)


def test_role_codes_in_brackets():
    assert words.split_role("Police and Crime Commissioner (PCC)") == (
        "Police and Crime Commissioner",
        "PCC",
    )
    assert words.split_role("Chief Executive (CEx)") == ("Chief Executive", "CEx")
    assert words.split_role("Deputy Chief Constable") == ("Deputy Chief Constable", "")
    assert words.split_role("Head of Finance (interim)") == ("Head of Finance (interim)", "")
    assert words.split_role("Observer (Press)") == ("Observer (Press)", "")  # one capital


def test_owner_codes():
    assert words.owner_codes("ACC") == ["ACC"]
    assert words.owner_codes(" CC / ACC ") == ["CC", "ACC"]
    assert words.owner_codes("CC & DCC") == ["CC", "DCC"]
    assert words.owner_codes("ALL") == ["ALL"]
    assert words.owner_codes("Noted") == []
    assert words.owner_codes("ACC to report") == []


def test_the_brought_forward_line():
    assert words.parse_brought_forward_line("1.2 - Action arising from the July 2017 meeting:") == (
        "1.2",
        dt.date(2017, 7, 1),
        "",
    )
    assert words.parse_brought_forward_line(
        "1.1 – Action arising from the January 2031 meeting:"
    ) == ("1.1", dt.date(2031, 1, 1), "")
    assert words.parse_brought_forward_line("Actions arising from the Sept 2017 meeting") == (
        None,
        dt.date(2017, 9, 1),
        "",
    )
    assert words.parse_brought_forward_line("1.3 – Action arising from an earlier meeting:") == (
        "1.3",
        None,
        "",
    )
    assert words.parse_brought_forward_line("Actions arising") is None
    line = words.brought_forward_line("1.1", dt.date(2017, 6, 20))
    assert line == "1.1 – Action arising from the June 2017 meeting:"
    assert words.parse_brought_forward_line(line)[:2] == ("1.1", dt.date(2017, 6, 1))


def test_the_brought_forward_line_naming_the_meeting_by_its_day():
    parse = words.parse_brought_forward_line
    assert parse("1.1 - Action arising from the meeting held in June 2017:") == (
        "1.1",
        dt.date(2017, 6, 1),
        "",
    )
    assert parse("1.2 Action arising from the meeting held on Tuesday 18th July 2017")[:2] == (
        "1.2",
        dt.date(2017, 7, 1),
    )
    assert parse("Action arising from the meeting of 18/07/2017:")[:2] == (
        None,
        dt.date(2017, 7, 1),
    )
    assert parse("Action arising from the 18.07.17 meeting")[:2] == (None, dt.date(2017, 7, 1))
    assert parse("Action arising from the meeting of 18/13/2017") is None


def test_the_not_for_publication_label():
    assert words.restricted_label("operationally sensitive") == (
        "Not for publication: operationally sensitive"
    )
    assert words.restricted_label("") == "Not for publication"
    assert words.parse_restricted_label("Not for publication: names a witness") == "names a witness"
    assert words.parse_restricted_label("NOT FOR PUBLICATION") == ""
    assert words.parse_restricted_label("[Not for publication – personnel]") == "personnel"
    assert words.parse_restricted_label("This is not for publication yet") is None


def test_decisions_and_labels():
    assert words.parse_decision("Decision: Discharged.") == "discharged"
    assert (
        words.parse_decision("Decision: Carried forward to the next meeting.") == "carried forward"
    )
    assert words.parse_decision("Decision was taken") is None
    assert words.is_label("FINDINGS", "Findings:")
    assert words.is_label("Update:", "Update")
    assert not words.is_label("Updates on the plan", "Update")
