"""UK dates and times: the one place they are written out and read in.

Written out by hand rather than with ``strftime``'s ``%A``/``%B``/``%b`` so that
the result is English whatever the machine's locale, and without leading zeros
on the day, which ``strftime`` cannot drop portably. Read in as people type
them: ``15/04/2031`` (day first, as in the UK), or ``2031-04-15``.
"""

from __future__ import annotations

import datetime as dt
import re

DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
# Matched whole (fullmatch): "$" would also match before a final newline.
_TIME = re.compile(r"([01][0-9]|2[0-3]):[0-5][0-9]")
_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
_UK_DATE = re.compile(r"([0-9]{1,2})/([0-9]{1,2})/([0-9]{4})")
_UK_MONTH = re.compile(r"([0-9]{1,2})/([0-9]{4})")
_YEAR = re.compile(r"[0-9]{4}")


def long_date(day: dt.date) -> str:
    """``Tuesday 22 August 2017``."""
    return f"{DAYS[day.weekday()]} {day.day} {MONTHS[day.month - 1]} {day.year}"


def short_date(day: dt.date) -> str:
    """``18 Mar 2031``: the UK order, short enough for a narrow list."""
    return f"{day.day} {MONTHS[day.month - 1][:3]} {day.year}"


def uk_date(day: dt.date) -> str:
    """``18/03/2031``: a date as it is typed, for a field to show."""
    return f"{day.day:02d}/{day.month:02d}/{day.year:04d}"


def month_year(day: dt.date) -> str:
    """``August 2017``."""
    return f"{MONTHS[day.month - 1]} {day.year}"


def meeting_when(day: dt.date, time: str = "") -> str:
    """The details line of a meeting: ``Tuesday 22 August 2017 @ 10:30``."""
    return f"{long_date(day)} @ {time}" if time else long_date(day)


def next_meeting_when(day: dt.date, time: str = "") -> str:
    """The date of the next meeting as the notes give it: ``10:30 on 26 September 2017``."""
    plain = f"{day.day} {MONTHS[day.month - 1]} {day.year}"
    return f"{time} on {plain}" if time else plain


def is_time(text: str) -> bool:
    """Whether ``text`` is a 24-hour ``HH:MM`` time."""
    return isinstance(text, str) and bool(_TIME.fullmatch(text))


def parse_date(text: str) -> dt.date:
    """A strict ``YYYY-MM-DD`` date; raises ValueError with a plain message."""
    if not isinstance(text, str) or not _DATE.fullmatch(text):
        raise ValueError(f"expected a date as YYYY-MM-DD, got {text!r}")
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise ValueError(f"{text!r} is not a date in the calendar") from None


def looks_like_date(text: str) -> bool:
    """Whether ``text`` has the form of a typed date (dd/mm/yyyy or YYYY-MM-DD),
    whether or not it is one in the calendar."""
    typed = text.strip() if isinstance(text, str) else ""
    return bool(_UK_DATE.fullmatch(typed) or _DATE.fullmatch(typed))


def parse_typed_date(text: str) -> dt.date:
    """A date as a person types it: ``dd/mm/yyyy`` (the UK order, ``d/m/yyyy``
    too) or ``YYYY-MM-DD``. Raises ValueError with a plain message."""
    typed = text.strip() if isinstance(text, str) else text
    found = _UK_DATE.fullmatch(typed) if isinstance(typed, str) else None
    if found is None:
        if isinstance(typed, str) and _DATE.fullmatch(typed):
            return parse_date(typed)
        raise ValueError(f"expected a date as dd/mm/yyyy or YYYY-MM-DD, got {text!r}")
    day, month, year = (int(part) for part in found.groups())
    try:
        return dt.date(year, month, day)
    except ValueError:
        raise ValueError(f"{typed!r} is not a date in the calendar") from None


def parse_field_date(text: str) -> dt.date | None:
    """A date field as typed (:func:`parse_typed_date`), which may be left empty:
    None then."""
    return parse_typed_date(text) if text.strip() else None


def parse_period(text: str, end: bool = False) -> dt.date | None:
    """A date, a month (``03/2031``) or a year (``2031``) as typed in a filter.

    A month or a year means its first day (with ``end``, its last). Empty text
    is None; anything else raises ValueError."""
    text = text.strip()
    if found := _UK_MONTH.fullmatch(text):
        first = dt.date(int(found.group(2)), int(found.group(1)), 1)
        if not end:
            return first
        following = (first + dt.timedelta(days=31)).replace(day=1)
        return following - dt.timedelta(days=1)
    if _YEAR.fullmatch(text):
        year = int(text)
        return dt.date(year, 12, 31) if end else dt.date(year, 1, 1)
    return parse_field_date(text)
