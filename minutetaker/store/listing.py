"""Finding meetings: the list of them, those held on a day, the one a person names.

Kept apart from ``loading`` (a meeting read back whole) because the command
line's ``list`` needs only this: it loads no domain model, and so starts
without ``dataclasses`` (whose ``inspect`` is the largest import of all).
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections import namedtuple

from minutetaker.domain.dates import looks_like_date, parse_typed_date
from minutetaker.domain.text import title_key
from minutetaker.store.errors import NotFound

# One line of the list of meetings (read-only, compared by value).
MeetingSummary = namedtuple("MeetingSummary", "id date title template state")


def list_meetings(conn: sqlite3.Connection, limit: int | None, offset: int) -> list[MeetingSummary]:
    sql = "SELECT id, date, title, template, state FROM meetings ORDER BY date DESC, id DESC"
    params: tuple = ()
    if limit is not None:
        sql += " LIMIT ? OFFSET ?"
        params = (limit, offset)
    return [
        MeetingSummary(r[0], dt.date.fromisoformat(r[1]), r[2], r[3], r[4])
        for r in conn.execute(sql, params)
    ]


def meetings_on(conn: sqlite3.Connection, day: dt.date, title: str | None) -> list[int]:
    """The meetings on ``day`` (with ``title``: of that title however it is written:
    case, Unicode form, invisible characters and spacing aside)."""
    rows = conn.execute(
        "SELECT id, title FROM meetings WHERE date = ? ORDER BY id", (day.isoformat(),)
    ).fetchall()
    if title is None:
        return [r[0] for r in rows]
    wanted = title_key(title)
    return [r[0] for r in rows if title_key(r[1]) == wanted]


def resolve(conn: sqlite3.Connection, ref: str) -> int:
    """The id of the meeting ``ref`` names: an id, or a date held by one meeting."""
    ref = ref.strip()
    if ref.isdigit():
        found = (
            len(ref) <= 18
            and conn.execute(  # (beyond SQLite's integers: no such id)
                "SELECT 1 FROM meetings WHERE id = ?", (int(ref),)
            ).fetchone()
        )
        if not found:
            raise NotFound(f"There is no meeting with id {ref} in the archive.")
        return int(ref)
    if looks_like_date(ref):  # YYYY-MM-DD or dd/mm/yyyy, as the window takes it
        try:
            day = parse_typed_date(ref)
        except ValueError:
            raise NotFound(f"{ref} is not a date in the calendar.") from None
        ids = meetings_on(conn, day, None)
        if not ids:
            raise NotFound(f"There is no meeting on {day.isoformat()} in the archive.")
        if len(ids) > 1:
            listed = ", ".join(str(i) for i in ids)
            raise NotFound(
                f"There are {len(ids)} meetings on {day.isoformat()} (ids {listed}); give the id."
            )
        return ids[0]
    raise NotFound(f"{ref!r} is neither a meeting id nor a date (YYYY-MM-DD or dd/mm/yyyy).")
