"""Personal data written the other ways minutes write it, found; the names of
bodies and laws that look like names, not. Each case was missed (or wrongly
found) when issue 15 was checked from the command line with planted data."""

from __future__ import annotations

import pytest

from minutetaker.checks.personal import find_personal_data
from minutetaker.domain.model import Block
from tests.samples import sample_meeting


def _found(text: str) -> set[tuple[str, str]]:
    meeting = sample_meeting()
    meeting.find_item("5").blocks = [Block("paragraph", text)]
    return {(f.kind, f.text) for f in find_personal_data(meeting) if f.item_number == "5"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A caller gave a date of birth of 4th June 1968.",
            {("birth_date", "date of birth of 4th June 1968")},
        ),
        ("Her date of birth is 4 June 1968.", {("birth_date", "date of birth is 4 June 1968")}),
        (
            "He was born on the 3rd of March 1975.",
            {("birth_date", "born on the 3rd of March 1975")},
        ),
        ("The DOB given was 14/02/1986.", {("birth_date", "DOB given was 14/02/1986")}),
    ],
)
def test_a_date_of_birth_written_in_words_is_found(text, expected):
    assert _found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Niche forces number occurrences by force, year and a running number.
        ("The occurrence reference is 31000123456.", {("reference", "31000123456")}),
        ("Crime reference number 31*123456/26 was given.", {("reference", "31*123456/26")}),
        ("Incident log 456 of 12 May 2031 refers.", {("reference", "456 of 12 May 2031")}),
        ("CRIS 1234567/31 was raised.", {("reference", "1234567/31")}),
    ],
)
def test_crime_and_incident_references_in_other_forces_forms_are_found(text, expected):
    assert _found(text) == expected


def test_a_phone_number_dialled_from_abroad_with_0044_is_found():
    assert _found("Call 0044 7700 900123 from abroad.") == {("phone", "0044 7700 900123")}


def test_the_name_after_a_collar_number_is_found_too():
    assert _found("A victim was visited by PC 2231 Jenkins on Friday.") == {
        ("collar", "PC 2231"),
        ("name", "Jenkins"),
    }
    assert _found("PC 1234 and PCSO 5678 attended.") == {
        ("collar", "PC 1234"),
        ("collar", "PCSO 5678"),
    }


@pytest.mark.parametrize(
    "text",
    [
        "Multi Agency Public Protection Arrangements (MAPPA) were reviewed.",
        "Integrated Offender Management (IOM) and Violence Against Women and Girls (VAWG).",
        "Disclosures under Clare's Law and Sarah's Law rose in the quarter.",
    ],
)
def test_bodies_written_out_before_their_acronym_and_laws_named_after_people_are_not_names(
    text,
):
    assert _found(text) == set()


@pytest.mark.parametrize(
    "text",
    [
        "The incident of 2019 was reviewed by the panel.",
        "A log of 1234 calls was kept over the weekend.",
        "She was born in Kingsford and raised in Eastport.",
    ],
)
def test_a_year_or_a_count_after_those_words_is_not_a_reference_or_a_birth(text):
    assert _found(text) == set()


def test_a_person_named_with_their_initials_in_brackets_is_still_a_name():
    assert _found("Jane Ann Doe (JAD) and Mr Kofi Boateng (MKB) spoke.") == {
        ("name", "Jane Ann Doe"),
        ("name", "Mr Kofi Boateng"),
    }
