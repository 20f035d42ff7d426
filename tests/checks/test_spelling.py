"""The spell check that knows the room, on a meeting with planted slips."""

from __future__ import annotations

import pytest

from minutetaker.checks.spelling import Room, SpellChecker, excerpt, spelling_findings
from tests.checks.planted import AMERICAN, CODES, ROOM_WORDS, SLIPS, planted_meeting

OFFICE = ["Northshire", "Kingsford"]


@pytest.fixture
def meeting():
    return planted_meeting()


@pytest.fixture
def checker(dictionary, meeting):
    return SpellChecker(dictionary, Room.of_meeting(meeting, office_words=OFFICE))


def test_every_planted_slip_is_found_in_its_item_and_nothing_else(meeting, checker):
    found = [(f.text, f.item_number) for f in spelling_findings(meeting, checker)]
    planted = [(slip, item) for slip, _, item in SLIPS]
    assert sorted(found) == sorted(planted)


def test_each_slip_is_offered_the_word_meant(meeting, checker):
    by_word = {f.text: f for f in spelling_findings(meeting, checker)}
    for slip, meant, _ in SLIPS:
        assert meant in by_word[slip].suggestions, slip
        assert len(by_word[slip].suggestions) <= 5
    for slip, british, _ in AMERICAN:
        assert by_word[slip].suggestions[0] == british, slip


def test_findings_are_spelling_findings_with_an_excerpt(meeting, checker):
    finding = next(f for f in spelling_findings(meeting, checker) if f.text == "whihc")
    assert finding.kind == "spelling"
    assert finding.item_number == "4a"
    assert "CSE reports, whihc follow the" in finding.excerpt
    assert finding.to_json()["suggestions"][0] == "which"


def test_names_places_codes_and_acronyms_of_the_room_are_never_flagged(meeting, checker):
    flagged = {f.text for f in spelling_findings(meeting, checker)}
    for word in ROOM_WORDS + CODES:
        assert word not in flagged
        assert not checker.is_misspelt(word), word
    # the room's words in other shapes: possessive, curly apostrophe, other case
    for word in ("Yelverton’s", "Okonkwo-Reid's", "ELMSTEAD", "fforde", "Brackenwell's"):
        assert not checker.is_misspelt(word), word


def test_without_the_office_dictionary_the_force_and_its_towns_are_flagged(meeting, dictionary):
    bare = SpellChecker(dictionary, Room.of_meeting(meeting))
    flagged = {f.text for f in spelling_findings(meeting, bare)}
    assert "Northshire" in flagged
    # Kingsford is also a real place (Worcestershire, Fife): the shipped proper
    # nouns know it, with its possessive.
    assert not {"Kingsford", "Kingsford's"} & flagged


def test_a_word_ignored_in_this_meeting_is_not_flagged(meeting, dictionary):
    room = Room.of_meeting(meeting, office_words=OFFICE, ignored_words=["tommorow"])
    flagged = {f.text for f in spelling_findings(meeting, SpellChecker(dictionary, room))}
    assert "tommorow" not in flagged
    assert "untill" in flagged


def test_spans_of_a_paragraph_as_the_highlighter_wants_them(dictionary):
    checker = SpellChecker(dictionary, Room.of("Telford"))
    text = "Telford’s CEx recieved the e-mail from www.example.org about a self-harn case."
    spans = checker.misspelt_spans(text)
    assert [text[s.start : s.end] for s in spans] == ["recieved", "harn"]


def test_changing_the_room_changes_the_verdicts(dictionary):
    checker = SpellChecker(dictionary)
    assert checker.is_misspelt("Smartwater")
    checker.set_room(Room.of("Smartwater"))
    assert not checker.is_misspelt("Smartwater")


def test_single_letters_and_accented_words(dictionary):
    checker = SpellChecker(dictionary)
    assert checker.misspelt_spans("items (a), (b) and (c) were noted at the café") == []


def test_suggestions_for_a_possessive_keep_the_apostrophe(dictionary):
    checker = SpellChecker(dictionary)
    assert checker.suggestions("goverment's")[0] == "government's"


@pytest.mark.parametrize(
    ("text", "word", "quoted"),
    [
        ("The PCC had recieved the briefing.", "recieved", "The PCC had recieved the briefing."),
        (
            "one two three four five six seven oppaged eight nine ten eleven twelve thirteen",
            "oppaged",
            "…three four five six seven oppaged eight nine ten eleven twelve…",
        ),
        ("partners are sufficiently oppaged.", "oppaged", "partners are sufficiently oppaged."),
    ],
)
def test_the_excerpt_quotes_the_words_around(text, word, quoted):
    start = text.index(word)
    assert excerpt(text, start, start + len(word)) == quoted


def test_police_governance_words_the_dictionary_lacks_are_known(dictionary):
    checker = SpellChecker(dictionary)
    text = "Wellbeing of unresourced frontline teams; the cyber workstream's underspend."
    assert not dictionary.knows("wellbeing")  # the dictionary alone would flag it
    assert checker.misspelt_spans(text) == []
    assert checker.is_misspelt("wellbeeing")


# A slip typed with a capital (at a sentence's start, say) is offered what its
# lower-case form is, with the capital: "Teh" -> "The", not "Eh", "Th", "Te".
CAPITALISED = [("Teh", "The"), ("Recieved", "Received"), ("Comissioner", "Commissioner"),
               ("Thier", "Their"), ("Adn", "And"), ("Hte", "The"), ("Polcie", "Police")]  # fmt: skip


@pytest.mark.parametrize(("slip", "meant"), CAPITALISED)
def test_a_capitalised_slip_is_offered_the_word_meant_with_its_capital_first(
    dictionary, slip, meant
):
    checker = SpellChecker(dictionary)
    assert checker.is_misspelt(slip)
    offered = checker.suggestions(slip)
    assert offered[0] == meant, offered
    assert len(offered) <= 5
    assert all(word[:1].isupper() for word in offered), offered
    # in the findings of a meeting, as `check` and the window's menu give them
    meeting = planted_meeting()
    meeting.items[0].topic = f"{slip} meeting opened on time."
    found = [f for f in spelling_findings(meeting, checker) if f.text == slip]
    assert found and found[0].suggestions[0] == meant


@pytest.mark.parametrize(("slip", "meant"), CAPITALISED)
def test_a_slip_in_capitals_is_offered_the_word_meant_in_capitals(dictionary, slip, meant):
    offered = SpellChecker(dictionary).suggestions(slip.upper())
    assert offered[0] == meant.upper(), offered
    assert all(word.isupper() for word in offered), offered


def test_a_capitalised_possessive_keeps_its_capital_and_apostrophe(dictionary):
    assert SpellChecker(dictionary).suggestions("Comissioner's")[0] == "Commissioner's"
