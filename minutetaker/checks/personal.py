"""Personal data in the paragraphs the public version would publish.

Before a record goes on the Commissioner's website, :func:`find_personal_data`
looks through every paragraph the public version would contain (restricted items
and paragraphs, and everything under them, are never looked at: they are not
published) for what should not be published:

- ``name``: a person's name that is not on the attendance list;
- ``phone``, ``email``, ``postcode``, ``vehicle`` (a registration), ``collar``
  (a collar number such as ``PC 1234``), ``birth_date``, ``reference`` (a crime or
  incident reference number).

The patterns are written for UK formats. Names are the hard part; how they are
told from places, bodies and the first words of sentences is :mod:`names`. The
people of the meeting and their role codes are never findings.

Text in, findings out: no Qt, no SQL. It runs in a fraction of the time a
person takes to read the list, and may be called off the window's thread.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from minutetaker.checks.findings import Finding
from minutetaker.checks.names import Known, known_to, name_after, name_spans
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
    rf"|\d{{1,2}}(?:st|nd|rd|th)?(?: of)? {_MONTH}\.?,? \d{{4}})"
)
# "DOB 14/02/1986", "D.O.B. 12.05.90", "born on the 3rd of March 1975", "date of birth
# is 4 June 1968", "the DOB given was …": a few small words may stand between.
_BIRTH = re.compile(
    rf"\b(?:d\.?o\.?b\b\.?|date of birth\b|born\b)"
    rf"(?:[\s:,.-]+(?:on|in|of|is|was|given|as|the|recorded|stated)\b){{0,3}}[\s:,.-]*"
    rf"(?:{_DAY_MONTH_YEAR}|(?:19|20)\d\d\b)",
    re.I,
)
_NUMERIC_DATE = re.compile(r"(?<![\d/])(\d{1,2})[/.](\d{1,2})[/.](\d{4})(?![\d/])")
_WRITTEN_DAY = rf"(?:\d{{1,2}}/\d{{1,2}}/\d{{2,4}}|\d{{1,2}}(?:st|nd|rd|th)? {_MONTH} \d{{4}})"
# After a word that says what it is ("crime reference", "incident", "occurrence",
# "CRIS", "CAD", "URN"… and "is"/"was" between): a token with four digits in a
# row ("31/204816/31", "31000123456", "31*123456/26" as Niche writes it), or a
# log's number on a day ("0412 of 14/03/2031", "456 of 12 May 2031").
_REFERENCE = re.compile(
    r"\b(?:(?:crime|incident|occurrence|log|case|job|cad|urn|oel|cris|niche|athena|storm)"
    r"(?: ref(?:erence)?\.?| no\.?| number| #)?|ref(?:erence)?\.?(?: no\.?| number)?)"
    r"(?:\s+(?:is|was))?[\s:#]*"
    rf"(\d{{1,5}} of {_WRITTEN_DAY}"
    r"|(?=[A-Z0-9/*-]*\d{4})[A-Z]{0,4}[/-]?\d[\dA-Z/*-]{3,}"
    rf"(?: of {_WRITTEN_DAY})?)",
    re.I,
)
_REFERENCE_SHAPE = re.compile(r"\b(?:[A-Z]{2,4}/\d{3,}/\d{2,4}|\d{2}/\d{5,8}/\d{2})\b")


def _phone_ok(found: str) -> bool:
    digits = re.sub(r"\D", "", found).removeprefix("00")  # 0044: dialled from abroad
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


def passage_findings(passage: Passage, known: Known, meeting_year: int) -> list[Finding]:
    text = passage.text
    taken: list[tuple[int, int, str]] = []
    # Which characters a finding has taken: a span is free if none of its own is,
    # judged in the span's length (comparing it with every finding taken before
    # made a pasted list of dates or names take minutes).
    used = bytearray(len(text))

    def take(start: int, end: int, kind: str) -> None:
        if used.find(1, start, end) == -1:
            taken.append((start, end, kind))
            used[start:end] = b"\x01" * (end - start)

    for start, end, kind in _pattern_spans(text, meeting_year):
        take(start, end, kind)
        if kind == COLLAR:  # "PC 2231 Jenkins": the officer's name after the number
            after = name_after(text, end, known)
            if after is not None:
                take(*after, NAME)
    for start, end in name_spans(text, known):
        take(start, end, NAME)
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
    known = known_to(meeting, known_terms)
    findings: list[Finding] = []
    for passage in public_passages(meeting):
        findings += passage_findings(passage, known, meeting.date.year)
    return findings
