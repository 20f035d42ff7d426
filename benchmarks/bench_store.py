"""The archive: saving one edited item (the autosave path), importing a meeting,
and the command line's start-up."""

from __future__ import annotations

import json
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


def _save_item(folder: Path) -> list[dict]:
    with Archive.open(folder) as archive:
        fill_demo(archive, meetings=1000)
        meeting_id = archive.list_meetings(limit=1)[0].id
        meeting = archive.load_meeting(meeting_id)
        item = meeting.find_item("4a")
        counter = iter(range(10**9))

        def save() -> None:
            item.blocks.append(Block("paragraph", f"The CC said more about it ({next(counter)})."))
            archive.save_item(meeting_id, item)

        times = measure(save, repeat=300)
        blocks = json.dumps([{"type": "paragraph", "text": "x"}] * len(item.blocks))

    bare = sqlite3.connect(folder / "archive.sqlite", isolation_level=None)
    bare.execute("PRAGMA journal_mode = WAL")
    bare.execute("PRAGMA synchronous = NORMAL")

    def update() -> None:
        bare.execute("UPDATE items SET blocks = ? WHERE id = ?", (blocks, item.id))

    floor = measure(update, repeat=300)
    bare.close()
    return [
        row(
            "save one edited item (archive of 1,000 meetings)",
            times,
            "bare sqlite3 UPDATE of the same row",
            floor,
        )
    ]


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

    def timed(cmd: list[str]) -> list[float]:
        times = []
        for _ in range(12):
            start = time.perf_counter()
            subprocess.run(cmd, capture_output=True, check=True)
            times.append((time.perf_counter() - start) * 1000)
        return times[2:]

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
