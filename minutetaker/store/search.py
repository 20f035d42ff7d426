"""Full-text search over the archive, best first.

Headings weigh most, then topics, then actions, then the body of the notes;
among equal scores the newer meeting comes first. The search runs in two
steps: rank every match using the index alone (a row's id carries its
meeting's date, see ``index_text``), then fetch details and snippets for the
few rows shown. Snippets cost far more than ranking, so they are made only
for what is returned; those of very long items by pieces (``long_snippet``).
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from dataclasses import dataclass

from minutetaker.domain.text import clean_text
from minutetaker.store import long_snippet
from minutetaker.store.index_text import id_range
from minutetaker.store.query import to_fts

# bm25 weights of the search_fts columns: heading, topic, body, actions.
WEIGHTS = (8.0, 4.0, 1.0, 2.0)
_BM25 = "bm25(search_fts, {})".format(", ".join(str(w) for w in WEIGHTS))


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
    meeting_id: int | None = None,
    owner: str | None = None,
    date_from: dt.date | None = None,
    date_to: dt.date | None = None,
    section: str | None = None,
    actions_only: bool = False,
    limit: int = 50,
    mark: tuple[str, str] = ("[", "]"),
) -> list[SearchHit]:
    """Items matching ``query`` (as a person types it), best first.

    ``meeting_id`` keeps one meeting's rows (the dates are then its own);
    ``section`` keeps an agenda section and its sub-items ("4" gives 4, 4a, 4b);
    ``owner`` keeps items with an action for that role code; ``actions_only``
    matches the text of actions alone.
    """
    expression = to_fts(query)
    if expression is None:
        return []
    if actions_only:
        expression = f"{{actions}} : ({expression})"
    if meeting_id is not None:
        row = conn.execute("SELECT date FROM meetings WHERE id = ?", (meeting_id,)).fetchone()
        if row is None:
            return []
        date_from = date_to = dt.date.fromisoformat(row[0])
    low, high = id_range(date_from, date_to)
    where = ["search_fts MATCH ?", "f.rowid BETWEEN ? AND ?"]
    params: list[object] = [expression, low, high]
    joins = ""
    if owner or section or actions_only or meeting_id is not None:
        joins = "JOIN search_text AS s ON s.id = f.rowid"
    if meeting_id is not None:
        where.append("s.meeting_id = ?")
        params.append(meeting_id)
    if section:
        joins += " JOIN items AS i ON i.id = s.item_id"
        where.append("(i.number = ? OR i.number GLOB ? || '[a-z.]*')")
        params += [section, section]
    if owner:
        owner = clean_text(owner)
        where.append("s.item_id IN (SELECT item_id FROM actions WHERE owner = ? COLLATE NOCASE)")
        params.append(owner)
    if actions_only:
        where.append("s.item_id IN (SELECT item_id FROM actions)")
    ranked = conn.execute(
        f"SELECT f.rowid, {_BM25} AS score FROM search_fts AS f {joins} "
        f"WHERE {' AND '.join(where)} ORDER BY score, f.rowid DESC LIMIT ?",
        [*params, limit],
    ).fetchall()
    fallback = long_snippet.any_word(query)
    return [
        _hit(conn, rowid, score, expression, mark, actions_only, fallback)
        for rowid, score in ranked
    ]


def _hit(
    conn, rowid: int, score: float, expression: str, mark, actions_only: bool, fallback
) -> SearchHit:
    column = 3 if actions_only else -1
    size = conn.execute(
        "SELECT length(heading) + length(topic) + length(body) + length(actions) "
        "FROM search_text WHERE id = ?",
        (rowid,),
    ).fetchone()
    if size and size[0] > long_snippet.LONG:  # FTS5's snippet() is quadratic there
        snippet = (long_snippet.snippet(conn, rowid, expression, fallback, mark, column),)
    else:
        snippet = conn.execute(
            f"SELECT snippet(search_fts, {column}, ?, ?, '…', 14) FROM search_fts "
            "WHERE search_fts MATCH ? AND rowid = ?",
            (mark[0], mark[1], expression, rowid),
        ).fetchone()
    r = conn.execute(
        "SELECT s.meeting_id, m.date, m.title, s.item_id, i.number, i.heading "
        "FROM search_text AS s JOIN meetings AS m ON m.id = s.meeting_id "
        "LEFT JOIN items AS i ON i.id = s.item_id WHERE s.id = ?",
        (rowid,),
    ).fetchone()
    return SearchHit(
        meeting_id=r[0],
        date=dt.date.fromisoformat(r[1]),
        title=r[2],
        item_id=r[3],
        item_number=r[4] or "",
        item_heading=r[5] or "Meeting details and attendance",
        snippet=(snippet[0] if snippet else "") or "",
        score=score,
    )
