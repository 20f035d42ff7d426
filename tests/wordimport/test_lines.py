"""What a line looks like: typed bullets, typed numbers, questions run together."""

from __future__ import annotations

from minutetaker.wordimport.lines import (
    sentence_case,
    split_run_on_questions,
    typed_number,
    without_bullet,
    without_number,
)


def test_typed_bullets_come_off():
    for typed in ("• Text", "•Text", "- Text", "– Text", "* Text", "o\tText", "▪ Text"):
        assert without_bullet(typed) == "Text", typed
    assert without_bullet("-5 degrees") == "-5 degrees"


def test_typed_numbers():
    assert [
        typed_number(t)
        for t in ("1. Can", "1.Can", "2) Is", "(3) Are", "Q4. Is", "Question 5: Can")
    ] == ["1", "1", "2", "3", "4", "5"]
    assert typed_number("1.2 - Action arising") == ""
    assert typed_number("10:30 on 26 September") == ""
    assert without_number("6. Can the CC provide clarity?") == "Can the CC provide clarity?"


def test_questions_run_together_are_split():
    assert split_run_on_questions("1.Can the CC explain?2.Do the Force know?") == [
        "1.Can the CC explain?",
        "2.Do the Force know?",
    ]
    assert split_run_on_questions("1. Can the CC explain?\n2. Do the Force know?") == [
        "1. Can the CC explain?",
        "2. Do the Force know?",
    ]
    assert split_run_on_questions("1. Can the CC explain\nwhy it rose?") == [
        "1. Can the CC explain\nwhy it rose?"
    ]


def test_headings_in_capitals_in_sentence_case():
    assert sentence_case("DELIVERY OF STRATEGIC INITIATIVES") == "Delivery of strategic initiatives"
    assert (
        sentence_case("MATTERS ARISING FROM THE BOARD (SIB)")
        == "Matters arising from the board (SIB)"
    )
    assert sentence_case("Already Mixed Case") == "Already Mixed Case"


def test_after_a_full_stop_only_the_next_number_in_turn_starts_a_question():
    assert split_run_on_questions("1.Can the CC explain? Findings: It rose.2.How is it used?") == [
        "1.Can the CC explain? Findings: It rose.",
        "2.How is it used?",
    ]
    assert split_run_on_questions("1. Can the CC explain? It rose by 12. The rest fell.") == [
        "1. Can the CC explain? It rose by 12. The rest fell."
    ]
