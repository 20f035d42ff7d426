"""A thread of the archive's own: a connection of its own, work in order."""

from __future__ import annotations

import dataclasses
import sqlite3
import threading
import time

import pytest

from minutetaker.domain.model import Block
from minutetaker.store import Archive
from minutetaker.store.errors import NotFound
from minutetaker.store.worker import ArchiveWorker


def test_work_runs_in_order_off_the_calling_thread_on_its_own_connection(archive):
    writer = ArchiveWorker(archive)
    try:
        seen = []

        def note(n):
            def work(on: Archive):
                seen.append((n, threading.current_thread().name, on.conn is archive.conn))
                return n

            return work

        futures = [writer.submit(note(n)) for n in range(20)]
        assert [f.result() for f in futures] == list(range(20))
        assert [n for n, _, _ in seen] == list(range(20))
        assert {name for _, name, _ in seen} == {seen[0][1]}
        assert seen[0][1] != threading.current_thread().name
        assert not any(same for _, _, same in seen)
    finally:
        writer.close()


def test_a_change_written_is_read_back_by_the_archive_after_waiting(archive, sample_meeting):
    archive.add_meeting(sample_meeting)
    item = sample_meeting.find_item("5")
    item.blocks = [Block("paragraph", "Written by the writer.")]
    writer = ArchiveWorker(archive)
    try:
        writer.submit(lambda on: on.save_item(sample_meeting.id, item, actions_changed=False))
        writer.wait()
        again = archive.load_meeting(sample_meeting.id).find_item("5")
        assert [b.text for b in again.blocks] == ["Written by the writer."]
        assert archive.search("writer")[0].item_number == "5"
    finally:
        writer.close()


def test_a_failure_comes_back_to_the_caller_and_the_writer_goes_on(archive, sample_meeting):
    archive.add_meeting(sample_meeting)
    writer = ArchiveWorker(archive)
    try:
        with pytest.raises(NotFound):
            writer.run(lambda on: on.load_meeting(999))
        assert writer.run(lambda on: on.count_meetings()) == 1
    finally:
        writer.close()


def test_closing_finishes_what_was_queued(archive, sample_meeting):
    archive.add_meeting(sample_meeting)
    writer = ArchiveWorker(archive)
    item = sample_meeting.find_item("3")
    for n in range(30):
        snapshot = dataclasses.replace(item, blocks=[Block("paragraph", f"version {n}")])
        writer.submit(
            lambda on, s=snapshot: on.save_item(sample_meeting.id, s, actions_changed=False)
        )
    writer.close()
    assert archive.load_meeting(sample_meeting.id).find_item("3").blocks[0].text == "version 29"


def test_the_writer_waits_for_a_lock_as_long_as_the_archive(archive):
    archive.wait_when_busy(250)
    writer = ArchiveWorker(archive)
    try:
        assert writer.run(lambda on: on.conn.execute("PRAGMA busy_timeout").fetchone()[0]) == 250
    finally:
        writer.close()


def test_a_long_read_can_be_interrupted_and_the_next_one_runs(archive, sample_meeting):
    archive.add_meeting(sample_meeting)
    reader = ArchiveWorker(archive, name="archive-reader")
    started = threading.Event()

    def endless(on):
        started.set()
        return on.conn.execute(
            "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n) SELECT count(*) FROM n"
        ).fetchone()

    try:
        running = reader.submit(endless)
        following = reader.submit(lambda on: on.count_meetings())
        assert started.wait(5)
        deadline = time.monotonic() + 5
        while not running.done() and time.monotonic() < deadline:
            reader.interrupt()  # (a no-op until the statement has begun)
            time.sleep(0.01)
        with pytest.raises(sqlite3.OperationalError, match="interrupted"):
            running.result(timeout=5)
        assert following.result(timeout=5) == 1
    finally:
        reader.close()


def test_closing_without_waiting_leaves_a_long_read_to_end_by_itself(archive):
    reader = ArchiveWorker(archive, name="archive-reader")
    started, release = threading.Event(), threading.Event()

    def long_read(on):
        started.set()
        release.wait(10)
        return on.count_meetings()

    running = reader.submit(long_read)
    assert started.wait(5)
    began = time.monotonic()
    reader.close(wait=False)
    assert time.monotonic() - began < 1
    with pytest.raises(RuntimeError):
        reader.submit(lambda on: None)
    release.set()
    assert running.result(timeout=5) == 0


def test_work_cancelled_while_it_waited_never_runs(archive):
    writer = ArchiveWorker(archive)
    gate = threading.Event()
    ran = []
    try:
        writer.submit(lambda on: gate.wait(5))
        later = writer.submit(lambda on: ran.append(1))
        assert later.cancel()
        gate.set()
        writer.wait()
        assert ran == [] and later.cancelled()
    finally:
        writer.close()


def test_a_barrier_waits_for_the_work_before_it_and_not_for_later_work(archive):
    writer = ArchiveWorker(archive)
    first, later = threading.Event(), threading.Event()
    try:
        assert writer.barrier().done()  # nothing handed over: done at once
        writer.submit(lambda on: first.wait(5))
        barrier = writer.barrier()
        assert not barrier.done()
        first.set()
        barrier.result(timeout=5)
        writer.submit(lambda on: later.wait(5))
        assert not writer.barrier().done()
        later.set()
        writer.wait()
        assert writer.barrier().done()
    finally:
        writer.close()
