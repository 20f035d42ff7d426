"""Kill the real window while it is being typed into, again and again.

The app runs in a process of its own (offscreen), with the test typist
(``tests/reliability/typist.py``) handed the window: it types a word every
50–100 ms into the current item's notes, now and then moves to the next item or
files an action, and writes every keystroke with its monotonic time to a
journal (fsynced), and a heartbeat of the window's event loop every 100 ms. The
test kills it with SIGKILL at a random moment, checks the archive, starts it
again (it opens where it left off and goes on typing), and so on.

After every kill: ``PRAGMA integrity_check`` passes, and every word and action
the journal says was typed more than a second before the app last had the
chance to run (its last heartbeat before the kill; on a quiet machine, a few
milliseconds before the kill) is in the archive, in the item it was typed in,
words in the order they were typed. Judged so, a machine too busy to run the
app for a while cannot fail the test; only the app can.
"""

from __future__ import annotations

import itertools
import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from collections import defaultdict
from pathlib import Path

import pytest

from minutetaker.store import Archive
from minutetaker.store.paths import ARCHIVE_NAME

ROOT = Path(__file__).resolve().parents[2]
KILLS = int(os.environ.get("MINUTETAKER_CRASH_KILLS", "60"))
GRACE = 1.0  # what was typed this long before the app last ran must be in the archive

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(os.name != "posix", reason="SIGKILL exists on POSIX only"),
]


def _start(data_dir: Path, journal: Path, seed: int, settings: Path) -> subprocess.Popen:
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "PYTHONPATH": str(ROOT),
        "MINUTETAKER_SETTINGS_DIR": str(settings),
    }
    return subprocess.Popen(
        [sys.executable, "-m", "tests.reliability.typist", str(data_dir), str(journal), str(seed)],
        env=env,
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )


def _records(journal: Path) -> list[dict]:
    records = []
    if journal.exists():
        for line in journal.read_text(encoding="utf-8").splitlines():
            try:
                records.append(json.loads(line))
            except ValueError:
                pass  # a line cut off by the kill
    return records


def _wait_for_start(journal: Path, seed: int, proc: subprocess.Popen, timeout: float = 30):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise AssertionError(f"the app ended by itself: {proc.stderr.read().decode()}")
        for record in _records(journal)[-50:]:
            if record.get("start") == seed:
                return record["t"]
        time.sleep(0.02)
    raise AssertionError("the typist never started")


def _run_of(records: list[dict], seed: int) -> list[dict]:
    """The records of run ``seed`` (each run starts with its "start" record)."""
    mine, started = [], False
    for record in records:
        if record.get("start") is not None:
            started = record["start"] == seed
        if started:
            mine.append(record)
    return mine


def _last_chance(records: list[dict], seed: int, killed_at: float) -> float:
    """When run ``seed`` last had the chance to run before ``killed_at``: its last
    heartbeat (else its start, else the kill itself)."""
    times = [r["t"] for r in _run_of(records, seed) if r["t"] <= killed_at and "beat" in r]
    if not times:
        times = [r["t"] for r in _run_of(records, seed) if r["t"] <= killed_at]
    return max(times, default=killed_at)


def _typed_before(records: list[dict], seed: int, cutoff: float):
    """What run ``seed`` had typed by ``cutoff``: words per item, in order, and actions."""
    words: dict[int, list[str]] = defaultdict(list)
    actions: dict[int, list[str]] = defaultdict(list)
    current: dict[int, str] = defaultdict(str)
    for record in _run_of(records, seed):
        if record["t"] > cutoff:
            continue
        item = record.get("i")
        if "action" in record:
            actions[item].append(record["action"])
        elif "c" in record:
            if record["c"] in " \n":
                if current[item]:
                    words[item].append(current[item])
                current[item] = ""
            else:
                current[item] += record["c"]
    return words, actions


def _check_archive(data_dir: Path, words: dict, actions: dict) -> int:
    """Integrity, then every word and action expected; returns the words checked."""
    conn = sqlite3.connect(data_dir / ARCHIVE_NAME)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    finally:
        conn.close()
    checked = 0
    with Archive.open(data_dir) as archive:
        meeting = archive.load_meeting(archive.list_meetings(limit=1)[0].id)
        items = {item.id: item for item in meeting.walk_items()}
        for item_id, expected in words.items():
            item = items[item_id]
            text = "\n".join(b.text for top in item.blocks for b in top.walk())
            at = -1
            for word in expected:
                found = text.find(word, at + 1)
                assert found > at, (
                    f"{word} (typed in item {item.number}) is missing or out of order"
                )
                at = found
                checked += 1
        for item_id, filed in actions.items():
            held = {action.text for action in items[item_id].actions}
            missing = [text for text in filed if text not in held]
            assert not missing, f"actions missing from item {items[item_id].number}: {missing}"
            checked += len(filed)
    return checked


def test_every_word_typed_a_second_before_a_kill_survives(tmp_path, sample_meeting):
    data_dir = tmp_path / "archive"
    journal = tmp_path / "journal.jsonl"
    settings = tmp_path / "settings"
    with Archive.open(data_dir) as archive:
        archive.add_meeting(sample_meeting)
    rng = random.Random(int(os.environ.get("MINUTETAKER_CRASH_SEED", "7")))
    all_words: dict[int, list[str]] = defaultdict(list)
    all_actions: dict[int, list[str]] = defaultdict(list)
    kills = checks = rechecks = 0
    starved = 0.0  # the longest a kill found the app had not run
    began = time.monotonic()
    for seed in range(1, KILLS + 1):
        proc = _start(data_dir, journal, seed, settings)
        try:
            if seed % 10 == 0:
                time.sleep(rng.uniform(0.05, 0.5))  # now and then, while it is starting
            else:
                _wait_for_start(journal, seed, proc)
                time.sleep(rng.uniform(0.5, 3.0))
            assert proc.poll() is None, proc.stderr.read().decode()
            proc.send_signal(signal.SIGKILL)
            killed_at = time.monotonic()
            proc.wait(timeout=30)
        finally:
            if proc.poll() is None:
                proc.kill()
                proc.wait()
            proc.stderr.close()
        kills += 1
        records = _records(journal)
        ran_at = _last_chance(records, seed, killed_at)
        starved = max(starved, killed_at - ran_at)
        words, actions = _typed_before(records, seed, ran_at - GRACE)
        for item_id, typed in words.items():
            all_words[item_id].extend(typed)
        for item_id, filed in actions.items():
            all_actions[item_id].extend(filed)
        # everything expected so far, from every run: nothing saved is ever lost later
        checks = _check_archive(data_dir, all_words, all_actions)
        rechecks += checks
    elapsed = time.monotonic() - began
    records = _records(journal)
    typed = sum(1 for r in records if r.get("c") == " ")
    lag = max((r["beat"] for r in records if "beat" in r), default=0.0)
    print(
        f"\ncrash loop: {kills} kills survived, {checks} words and actions checked "
        f"(of {typed} words typed; {rechecks} checks over all the kills), {elapsed:.0f} s; "
        f"event loop late by up to {lag * 1000:.0f} ms, the app not run for up to "
        f"{starved * 1000:.0f} ms before a kill"
    )
    assert kills >= min(KILLS, 50)
    # the typist got going, and a good part of what it typed was old enough to be
    # judged (both as true on a busy machine as on a quiet one)
    assert typed > KILLS * 5
    assert checks > typed // 5


def test_a_terminate_signal_saves_everything_and_takes_a_backup(tmp_path, sample_meeting):
    """SIGTERM (a shutdown) closes as Quit does: nothing typed before it is lost."""
    data_dir = tmp_path / "archive"
    journal = tmp_path / "journal.jsonl"
    with Archive.open(data_dir) as archive:
        archive.add_meeting(sample_meeting)
    proc = _start(data_dir, journal, 1, tmp_path / "settings")
    try:
        _wait_for_start(journal, 1, proc)
        time.sleep(1.5)
        proc.send_signal(signal.SIGTERM)
        sent_at = time.monotonic()
        assert proc.wait(timeout=30) == 0
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
        proc.stderr.close()
    words, actions = _typed_before(_records(journal), 1, sent_at)
    assert sum(len(w) for w in words.values()) >= 5
    _check_archive(data_dir, words, actions)
    assert list((data_dir / "backups").glob("archive-*.sqlite"))


def test_typing_goes_on_while_another_program_locks_the_archive(tmp_path, sample_meeting):
    """A lock held by hand for 4 s: the saves fail and are retried, the keys never
    stall for long, and once the lock goes everything typed is saved."""
    data_dir = tmp_path / "archive"
    journal = tmp_path / "journal.jsonl"
    with Archive.open(data_dir) as archive:
        archive.add_meeting(sample_meeting)
    proc = _start(data_dir, journal, 1, tmp_path / "settings")
    other = sqlite3.connect(data_dir / ARCHIVE_NAME, isolation_level=None)
    try:
        _wait_for_start(journal, 1, proc)
        time.sleep(0.5)
        other.execute("BEGIN EXCLUSIVE")
        locked_at = time.monotonic()
        time.sleep(4)
        other.execute("ROLLBACK")
        time.sleep(4.5)  # a retry (every 3 s) saves it all
        proc.send_signal(signal.SIGKILL)
        killed_at = time.monotonic()
        proc.wait(timeout=30)
    finally:
        other.close()
        if proc.poll() is None:
            proc.kill()
            proc.wait()
        proc.stderr.close()
    times = [r["t"] for r in _records(journal) if "c" in r and locked_at <= r["t"] <= killed_at]
    gaps = [b - a for a, b in itertools.pairwise(times)]
    print(
        f"\nunder a lock held 4 s: {len(times)} keys, the longest wait between two {max(gaps):.2f} s"
    )
    assert len(times) > 100 and max(gaps) < 1.5  # typing went on (3 s stalls before)
    records = _records(journal)
    words, actions = _typed_before(records, 1, _last_chance(records, 1, killed_at) - GRACE)
    assert _check_archive(data_dir, words, actions) > 50
