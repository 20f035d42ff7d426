"""The check before publishing finds personal data in the paragraphs the public
version would contain, and nothing in attendees, role codes, places, bodies or
withheld paragraphs."""

from __future__ import annotations

import datetime as dt

import pytest

from minutetaker.checks.personal import find_personal_data, public_passages
from minutetaker.domain.model import Block, Item, Meeting, MinuteTaker, Person
from tests.checks.planted_personal import PLANTED, planted_meeting
from tests.samples import sample_meeting


def _found(meeting, **kwargs) -> set[tuple[str, str]]:
    return {(f.kind, f.text) for f in find_personal_data(meeting, **kwargs)}


def test_every_planted_item_is_found_and_nothing_else():
    assert _found(planted_meeting()) == PLANTED


def test_nothing_is_looked_at_in_what_the_public_version_withholds():
    findings = find_personal_data(planted_meeting())
    said = " ".join(f.text + " " + f.excerpt for f in findings)
    for secret in ("Farrow", "Pelham", "900111", "900222", "900333", "NS2 5PL", "1970"):
        assert secret not in said
    texts = " ".join(p.text for p in public_passages(planted_meeting()))
    assert "Farrow" not in texts and "custody suites" not in texts


def test_each_finding_says_where_it_stands():
    by_text = {f.text: f for f in find_personal_data(planted_meeting())}
    harlow = by_text["DC Harlow"]
    assert (harlow.item_number, harlow.place) == ("4a", (1, 3))  # question 1's 4th finding
    assert harlow.excerpt.startswith("DC Harlow stopped a van")
    assert by_text["07700 900456"].place == ()  # in an action
    assert by_text["Tobias Wrenfield"].excerpt == (
        "The death of Tobias Wrenfield in Kingsford is under investigation…"
    )
    assert by_text["Sarah Green"].key == "name|4a|Sarah Green"
    assert by_text["Sarah Green"].to_json() == {
        "item_number": "4a",
        "kind": "name",
        "text": "Sarah Green",
        "excerpt": by_text["Sarah Green"].excerpt,
    }


def test_the_people_of_the_meeting_and_their_role_codes_are_never_findings():
    meeting = sample_meeting()
    meeting.find_item("5").blocks = [
        Block("paragraph", text)
        for text in (
            "Alex Marsh thanked Jo Whitcombe; Mr Marsh and Ms Whitcombe will write to staff.",
            "Dana Okafor's team briefed Rhys Llewellyn. Chief Constable Dana Okafor agreed.",
            "Priya Sandhu sent apologies; DCC Sandhu will be briefed by the ACC.",
            "Sam Petrie will circulate the notes. Alex will chair the next meeting.",
            "The PCC, CEx, CC, DCC and ACC agreed; ALL to attend.",
        )
    ]
    assert _found(meeting) == set()


def test_places_bodies_posts_and_sentence_starts_are_not_names():
    meeting = sample_meeting()
    meeting.find_item("4a").blocks = [
        Block("paragraph", text)
        for text in (
            "Following the July meeting the PCC had received a comprehensive update from the "
            "Chief Superintendent and three Operational Control Centre business area leads.",
            "Performance in Westhaven has shown a recent decline, whereas Northshire had started "
            "to improve across West Northshire and the Marlow Vale policing area.",
            "The IOPC investigation is ongoing. A critical incident management meeting (CIMM) "
            "is running to ensure all processes are in place.",
            "Reforming Northshire – 999 call handling was discussed with the Force Crime "
            "Registrar and the Rape and Serious Sexual Offences Group (RASSO).",
            "Comparison data for Eastport shows it to be an outlier per 1000 of population.",
            "The CC referred to feedback on the recent HMICFRS PEEL Legitimacy and Efficiency "
            "inspection, and met the five Northshire entrants on the Police Now programme run "
            "by Kingsford University.",
            "Telford's crime figures were compared with England and Wales; Smartwater kits "
            "were given out in Hollins Cross by the Safer Neighbourhood Team.",
            "Total recorded crime rose by 4% since April 2031; 101 and 999 calls were answered "
            "within 10 seconds, and the M5 junction 6 and the A46 were closed on 12/03/2031.",
            "Victoria Street and Alexandra Park will get new CCTV; the Home Office grant of "
            "£1.2m covers s31 and s40 requests too.",
            "Will the CC provide clarity? Grace periods apply. May Day events went well.",
            "Update",
            "Findings:",
        )
    ]
    assert _found(meeting) == set()


def test_a_real_stranger_in_the_notes_is_a_name():
    meeting = sample_meeting()
    meeting.find_item("2").blocks.append(
        Block("bullet", "The IOPC investigation into the death of Dalian Okonjo is ongoing.")
    )
    assert _found(meeting) == {("name", "Dalian Okonjo")}


def test_the_office_known_terms_are_never_names():
    meeting = sample_meeting()
    meeting.find_item("5").blocks.append(
        Block("paragraph", "The hub in Milton Keynes opened; Tobias Wrenfield visited.")
    )
    assert _found(meeting) == {("name", "Milton Keynes"), ("name", "Tobias Wrenfield")}
    assert _found(meeting, known_terms=["Milton Keynes"]) == {("name", "Tobias Wrenfield")}
    assert _found(meeting, known_terms=["Keynes"]) == {("name", "Tobias Wrenfield")}


@pytest.mark.parametrize(
    "text",
    [
        "Call 101 or 999; 0800 123 is not a number; per 1000 people; 40% in 2031.",
        "The meeting of 18/03/2031 and the review of 01/04/2024 were noted.",  # recent dates
        "Item 4a, room 2, 10:30, s31, A46, M5, CC 12, £1,200 and 3,000 officers.",
        "The hotline 0113 496 00 has too few digits; 01632 9601234567 has too many.",
    ],
)
def test_ordinary_numbers_are_not_personal_data(text):
    meeting = sample_meeting()
    meeting.find_item("5").blocks = [Block("paragraph", text)]
    assert _found(meeting) == set()


def test_a_meeting_shaped_like_the_real_sample_flags_only_the_stranger():
    people = [
        Person("Morgan Tate", "Police and Crime Commissioner", "PCC"),
        Person("Ashok Varma", "Chief Executive for the Police and Crime Commissioner", "CEx"),
        Person("Helen Quarry", "Chief Constable", "CC"),
        Person("Gwilym Rees", "Assistant Chief Constable Local Policing", "ACC"),
        Person("Bryony Cole", "Deputy Police and Crime Commissioner", "DPCC", "apologies"),
    ]
    paragraphs = [
        "Following the June meeting the PCC had received a comprehensive update from the Chief "
        "Superintendent and was reassured by the update provided.",
        "In recent weeks performance had shown improvement, in part because demand levels had "
        "dropped. Performance in Westshire has shown a recent decline.",
        "A high value cash machine burglary had occurred in Marlow Vale. The CC was to receive "
        "a full briefing.",
        "The IOPC investigation into the death of Dalian Okonjo is ongoing.",
        "Executive Board – The force are receiving enquiries into the sale of the NS1 number "
        "plate, which are being passed to the PCC's office.",
        "Comparison data for the Northshire – Eastport area shows an outlier per 1000 of "
        "population. Telford stands out on a crime per thousand population basis.",
        "Since 2030 the Force Crime Registrar has closely scrutinised recording and it is the "
        "role of the Deputy Chief Constable to determine whether an allegation is a crime.",
        "Rape and other sexual offences are monitored by the Rape and Serious Sexual Offences "
        "Group (RASSO) with local detective chief inspectors (DCIs) directly involved.",
        "The CC was to meet the five Northshire entrants on the Police Now talent programme "
        "run by Kingsford University. Participants attend an academy in London.",
        "The PCC's fire governance consultation ends on the 11th September.",
    ]
    meeting = Meeting(
        title="Monthly Assurance Meeting",
        date=dt.date(2031, 8, 19),
        venue="PCC Conference Room – Hollins Cross",
        chair="Morgan Tate",
        minute_taker=MinuteTaker("Lou Brennan", "Policy Officer, OPCC"),
        people=people,
        items=[
            Item(
                "4a",
                "Performance against the police and crime plan",
                topic="Building a more secure Northshire – Eastport",
                blocks=[Block("paragraph", p) for p in paragraphs],
            )
        ],
    )
    assert _found(meeting) == {("name", "Dalian Okonjo")}


def test_the_demo_archive_has_nothing_to_flag(tmp_path):
    from minutetaker.demo import fill_demo
    from minutetaker.store import Archive

    with Archive.open(tmp_path) as archive:
        fill_demo(archive, meetings=12)
        found = [
            (summary.date, f.text)
            for summary in archive.list_meetings()
            for f in find_personal_data(archive.load_meeting(summary.id))
        ]
    assert found == []
