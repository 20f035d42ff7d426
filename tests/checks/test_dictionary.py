"""The shipped en-GB dictionary, through the engine: British spellings known,
American ones flagged with the British form first."""

from __future__ import annotations

import pytest

from minutetaker.checks.british import british_forms
from minutetaker.checks.dictionary import Dictionary, DictionaryMissing, dictionary_path

BRITISH = [
    "organise",
    "organisation",
    "programme",
    "licence",
    "colour",
    "behaviour",
    "centre",
    "defence",
    "analyse",
    "travelled",
    "judgement",
    "catalogue",
    "ageing",
    "grey",
    "enrol",
    "fulfil",
    "whilst",
    "safeguarding",
    "cheque",
    "tyre",
]
AMERICAN = [
    ("organize", "organise"),
    ("organized", "organised"),
    ("Organization", "Organisation"),
    ("color", "colour"),
    ("colorful", "colourful"),
    ("neighborhood", "neighbourhood"),
    ("center", "centre"),
    ("centers", "centres"),
    ("analyze", "analyse"),
    ("defense", "defence"),
    ("offense", "offence"),
    ("traveled", "travelled"),
    ("canceled", "cancelled"),
    ("modeling", "modelling"),
    ("catalog", "catalogue"),
    ("judgment", "judgement"),
    ("aging", "ageing"),
    ("gray", "grey"),
    ("enroll", "enrol"),
    ("enrollment", "enrolment"),
    ("fulfill", "fulfil"),
    ("skillful", "skilful"),
    ("pediatric", "paediatric"),
    ("anesthetic", "anaesthetic"),
    ("maneuver", "manoeuvre"),
    ("favorable", "favourable"),
    ("skeptical", "sceptical"),
    ("aluminum", "aluminium"),
]


def test_the_dictionary_ships_with_its_licence():
    base = dictionary_path()
    assert base.with_suffix(".aff").is_file() and base.with_suffix(".dic").is_file()
    licence = base.parent / "en_GB-LICENSE.txt"
    assert "en_GB-ise" in licence.read_text(encoding="utf-8")


@pytest.mark.parametrize("word", BRITISH)
def test_british_spellings_are_known(dictionary, word):
    assert dictionary.knows(word)
    assert dictionary.knows(word.capitalize())  # at the start of a sentence
    assert dictionary.knows(word.upper())


@pytest.mark.parametrize(("american", "british"), AMERICAN)
def test_american_spellings_are_flagged_with_the_british_one_first(dictionary, american, british):
    assert not dictionary.knows(american)
    assert dictionary.suggest(american)[0] == british


def test_license_the_verb_is_british_too(dictionary):
    # "licence" is the noun, "license" the verb: both are right in Britain.
    assert dictionary.knows("licence") and dictionary.knows("license")


@pytest.mark.parametrize(
    ("slip", "meant"),
    [
        ("recieve", "receive"),
        ("occured", "occurred"),
        ("comittee", "committee"),
        ("goverment", "government"),
        ("acommodation", "accommodation"),
        ("teh", "the"),
        ("whihc", "which"),
    ],
)
def test_slips_get_the_word_meant_among_five_suggestions(dictionary, slip, meant):
    suggestions = dictionary.suggest(slip)
    assert not dictionary.knows(slip)
    assert meant in suggestions
    assert len(suggestions) <= 5


@pytest.mark.parametrize(
    ("slip", "meant"), [("akomodation", "accommodation"), ("Wensday", "Wednesday")]
)
def test_a_word_no_single_edit_mends_still_gets_suggestions(dictionary, slip, meant):
    # No single edit reaches a word ("Wens day" is no help): the n-gram search is asked.
    assert meant in dictionary.suggest(slip)


def test_suggestions_split_into_fragments_are_left_out(dictionary):
    # The engine offers "travel ed" for "traveled"; nobody means that.
    assert all(" " not in s and "-" not in s for s in dictionary.suggest("traveled"))


def test_british_forms_keep_the_capitals_of_the_word():
    assert british_forms("Organize")[0] == "Organise"
    assert "COLOUR" in british_forms("COLOR")


def test_a_missing_dictionary_is_one_clear_sentence(tmp_path):
    with pytest.raises(DictionaryMissing, match="reinstall"):
        Dictionary(tmp_path / "en_GB")


def test_only_numbers_can_be_compounds_in_the_shipped_dictionary():
    # The suggestions skip the engine's compound pass on words without a
    # digit: true only while the dictionary's compound rules join digits alone.
    base = dictionary_path()
    rules = [
        line.split()[1]
        for line in base.with_suffix(".aff").read_text(encoding="utf-8").splitlines()
        if line.startswith("COMPOUNDRULE ") and len(line.split()) > 1 and "*" in line
    ]
    assert rules, (
        "the dictionary has no compound rules any more: look at engine.skip_compound_pass again"
    )
    flags = {char for rule in rules for char in rule if char not in "*?()"}
    for line in base.with_suffix(".dic").read_text(encoding="utf-8").splitlines()[1:]:
        word, _, word_flags = line.partition("/")
        if flags & set(word_flags):
            assert any(char.isdigit() for char in word), word


def test_the_engines_parts_leave_the_cycle_collectors_rounds_when_made():
    """A full round of Python's cycle collector walks every container alive,
    holding the interpreter (the window's keys wait). The engine's parts, some
    200,000 containers kept until the program ends, are made and then left out
    of those rounds (issue 12, point 7)."""
    import gc

    dictionary = Dictionary()
    gc.collect()
    walked_before = len(gc.get_objects())
    dictionary.warm_up()
    assert dictionary.suggest("recieved")[0] == "received"  # the suggester and its index
    dictionary.knows("M54")  # (a word with a digit: the full engine is made)
    gc.collect()
    assert len(gc.get_objects()) - walked_before < 2_000


@pytest.mark.parametrize(
    ("slip", "meant"),
    [("wich", "which"), ("Wich", "Which"), ("wiht", "with"), ("fo", "of"), ("ot", "to")],
)
def test_a_slip_of_a_little_word_gets_that_word_first(dictionary, slip, meant):
    """Typed fast, "wich" means "which", not "winch": a slip one edit from one
    of the words most written (which, with, of, to) gets that word first, as
    Enter in the menu takes the first suggestion."""
    assert dictionary.suggest(slip)[0] == meant


def test_the_british_form_still_comes_before_a_little_word(dictionary):
    assert dictionary.suggest("color")[0] == "colour"
    assert dictionary.suggest("center")[0] == "centre"
