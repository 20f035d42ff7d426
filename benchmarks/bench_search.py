"""Search at scale: two-word queries with snippets on a 10,000-meeting archive,
against the bare FTS5 query (with snippets) on the same database."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from benchmarks.timing import measure, row
from minutetaker.demo import fill_demo
from minutetaker.store import Archive
from minutetaker.store.query import to_fts

ARCHIVE = Path(__file__).resolve().parent.parent / "build" / "bench-10k"
MEETINGS = 10_000
QUERIES = (
    "shoplifting eastport",
    "call handling",
    "unresourced incidents",
    "victim satisfaction",
    "neighbourhood team",
    "custody suite",
    "domestic abuse",
    "rural crime",
    '"problem profile" redwater',
    "briefing note",
)


def archive_10k() -> Path:
    """The 10,000-meeting demo archive, made once and kept in build/."""
    with Archive.open(ARCHIVE) as archive:
        if archive.count_meetings() != MEETINGS:
            archive.conn.execute("DELETE FROM meetings")
            fill_demo(archive, meetings=MEETINGS)
    return ARCHIVE


def run() -> list[dict]:
    folder = archive_10k()
    ours: list[float] = []
    floor: list[float] = []
    with Archive.open(folder) as archive:
        for query in QUERIES:
            ours += measure(lambda q=query: archive.search(q, limit=20), repeat=20)
    bare = sqlite3.connect(folder / "archive.sqlite")
    for query in QUERIES:
        expression = to_fts(query)

        def floor_query(e=expression) -> None:
            bare.execute(
                "SELECT rowid, snippet(search_fts, -1, '[', ']', '…', 14) FROM search_fts "
                "WHERE search_fts MATCH ? ORDER BY rank LIMIT 20",
                (e,),
            ).fetchall()

        floor += measure(floor_query, repeat=20)
    bare.close()
    return [
        row(
            "search, two words with snippets (10,000 meetings, top 20)",
            ours,
            "bare FTS5 MATCH … ORDER BY rank with snippet()",
            floor,
        )
    ]
