"""Personal data in the paragraphs the public version would publish.

Before a record goes on the Commissioner's website, :func:`find_personal_data`
looks through every paragraph the public version would contain (restricted items
and paragraphs, and everything under them, are never looked at: they are not
published) for what should not be published:

- ``name``: a person's name that is not on the attendance list;
- ``phone``, ``email``, ``postcode``, ``vehicle`` (a registration), ``collar``
  (a collar number such as ``PC 1234``), ``birth_date``, ``reference`` (a crime or
  incident reference number).

The patterns are written for UK formats. Names are the hard part: a word with a
capital is often a place, a body or the first word of a sentence. A name is
taken to be a title followed by a capitalised word ("Mrs Patel", "DC Ellis"), a
known given name followed by one ("Sarah Green"), or two or more capitalised
words that are none of them ordinary words ("Dalian Atkinson"). Ordinary words
are those of :mod:`name_words`, the meeting's own (its headings, topics, venue,
capacities, and every word it writes in lower case) and the office's known
terms. The people of the meeting and their role codes are never findings.

Text in, findings out: no Qt, no SQL. It runs in a fraction of the time a
person takes to read the list, and may be called off the window's thread.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from minutetaker.checks.findings import Finding
from minutetaker.checks.name_words import (
    AMBIGUOUS_GIVEN,
    COMMON,
    GIVEN_NAMES,
    PARTICLES,
    PLACE_WORDS,
    STRONG_TITLES,
    WEAK_TITLES,
)
from minutetaker.domain.model import Block, Item, Meeting

NAME = "name"
PHONE = "phone"
EMAIL = "email"
POSTCODE = "postcode"
VEHICLE = "vehicle"
COLLAR = "collar"
BIRTH_DATE = "birth_date"
REFERENCE = "reference"
KINDS = (NAME, PHONE, EMAIL, POSTCODE, VEHICLE, COLLAR, BIRTH_DATE, REFERENCE)
# What a person reads in a list of findings.
KIND_WORDS = {
    NAME: "a name not on the attendance list",
    PHONE: "a telephone number",
    EMAIL: "an e-mail address",
    POSTCODE: "a postcode",
    VEHICLE: "a vehicle registration",
    COLLAR: "a collar number",
    BIRTH_DATE: "a date of birth",
    REFERENCE: "a crime or incident reference",
}


@dataclass(frozen=True)
class Passage:
    """A piece of text the public version would contain, and where it stands."""

    item_number: str
    place: tuple[int, ...]
    text: str


# -- what the public version would contain -------------------------------------------


def public_passages(meeting: Meeting) -> Iterator[Passage]:
    """Every text of the meeting that the public version would publish."""
    for item in meeting.items:
        yield from _item_passages(item)


def _item_passages(item: Item) -> Iterator[Passage]:
    if item.restricted:
        return  # withheld whole, with everything under it
    number = item.number
    for text in (item.heading, item.topic):
        if text.strip():
            yield Passage(number, (), text)
    bf = item.brought_forward
    if bf is not None:
        for text in (bf.subject, bf.action):
            if text.strip():
                yield Passage(number, (), text)
    yield from _block_passages(number, item.blocks, ())
    for action in item.actions:
        if action.text.strip():
            yield Passage(number, (), action.text)
    for child in item.items:
        yield from _item_passages(child)


def _block_passages(number: str, blocks: list[Block], where: tuple[int, ...]):
    for index, block in enumerate(blocks):
        if block.restricted:
            continue
        place = (*where, index)
        if block.text.strip():
            yield Passage(number, place, block.text)
        yield from _block_passages(number, block.findings, place)


# -- patterns of UK personal data -----------------------------------------------------

_EMAIL = re.compile(r"(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
# Broad on purpose; the digits are counted afterwards.
_PHONE = re.compile(
    r"(?<![\w+])(?:\+\s?44|0044|\(?0)[\d\s()-]{8,16}\d(?!\w)",
)
_POSTCODE = re.compile(r"\b(?:[A-PR-UWYZ][A-HK-Y]?\d[A-HJKPSTUW\d]?) ?\d[ABD-HJLNP-UW-Z]{2}\b")
_VEHICLE = re.compile(
    r"\b(?:[A-HJ-PR-Y][A-HJ-PR-Y]\d{2} ?[A-HJ-PR-Z]{3}"  # current: AB12 CDE
    r"|[A-HJ-NP-Y]\d{1,3} ?[A-HJ-PR-Y]{3}"  # prefix: A123 BCD
    r"|[A-HJ-PR-Y]{3} ?\d{1,3}[A-HJ-NP-Y])\b"  # suffix: ABC 123D
)
_COLLAR = re.compile(
    r"\b(?:PCSO|PC|PS|DC|DS|SC|Sgt|Insp|Special Constable|collar(?: number| no\.?)?)"
    r"\.? ?#?(\d{2,5})\b",
    re.I,
)
_MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)"
)
_DAY_MONTH_YEAR = (
    rf"(?:\d{{1,2}}[/.-]\d{{1,2}}[/.-](?:\d{{4}}|\d{{2}})"
    rf"|\d{{1,2}}(?:st|nd|rd|th)? {_MONTH}\.?,? \d{{4}})"
)
_BIRTH = re.compile(
    rf"\b(?:d\.?o\.?b\.?|date of birth|born(?: on| in)?)\b[\s:,-]*"
    rf"(?:{_DAY_MONTH_YEAR}|(?:19|20)\d\d\b)",
    re.I,
)
_NUMERIC_DATE = re.compile(r"(?<![\d/])(\d{1,2})[/.](\d{1,2})[/.](\d{4})(?![\d/])")
_REFERENCE = re.compile(
    r"\b(?:(?:crime|incident|occurrence|log|case|job|cad|urn|oel)"
    r"(?: ref(?:erence)?\.?| no\.?| number| #)?|ref(?:erence)?\.?(?: no\.?| number)?)"
    r"[\s:#]*((?=[A-Z0-9/-]*\d{4})[A-Z]{0,4}[/-]?\d[\dA-Z/-]{3,}(?: of \d{1,2}/\d{1,2}/\d{2,4})?)",
    re.I,
)
_REFERENCE_SHAPE = re.compile(r"\b(?:[A-Z]{2,4}/\d{3,}/\d{2,4}|\d{2}/\d{5,8}/\d{2})\b")


def _phone_ok(found: str) -> bool:
    digits = re.sub(r"\D", "", found)
    if digits.startswith("44"):
        digits = "0" + digits[2:].removeprefix("0")
    return digits.startswith("0") and len(digits) in (10, 11) and digits[1] != "0"


def _pattern_spans(text: str, meeting_year: int) -> Iterator[tuple[int, int, str]]:
    """(start, end, kind) of everything but names, the surest kinds first."""
    for match in _EMAIL.finditer(text):
        yield match.start(), match.end(), EMAIL
    for match in _PHONE.finditer(text):
        found = match.group().rstrip(" -(")
        if _phone_ok(found):
            yield match.start(), match.start() + len(found), PHONE
    for match in _BIRTH.finditer(text):
        yield match.start(), match.end(), BIRTH_DATE
    for match in _NUMERIC_DATE.finditer(text):
        day, month, year = (int(part) for part in match.groups())
        if 1900 <= year <= meeting_year - 10 and _is_date(year, month, day):
            yield match.start(), match.end(), BIRTH_DATE  # a date long past: likely a birth
    for match in _REFERENCE.finditer(text):
        yield match.start(1), match.end(1), REFERENCE
    for match in _REFERENCE_SHAPE.finditer(text):
        yield match.start(), match.end(), REFERENCE
    for match in _COLLAR.finditer(text):
        yield match.start(), match.end(), COLLAR
    for match in _POSTCODE.finditer(text):
        yield match.start(), match.end(), POSTCODE
    for match in _VEHICLE.finditer(text):
        yield match.start(), match.end(), VEHICLE


def _is_date(year: int, month: int, day: int) -> bool:
    try:
        dt.date(year, month, day)
    except ValueError:
        return False
    return True


# -- names ----------------------------------------------------------------------------

_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")
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
class _Known:
    """What the check knows about one meeting."""

    vocabulary: set[str]  # ordinary words, case-folded
    people: list[set[str]]  # the words of each attendee's name
    terms: set[str]  # the office's known terms, case-folded


def _known(meeting: Meeting, known_terms: Iterable[str]) -> _Known:
    vocabulary = set(COMMON)
    terms = {term.casefold().strip() for term in known_terms if term.strip()}
    for term in terms:
        vocabulary.update(_bare(word) for word in _WORD.findall(term))
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
            vocabulary.update(w for w in _WORD.findall(text) if w.islower())
    for text in own:
        vocabulary.update(_bare(word) for word in _WORD.findall(text))
    names = [p.name for p in meeting.people] + [meeting.chair, meeting.minute_taker.name]
    people = [{_bare(w) for w in _WORD.findall(name)} for name in names if name.strip()]
    vocabulary -= GIVEN_NAMES - AMBIGUOUS_GIVEN  # a capacity's words never hide a name
    return _Known(vocabulary, people, terms)


def _name_spans(text: str, known: _Known) -> Iterator[tuple[int, int]]:
    words = list(_WORD.finditer(text))
    i = 0
    while i < len(words):
        span, i = _name_at(text, words, i, known)
        if span is not None:
            yield span


def _joined(text: str, left: re.Match, right: re.Match, after_title: bool = False) -> bool:
    """Whether two words stand side by side in one name: a space between them (or a
    full stop and a space after an abbreviated title: "Dr. Patel")."""
    gap = text[left.end() : right.start()]
    return gap in (" ", "\u00a0") or (after_title and gap in (". ", ".\u00a0"))


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


def _name_at(text: str, words: list[re.Match], i: int, known: _Known):
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
        end = min(_run(text, words, t), t + 3)
        first = _bare(words[t].group())
        if strong or first not in known.vocabulary or first in GIVEN_NAMES:
            return _person(text, words, i, end, known, title_end=t), end
    if not _is_name_word(word):
        return None, i + 1
    end = _run(text, words, i)
    run = [_bare(w.group()) for w in words[i:end]]
    # A given name, and the capitalised words after it: "Sarah Green", "Mary Ann Jones".
    for k, name in enumerate(run):
        if name not in GIVEN_NAMES:
            continue
        tail = 0
        for w in run[k + 1 : k + 3]:
            if w in PLACE_WORDS:
                break
            tail += 1
        if tail and (name not in AMBIGUOUS_GIVEN or run[k + 1] not in known.vocabulary):
            span = _person(text, words, i + k, i + k + 1 + tail, known)
            return span, i + k + 1 + tail
        if not tail and name not in AMBIGUOUS_GIVEN and k == len(run) - 1:
            return _person(text, words, i + k, i + k + 1, known), i + k + 1  # "Call Jamal"
    # Two or more capitalised words, none of them an ordinary word: "Dalian Atkinson".
    unknown = [w not in known.vocabulary and w not in GIVEN_NAMES for w in run]
    if unknown[0] and _starts_sentence(text, words[i].start()) and _ORDINARY_END.search(run[0]):
        unknown[0] = False  # "Reforming Northshire – …": a capital for the sentence's sake
    k = 0
    while k < len(run):
        if unknown[k]:
            j = k
            while j < len(run) and unknown[j]:
                j += 1
            if j - k >= 2:
                return _person(text, words, i + k, i + j, known), i + j
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
    before = text[:at].rstrip()
    return not before or before[-1] in ".!?:;–—-•(\n\"“‘'"


def _person(text, words, start: int, end: int, known: _Known, title_end: int | None = None):
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


# -- findings -------------------------------------------------------------------------


def _excerpt(text: str, start: int, end: int, width: int = 40) -> str:
    """The words around text[start:end], cut at word boundaries, "…" where cut."""
    left = max(0, start - width)
    right = min(len(text), end + width)
    if left > 0:
        space = text.find(" ", left, start)
        left = space + 1 if space != -1 else left
    if right < len(text):
        space = text.rfind(" ", end, right)
        right = space if space != -1 else right
    middle = " ".join(text[left:right].split())
    return ("…" if left > 0 else "") + middle + ("…" if right < len(text) else "")


def passage_findings(passage: Passage, known: _Known, meeting_year: int) -> list[Finding]:
    text = passage.text
    taken: list[tuple[int, int, str]] = []

    def free(start: int, end: int) -> bool:
        return all(end <= s or start >= e for s, e, _ in taken)

    for start, end, kind in _pattern_spans(text, meeting_year):
        if free(start, end):
            taken.append((start, end, kind))
    for start, end in _name_spans(text, known):
        if free(start, end):
            taken.append((start, end, NAME))
    seen: set[tuple[str, str]] = set()
    out = []
    for start, end, kind in sorted(taken):
        found = " ".join(text[start:end].split())
        if (kind, found) in seen:
            continue
        seen.add((kind, found))
        out.append(
            Finding(
                item_number=passage.item_number,
                kind=kind,
                text=found,
                excerpt=_excerpt(text, start, end),
                place=passage.place,
            )
        )
    return out


def find_personal_data(meeting: Meeting, known_terms: Iterable[str] = ()) -> list[Finding]:
    """What may be personal data in the paragraphs the public version would contain,
    in agenda order. ``known_terms``: the office's words that are never names."""
    known = _known(meeting, known_terms)
    findings: list[Finding] = []
    for passage in public_passages(meeting):
        findings += passage_findings(passage, known, meeting.date.year)
    return findings
