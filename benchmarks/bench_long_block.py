"""Search in one 5 MB pasted block (issue 11.11): a word repeated all through it,
and a word found only at its very end, each with its snippet. FTS5's own
snippet() took over five minutes here; the target is under a second.

The floor is the plainest way to the same answer: the bare FTS5 MATCH that
finds the row, then Python's ``str.find`` of the word in the row's text and the
words around it (no tokenizing, no ranking of fragments)."""

from __future__ import annotations

import datetime as dt
import sqlite3
import tempfile
from pathlib import Path

from benchmarks.timing import measure, row
from minutetaker.domain.model import Block, Item, Meeting
from minutetaker.store import Archive

SIZE = 5_000_000
WORDS = ["retail", "custody", "patrol", "Eastport", "burglary", "forum"]


def _block() -> str:
    text = " ".join(WORDS[i % len(WORDS)] for i in range(SIZE // 7))
    return text + " a zebracrossing at the very end"


def _floor(conn: sqlite3.Connection, word: str) -> None:
    rowid = conn.execute(
        "SELECT rowid FROM search_fts WHERE search_fts MATCH ? ORDER BY rank LIMIT 1", (word,)
    ).fetchone()[0]
    body = conn.execute("SELECT body FROM search_text WHERE id = ?", (rowid,)).fetchone()[0]
    at = body.lower().find(word)
    " ".join(body[max(0, at - 80) : at + 80].split()[1:-1])


def run() -> list[dict]:
    rows = []
    with tempfile.TemporaryDirectory() as tmp, Archive.open(Path(tmp)) as archive:
        meeting = Meeting(
            "Monthly Assurance Meeting",
            dt.date(2031, 3, 18),
            items=[Item("5", "Any other business", blocks=[Block("paragraph", _block())])],
        )
        archive.add_meeting(meeting)
        bare = sqlite3.connect(archive.path)
        for word, where in (("custody", "repeated all through"), ("zebracrossing", "at the end")):
            assert archive.search(word)[0].snippet  # a snippet is made, not left out
            ours = measure(lambda w=word: archive.search(w), repeat=10, warmup=1)
            floor = measure(lambda w=word: _floor(bare, w), repeat=10, warmup=1)
            rows.append(
                row(
                    f"search a 5 MB pasted block, the word {where}, with its snippet",
                    ours,
                    "bare FTS5 MATCH for the row, then str.find and the words around it",
                    floor,
                )
            )
        bare.close()
    return rows
