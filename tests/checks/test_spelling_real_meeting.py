"""Spelling on a fictional meeting typed as a force's minutes are typed (real British
towns and counties, a headquarters, councillors and ranks written
short), with the slips issue 16 names planted in it. Checked from the command
line, every town of the real sample was flagged, each time it was written, and
"program" (for the British "programme") and "license" as a noun were not."""

from __future__ import annotations

import pytest

from minutetaker.checks.spelling import Room, SpellChecker, spelling_findings
from minutetaker.domain.model import Block
from tests.samples import sample_meeting

REAL_PLACES = (
    "Telford and Shropshire resources are shared with Warwickshire and Herefordshire; "
    "the Kidderminster, Redditch, Bromsgrove and Malvern teams met at Hindlip. "
    "The force's approach was compared with Worcester, Shrewsbury and Ludlow. "
    "Cllr Patel, Det Supt Hughes and Insp Rowe attended; Cllrs were briefed."
)


def _findings(*texts: str) -> list[tuple[str, tuple[str, ...]]]:
    meeting = sample_meeting()
    meeting.find_item("5").blocks = [Block("paragraph", text) for text in texts]
    checker = SpellChecker(room=Room.of_meeting(meeting))
    return [
        (f.text, f.suggestions) for f in spelling_findings(meeting, checker) if f.item_number == "5"
    ]


def test_a_real_forces_places_and_the_ranks_written_short_are_not_flagged():
    assert _findings(REAL_PLACES) == []


def test_a_place_is_right_only_with_its_capital_and_a_capitalised_slip_is_still_found():
    found = dict(_findings("The telford team and the Commisioner's Recieved Wisdom."))
    assert set(found) == {"telford", "Commisioner's", "Recieved"}
    assert found["Commisioner's"][0] == "Commissioner's"
    assert found["Recieved"][0] == "Received"


@pytest.mark.parametrize(
    ("text", "slip", "first"),
    [
        ("The force's inspection program was agreed.", "program", "programme"),
        ("Two programs of work will report in May.", "programs", "programmes"),
        ("Program leads will meet the PCC.", "Program", "Programme"),
        ("His driving license was revoked.", "license", "licence"),
        ("The premises license holder was warned.", "license", "licence"),
        ("A license fee was paid.", "license", "licence"),
        ("Three licenses were reviewed.", "licenses", "licences"),
    ],
)
def test_program_and_license_as_a_noun_are_found_with_the_british_form_first(text, slip, first):
    found = _findings(text)
    assert [word for word, _ in found] == [slip]
    assert found[0][1][0] == first


@pytest.mark.parametrize(
    "text",
    [
        "A computer program was written to match the records.",
        "The software program flags repeat callers.",
        "The council will license the premises next month.",
        "Licensed premises and licensing hours were discussed.",
        "They were licensed to carry firearms; the programme ends in June.",
    ],
)
def test_program_for_a_computer_and_license_the_verb_are_right(text):
    assert _findings(text) == []


@pytest.mark.parametrize(
    ("slip", "first"),
    [
        ("organize", "organise"),
        ("color", "colour"),
        ("center", "centre"),
        ("occured", "occurred"),
        ("committtee", "committee"),
        ("teh", "the"),
        ("recieve", "receive"),
        ("Commisioner", "Commissioner"),
    ],
)
def test_the_slips_the_issue_names_are_found_with_a_sensible_first_suggestion(slip, first):
    found = _findings(f"The panel noted that {slip} was written here.")
    assert [word for word, _ in found] == [slip]
    assert found[0][1][0] == first
