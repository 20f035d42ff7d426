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
_TIME = re.compile(r"^([01]\d|2[0-3]):[0-5]\d$")
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


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
    return bool(_TIME.match(text))


def parse_date(text: str) -> dt.date:
    """A strict ``YYYY-MM-DD`` date; raises ValueError with a plain message."""
    if not isinstance(text, str) or not _DATE.match(text):
        raise ValueError(f"expected a date as YYYY-MM-DD, got {text!r}")
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise ValueError(f"{text!r} is not a date in the calendar") from None


def iso(day: dt.date | None) -> str | None:
    return day.isoformat() if day else None
