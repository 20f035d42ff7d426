"""Full-text search over the archive, best first.

Headings weigh most, then topics, then actions, then the body of the notes;
among equal scores the newer meeting comes first.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from dataclasses import dataclass

from minutetaker.store.query import to_fts

# bm25 weights of the search_fts columns: heading, topic, body, actions.
WEIGHTS = (8.0, 4.0, 1.0, 2.0)


@dataclass(frozen=True)
class SearchHit:
    meeting_id: int
    date: dt.date
    title: str
    item_id: int | None
    item_number: str
    item_heading: str
    snippet: str
    score: float


def search(
    conn: sqlite3.Connection,
    query: str,
    *,
    owner: str | None = None,
    date_from: dt.date | None = None,
    date_to: dt.date | None = None,
    actions_only: bool = False,
    limit: int = 50,
    mark: tuple[str, str] = ("[", "]"),
) -> list[SearchHit]:
    """Items matching ``query`` (as a person types it), best first."""
    expression = to_fts(query)
    if expression is None:
        return []
    where = ["search_fts MATCH ?"]
    params: list[object] = [expression]
    if date_from:
        where.append("m.date >= ?")
        params.append(date_from.isoformat())
    if date_to:
        where.append("m.date <= ?")
        params.append(date_to.isoformat())
    if owner:
        where.append("s.item_id IN (SELECT item_id FROM actions WHERE owner = ? COLLATE NOCASE)")
        params.append(owner)
    column = -1
    if actions_only:
        where.append("s.item_id IN (SELECT item_id FROM actions)")
        expression_actions = "actions : (" + expression + ")"
        params[0] = expression_actions
        column = 3
    weights = ", ".join(str(w) for w in WEIGHTS)
    sql = f"""
        SELECT s.meeting_id, m.date, m.title, s.item_id, i.number, i.heading,
               snippet(search_fts, {column}, ?, ?, '…', 14) AS snippet,
               bm25(search_fts, {weights}) AS score
        FROM search_fts
        JOIN search_text AS s ON s.id = search_fts.rowid
        JOIN meetings AS m ON m.id = s.meeting_id
        LEFT JOIN items AS i ON i.id = s.item_id
        WHERE {" AND ".join(where)}
        ORDER BY score, m.date DESC
        LIMIT ?
    """
    rows = conn.execute(sql, [mark[0], mark[1], *params, limit]).fetchall()
    return [
        SearchHit(
            meeting_id=r[0],
            date=dt.date.fromisoformat(r[1]),
            title=r[2],
            item_id=r[3],
            item_number=r[4] or "",
            item_heading=r[5] or "Meeting details and attendance",
            snippet=r[6] or "",
            score=r[7],
        )
        for r in rows
    ]
