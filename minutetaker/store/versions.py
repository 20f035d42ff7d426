"""Kept versions of a meeting and its history, in the archive's own tables.

A version is the whole meeting as it stood when it was circulated, agreed or
published, written once in the interchange shape of :mod:`domain.serial` (each
item with its kind added, an optional field the interchange reader ignores) and
never changed: a trigger refuses any UPDATE of the ``versions`` table. Because
versions are rows of the archive, every backup and restore carries them.

These functions take a connection and run inside the caller's transaction.
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from dataclasses import dataclass

from minutetaker.domain.model import Item, Meeting
from minutetaker.domain.serial import meeting_from_dict, meeting_to_dict
from minutetaker.store.errors import NotFound
from minutetaker.store.loading import load_meeting

TYPE_CHECKING = False  # (not `typing`'s: opening the archive need not load it)
if TYPE_CHECKING:
    from typing import Any


@dataclass(frozen=True)
class VersionInfo:
    number: int
    created: dt.datetime  # when it was kept (UTC)
    state: str  # the state it was kept for: circulated, agreed or published
    fingerprint: str = ""  # of the kept text (when known): a file can say which text it holds


@dataclass(frozen=True)
class HistoryEvent:
    at: dt.datetime  # UTC
    event: str  # circulated, agreed, unlocked, locked, withheld, accepted, corrected, published
    version: int | None
    detail: str


def now_utc() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(microsecond=0)


def _when(text: str) -> dt.datetime:
    return dt.datetime.fromisoformat(text)


# -- the snapshot ---------------------------------------------------------------------


def snapshot(meeting: Meeting) -> dict[str, Any]:
    """The meeting in the interchange shape, each item with its ``kind`` added."""
    raw = meeting_to_dict(meeting)
    for item, item_raw in zip(meeting.items, raw["items"]):
        _add_kinds(item, item_raw)
    return raw


def _add_kinds(item: Item, raw: dict[str, Any]) -> None:
    raw["kind"] = item.kind
    for child, child_raw in zip(item.items, raw["items"]):
        _add_kinds(child, child_raw)


def from_snapshot(raw: dict[str, Any]) -> Meeting:
    meeting = meeting_from_dict(raw)
    for item, item_raw in zip(meeting.items, raw["items"]):
        _set_kinds(item, item_raw)
    return meeting


def _set_kinds(item: Item, raw: dict[str, Any]) -> None:
    item.kind = raw.get("kind", item.kind)
    for child, child_raw in zip(item.items, raw.get("items", [])):
        _set_kinds(child, child_raw)


def snapshot_text(meeting: Meeting) -> str:
    return json.dumps(snapshot(meeting), ensure_ascii=False, sort_keys=True)


def fingerprint(text: str) -> str:
    """A short fingerprint of a kept version's text (the first 16 hex digits of its
    SHA-256): a circulated draft carries it, so that a draft whose version was never
    kept (or kept with other words) is told apart."""
    import hashlib  # (only for a version: reading the archive does not need it)

    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


# -- versions -------------------------------------------------------------------------


def keep_version(conn: sqlite3.Connection, meeting_id: int, state: str) -> VersionInfo:
    """Keep the meeting as it stands now as its next version, numbered from 1."""
    meeting = load_meeting(conn, meeting_id)
    number = conn.execute(
        "SELECT coalesce(max(number), 0) + 1 FROM versions WHERE meeting_id = ?", (meeting_id,)
    ).fetchone()[0]
    created = now_utc()
    text = snapshot_text(meeting)
    conn.execute(
        "INSERT INTO versions (meeting_id, number, created, state, meeting) VALUES (?, ?, ?, ?, ?)",
        (meeting_id, number, created.isoformat(), state, text),
    )
    return VersionInfo(number, created, state, fingerprint(text))


def unchanged_since_latest(conn: sqlite3.Connection, meeting_id: int) -> VersionInfo | None:
    """The latest version, if the meeting as it stands is exactly that version."""
    row = conn.execute(
        "SELECT number, created, state, meeting FROM versions WHERE meeting_id = ? "
        "ORDER BY number DESC LIMIT 1",
        (meeting_id,),
    ).fetchone()
    if row is None:
        return None
    if row[3] != snapshot_text(load_meeting(conn, meeting_id)):
        return None
    return VersionInfo(row[0], _when(row[1]), row[2], fingerprint(row[3]))


def list_versions(conn: sqlite3.Connection, meeting_id: int) -> list[VersionInfo]:
    return [
        VersionInfo(number, _when(created), state)
        for number, created, state in conn.execute(
            "SELECT number, created, state FROM versions WHERE meeting_id = ? ORDER BY number",
            (meeting_id,),
        )
    ]


def version_fingerprint(conn: sqlite3.Connection, meeting_id: int, number: int) -> str | None:
    """The fingerprint of version ``number``, or None if there is no such version."""
    row = conn.execute(
        "SELECT meeting FROM versions WHERE meeting_id = ? AND number = ?", (meeting_id, number)
    ).fetchone()
    return None if row is None else fingerprint(row[0])


def load_version(conn: sqlite3.Connection, meeting_id: int, number: int) -> Meeting:
    """Version ``number`` of the meeting, as a Meeting (with the meeting's id)."""
    row = conn.execute(
        "SELECT meeting, state FROM versions WHERE meeting_id = ? AND number = ?",
        (meeting_id, number),
    ).fetchone()
    if row is None:
        held = len(list_versions(conn, meeting_id))
        kept = f"versions 1 to {held}" if held > 1 else "version 1" if held else "no versions"
        raise NotFound(f"The meeting (id {meeting_id}) has no version {number}; it has {kept}.")
    meeting = from_snapshot(json.loads(row[0]))
    meeting.id = meeting_id
    meeting.state = row[1]
    return meeting


# -- history --------------------------------------------------------------------------


def add_history(
    conn: sqlite3.Connection,
    meeting_id: int,
    event: str,
    version: int | None = None,
    detail: str = "",
    at: dt.datetime | None = None,
) -> None:
    conn.execute(
        "INSERT INTO history (meeting_id, at, event, version, detail) VALUES (?, ?, ?, ?, ?)",
        (meeting_id, (at or now_utc()).isoformat(), event, version, detail),
    )


def history(conn: sqlite3.Connection, meeting_id: int) -> list[HistoryEvent]:
    return [
        HistoryEvent(_when(at), event, version, detail)
        for at, event, version, detail in conn.execute(
            "SELECT at, event, version, detail FROM history WHERE meeting_id = ? ORDER BY id",
            (meeting_id,),
        )
    ]
