"""Meetings read back from the archive's tables into the domain's objects (the list
of meetings and finding one by its date: ``listing``)."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3

from minutetaker.domain.model import (
    Action,
    BroughtForward,
    Item,
    Meeting,
    MinuteTaker,
    NextMeeting,
    Person,
)
from minutetaker.domain.serial import block_from_dict
from minutetaker.store.errors import NotFound


def _date(text: str | None) -> dt.date | None:
    return dt.date.fromisoformat(text) if text else None


def load_meeting(conn: sqlite3.Connection, meeting_id: int) -> Meeting:
    conn.row_factory = sqlite3.Row
    try:
        row = conn.execute("SELECT * FROM meetings WHERE id = ?", (meeting_id,)).fetchone()
        if row is None:
            raise NotFound(f"There is no meeting with id {meeting_id} in the archive.")
        people = conn.execute(
            "SELECT * FROM people WHERE meeting_id = ? ORDER BY position", (meeting_id,)
        ).fetchall()
        item_rows = conn.execute(
            "SELECT * FROM items WHERE meeting_id = ? ORDER BY parent_id IS NOT NULL, position",
            (meeting_id,),
        ).fetchall()
        action_rows = conn.execute(
            "SELECT * FROM actions WHERE meeting_id = ? ORDER BY item_id, position", (meeting_id,)
        ).fetchall()
    finally:
        conn.row_factory = None
    actions: dict[int, list[Action]] = {}
    for a in action_rows:
        actions.setdefault(a["item_id"], []).append(
            Action(
                text=a["text"],
                owner=a["owner"],
                due=_date(a["due"]),
                status=a["status"],
                id=a["id"],
            )
        )
    items: dict[int, Item] = {}
    top: list[Item] = []
    for r in item_rows:
        item = _item_from_row(r, actions.get(r["id"], []))
        items[r["id"]] = item
        if r["parent_id"] is None:
            top.append(item)
    for r in item_rows:
        if r["parent_id"] is not None:
            items[r["parent_id"]].items.append(items[r["id"]])
    return Meeting(
        id=row["id"],
        title=row["title"],
        date=dt.date.fromisoformat(row["date"]),
        template=row["template"],
        time=row["time"],
        venue=row["venue"],
        chair=row["chair"],
        minute_taker=MinuteTaker(row["minute_taker_name"], row["minute_taker_capacity"]),
        marking=row["marking"],
        people=[Person(p["name"], p["capacity"], p["role"], p["attendance"]) for p in people],
        items=top,
        next_meeting=NextMeeting(_date(row["next_date"]), row["next_time"], row["next_venue"])
        if row["has_next"]
        else None,
        state=row["state"],
        agreed_on=_date(row["agreed_on"]),
    )


def _item_from_row(r: sqlite3.Row, actions: list[Action]) -> Item:
    bf = None
    if r["bf_decision"] is not None:
        bf = BroughtForward(
            from_date=_date(r["bf_from_date"]),
            subject=r["bf_subject"] or "",
            action=r["bf_action"] or "",
            owner=r["bf_owner"] or "",
            decision=r["bf_decision"],
            action_id=r["bf_action_id"] or "",
            due=_date(r["bf_due"]),
        )
    return Item(
        id=r["id"],
        number=r["number"],
        heading=r["heading"],
        topic=r["topic"],
        kind=r["kind"],
        restricted=bool(r["restricted"]),
        restricted_reason=r["restricted_reason"],
        blocks=[block_from_dict(b) for b in json.loads(r["blocks"])],
        actions=actions,
        brought_forward=bf,
    )


def known_people(conn: sqlite3.Connection) -> list[Person]:
    rows = conn.execute(
        """
        SELECT p.name, p.capacity, p.role FROM people AS p
        JOIN meetings AS m ON m.id = p.meeting_id
        ORDER BY m.date DESC, p.position
        """
    )
    seen: dict[str, Person] = {}
    for name, capacity, role in rows:
        key = name.casefold()
        if key not in seen:
            seen[key] = Person(name, capacity, role)
    return sorted(seen.values(), key=lambda p: p.name.casefold())
