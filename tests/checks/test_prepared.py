"""The prepared dictionary judges and suggests exactly as the engine does.

The engine (spylls reading the .aff and .dic) is the truth; the prepared form
(resources/dictionaries/en_GB.prepared, made by ``minutetaker.checks.prepare``)
is only a faster way to its answers. These tests ask both the same questions:
every word form of the dictionary, in several capitalisations; tens of
thousands of near misses (a letter dropped, doubled, swapped, changed); words
with hyphens, curly apostrophes, accents and odd capitals; and, for the
suggestions, the engine's edits and its n-gram search word for word.
"""

from __future__ import annotations

import copy
import heapq
import random

import pytest

from minutetaker.checks.dictionary import Dictionary, dictionary_path
from minutetaker.checks.engine import (
    edits_only,
    prepared_lookup,
    prepared_suggester,
    read_aff,
)
from minutetaker.checks.ngram import MAX_ROOTS, RootIndex
from minutetaker.checks.prepared import read_prepared, source_digest

LETTERS = "abcdefghijklmnopqrstuvwxyz"
# Invented names of people and places (the meeting's own, before they are in the
# office dictionary), and misspellings no single edit mends: the n-gram search's work.
NAMES = [
    "Brackenwell",
    "Okonkwo",
    "Yelverton",
    "Thrushcombe",
    "Ashworthy",
    "Pemberville",
    "Fforde",
    "Siobhan",
    "Northshire",
    "Kingsford",
    "Wexcombe",
    "Haldane-Pryce",
]
SEVERE = ["Wensday", "akomodation", "tommorow", "recieveing", "goverments", "sentecne", "polciing"]


@pytest.fixture(scope="module")
def engine():
    from spylls.hunspell import Dictionary as Engine

    return Engine.from_files(str(dictionary_path()))


@pytest.fixture(scope="module")
def words():
    prepared = read_prepared(dictionary_path())
    assert prepared is not None, (
        "no usable en_GB.prepared: run python -m minutetaker.checks.prepare"
    )
    return prepared


@pytest.fixture(scope="module")
def fresh() -> Dictionary:
    """A dictionary of its own: these tests fill its memory with odd words."""
    dictionary = Dictionary()
    assert dictionary.prepared
    return dictionary


@pytest.fixture(scope="module")
def suggesters(words):
    aff = read_aff(dictionary_path())
    lookup = prepared_lookup(aff, words)
    index = RootIndex.of_prepared(words)
    full = prepared_suggester(aff, lookup, lambda: index)
    return edits_only(full), full, index


def _disagreements(fresh: Dictionary, engine, candidates) -> list[tuple[str, bool, bool]]:
    out = []
    for word in candidates:
        ours, theirs = fresh.knows(word), bool(engine.lookup(word))
        if ours != theirs:
            out.append((word, ours, theirs))
    return out


def _near_misses(forms: list[str], count: int, seed: int) -> list[str]:
    """``count`` words each one slip away from a form of the dictionary."""
    rng = random.Random(seed)
    out = []
    for word in rng.sample(forms, count):
        at = rng.randrange(len(word))
        slip = rng.randrange(5)
        if slip == 0:
            out.append(word[:at] + word[at + 1 :])  # a letter dropped
        elif slip == 1:
            out.append(word[:at] + word[at] + word[at:])  # a letter doubled
        elif slip == 2 and len(word) > 1:
            at = min(at, len(word) - 2)
            out.append(word[:at] + word[at + 1] + word[at] + word[at + 2 :])  # two swapped
        elif slip == 3:
            out.append(word[:at] + rng.choice(LETTERS) + word[at + 1 :])  # one changed
        else:
            out.append(word[:at] + rng.choice(LETTERS) + word[at:])  # one put in
    return out


def _cased(word: str) -> list[str]:
    return [word, word.lower(), word.upper(), word[:1].upper() + word[1:]]


# The file itself


def test_the_shipped_prepared_dictionary_was_made_from_the_shipped_dictionary(words):
    from importlib.metadata import version

    assert words.header["source_sha256"] == source_digest(dictionary_path())
    # made by this engine: another version of spylls may judge otherwise
    assert words.header["made_by"] == f"spylls {version('spylls')}"
    assert Dictionary().prepared


# Judging: the whole dictionary


@pytest.mark.slow
def test_every_form_of_the_dictionary_is_judged_as_the_engine_judges_it(words, fresh, engine):
    forms = sorted(words.forms)
    assert len(forms) > 100_000
    # every form as the dictionary writes it, and one in five in the other
    # capitalisations a sentence gives (the rest follow the same code path)
    candidates = forms + [variant for form in forms[::5] for variant in _cased(form)[1:]]
    # the lower-case forms that only an all-capitals word may stand for ("PARIS"),
    # not in lower case ("paris"); in capitals one in ten, as the engine's look-up
    # of a word in capitals takes a millisecond
    lower = sorted(words.lower)
    candidates += lower + [word.upper() for word in lower[::10]]
    assert _disagreements(fresh, engine, candidates)[:20] == []


@pytest.mark.slow
def test_near_misses_are_judged_as_the_engine_judges_them(words, fresh, engine):
    near = _near_misses(sorted(words.forms), 12_000, seed=16)
    candidates = near + [variant for word in near[::6] for variant in _cased(word)[1:]]
    assert _disagreements(fresh, engine, candidates)[:20] == []


def test_hyphens_apostrophes_accents_and_odd_capitals_are_judged_as_the_engine_judges_them(
    words, fresh, engine
):
    rng = random.Random(3)
    forms = sorted(words.forms)
    plain = [w for w in forms if w.isalpha() and w.islower()]
    candidates = ["", "-", "--", "a-", "-a", "a-b", "a-b-c", "ab-cd-ef", "well-", "-well"]
    candidates += ["well-being", "self-harn", "e-mail", "co-operation", "ex-ACC", "non-crime"]
    for _ in range(800):
        first, second, third = rng.sample(plain, 3)
        candidates += [f"{first}-{second}", f"{first}-{second}-{third}", f"-{first}", f"{first}-"]
        slip = _near_misses([second], 1, rng.randrange(1000))[0]
        candidates += [f"{first}-{slip}", f"{slip}-{first}-{third}"]
    apostrophes = [w for w in forms if "'" in w]
    for word in rng.sample(apostrophes, 400):
        curly = word.replace("'", "’")
        candidates += [curly, curly.upper(), curly.capitalize(), curly + "s", "’" + word]
    candidates += ["café", "naïve", "rôle", "Zürich", "İstanbul", "façade", "ﬁne", "straße"]
    # every word of one or two letters, and a few of three in capitals: "RETS" is right
    # for the engine (re + t + s: see prepare._candidate_forms), "REXS" is not
    short = [a + b for a in LETTERS + "'" for b in ["", *LETTERS]]
    candidates += [variant for word in short for variant in _cased(word)]
    candidates += ["RETS", "INSES", "CONOS", "REXS", "Rets", "rets"]
    for word in rng.sample(plain, 400):
        if len(word) > 2:
            candidates += [word[0] + word[1].upper() + word[2:], word.upper()[:2] + word[2:]]
            candidates += [word.capitalize() + "-" + word.upper(), word + "’" + word]
    assert _disagreements(fresh, engine, candidates)[:20] == []


def test_words_with_digits_are_left_to_the_engine(fresh, engine):
    # the dictionary's only compounds are numbers: they go to the engine itself
    for word in ("21st", "12th", "3rd", "1th", "21th", "101st", "AB1", "Q3", "2020", "3.5"):
        assert fresh.knows(word) == bool(engine.lookup(word)), word


# Suggesting


@pytest.mark.slow
def test_the_edit_suggestions_are_the_engines_in_its_order(words, suggesters, engine):
    quick, _full, _index = suggesters
    theirs = edits_only(engine.suggester)
    misspelt = [w for w in _near_misses(sorted(words.forms), 400, seed=5) if not engine.lookup(w)]
    misspelt = misspelt[:150] + SEVERE + NAMES
    misspelt += ["teh", "Recieved", "RECIEVED", "whihc", "comittee", "organize", "inspite"]
    differ = [(w, list(quick(w)), list(theirs(w))) for w in misspelt]
    assert [d for d in differ if d[1] != d[2]][:10] == []


@pytest.mark.slow
def test_the_ngram_suggestions_are_the_engines(suggesters, engine):
    _quick, full, _index = suggesters
    for word in NAMES + SEVERE + ["xylophoneish", "qq", "Zzyzx", "hmicfrs's"]:
        assert list(full.ngram_suggestions(word, set())) == list(
            engine.suggester.ngram_suggestions(word, set())
        ), word


def test_the_ngram_candidates_hold_the_engines_hundred_best_stems(suggesters, engine):
    from spylls.hunspell.algo.ngram_suggest import root_score

    _quick, _full, index = suggesters
    stems = engine.suggester.words_for_ngram
    for word in ("brackenwell", "okonkwo", "wensday", "akomodation", "qq", "pemberville"):
        scored = [
            (root_score(word, stem.stem), stem)
            for stem in stems
            if abs(len(stem.stem) - len(word)) <= 4
        ]
        best = {stem.stem for _, stem in heapq.nlargest(MAX_ROOTS, scored)}
        candidates = {stem for stem, _ in index.candidates(word)}
        assert best <= candidates, word
        assert len(candidates) < len(scored) // 10  # and far fewer stems than the engine scores


def _as_the_engine_alone(engine, word: str) -> list[str]:
    """Suggestions as the first version made them, on the engine alone: the
    British forms, its edits (a copy with no word list for its n-gram search),
    then, if no single word came, its whole suggester from the start. A word
    with a capital first, or in capitals, is given its lower-case form's
    suggestions in its case first, and its own only to make up five."""
    from minutetaker.checks.dictionary import _plain_first, _recasing, _unique

    recase = _recasing(word)
    if recase is None:
        return _as_typed_by_the_engine_alone(engine, word)
    found = _unique([recase(text) for text in _as_the_engine_alone(engine, word.lower())])
    if len(found) < 5:
        found = _unique(found + _as_typed_by_the_engine_alone(engine, word))
    return _plain_first(found)[:5]


def _as_typed_by_the_engine_alone(engine, word: str) -> list[str]:
    from minutetaker.checks.british import british_forms
    from minutetaker.checks.dictionary import _is_single, _plain_first, _unique

    def first_five(suggester) -> list[str]:
        out: list[str] = []
        for text in suggester(word):
            if text not in out:
                out.append(text)
            if len(out) == 5:
                break
        return out

    edits = copy.copy(engine.suggester)
    edits.words_for_ngram = []
    british = [w for w in british_forms(word) if engine.lookup(w)]
    found = _plain_first(_unique(british + first_five(edits)))
    if not any(_is_single(w) for w in found):
        found = _plain_first(_unique(found + first_five(engine.suggester)))
    return found[:5]


@pytest.mark.slow
def test_what_the_checker_suggests_is_what_the_engine_alone_gave(fresh, engine):
    words = NAMES[::2] + SEVERE[::2] + ["recieved", "whihc", "organize", "Color", "traveled"]
    words += ["teh", "comittee", "embarassing", "untill", "thier", "inspite", "alot"]
    words += ["Teh", "Recieved", "Comissioner", "TEH", "Chiefconstable"]
    words += ["self-harn", "Okonkwo-Ried", "21th", "wellbeeing", "CUSTODYS", "cafe", "naieve"]
    for word in words:
        assert fresh.suggest(word) == _as_the_engine_alone(engine, word), word
    alone = Dictionary(prepared=False)  # and the checker without the prepared file
    assert not alone.prepared
    for word in words[::4]:
        assert alone.suggest(word) == fresh.suggest(word), word
