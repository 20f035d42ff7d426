"""The text of a meeting as the full-text index sees it.

Each item gives one row (heading, topic, body with every block and finding,
actions with their owners); each meeting gives one more for its details and
the people who came. The columns are weighted apart when ranking.

A row's id carries the meeting's date: ``date.toordinal() * SPAN + n``. Newer
meetings therefore have larger ids, so the search can break ties in favour of
the newer meeting, and filter by date, with the id alone: no join for each of
the thousands of rows a common word matches.
"""

from __future__ import annotations

import datetime as dt
import sqlite3

from minutetaker.domain.model import Item, Meeting
from minutetaker.domain.text import clean_text


def item_search_row(item: Item) -> dict[str, str]:
    body: list[str] = []
    for block in item.blocks:
        for part in block.walk():
            body.append(f"{part.number} {part.text}".strip() if part.number else part.text)
    bf = item.brought_forward
    if bf is not None:
        body[:0] = [bf.subject, bf.action, bf.owner]
    actions = [f"{a.text} {a.owner}".strip() for a in item.actions]
    return {
        "heading": clean_text(item.heading),
        "topic": clean_text(item.topic),
        "body": "\n".join(clean_text(part) for part in body if part),
        "actions": "\n".join(clean_text(action) for action in actions),
    }


def meeting_search_row(meeting: Meeting) -> dict[str, object]:
    lines = [meeting.chair, meeting.venue, meeting.minute_taker.name, meeting.minute_taker.capacity]
    for person in meeting.people:
        lines.append(f"{person.name} {person.capacity} {person.role}".strip())
    return {
        "meeting_id": meeting.id,
        "heading": clean_text(meeting.title),
        "topic": "",
        "body": clean_text("\n".join(line for line in lines if line)),
        "actions": "",
    }


SPAN = 1_000_000  # room for a million search rows on one day


def id_range(first: dt.date | None, last: dt.date | None) -> tuple[int, int]:
    """The search row ids of meetings from ``first`` to ``last`` (inclusive)."""
    low = first.toordinal() * SPAN if first else 0
    high = (last.toordinal() + 1) * SPAN - 1 if last else 2**62
    return low, high


def next_search_id(conn: sqlite3.Connection, day: dt.date) -> int:
    low, high = id_range(day, day)
    top = conn.execute(
        "SELECT max(id) FROM search_text WHERE id BETWEEN ? AND ?", (low, high)
    ).fetchone()[0]
    return low if top is None else top + 1


def renumber_search_rows(conn: sqlite3.Connection, meeting_id: int, day: dt.date) -> None:
    """Give a meeting's search rows ids of its new date (its date was changed)."""
    rows = [
        r[0]
        for r in conn.execute(
            "SELECT id FROM search_text WHERE meeting_id = ? ORDER BY id", (meeting_id,)
        )
    ]
    for old in rows:
        conn.execute("UPDATE search_text SET id = ? WHERE id = ?", (next_search_id(conn, day), old))
