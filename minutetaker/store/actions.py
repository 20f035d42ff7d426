"""The actions of every meeting, as one list to follow up, and the history of one.

An action is raised under an item of one meeting and keeps its id for life.
Each later meeting that brings it forward holds a brought-forward item naming
that id, with the update given and the decision taken; the history of an
action is those items, in date order.
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from dataclasses import dataclass

STATUSES = ("open", "discharged", "overdue", "all")


@dataclass(frozen=True)
class ActionRow:
    id: str
    meeting_id: int
    meeting_date: dt.date
    item_id: int
    item_number: str
    text: str
    owner: str
    due: dt.date | None
    status: str
    last_meeting_id: int  # where it was raised or last brought forward
    last_item_id: int
    last_date: dt.date
    discharged_on: dt.date | None
    last_decision: str | None = None  # the decision of the meeting that last brought it forward

    def is_overdue(self, today: dt.date | None = None) -> bool:
        today = today or dt.date.today()
        return self.status == "open" and self.due is not None and self.due < today

    def shown_status(self, today: dt.date | None = None) -> str:
        """The status as a person reads it, the same in the window and on the command
        line: discharged; overdue (open and past its due date); carried forward (open,
        and the last meeting that brought it forward carried it forward); else open."""
        if self.status == "discharged":
            return "discharged"
        if self.is_overdue(today):
            return "overdue"
        if self.last_decision == "carried forward":
            return "carried forward"
        return "open"


@dataclass(frozen=True)
class ActionEvent:
    date: dt.date
    meeting_id: int
    item_id: int
    item_number: str
    decision: str  # "raised", or the decision taken at that meeting
    update: str  # what was said, as plain text


_LAST = """
    SELECT i.meeting_id, i.id, m.date, i.bf_decision
    FROM items AS i JOIN meetings AS m ON m.id = i.meeting_id
    WHERE i.bf_action_id = a.id ORDER BY m.date DESC, i.id DESC LIMIT 1
"""


def list_actions(
    conn: sqlite3.Connection,
    *,
    owner: str | None = None,
    status: str = "all",
    meeting_id: int | None = None,
    text: str | None = None,
    today: dt.date | None = None,
) -> list[ActionRow]:
    """Actions sorted by due date (none last), then the meeting they were raised at.

    ``status`` is open, discharged, overdue (open and past its due date) or all.
    """
    where, params = [], []
    if owner:
        where.append("a.owner = ? COLLATE NOCASE")
        params.append(owner)
    if status in ("open", "discharged"):
        where.append("a.status = ?")
        params.append(status)
    elif status == "overdue":
        where.append("a.status = 'open' AND a.due IS NOT NULL AND a.due < ?")
        params.append((today or dt.date.today()).isoformat())
    if meeting_id is not None:
        where.append(
            "(a.meeting_id = ? OR a.id IN (SELECT bf_action_id FROM items "
            "WHERE meeting_id = ? AND bf_action_id IS NOT NULL))"
        )
        params += [meeting_id, meeting_id]
    if text:
        where.append("a.text LIKE ? ESCAPE '\\'")
        escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        params.append(f"%{escaped}%")
    sql = f"""
        SELECT a.id, a.meeting_id, m.date, a.item_id, i.number, a.text, a.owner, a.due,
               a.status, ({
        _LAST.replace(
            "i.meeting_id, i.id, m.date, i.bf_decision",
            "json_array(i.meeting_id, i.id, m.date, i.bf_decision)",
        )
    })
        FROM actions AS a
        JOIN meetings AS m ON m.id = a.meeting_id
        JOIN items AS i ON i.id = a.item_id
    """
    if where:
        sql += " WHERE " + " AND ".join(where)
    sql += " ORDER BY a.due IS NULL, a.due, m.date, i.number, a.position"
    rows = []
    for r in conn.execute(sql, params):
        raised = dt.date.fromisoformat(r[2])
        last_meeting, last_item, last_date, decision = r[1], r[3], raised, None
        if r[9]:
            last_meeting, last_item, when, decision = json.loads(r[9])
            last_date = dt.date.fromisoformat(when)
        rows.append(
            ActionRow(
                id=r[0],
                meeting_id=r[1],
                meeting_date=raised,
                item_id=r[3],
                item_number=r[4],
                text=r[5],
                owner=r[6],
                due=dt.date.fromisoformat(r[7]) if r[7] else None,
                status=r[8],
                last_meeting_id=last_meeting,
                last_item_id=last_item,
                last_date=last_date,
                discharged_on=last_date if r[8] == "discharged" and decision else None,
                last_decision=decision,
            )
        )
    return rows


def action_history(conn: sqlite3.Connection, action_id: str) -> list[ActionEvent]:
    """Where the action was raised, then every meeting that brought it forward."""
    from minutetaker.domain.serial import block_from_dict

    events = []
    raised = conn.execute(
        "SELECT m.date, a.meeting_id, a.item_id, i.number, a.text FROM actions AS a "
        "JOIN meetings AS m ON m.id = a.meeting_id JOIN items AS i ON i.id = a.item_id "
        "WHERE a.id = ?",
        (action_id,),
    ).fetchone()
    if raised:
        events.append(
            ActionEvent(
                dt.date.fromisoformat(raised[0]),
                raised[1],
                raised[2],
                raised[3],
                "raised",
                raised[4],
            )
        )
    for r in conn.execute(
        "SELECT m.date, i.meeting_id, i.id, i.number, i.bf_decision, i.blocks FROM items AS i "
        "JOIN meetings AS m ON m.id = i.meeting_id WHERE i.bf_action_id = ? "
        "ORDER BY m.date, i.id",
        (action_id,),
    ):
        blocks = [block_from_dict(b) for b in json.loads(r[5])]
        update = "\n".join(
            part.text
            for block in blocks
            for part in block.walk()
            if part.text and not (part.type == "subheading" and part.text.strip() == "Update")
        )
        events.append(ActionEvent(dt.date.fromisoformat(r[0]), r[1], r[2], r[3], r[4], update))
    return events


@dataclass(frozen=True)
class RaisedAction:
    """An action as it was raised: enough to recognise it when it is brought forward."""

    id: str
    text: str
    owner: str
    meeting_date: dt.date


def raised_between(conn: sqlite3.Connection, first: dt.date, last: dt.date) -> list[RaisedAction]:
    """Every action raised at a meeting held from ``first`` to ``last`` (both included)."""
    rows = conn.execute(
        "SELECT a.id, a.text, a.owner, m.date FROM actions AS a "
        "JOIN meetings AS m ON m.id = a.meeting_id WHERE m.date BETWEEN ? AND ? "
        "ORDER BY m.date, a.item_id, a.position",
        (first.isoformat(), last.isoformat()),
    ).fetchall()
    return [RaisedAction(r[0], r[1], r[2], dt.date.fromisoformat(r[3])) for r in rows]
