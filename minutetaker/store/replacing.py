"""A stored meeting replaced by an imported one (``import --replace``), without
losing what the archive knows about its record.

The meeting's words are replaced; its place in the month after the meeting is
not. Where the record has a history in this archive (it was circulated, agreed,
published, its findings judged), the replacement keeps the meeting's id, its
state and day of agreement, its kept versions, its history, its remembered
choices of the check and its ignored words, so that a draft circulated before is
still recognised when it comes back, and the history says it was replaced. An
agreed record that is locked is replaced only with a reason, which its history
keeps, as for any other change; it is locked again afterwards. (Past minutes
imported from Word come in agreed but have no history here: importing them again
replaces them as before.)

Runs inside the caller's transaction.
"""

from __future__ import annotations

import datetime as dt
import sqlite3

from minutetaker.domain.model import Meeting
from minutetaker.domain.text import clean_line
from minutetaker.store.lifecycle import is_locked, require_editable
from minutetaker.store.meetings import check_action_ids_free, delete_meeting, insert_meeting
from minutetaker.store.versions import add_history

# What the archive keeps about a meeting's record, beside the meeting itself.
_KEPT = {
    "versions": ("id", "meeting_id", "number", "created", "state", "meeting"),
    "history": ("id", "meeting_id", "at", "event", "version", "detail"),
    "check_choices": ("meeting_id", "finding", "choice", "at"),
    "ignored_words": ("meeting_id", "word"),
}


def replace_meeting(
    conn: sqlite3.Connection, old_id: int, meeting: Meeting, reason: str | None = None
) -> int:
    """Replace the stored meeting ``old_id`` by ``meeting``; its id. RecordLocked
    for a locked record when no reason is given."""
    reason = clean_line(reason or "").strip()
    kept = {
        table: conn.execute(
            f"SELECT {', '.join(columns)} FROM {table} WHERE meeting_id = ?", (old_id,)
        ).fetchall()
        for table, columns in _KEPT.items()
    }
    has_record = bool(kept["versions"] or kept["history"])
    # Past minutes imported from Word come in agreed, with no history here: importing
    # them again is no change to a record this archive agreed.
    locked = has_record and is_locked(conn, old_id)
    if locked and not reason:
        require_editable(conn, old_id)  # RecordLocked, with the archive's sentence
    state, agreed_on = conn.execute(
        "SELECT state, agreed_on FROM meetings WHERE id = ?", (old_id,)
    ).fetchone()
    delete_meeting(conn, old_id)
    check_action_ids_free(conn, meeting)  # the ids it held are free again
    if has_record:  # where the record stands is not the imported file's to say
        meeting.id, meeting.state = old_id, state
        meeting.agreed_on = dt.date.fromisoformat(agreed_on) if agreed_on else None
    else:
        meeting.id = None
    new_id = insert_meeting(conn, meeting)
    if not has_record:
        return new_id
    for table, rows in kept.items():
        columns = _KEPT[table]
        marks = ", ".join("?" for _ in columns)
        conn.executemany(f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({marks})", rows)
    if locked:
        add_history(conn, new_id, "unlocked", detail=reason)
    add_history(conn, new_id, "replaced", detail="" if locked else reason)
    if locked:
        add_history(conn, new_id, "locked")
    return new_id
    for table, rows in kept.items():
        columns = _KEPT[table]
        marks = ", ".join("?" for _ in columns)
        conn.executemany(f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({marks})", rows)
    if locked:
        add_history(conn, new_id, "unlocked", detail=reason)
    add_history(conn, new_id, "replaced", detail="" if locked else reason)
    if locked:
        add_history(conn, new_id, "locked")
    return new_id
