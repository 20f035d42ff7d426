"""The archive: saving one edited item (the autosave path), importing a meeting,
and the command line's start-up.

The save is timed as the window's writer makes it: the item's notes (its
actions unchanged) and where the cursor is, in one transaction. Its floors: a
bare UPDATE of the row alone, and the fair one, the same UPDATE with the same
full-text row replaced (FTS5 re-tokenising it), in one transaction. The
statements of one such save are counted with SQLite's trace callback.

The start-ups run with compiled bytecode kept in a temporary folder, as an
installed copy runs (never compiling on every start, never writing into the
checkout).
"""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.timing import measure, row
from minutetaker.demo import fill_demo
from minutetaker.domain.model import Block
from minutetaker.interchange import meeting_to_json, read_meeting_file
from minutetaker.store import Archive

PLACE = ("gui.where", '{"meeting": 1, "item": 1, "cursor": 1}')


def _save_item(folder: Path) -> list[dict]:
    with Archive.open(folder) as archive:
        fill_demo(archive, meetings=1000)
        meeting_id = archive.list_meetings(limit=1)[0].id
        meeting = archive.load_meeting(meeting_id)
        item = meeting.find_item("4a")
        counter = iter(range(10**9))

        def save() -> None:
            item.blocks.append(Block("paragraph", f"The CC said more about it ({next(counter)})."))
            archive.save_item(meeting_id, item, actions_changed=False, setting=PLACE)

        times = measure(save, repeat=300)
        statements = _statements(archive, save)
        blocks = json.dumps([{"type": "paragraph", "text": "x"}] * len(item.blocks))
        body = "\n".join(b.text for b in item.blocks)

    bare = sqlite3.connect(folder / "archive.sqlite", isolation_level=None)
    bare.execute("PRAGMA journal_mode = WAL")
    bare.execute("PRAGMA synchronous = NORMAL")

    def update() -> None:
        bare.execute("UPDATE items SET blocks = ? WHERE id = ?", (blocks, item.id))

    def update_and_index() -> None:
        bare.execute("BEGIN IMMEDIATE")
        bare.execute("UPDATE items SET blocks = ? WHERE id = ?", (blocks, item.id))
        bare.execute("UPDATE search_text SET body = ? WHERE item_id = ?", (body, item.id))
        bare.execute("COMMIT")

    floor = measure(update, repeat=300)
    fair = measure(update_and_index, repeat=300)
    bare.close()
    figure = "save one edited item, notes and cursor (archive of 1,000 meetings)"
    return [
        row(figure, times, "bare sqlite3 UPDATE of the same row", floor),
        row(
            figure,
            times,
            "the same UPDATE and its FTS5 row replaced, one transaction",
            fair,
        ),
        {
            "figure": f"statements sent per autosave ({', '.join(statements)})",
            "median_ms": float(len(statements)),
            "p95_ms": float(len(statements)),
            "floor": "count, not ms: the fair floor sends 4",
            "floor_median_ms": 4.0,
            "ratio": round(len(statements) / 4, 2),
        },
    ]


def _statements(archive: Archive, change) -> list[str]:
    """The statements ``change`` sends (first two words; SQLite's reports of the
    FTS5 triggers' own steps left out)."""
    seen: list[str] = []
    archive.conn.set_trace_callback(seen.append)
    try:
        change()
    finally:
        archive.conn.set_trace_callback(None)
    ours: list[str] = []
    for sql in seen:
        words = " ".join(sql.split()[:2])
        if not sql.startswith("--") and (not ours or ours[-1] != words):
            ours.append(words)
    return ours


def _import(folder: Path) -> list[dict]:
    with Archive.open(folder) as archive:
        sample = archive.load_meeting(archive.list_meetings(limit=1)[0].id)
    source = folder / "meeting.json"
    source.write_text(meeting_to_json(sample), encoding="utf-8")
    with Archive.open(folder / "fresh") as archive:

        def do_import() -> None:
            meeting = read_meeting_file(source)
            archive.import_meetings([meeting], replace=True)

        times = measure(do_import, repeat=50)

    def parse_only() -> None:
        json.loads(source.read_text("utf-8"))

    return [
        row(
            "import one meeting from JSON",
            times,
            "json.loads of the same file",
            measure(parse_only, repeat=50),
        )
    ]


def _startup(folder: Path) -> list[dict]:
    command = [sys.executable, "-m", "minutetaker", "--data-dir", str(folder), "list"]
    bare = [sys.executable, "-c", "import sqlite3; print(1)"]
    root = Path(__file__).resolve().parents[1]
    env = {**os.environ, "PYTHONPATH": str(root), "PYTHONPYCACHEPREFIX": str(folder / "pycache")}
    env.pop("PYTHONDONTWRITEBYTECODE", None)

    def timed(cmd: list[str]) -> list[float]:
        times = []
        for _ in range(22):
            start = time.perf_counter()
            subprocess.run(cmd, capture_output=True, check=True, env=env, cwd=root)
            times.append((time.perf_counter() - start) * 1000)
        return times[2:]  # (the first compiles the bytecode, as an installation does)

    return [
        row(
            "process start to `minutetaker list` output (1,000 meetings)",
            timed(command),
            "python -c 'import sqlite3' (interpreter start)",
            timed(bare),
        )
    ]


def run() -> list[dict]:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "archive"
        return _save_item(folder) + _import(folder) + _startup(folder)
