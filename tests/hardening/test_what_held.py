"""What held in issue 11's probe, kept tested: kills mid-write, and scale."""

from __future__ import annotations

import datetime as dt
import json
import os
import signal
import sqlite3
import subprocess
import sys
import time

import pytest

from minutetaker.demo.generator import BATCH
from minutetaker.domain.model import Block, Item, Meeting
from tests.hardening.conftest import write_meeting
from tests.samples import sample_meeting

pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="no SIGKILL")


def _start(folder, *args) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "minutetaker", "--data-dir", str(folder), *args],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )


def _kill_while_writing(process: subprocess.Popen, folder) -> bool:
    """SIGKILL the process as soon as its write-ahead log has something in it
    (a transaction under way); False if it finished first."""
    wal = folder / "archive.sqlite-wal"
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and process.poll() is None:
        if wal.exists() and wal.stat().st_size > 0:
            os.kill(process.pid, signal.SIGKILL)
            process.wait()
            return True
        time.sleep(0.002)
    process.wait()
    return False


def _integrity(folder) -> str:
    conn = sqlite3.connect(folder / "archive.sqlite")
    try:
        return conn.execute("PRAGMA integrity_check").fetchone()[0]
    finally:
        conn.close()


def test_a_kill_mid_demo_leaves_whole_batches_and_a_sound_archive(cli, tmp_path):
    folder = tmp_path / "data"
    assert _kill_while_writing(_start(folder, "demo", "--meetings", "5000"), folder)
    assert _integrity(folder) == "ok"
    code, out, _ = cli("list", "--json", folder=folder)
    assert code == 0
    held = len(json.loads(out))
    assert held % BATCH == 0 and held < 5000  # whole batches, the last one not begun
    assert cli("search", "Northshire", folder=folder)[0] == 0


def test_a_kill_mid_import_leaves_all_or_nothing(cli, tmp_path):
    meeting = sample_meeting()
    meeting.find_item("5").blocks = [Block("paragraph", "Eastport retail crime " * 250_000)]
    source = write_meeting(tmp_path / "big.json", meeting)
    folder = tmp_path / "data"
    assert cli("new", "--date", "2031-01-21", folder=folder)[0] == 0
    assert _kill_while_writing(_start(folder, "import", str(source)), folder)
    assert _integrity(folder) == "ok"
    listed = json.loads(cli("list", "--json", folder=folder)[1])
    assert [m["date"] for m in listed] in (["2031-01-21"], ["2031-03-18", "2031-01-21"])
    assert cli("import", "--replace", str(source), folder=folder)[0] == 0


def test_5000_meetings(cli, tmp_path):
    folder = tmp_path / "data"
    assert cli("demo", "--meetings", "5000", folder=folder)[0] == 0
    assert len(json.loads(cli("list", "--json", folder=folder)[1])) == 5000
    assert json.loads(cli("search", "custody", "--json", folder=folder)[1])
    assert json.loads(cli("actions", "--status", "open", "--json", folder=folder)[1])
    assert cli("new", folder=folder)[0] == 0
    assert cli("backup", folder=folder)[0] == 0


def test_a_5000_item_meeting(cli, tmp_path):
    items = [
        Item(f"{n}", f"Item {n}", blocks=[Block("paragraph", f"Notes of item {n} on Eastport.")])
        for n in range(1, 5001)
    ]
    meeting = Meeting("Monthly Assurance Meeting", dt.date(2031, 3, 18), items=items)
    source = write_meeting(tmp_path / "long.json", meeting)
    assert cli("import", str(source))[0] == 0
    shown = json.loads(cli("show", "1", "--json")[1])
    assert len(shown["items"]) == 5000 and shown["items"][-1]["heading"] == "Item 5000"
    out = tmp_path / "out"
    out.mkdir()
    assert cli("export", "1", "--out", str(out / "long.docx"))[0] == 0
    assert len(json.loads(cli("search", "eastport", "--limit", "1000", "--json")[1])) == 1000
