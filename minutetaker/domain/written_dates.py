"""Dates and times as people type them in minutes, found inside a line of text.

``Tuesday 22 August 2017 @ 10:30``, ``22nd Aug 2017``, ``the 11 th September``,
``22/08/2017``, ``10.30am``, ``2pm``: the Word reader finds the meeting's date,
the next meeting's and an action's due date with these. Days come before months
(UK order); a date without a year takes the year given as the default.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import NamedTuple

from minutetaker.domain.dates import MONTHS


class Found(NamedTuple):
    date: dt.date
    start: int
    end: int


def _month_number(name: str) -> int:
    name = name.casefold()[:3]
    return next(n for n, month in enumerate(MONTHS, 1) if month.casefold().startswith(name))


_MONTH = r"(?P<month>" + "|".join(MONTHS + tuple(m[:3] for m in MONTHS) + ("Sept",)) + r")\.?"
_ORDINAL = r"\s?(?:st|nd|rd|th)?"
_DAY_NAME = r"(?:(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun)(?:day)?\.?,?\s+)?"
_PATTERNS = [
    # 22 August 2017, Tuesday 22nd Aug. 2017, the 11 th of September 2017
    re.compile(
        r"\b"
        + _DAY_NAME
        + r"(?:the\s+)?(?P<day>\d{1,2})"
        + _ORDINAL
        + r"\s+(?:of\s+)?"
        + _MONTH
        + r",?\s+(?P<year>\d{4})\b",
        re.IGNORECASE,
    ),
    # August 22, 2017
    re.compile(
        r"\b" + _DAY_NAME + _MONTH + r"\s+(?P<day>\d{1,2})" + _ORDINAL + r",?\s+(?P<year>\d{4})\b",
        re.IGNORECASE,
    ),
    # 22/08/2017, 22.08.17, 22-8-2017
    re.compile(r"\b(?P<day>\d{1,2})([/.\-])(?P<mon>\d{1,2})\2(?P<year>\d{4}|\d{2})\b"),
    # 2017-08-22
    re.compile(r"\b(?P<year>\d{4})-(?P<mon>\d{2})-(?P<day>\d{2})\b"),
]
_NO_YEAR = re.compile(
    r"\b" + _DAY_NAME + r"(?:the\s+)?(?P<day>\d{1,2})" + _ORDINAL + r"\s+(?:of\s+)?" + _MONTH
    + r"\b(?!,?\s+\d{4})",
    re.IGNORECASE,
)  # fmt: skip
_MONTH_YEAR = re.compile(_MONTH + r",?\s+(?P<year>\d{4})\b", re.IGNORECASE)


def _built(match: re.Match, default_year: int | None) -> dt.date | None:
    groups = match.groupdict()
    month = _month_number(groups["month"]) if groups.get("month") else int(groups["mon"])
    year_text = groups.get("year")
    if year_text is None:
        if default_year is None:
            return None
        year = default_year
    else:
        year = int(year_text)
        if len(year_text) == 2:
            year += 2000
    try:
        return dt.date(year, month, int(groups["day"]))
    except ValueError:
        return None


def find_date(text: str, default_year: int | None = None) -> Found | None:
    """The first date written in ``text`` (the earliest in the text), or None."""
    best: Found | None = None
    patterns = [*_PATTERNS, _NO_YEAR] if default_year is not None else _PATTERNS
    for pattern in patterns:
        for match in pattern.finditer(text):
            day = _built(match, default_year)
            if day is not None:
                if best is None or match.start() < best.start:
                    best = Found(day, match.start(), match.end())
                break
    return best


def find_month_year(text: str) -> Found | None:
    """``August 2017`` in ``text``, as the first day of that month."""
    match = _MONTH_YEAR.search(text)
    if match is None:
        return None
    return Found(dt.date(int(match.group("year")), _month_number(match.group("month")), 1),
                 match.start(), match.end())  # fmt: skip


_NUMBERED_MONTH = re.compile(r"(?P<mon>\d{1,2})\s*[/.\-]\s*(?P<year>\d{4})")
_ISO_MONTH = re.compile(r"(?P<year>\d{4})-(?P<mon>\d{1,2})")


def parse_typed_month(text: str) -> dt.date | None:
    """A month typed into a field (``June 2017``, ``jun 2017``, ``06/2017``,
    ``2017-06``) as its first day; None when the field is empty. Raises
    ValueError with a plain message."""
    typed = " ".join(text.split()) if isinstance(text, str) else ""
    if not typed:
        return None
    if found := _MONTH_YEAR.fullmatch(typed):
        month = _month_number(found.group("month"))
    elif found := _NUMBERED_MONTH.fullmatch(typed) or _ISO_MONTH.fullmatch(typed):
        month = int(found.group("mon"))
    else:
        raise ValueError(f"expected a month such as June 2017 or 06/2017, got {text!r}")
    if not 1 <= month <= 12:
        raise ValueError(f"{typed!r} is not a month of the calendar")
    return dt.date(int(found.group("year")), month, 1)


_TIME = re.compile(
    r"(?<![\d/.\-])(?P<hour>[01]?\d|2[0-3])(?:[:.](?P<minute>[0-5]\d))?\s*"
    r"(?P<half>a\.?m\.?|p\.?m\.?|hrs|hours|h\b)?(?![\d/]|\.\d)",
    re.IGNORECASE,
)


# "1030hrs", "1400 hours": the 24-hour clock without a colon, as the police write it.
_HOURS = re.compile(
    r"(?<![\d/.\-])(?P<hour>[01]\d|2[0-3])(?P<minute>[0-5]\d)\s*(?:hrs|hours)\b", re.I
)


def find_time(text: str) -> str:
    """The first time of day written in ``text`` as ``HH:MM`` (24-hour), or ""."""
    hours = _HOURS.search(text)
    for match in _TIME.finditer(text):
        if hours is not None and hours.start() <= match.start():
            break
        hour, minute, half = match.group("hour"), match.group("minute"), match.group("half")
        if minute is None and half is None:
            continue  # a bare number is no time
        if half is None and match.group(0).count(".") and not minute:
            continue
        h = int(hour)
        if half:
            half = half.lower().replace(".", "")
            if half == "pm" and h < 12:
                h += 12
            elif half == "am" and h == 12:
                h = 0
            elif half in ("am", "pm") and h > 12:
                continue
        return f"{h:02d}:{int(minute or 0):02d}"
    if hours is not None:
        return f"{hours.group('hour')}:{hours.group('minute')}"
    if re.search(r"\bnoon\b|\bmidday\b", text, re.IGNORECASE):
        return "12:00"
    return ""
