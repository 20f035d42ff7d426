"""Names in the notes: which capitalised words are a person's name.

A word with a capital is more often a place, a body, a post or the first word of
a sentence than a name. A name is taken to be a title followed by a capitalised
word ("Mrs Patel", "DC Ellis"), a known given name followed by one ("Sarah
Green") or alone when it is no ordinary word ("Jamal"), or two or more
capitalised words none of which is an ordinary word ("Dalian Atkinson").
Ordinary words are those of :mod:`name_words`, the meeting's own (its headings,
topics, venue, capacities, and every word it writes in lower case) and the
office's known terms. The meeting's people are never names here.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from minutetaker.checks.name_words import (
    AMBIGUOUS_GIVEN,
    COMMON,
    GIVEN_NAMES,
    PARTICLES,
    PLACE_WORDS,
    STRONG_TITLES,
    WEAK_TITLES,
)
from minutetaker.domain.model import Meeting

WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")
_POSSESSIVE = re.compile(r"['’]s?$")


def _bare(word: str) -> str:
    """The word case-folded, without a possessive ending: "Telford's" → "telford"."""
    return _POSSESSIVE.sub("", word).casefold()


def _is_name_word(word: str) -> bool:
    """A capitalised word that could be part of a name: "Okafor", "O'Neill",
    "McDonald", "Llewellyn-Jones"; not "CEx", "HMIC" or "iPhone"."""
    for part in re.split(r"[-'’]", _POSSESSIVE.sub("", word)):
        if not part:
            return False
        if part[:2] in ("Mc",) and len(part) > 3:
            part = part[2:]
        elif part[:3] == "Mac" and len(part) > 4 and part[3].isupper():
            part = part[3:]
        if len(part) == 1 and part.isupper():
            continue  # the O of O'Neill, the D of D'Souza
        if not (part[0].isupper() and part[1:].islower()):
            return False
    return True


@dataclass
class Known:
    """What the check knows about one meeting."""

    vocabulary: set[str]  # ordinary words, case-folded
    people: list[set[str]]  # the words of each attendee's name
    terms: set[str]  # the office's known terms, case-folded


def known_to(meeting: Meeting, known_terms: Iterable[str]) -> Known:
    vocabulary = set(COMMON)
    terms = {term.casefold().strip() for term in known_terms if term.strip()}
    for term in terms:
        vocabulary.update(_bare(word) for word in WORD.findall(term))
    own = [meeting.title, meeting.venue]
    if meeting.next_meeting is not None:
        own.append(meeting.next_meeting.venue)
    own += [p.capacity for p in meeting.people]
    own.append(meeting.minute_taker.capacity)
    for item in meeting.walk_items():
        own += [item.heading, item.topic]
        if item.brought_forward is not None:
            own.append(item.brought_forward.subject)  # the topic it was raised under
        texts = [b.text for block in item.blocks for b in block.walk()]
        texts += [a.text for a in item.actions]
        if item.brought_forward is not None:
            texts += [item.brought_forward.subject, item.brought_forward.action]
        for text in texts:  # every word written in lower case is an ordinary word
            vocabulary.update(w for w in WORD.findall(text) if w.islower())
    for text in own:
        vocabulary.update(_bare(word) for word in WORD.findall(text))
    for item in meeting.walk_items():  # "Multi Agency Public Protection Arrangements (MAPPA)"
        for text in [item.topic] + [b.text for block in item.blocks for b in block.walk()]:
            vocabulary.update(spelt_out_words(text))
    names = [p.name for p in meeting.people] + [meeting.chair, meeting.minute_taker.name]
    people = [{_bare(w) for w in WORD.findall(name)} for name in names if name.strip()]
    vocabulary -= GIVEN_NAMES - AMBIGUOUS_GIVEN  # a capacity's words never hide a name
    return Known(vocabulary, people, terms)


_ACRONYM = re.compile(r"\(([A-Z]{3,8})s?\)")
_SMALL = frozenset(["and", "of", "the", "for", "in", "on", "against", "to", "with", "&"])


def spelt_out_words(text: str) -> set[str]:
    """The capitalised words of each body written out before its acronym in
    brackets ("Integrated Offender Management (IOM)", "Rape and Serious Sexual
    Offences (RASSO)"): the name of a body, not of a person. Case-folded."""
    found: set[str] = set()
    for match in _ACRONYM.finditer(text):
        letters = match.group(1)
        before = re.findall(r"[\w'’&]+", text[max(0, match.start() - 200) : match.start()])
        words = [w for part in before[-2 * len(letters) - 2 :] for w in part.split("-") if w]
        taken = _spelt_out(words, letters)
        # A person's initials are not a body's acronym: "Jane Ann Doe (JAD)".
        if taken and _bare(taken[0]) not in GIVEN_NAMES | _TITLES:
            found.update(_bare(word) for word in taken if word[:1].isupper())
    return found


def _spelt_out(words: list[str], letters: str) -> list[str]:
    """The last words of ``words`` whose initials spell ``letters``: each
    capitalised word gives its initial, a small word ("and", "of") may give its
    own or none. [] if they do not."""

    def match(w: int, n: int) -> int | None:  # the first word used, or None
        if n < 0:
            return w + 1
        if w < 0:
            return None
        word = words[w]
        small = word.casefold() in _SMALL
        if not small and not word[:1].isupper():
            return None
        if word[:1].upper() == letters[n]:
            start = match(w - 1, n - 1)
            if start is not None:
                return start
        return match(w - 1, n) if small else None

    start = match(len(words) - 1, len(letters) - 1)
    return words[start:] if start is not None and start < len(words) else []


def name_after(text: str, at: int, known: Known) -> tuple[int, int] | None:
    """The name standing right after ``at`` (after a collar number: "PC 2231
    Jenkins"), one or two capitalised words that are no ordinary word; None if
    there is none, or it is one of the meeting's people."""
    words = list(WORD.finditer(text, at))
    if not words or text[at : words[0].start()] not in (" ", "\u00a0"):
        return None
    first = words[0].group()
    if not _is_name_word(first) or (
        _bare(first) in known.vocabulary and _bare(first) not in GIVEN_NAMES
    ):
        return None
    end = 1
    if len(words) > 1 and _joined(text, words[0], words[1]) and _is_name_word(words[1].group()):
        end = 2
    return _person(text, words, 0, end, known)


def name_spans(text: str, known: Known) -> Iterator[tuple[int, int]]:
    words = list(WORD.finditer(text))
    runs = _Runs(text, words)
    i = 0
    while i < len(words):
        span, i = _name_at(text, words, i, known, runs)
        if span is not None:
            yield span


def _joined(text: str, left: re.Match, right: re.Match, after_title: bool = False) -> bool:
    """Whether two words stand side by side in one name: a space between them (or a
    full stop and a space after an abbreviated title: "Dr. Patel")."""
    gap = text[left.end() : right.start()]
    return gap in (" ", "\u00a0") or (after_title and gap in (". ", ".\u00a0"))


class _Runs:
    """The runs of joined name words of one paragraph, each walked once.

    A run found from ``start`` ends where the run from any word inside it ends,
    and whether a given name there starts a name ("Sarah Green") does not depend
    on where the look began; so a pasted list of names, one long run, is walked
    once, not again from each of its names (which made 100 KB of "Mr Smith"
    take 79 s)."""

    def __init__(self, text: str, words: list[re.Match]) -> None:
        self.text, self.words = text, words
        self.start = self.end = self.unchecked = 0
        self._bare: dict[int, str] = {}

    def end_from(self, start: int) -> int:
        if not self.start <= start < self.end:
            self.start, self.end = start, _run(self.text, self.words, start)
            self.unchecked = start
        return self.end

    def bare(self, index: int) -> str:
        found = self._bare.get(index)
        if found is None:
            found = self._bare[index] = _bare(self.words[index].group())
        return found

    def given_name(self, start: int, known: Known) -> tuple[int, int] | None:
        """The first given name at or after ``start`` in its run that begins a name,
        as (its index, how many words follow it in the name); None if none does."""
        end = self.end_from(start)
        for k in range(max(start, self.unchecked), end):
            name = self.bare(k)
            if name not in GIVEN_NAMES:
                continue
            tail = 0
            for n in range(k + 1, min(k + 3, end)):
                if self.bare(n) in PLACE_WORDS:
                    break
                tail += 1
            if (
                tail and (name not in AMBIGUOUS_GIVEN or self.bare(k + 1) not in known.vocabulary)
            ) or (
                not tail and name not in AMBIGUOUS_GIVEN and k == end - 1  # "Call Jamal"
            ):
                self.unchecked = k
                return k, tail
        self.unchecked = end
        return None


def _run(text: str, words: list[re.Match], start: int) -> int:
    """The end (exclusive) of the run of name words joined to each other from ``start``."""
    end = start + 1
    while end < len(words) and _joined(text, words[end - 1], words[end]):
        word = words[end].group()
        if _is_name_word(word):
            end += 1
        elif word.casefold() in PARTICLES and end + 1 < len(words):
            if _is_name_word(words[end + 1].group()) and _joined(text, words[end], words[end + 1]):
                end += 2
            else:
                break
        else:
            break
    return end


def _name_at(text: str, words: list[re.Match], i: int, known: Known, runs: _Runs):
    """The name span starting at word ``i`` (or None), and where to look next."""
    word = words[i].group()
    titled = word[0].isupper() and word.casefold() in _TITLES
    if not (titled or _is_name_word(word)):
        return None, i + 1
    # A title (or a string of them: "Det Supt", "Chief Inspector"), then the name.
    t, strong = i, False
    while t < len(words) and words[t].group()[0].isupper():
        title = words[t].group().casefold()
        if title not in _TITLES:
            break
        strong = strong or title in STRONG_TITLES
        if t + 1 < len(words) and _joined(text, words[t], words[t + 1], after_title=True):
            t += 1
        else:
            t = len(words)  # nothing stands joined after the title
    if i < t < len(words) and _is_name_word(words[t].group()):
        end = min(runs.end_from(t), t + 3)
        first = _bare(words[t].group())
        if strong or first not in known.vocabulary or first in GIVEN_NAMES:
            return _person(text, words, i, end, known, title_end=t), end
    if not _is_name_word(word):
        return None, i + 1
    end = runs.end_from(i)
    # A given name, and the capitalised words after it: "Sarah Green", "Mary Ann Jones".
    given = runs.given_name(i, known)
    if given is not None:
        k, tail = given
        return _person(text, words, k, k + 1 + tail, known), k + 1 + tail

    # Two or more capitalised words, none of them an ordinary word: "Dalian Atkinson".
    def unknown(k: int) -> bool:
        word = runs.bare(k)
        if word in known.vocabulary or word in GIVEN_NAMES:
            return False
        # "Reforming Northshire – …": a capital for the sentence's sake
        return not (
            k == i and _starts_sentence(text, words[i].start()) and _ORDINARY_END.search(word)
        )

    k = i
    while k < end:
        if unknown(k):
            j = k
            while j < end and unknown(j):
                j += 1
            if j - k >= 2:
                return _person(text, words, k, j, known), j
            k = j
        else:
            k += 1
    return None, end


_TITLES = STRONG_TITLES | WEAK_TITLES


# Endings of ordinary English words, for the first word of a sentence.
_ORDINARY_END = re.compile(
    r"(?:ing|ed|ly|tion|sion|ment|ness|ity|ance|ence|ise|ize|ous|ive|al|ful|less|able|ible"
    r"|ship|ary|ory|ical|ism|ist|ure|ies)$"
)


def _starts_sentence(text: str, at: int) -> bool:
    k = at - 1
    while k >= 0 and text[k].isspace():  # not text[:at].rstrip(): a copy of all before
        k -= 1
    return k < 0 or text[k] in ".!?:;–—-•(\n\"“‘'"


def _person(text, words, start: int, end: int, known: Known, title_end: int | None = None):
    """The span of the name words[start:end], unless it names one of the meeting's
    people (title or not) or is one of the office's known terms."""
    name_from = title_end if title_end is not None else start
    parts = {_bare(w.group()) for w in words[name_from:end]} - PARTICLES
    if not parts:
        return None
    if any(parts <= person for person in known.people):
        return None
    found = text[words[start].start() : words[end - 1].end()]
    if found.casefold() in known.terms:
        return None
    return words[start].start(), words[end - 1].end()
