"""Meetings written into the archive's tables (reading them back: ``loading``).

An item's blocks are kept as one JSON text in its row: the editor always saves
an item's notes whole, so saving after a pause in typing is one UPDATE of one
row (plus its line in the search index), however long the meeting.
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3

from minutetaker.domain.model import (
    Item,
    Meeting,
)
from minutetaker.domain.serial import block_to_dict
from minutetaker.domain.text import clean_line, clean_text
from minutetaker.store.errors import Conflict, NotFound
from minutetaker.store.index_text import (
    item_search_row,
    meeting_search_row,
    next_search_id,
    renumber_search_rows,
)
from minutetaker.store.record_lock import NOT_LOCKED


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


def _iso(day: dt.date | None) -> str | None:
    return day.isoformat() if day else None


def _date(text: str | None) -> dt.date | None:
    return dt.date.fromisoformat(text) if text else None


def _meeting_date(conn: sqlite3.Connection, meeting_id: int) -> dt.date:
    return dt.date.fromisoformat(
        conn.execute("SELECT date FROM meetings WHERE id = ?", (meeting_id,)).fetchone()[0]
    )


def require_meeting(conn: sqlite3.Connection, meeting_id: int) -> None:
    if conn.execute("SELECT 1 FROM meetings WHERE id = ?", (meeting_id,)).fetchone() is None:
        raise NotFound(f"There is no meeting with id {meeting_id} in the archive.")


# -- writing -------------------------------------------------------------------------


def _details_values(meeting: Meeting) -> dict:
    nxt = meeting.next_meeting
    return {
        "template": clean_line(meeting.template),
        "title": clean_line(meeting.title),
        "date": meeting.date.isoformat(),
        "time": clean_line(meeting.time),
        "venue": clean_line(meeting.venue),
        "chair": clean_line(meeting.chair),
        "minute_taker_name": clean_line(meeting.minute_taker.name),
        "minute_taker_capacity": clean_line(meeting.minute_taker.capacity),
        "marking": meeting.marking,
        "has_next": 0 if nxt is None else 1,
        "next_date": _iso(nxt.date) if nxt else None,
        "next_time": clean_line(nxt.time) if nxt else "",
        "next_venue": clean_line(nxt.venue) if nxt else "",
        "modified": _now(),
    }


def insert_meeting(conn: sqlite3.Connection, meeting: Meeting) -> int:
    values = _details_values(meeting)
    values["created"] = values["modified"]
    values["state"] = meeting.state
    values["agreed_on"] = _iso(meeting.agreed_on)
    if meeting.id is not None:
        values["id"] = meeting.id
    columns = ", ".join(values)
    marks = ", ".join(f":{name}" for name in values)
    cursor = conn.execute(f"INSERT INTO meetings ({columns}) VALUES ({marks})", values)
    meeting.id = cursor.lastrowid
    _insert_people(conn, meeting)
    for position, item in enumerate(meeting.items):
        _insert_item(conn, meeting.id, None, position, item)
    return meeting.id


def _insert_people(conn: sqlite3.Connection, meeting: Meeting) -> None:
    conn.executemany(
        "INSERT INTO people (meeting_id, position, name, capacity, role, attendance) "
        "VALUES (?, ?, ?, ?, ?, ?)",
        [
            (
                meeting.id,
                n,
                clean_line(p.name),
                clean_line(p.capacity),
                clean_line(p.role),
                p.attendance,
            )
            for n, p in enumerate(meeting.people)
        ],
    )
    conn.execute(
        "INSERT INTO search_text (id, meeting_id, item_id, heading, topic, body, actions) "
        "VALUES (:id, :meeting_id, NULL, :heading, :topic, :body, :actions)",
        {**meeting_search_row(meeting), "id": next_search_id(conn, meeting.date)},
    )


def _insert_item(
    conn: sqlite3.Connection, meeting_id: int, parent_id: int | None, position: int, item: Item
) -> None:
    cursor = conn.execute(
        "INSERT INTO items (meeting_id, parent_id, position, number, heading, kind) "
        "VALUES (?, ?, ?, ?, ?, ?)",
        (
            meeting_id,
            parent_id,
            position,
            clean_line(item.number),
            clean_line(item.heading),
            item.kind,
        ),
    )
    item.id = cursor.lastrowid
    conn.execute(
        "INSERT INTO search_text (id, meeting_id, item_id) VALUES (?, ?, ?)",
        (next_search_id(conn, _meeting_date(conn, meeting_id)), meeting_id, item.id),
    )
    update_item(conn, meeting_id, item, touch=False, even_if_locked=True)  # (a new row)
    for child_position, child in enumerate(item.items):
        _insert_item(conn, meeting_id, item.id, child_position, child)


def delete_meeting(conn: sqlite3.Connection, meeting_id: int) -> None:
    """Delete a meeting whole; the actions it brought forward are settled again
    by the meetings that remain."""
    require_meeting(conn, meeting_id)
    followed = brought_forward_ids(conn, meeting_id)
    conn.execute("DELETE FROM meetings WHERE id = ?", (meeting_id,))
    settle_actions(conn, followed)


_UPDATE_ITEM = (
    "UPDATE items SET number = ?, heading = ?, topic = ?, kind = ?, restricted = ?, "
    "restricted_reason = ?, blocks = ?, bf_from_date = ?, bf_subject = ?, bf_action = ?, "
    "bf_owner = ?, bf_decision = ?, bf_action_id = ?, bf_due = ? "
    "WHERE id = ? AND meeting_id = ?"
)
_UPDATE_ITEM_UNLESS_LOCKED = f"{_UPDATE_ITEM} AND {NOT_LOCKED}"


def update_item(
    conn: sqlite3.Connection,
    meeting_id: int,
    item: Item,
    *,
    touch: bool = True,
    actions: bool = True,
    even_if_locked: bool = False,
) -> None:
    """Write one stored item's own content: heading, topic, flags, blocks, the
    brought-forward record and (with ``actions``) its actions, with the status
    of the action a brought-forward item follows settled again. Sub-items are
    left alone; ``touch`` sets the meeting's time of change.

    An agreed record not opened with a reason is refused (RecordLocked) by the
    UPDATE itself, which then matches nothing: the lock costs no statement of
    its own. ``even_if_locked`` is for what may change it all the same (a new
    meeting's own rows, what is withheld from publication)."""
    if item.id is None:
        raise NotFound("That item has not been stored yet.")
    bf = item.brought_forward
    blocks = json.dumps([block_to_dict(b) for b in item.blocks], ensure_ascii=False)
    cursor = conn.execute(
        _UPDATE_ITEM if even_if_locked else _UPDATE_ITEM_UNLESS_LOCKED,
        (
            clean_line(item.number),
            clean_line(item.heading),
            clean_line(item.topic),
            item.kind,
            int(item.restricted),
            clean_line(item.restricted_reason),
            blocks,
            _iso(bf.from_date) if bf else None,
            clean_line(bf.subject) if bf else None,
            clean_text(bf.action) if bf else None,
            clean_line(bf.owner) if bf else None,
            bf.decision if bf else None,
            (bf.action_id or None) if bf else None,
            _iso(bf.due) if bf else None,
            item.id,
            meeting_id,
            *(() if even_if_locked else (meeting_id,)),
        ),
    )
    if cursor.rowcount != 1:
        from minutetaker.store.lifecycle import require_editable

        require_editable(conn, meeting_id)  # (raises if it is locked, or gone)
        raise NotFound(f"Item {item.number} is no longer in the archive.")
    if actions:
        _sync_actions(conn, meeting_id, item)
        if bf is not None and bf.action_id:
            settle_actions(conn, [bf.action_id])
    row = item_search_row(item)
    row["item_id"] = item.id
    conn.execute(
        "UPDATE search_text SET heading = :heading, topic = :topic, body = :body, "
        "actions = :actions WHERE item_id = :item_id",
        row,
    )
    if touch:
        conn.execute("UPDATE meetings SET modified = ? WHERE id = ?", (_now(), meeting_id))


_SETTLE = """
    UPDATE actions SET status = CASE (
        SELECT i.bf_decision FROM items AS i JOIN meetings AS m ON m.id = i.meeting_id
        WHERE i.bf_action_id = actions.id ORDER BY m.date DESC, i.id DESC LIMIT 1
    ) WHEN 'discharged' THEN 'discharged' ELSE 'open' END
    WHERE id = ? AND EXISTS (SELECT 1 FROM items WHERE bf_action_id = actions.id)
"""


def settle_actions(conn: sqlite3.Connection, action_ids: list[str]) -> None:
    """The status of a tracked action is the decision of the latest meeting that
    brought it forward: "discharged" closes it, anything else keeps it open.
    Whatever order meetings are saved or imported in, the latest one rules; an
    action never brought forward keeps the status it was given."""
    conn.executemany(_SETTLE, [(action_id,) for action_id in action_ids if action_id])


def brought_forward_ids(conn: sqlite3.Connection, meeting_id: int) -> list[str]:
    """The tracked actions a meeting's brought-forward items follow."""
    return [
        r[0]
        for r in conn.execute(
            "SELECT bf_action_id FROM items WHERE meeting_id = ? AND bf_action_id IS NOT NULL",
            (meeting_id,),
        )
    ]


def _sync_actions(conn: sqlite3.Connection, meeting_id: int, item: Item) -> None:
    keep = [a.id for a in item.actions]
    existing = [
        row[0] for row in conn.execute("SELECT id FROM actions WHERE item_id = ?", (item.id,))
    ]
    gone = [action_id for action_id in existing if action_id not in keep]
    conn.executemany("DELETE FROM actions WHERE id = ?", [(a,) for a in gone])
    conn.executemany(
        "INSERT INTO actions (id, meeting_id, item_id, position, text, owner, due, status) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET "
        "meeting_id = excluded.meeting_id, item_id = excluded.item_id, "
        "position = excluded.position, text = excluded.text, owner = excluded.owner, "
        "due = excluded.due, status = excluded.status",
        [
            (
                a.id,
                meeting_id,
                item.id,
                n,
                clean_text(a.text),
                clean_line(a.owner),
                _iso(a.due),
                a.status,
            )
            for n, a in enumerate(item.actions)
        ],
    )
    settle_actions(conn, keep)


def update_details(conn: sqlite3.Connection, meeting: Meeting) -> None:
    require_meeting(conn, meeting.id)
    if _meeting_date(conn, meeting.id) != meeting.date:
        renumber_search_rows(conn, meeting.id, meeting.date)
        moved = True
    else:
        moved = False
    values = _details_values(meeting)
    assignments = ", ".join(f"{name} = :{name}" for name in values)
    conn.execute(f"UPDATE meetings SET {assignments} WHERE id = :id", {**values, "id": meeting.id})
    conn.execute("DELETE FROM people WHERE meeting_id = ?", (meeting.id,))
    conn.execute("DELETE FROM search_text WHERE meeting_id = ? AND item_id IS NULL", (meeting.id,))
    _insert_people(conn, meeting)
    if moved:  # the meeting's date decides which decision is the latest
        settle_actions(conn, brought_forward_ids(conn, meeting.id))


def action_ids_in_use(conn: sqlite3.Connection, ids: list[str]) -> dict[str, dt.date]:
    found = {}
    for action_id in ids:
        row = conn.execute(
            "SELECT m.date FROM actions AS a JOIN meetings AS m ON m.id = a.meeting_id "
            "WHERE a.id = ?",
            (action_id,),
        ).fetchone()
        if row is not None:
            found[action_id] = dt.date.fromisoformat(row[0])
    return found


def check_action_ids_free(conn: sqlite3.Connection, meeting: Meeting) -> None:
    """Refuse a meeting whose actions reuse ids the archive gives to other actions."""
    for item, action in meeting.actions():
        row = conn.execute(
            "SELECT m.date FROM actions AS a JOIN meetings AS m ON m.id = a.meeting_id "
            "WHERE a.id = ?",
            (action.id,),
        ).fetchone()
        if row is not None:
            raise Conflict(
                f"Action {action.id!r} under item {item.number} is already in the archive, "
                f"raised at the meeting of {row[0]}; nothing was imported."
            )
