"""Changing a meeting's agenda: adding, deleting and moving items.

Every change renumbers the siblings it touched (and the sub-items of any whose
number changed) with :mod:`minutetaker.domain.numbering`. Actions belong to
their item by its id, which never changes, so renumbering or moving an item
takes its actions with it. The search index holds no numbers (they are read
from ``items`` when results are shown), so only a new item needs a row there.

Deleting an item takes its sub-items and their actions with it (the tables
cascade). One case is refused: when a later meeting has brought forward one of
those actions. Deleting it would leave that follow-up pointing at nothing and
lose the action's history in the tracker, so the sentence says which meeting
holds the follow-up; the minute-taker deletes that first, or keeps the item.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from typing import NamedTuple

from minutetaker.domain.dates import long_date, month_year
from minutetaker.domain.model import KIND_BROUGHT_FORWARD, KIND_NOTES, BroughtForward, Item
from minutetaker.domain.numbering import renumber
from minutetaker.domain.text import clean_line
from minutetaker.store.errors import ArchiveError, Conflict, NotFound
from minutetaker.store.meetings import _insert_item, settle_actions


class DeleteImpact(NamedTuple):
    """What deleting an item (with its sub-items) would take with it."""

    actions: int  # actions raised under the item or its sub-items
    followed_later: int  # other meetings' brought-forward items that follow them
    has_notes: bool  # notes, a topic or a decision written under the item


class _Row(NamedTuple):
    meeting_id: int
    parent_id: int | None
    number: str


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


def _row(conn: sqlite3.Connection, item_id: int) -> _Row:
    row = conn.execute(
        "SELECT meeting_id, parent_id, number FROM items WHERE id = ?", (item_id,)
    ).fetchone()
    if row is None:
        raise NotFound("That item is no longer in the archive.")
    return _Row(*row)


def _children(
    conn: sqlite3.Connection, meeting_id: int, parent_id: int | None
) -> list[tuple[int, str]]:
    return conn.execute(
        "SELECT id, number FROM items WHERE meeting_id = ? AND parent_id IS ? "
        "ORDER BY position, id",
        (meeting_id, parent_id),
    ).fetchall()


def _subtree(conn: sqlite3.Connection, item_id: int) -> list[int]:
    return [
        r[0]
        for r in conn.execute(
            "WITH RECURSIVE sub (id) AS (SELECT ? UNION ALL "
            "SELECT i.id FROM items AS i JOIN sub ON i.parent_id = sub.id) SELECT id FROM sub",
            (item_id,),
        )
    ]


def _marks(values: list) -> str:
    return ", ".join("?" for _ in values)


def _parent_number(conn: sqlite3.Connection, parent_id: int | None) -> str | None:
    return None if parent_id is None else _row(conn, parent_id).number


def _renumber(
    conn: sqlite3.Connection,
    meeting_id: int,
    parent_id: int | None,
    parent_number: str | None,
    old_parent_number: str | None = None,
) -> None:
    """Positions 0, 1, 2… and fresh numbers for the children of ``parent_id`` in
    their present order; the sub-items of any whose number changed follow."""
    rows = _children(conn, meeting_id, parent_id)
    numbers = renumber(parent_number, [number for _, number in rows], old_parent_number)
    for position, ((item_id, old), number) in enumerate(zip(rows, numbers, strict=True)):
        conn.execute(
            "UPDATE items SET position = ?, number = ? WHERE id = ?", (position, number, item_id)
        )
        if number != old:
            _renumber(conn, meeting_id, item_id, number, old)


def _reorder(conn: sqlite3.Connection, ids: list[int]) -> None:
    conn.executemany("UPDATE items SET position = ? WHERE id = ?", list(enumerate(ids)))


def _touch(conn: sqlite3.Connection, meeting_id: int) -> None:
    conn.execute("UPDATE meetings SET modified = ? WHERE id = ?", (_now(), meeting_id))


# -- adding ------------------------------------------------------------------------------


def add_item(
    conn: sqlite3.Connection,
    meeting_id: int,
    parent_id: int | None,
    after_item_id: int | None,
    heading: str,
) -> Item:
    """A new notes item under ``parent_id`` (None: the top level), just after its
    sibling ``after_item_id`` (None: last); returns it with its id and number."""
    heading = clean_line(heading).strip()
    if not heading:
        raise ArchiveError("A new item needs a heading.")
    if conn.execute("SELECT 1 FROM meetings WHERE id = ?", (meeting_id,)).fetchone() is None:
        raise NotFound(f"There is no meeting with id {meeting_id} in the archive.")
    if parent_id is not None and _row(conn, parent_id).meeting_id != meeting_id:
        raise NotFound("That item is not in this meeting.")
    ids = [item_id for item_id, _ in _children(conn, meeting_id, parent_id)]
    if after_item_id is None:
        index = len(ids)
    elif after_item_id in ids:
        index = ids.index(after_item_id) + 1
    else:
        raise NotFound("The item to add after is not among the new item's siblings.")
    item = Item(number="", heading=heading, kind=KIND_NOTES)
    _insert_item(conn, meeting_id, parent_id, index, item)
    ids.insert(index, item.id)
    _reorder(conn, ids)
    _renumber(conn, meeting_id, parent_id, _parent_number(conn, parent_id))
    item.number = _row(conn, item.id).number
    _touch(conn, meeting_id)
    return item


def add_brought_forward(conn: sqlite3.Connection, meeting_id: int, record: BroughtForward) -> Item:
    """A brought-forward item typed by hand (a first meeting without history): a
    sub-item of the meeting's brought-forward section, laid out as ``new`` lays out
    one carried forward (heading "Action arising from the June 2017 meeting"),
    among its siblings in the order of the months the actions arose."""
    if conn.execute("SELECT 1 FROM meetings WHERE id = ?", (meeting_id,)).fetchone() is None:
        raise NotFound(f"There is no meeting with id {meeting_id} in the archive.")
    section = conn.execute(
        "SELECT id, number FROM items WHERE meeting_id = ? AND parent_id IS NULL "
        "AND kind = ? ORDER BY position LIMIT 1",
        (meeting_id, KIND_BROUGHT_FORWARD),
    ).fetchone()
    if section is None:
        raise NotFound("This meeting's agenda has no section for items brought forward.")
    section_id, section_number = section
    siblings = conn.execute(
        "SELECT id, bf_from_date FROM items WHERE meeting_id = ? AND parent_id = ? "
        "ORDER BY position, id",
        (meeting_id, section_id),
    ).fetchall()
    month = record.from_date.isoformat()[:7] if record.from_date else ""
    index = next(  # after every item of the same month or before: the month is what is known
        (n for n, (_, day) in enumerate(siblings) if month and day and day[:7] > month),
        len(siblings),
    )
    heading = (
        f"Action arising from the {month_year(record.from_date)} meeting"
        if record.from_date
        else "Action arising from an earlier meeting"
    )
    item = Item("", heading, kind=KIND_BROUGHT_FORWARD, brought_forward=record)
    _insert_item(conn, meeting_id, section_id, index, item)
    ids = [item_id for item_id, _ in siblings]
    ids.insert(index, item.id)
    _reorder(conn, ids)
    _renumber(conn, meeting_id, section_id, section_number)
    item.number = _row(conn, item.id).number
    _touch(conn, meeting_id)
    return item


# -- deleting ----------------------------------------------------------------------------


def _follow_ups(conn: sqlite3.Connection, subtree: list[int]) -> list[tuple[str, str, str]]:
    """(meeting date, item number, action id) of every brought-forward item outside
    ``subtree`` that follows an action raised inside it, oldest first."""
    marks = _marks(subtree)
    return conn.execute(
        "SELECT m.date, i.number, i.bf_action_id FROM items AS i "
        "JOIN meetings AS m ON m.id = i.meeting_id WHERE i.bf_action_id IN "
        f"(SELECT id FROM actions WHERE item_id IN ({marks})) AND i.id NOT IN ({marks}) "
        "ORDER BY m.date, i.parent_id, i.position",
        subtree + subtree,
    ).fetchall()


def delete_impact(conn: sqlite3.Connection, item_id: int) -> DeleteImpact:
    _row(conn, item_id)
    subtree = _subtree(conn, item_id)
    marks = _marks(subtree)
    actions = conn.execute(
        f"SELECT count(*) FROM actions WHERE item_id IN ({marks})", subtree
    ).fetchone()[0]
    has_notes = conn.execute(
        f"SELECT EXISTS (SELECT 1 FROM items WHERE id IN ({marks}) AND (blocks != '[]' "
        "OR topic != '' OR coalesce(bf_decision, 'pending') != 'pending'))",
        subtree,
    ).fetchone()[0]
    return DeleteImpact(actions, len(_follow_ups(conn, subtree)), bool(has_notes))


def delete_item(conn: sqlite3.Connection, item_id: int) -> None:
    """Delete an item with its sub-items and their actions; refused (Conflict)
    when another meeting has brought one of those actions forward."""
    row = _row(conn, item_id)
    subtree = _subtree(conn, item_id)
    follow_ups = _follow_ups(conn, subtree)
    if follow_ups:
        by_day: dict[str, list[str]] = {}
        for day, number, _action in follow_ups:
            by_day.setdefault(day, []).append(number)
        where = "; ".join(
            f"the meeting of {long_date(dt.date.fromisoformat(day))} "
            f"({'item' if len(found) == 1 else 'items'} {', '.join(found)})"
            for day, found in by_day.items()
        )
        count = len({action for _day, _number, action in follow_ups})
        actions = "an action" if count == 1 else f"{count} actions"
        them = "that brought-forward item" if len(follow_ups) == 1 else "those items"
        raise Conflict(
            f"Item {row.number} was not deleted: {actions} raised under it came back at "
            f"{where}. Delete {them} there first, or keep this item."
        )
    followed = [
        r[0]
        for r in conn.execute(
            f"SELECT bf_action_id FROM items WHERE id IN ({_marks(subtree)}) "
            "AND bf_action_id IS NOT NULL",
            subtree,
        )
    ]
    conn.execute("DELETE FROM items WHERE id = ?", (item_id,))
    settle_actions(conn, followed)  # an action it followed is settled by the meetings left
    _renumber(conn, row.meeting_id, row.parent_id, _parent_number(conn, row.parent_id))
    _touch(conn, row.meeting_id)


# -- moving ------------------------------------------------------------------------------


def move_item(conn: sqlite3.Connection, item_id: int, direction: int) -> bool:
    """Move an item one place up (``direction`` < 0) or down among its siblings,
    with its sub-items and actions; False when it is already first or last."""
    row = _row(conn, item_id)
    ids = [i for i, _ in _children(conn, row.meeting_id, row.parent_id)]
    index = ids.index(item_id)
    target = index + (1 if direction > 0 else -1)
    if direction == 0 or not 0 <= target < len(ids):
        return False
    ids[index], ids[target] = ids[target], ids[index]
    _reorder(conn, ids)
    _renumber(conn, row.meeting_id, row.parent_id, _parent_number(conn, row.parent_id))
    _touch(conn, row.meeting_id)
    return True
