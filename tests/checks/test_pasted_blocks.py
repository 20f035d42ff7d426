"""A pasted block is checked in time that grows with it, never with its square.

Found replaying issue 11 against `minutetaker check`: a run of 100,000 letters
with no space (a pasted code, or a paragraph in a language written without
spaces) kept the check busy for over ten minutes, because the engine's
suggestions grow faster than the square of a word's length (320 letters: 6 to
15 s); and every finding quoted its words from a split of the whole paragraph
before it, so a misspelling repeated through a 100 KB paste took 8 s. No time
limits here (benchmarks/ measures): these pin what makes it linear."""

from __future__ import annotations

import datetime as dt
import random
import sys

import pytest

from minutetaker.checks.dictionary import Dictionary
from minutetaker.checks.personal import find_personal_data
from minutetaker.checks.spelling import SpellChecker, excerpt
from minutetaker.checks.words import LONGEST_WORD
from minutetaker.domain.model import Block, Item, Meeting


@pytest.mark.parametrize(
    "run", ["x" * 100_000, "警察" * 200, "abcdefgh" * 6, "Q" + "z" * LONGEST_WORD]
)
def test_a_run_of_letters_longer_than_any_word_is_not_judged(dictionary, run):
    checker = SpellChecker(dictionary)
    assert not checker.is_misspelt(run)
    text = f"The {run} was pasted; the custdy suite was full."
    assert [t.text for t in checker.misspellings(text)] == ["custdy"]


@pytest.mark.parametrize(
    "run", ["x-" * 500_000, "well-" + "y" * 100_000, "-".join(["custdy"] * 10)]
)
def test_a_long_hyphenated_run_is_judged_by_its_parts(dictionary, run):
    checker = SpellChecker(dictionary)
    found = [t.text for t in checker.misspellings(f"A {run} here.")]
    assert found == ["custdy"] * 10 if "custdy" in run else found == []


def test_a_word_as_long_as_the_longest_is_still_judged(dictionary):
    checker = SpellChecker(dictionary)
    assert checker.is_misspelt("z" * LONGEST_WORD)
    assert not checker.is_misspelt("electroencephalographic")  # 23 letters, in the dictionary


def test_the_engine_is_never_asked_to_suggest_for_a_long_run(monkeypatch):
    words = Dictionary()

    def asked(word, *args, **kwargs):
        raise AssertionError(f"the engine was asked about {len(word)} letters")

    monkeypatch.setattr(words, "_suggester_for", asked)
    assert words.suggest("q" * (LONGEST_WORD + 1)) == []


class _Watched(str):
    """A paragraph that notes how many characters each slice of it takes."""

    largest = 0

    def __getitem__(self, key):
        got = str.__getitem__(self, key)
        if isinstance(key, slice):
            _Watched.largest = max(_Watched.largest, len(got))
        return got


def test_an_excerpt_reads_only_the_words_around_its_word():
    text = "custody suite " * 400_000 + "custdy " + "patrol " * 10
    start = text.index("custdy")
    _Watched.largest = 0
    quoted = excerpt(_Watched(text), start, start + len("custdy"))
    assert quoted == "…suite custody suite custody suite custdy patrol patrol patrol patrol patrol…"
    assert _Watched.largest < 10_000, _Watched.largest  # not the 5.6 MB before it


def _plain_excerpt(text: str, start: int, end: int, words: int = 5) -> str:
    """The excerpt as its definition says, from the whole paragraph (slow but sure)."""
    before, after = text[:start].split(), text[end:].split()
    head = "" if start == 0 or text[start - 1].isspace() else before.pop()
    tail = "" if end == len(text) or text[end].isspace() else after.pop(0)
    out = " ".join(
        p
        for p in (" ".join(before[-words:]), head + text[start:end] + tail, " ".join(after[:words]))
        if p
    )
    return ("…" if len(before) > words else "") + out + ("…" if len(after) > words else "")


def test_an_excerpt_is_the_same_however_long_the_words_around_it():
    rng = random.Random(11)
    for _ in range(300):
        pieces = []
        for _ in range(rng.randint(0, 30)):
            word = "".join(rng.choice("ab.,-") for _ in range(rng.choice([1, 3, 8, 90, 700])))
            pieces.append(word + rng.choice([" ", "  ", "\n", "\t "]))
        left = "".join(pieces)
        right = "".join(reversed(pieces))
        glue = rng.choice(["", "(", "'"]), rng.choice(["", ".", "),"])
        text = left + glue[0] + "custdy" + glue[1] + right
        start = len(left) + len(glue[0])
        assert excerpt(text, start, start + 6) == _plain_excerpt(text, start, start + 6)


def _calls(function, *args) -> int:
    """How many Python calls (and generator steps) ``function(*args)`` makes: a
    measure of work that does not depend on how busy the machine is."""
    count = 0

    def profile(frame, event, arg):
        nonlocal count
        if event == "call":
            count += 1

    sys.setprofile(profile)
    try:
        function(*args)
    finally:
        sys.setprofile(None)
    return count


def _one_paragraph(text: str) -> Meeting:
    paragraph = Block("paragraph", text)
    return Meeting(
        "Monthly Assurance Meeting",
        dt.date(2031, 3, 18),
        items=[Item("2", "X", blocks=[paragraph])],
    )


@pytest.mark.parametrize(
    "unit", ["1/1/2000 ", "Mr Smith ", "Sarah Green ", "Alex Jones and ", "07700 900123 "]
)
def test_the_personal_data_check_of_a_pasted_list_grows_with_it(unit):
    """A list pasted into the notes (dates, names with titles, names): twice as long
    was four times the work (a 100 KB list of "Mr Smith" took 79 s, 1 MB of names
    117 s): every candidate was compared with every one taken before, and every
    name's run of capitals scanned to the end of the list."""
    small = _calls(find_personal_data, _one_paragraph(unit * 400))
    large = _calls(find_personal_data, _one_paragraph(unit * 800))
    assert large < 2.5 * small, (small, large)


def test_the_findings_of_a_pasted_list_are_those_of_its_first_entries():
    text = "Mr Smith met Sarah Green on 1/1/1980; call 07700 900123. " * 300
    found = {(f.kind, f.text) for f in find_personal_data(_one_paragraph(text))}
    once = {(f.kind, f.text) for f in find_personal_data(_one_paragraph(text[: len(text) // 300]))}
    assert found == once and {kind for kind, _ in found} >= {"name", "birth_date", "phone"}
