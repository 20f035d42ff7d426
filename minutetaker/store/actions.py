"""The actions of every meeting, as one list to follow up."""

from __future__ import annotations

import datetime as dt
import sqlite3
from dataclasses import dataclass


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

    def is_overdue(self, today: dt.date | None = None) -> bool:
        today = today or dt.date.today()
        return self.status == "open" and self.due is not None and self.due < today


def list_actions(
    conn: sqlite3.Connection,
    *,
    owner: str | None = None,
    status: str = "all",
    meeting_id: int | None = None,
    text: str | None = None,
) -> list[ActionRow]:
    """Actions sorted by due date (none last), then the meeting they were raised at."""
    where, params = [], []
    if owner:
        where.append("a.owner = ? COLLATE NOCASE")
        params.append(owner)
    if status in ("open", "discharged"):
        where.append("a.status = ?")
        params.append(status)
    if meeting_id is not None:
        where.append("a.meeting_id = ?")
        params.append(meeting_id)
    if text:
        where.append("a.text LIKE ? ESCAPE '\\'")
        escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        params.append(f"%{escaped}%")
    sql = """
        SELECT a.id, a.meeting_id, m.date, a.item_id, i.number, a.text, a.owner, a.due, a.status
        FROM actions AS a
        JOIN meetings AS m ON m.id = a.meeting_id
        JOIN items AS i ON i.id = a.item_id
    """
    if where:
        sql += " WHERE " + " AND ".join(where)
    sql += " ORDER BY a.due IS NULL, a.due, m.date, i.number, a.position"
    return [
        ActionRow(
            id=r[0],
            meeting_id=r[1],
            meeting_date=dt.date.fromisoformat(r[2]),
            item_id=r[3],
            item_number=r[4],
            text=r[5],
            owner=r[6],
            due=dt.date.fromisoformat(r[7]) if r[7] else None,
            status=r[8],
        )
        for r in conn.execute(sql, params)
    ]
