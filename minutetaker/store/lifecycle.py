"""Where a meeting's record stands after the meeting, and what that allows.

draft → circulated (each circulation keeps a version) → agreed (the day is kept,
and the record is locked) → published (the version published is kept). An agreed
record changes only after :func:`unlock` has been given a reason, which its
history keeps with the time; :func:`lock_again` (or publishing) ends that. The
lock is kept in the history table, so every connection to the archive (the
window's, a background writer's, a command's) sees the same one.

These functions take a connection and run inside the caller's transaction.
"""

from __future__ import annotations

import datetime as dt
import sqlite3

from minutetaker.domain.dates import long_date
from minutetaker.domain.model import STATE_AGREED, STATE_CIRCULATED, STATE_PUBLISHED, Block, Item
from minutetaker.domain.reasons import describe_reason
from minutetaker.domain.text import clean_line
from minutetaker.store.errors import NotFound, RecordLocked, WrongState
from minutetaker.store.loading import load_meeting
from minutetaker.store.meetings import require_meeting, update_item
from minutetaker.store.record_lock import LOCK_EVENTS, LOCKED, LOCKED_STATES
from minutetaker.store.versions import (
    VersionInfo,
    add_history,
    keep_version,
    list_versions,
    now_utc,
    unchanged_since_latest,
)


def _row(conn: sqlite3.Connection, meeting_id: int) -> tuple[str, dt.date, dt.date | None]:
    row = conn.execute(
        "SELECT state, date, agreed_on FROM meetings WHERE id = ?", (meeting_id,)
    ).fetchone()
    if row is None:
        require_meeting(conn, meeting_id)  # raises NotFound with the archive's sentence
    state, day, agreed_on = row
    return (
        state,
        dt.date.fromisoformat(day),
        dt.date.fromisoformat(agreed_on) if agreed_on else None,
    )


def _agreed_words(agreed_on: dt.date | None) -> str:
    return f"agreed on {long_date(agreed_on)}" if agreed_on else "agreed"


# -- the lock -------------------------------------------------------------------------


def is_unlocked(conn: sqlite3.Connection, meeting_id: int) -> bool:
    """Whether an agreed record has been opened for editing (with a reason)."""
    marks = ", ".join("?" for _ in LOCK_EVENTS)
    row = conn.execute(
        f"SELECT event FROM history WHERE meeting_id = ? AND event IN ({marks}) "
        "ORDER BY id DESC LIMIT 1",
        (meeting_id, *LOCK_EVENTS),
    ).fetchone()
    return row is not None and row[0] == "unlocked"


def is_locked(conn: sqlite3.Connection, meeting_id: int) -> bool:
    """Agreed (or published) and not opened for editing with a reason."""
    row = conn.execute(f"SELECT {LOCKED} FROM meetings AS m WHERE m.id = ?", (meeting_id,))
    locked = row.fetchone()
    if locked is None:
        require_meeting(conn, meeting_id)  # raises NotFound with the archive's sentence
    return bool(locked[0])


def require_editable(conn: sqlite3.Connection, meeting_id: int) -> None:
    """Refuse (RecordLocked) a change to an agreed record not opened with a reason
    (the same condition the autosave's UPDATE carries: ``record_lock``)."""
    if is_locked(conn, meeting_id):
        _, day, agreed_on = _row(conn, meeting_id)
        raise RecordLocked(
            f"The record of the meeting of {long_date(day)} was {_agreed_words(agreed_on)} "
            "and is locked; give a reason for changing it first."
        )


def unlock(conn: sqlite3.Connection, meeting_id: int, reason: str) -> None:
    """Open an agreed record for editing; the reason and the time go to its history."""
    state, day, _ = _row(conn, meeting_id)
    reason = clean_line(reason or "").strip()
    if not reason:
        raise WrongState("A change to an agreed record needs a reason; none was given.")
    if state not in LOCKED_STATES:
        raise WrongState(
            f"The record of the meeting of {long_date(day)} has not been agreed, "
            "so it is not locked."
        )
    add_history(conn, meeting_id, "unlocked", detail=reason)


def lock_again(conn: sqlite3.Connection, meeting_id: int) -> bool:
    """Close an agreed record opened for editing; False if it was not open."""
    state, _, _ = _row(conn, meeting_id)
    if state not in LOCKED_STATES or not is_unlocked(conn, meeting_id):
        return False
    add_history(conn, meeting_id, "locked")
    return True


def item_meeting(conn: sqlite3.Connection, item_id: int) -> int:
    row = conn.execute("SELECT meeting_id FROM items WHERE id = ?", (item_id,)).fetchone()
    if row is None:
        raise NotFound("That item is no longer in the archive.")
    return row[0]


# -- the steps ------------------------------------------------------------------------


def circulate(conn: sqlite3.Connection, meeting_id: int) -> VersionInfo:
    """Keep the meeting as it stands as its next version and mark it circulated."""
    state, day, agreed_on = _row(conn, meeting_id)
    if state in LOCKED_STATES:
        raise WrongState(
            f"The record of the meeting of {long_date(day)} was already "
            f"{_agreed_words(agreed_on)}; a draft is circulated before it is agreed."
        )
    version = keep_version(conn, meeting_id, STATE_CIRCULATED)
    conn.execute("UPDATE meetings SET state = ? WHERE id = ?", (STATE_CIRCULATED, meeting_id))
    add_history(conn, meeting_id, "circulated", version.number, at=version.created)
    return version


def today() -> dt.date:
    """The computer's date (one place, so that tests can set the day)."""
    return dt.date.today()


def agree(
    conn: sqlite3.Connection, meeting_id: int, on: dt.date, now: dt.date | None = None
) -> VersionInfo:
    """Record the day the record was agreed and lock it; keeps the agreed text as a
    version (the latest version is taken when nothing changed since it was kept)."""
    state, day, agreed_on = _row(conn, meeting_id)
    if state in LOCKED_STATES:
        raise WrongState(
            f"The record of the meeting of {long_date(day)} was already {_agreed_words(agreed_on)}."
        )
    now = now or today()
    if on < day:
        raise WrongState(
            f"The record cannot have been agreed on {long_date(on)}, before the meeting "
            f"itself ({long_date(day)})."
        )
    if on > now:
        raise WrongState(f"{long_date(on)} has not come yet; give the day it was agreed.")
    version = unchanged_since_latest(conn, meeting_id) or keep_version(
        conn, meeting_id, STATE_AGREED
    )
    conn.execute(
        "UPDATE meetings SET state = ?, agreed_on = ? WHERE id = ?",
        (STATE_AGREED, on.isoformat(), meeting_id),
    )
    add_history(conn, meeting_id, "agreed", version.number, detail=on.isoformat())
    return version


def publish(conn: sqlite3.Connection, meeting_id: int, detail: str = "") -> VersionInfo:
    """Mark an agreed record published, keeping (or naming) the version published."""
    state, day, _ = _row(conn, meeting_id)
    if state not in LOCKED_STATES:
        raise WrongState(
            f"The record of the meeting of {long_date(day)} has not been agreed yet; "
            "it is published once it is agreed."
        )
    version = unchanged_since_latest(conn, meeting_id) or keep_version(
        conn, meeting_id, STATE_PUBLISHED
    )
    conn.execute("UPDATE meetings SET state = ? WHERE id = ?", (STATE_PUBLISHED, meeting_id))
    add_history(conn, meeting_id, "published", version.number, detail=detail)
    return version


def state_of(conn: sqlite3.Connection, meeting_id: int) -> str:
    return _row(conn, meeting_id)[0]


def kept_record(conn: sqlite3.Connection, meeting_id: int) -> str | None:
    """What replacing the meeting whole would destroy, in words ("the Monthly
    Assurance Meeting of 2031-03-18 (id 7) is agreed, with version 1
    (circulated) and version 2 (agreed) kept"), or None when no version is kept.

    A kept version is what was circulated, agreed or published from this
    archive: an import never takes its place. A record with none (a draft, or
    past minutes imported from Word, agreed elsewhere) may be replaced."""
    kept = [f"version {v.number} ({v.state})" for v in list_versions(conn, meeting_id)]
    if not kept:
        return None
    title, day, state = conn.execute(
        "SELECT title, date, state FROM meetings WHERE id = ?", (meeting_id,)
    ).fetchone()
    listed = f"{', '.join(kept[:-1])} and {kept[-1]}" if len(kept) > 1 else kept[0]
    return f"the {title} of {day} (id {meeting_id}) is {state}, with {listed} kept"


# -- what the check before publishing decides ------------------------------------------


def withhold(
    conn: sqlite3.Connection,
    meeting_id: int,
    item_number: str,
    place: tuple[int, ...],
    reason: str,
) -> str:
    """Mark a paragraph (or, with no ``place``, the whole item) not for publication.

    ``place`` is the paragraph's path among the item's blocks: its index, then the
    index of a finding under a question. This decides what is published, not what
    the record says, so it is allowed on an agreed record too; the history keeps
    it. Returns what was withheld, in words.
    """
    reason = clean_line(reason or "").strip()
    if not reason:
        raise WrongState("Say why it is not for publication: a reason is needed.")
    meeting = load_meeting(conn, meeting_id)
    item = meeting.find_item(item_number)
    if item is None:
        raise NotFound(f"There is no item {item_number} in this meeting.")
    what = _mark(item, place, reason)
    update_item(conn, meeting_id, item, even_if_locked=True)  # (what is published, not said)
    add_history(conn, meeting_id, "withheld", detail=f"{what}: {describe_reason(reason)}")
    return what


def _mark(item: Item, place: tuple[int, ...], reason: str) -> str:
    if not place:
        item.restricted, item.restricted_reason = True, reason
        return f"item {item.number}"
    blocks: list[Block] = item.blocks
    block: Block | None = None
    for index in place:
        if not 0 <= index < len(blocks):
            raise NotFound(f"That paragraph is no longer in item {item.number}.")
        block = blocks[index]
        blocks = block.findings
    assert block is not None
    block.restricted, block.restricted_reason = True, reason
    return f"a paragraph of item {item.number}"


def accept_finding(conn: sqlite3.Connection, meeting_id: int, key: str, label: str) -> None:
    """Remember that a finding of the check was judged fine to publish."""
    require_meeting(conn, meeting_id)
    at = now_utc()
    conn.execute(
        "INSERT INTO check_choices (meeting_id, finding, choice, at) VALUES (?, ?, 'fine', ?) "
        "ON CONFLICT (meeting_id, finding) DO UPDATE SET choice = 'fine', at = excluded.at",
        (meeting_id, key, at.isoformat()),
    )
    add_history(conn, meeting_id, "accepted", detail=label, at=at)


def accepted_findings(conn: sqlite3.Connection, meeting_id: int) -> set[str]:
    return {
        row[0]
        for row in conn.execute(
            "SELECT finding FROM check_choices WHERE meeting_id = ? AND choice = 'fine'",
            (meeting_id,),
        )
    }
