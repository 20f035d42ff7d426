"""UK date and time formats used in the notes.

Written out by hand rather than with ``strftime``'s ``%A``/``%B`` so that the
result is English whatever the machine's locale, and without leading zeros on
the day, which ``strftime`` cannot drop portably.
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


def long_date(day: dt.date) -> str:
    """``Tuesday 22 August 2017``."""
    return f"{DAYS[day.weekday()]} {day.day} {MONTHS[day.month - 1]} {day.year}"


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


def iso(day: dt.date | None) -> str | None:
    return day.isoformat() if day else None
