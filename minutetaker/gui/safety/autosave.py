"""Saving without being asked: a short pause after the last change, or at once.

The saver keeps a list of what has changed (items, the meeting's details). When
it saves, the window's thread only takes a snapshot of those (plain data: an
item's blocks read out of its document, copies of its actions, and where the
cursor is) and hands it to the archive's writer (:mod:`minutetaker.store.worker`),
which writes each change as one transaction on a thread and connection of its
own; where the cursor is goes into the same transaction as the item's save. So
a key pressed as a save starts waits for the snapshot, never for the disk.

A failed save puts what it did not write back on the list (to be read afresh
from the window next time), says so, and tries again every few seconds until it
succeeds; nothing is ever dropped and no one is ever asked "Save?".
:meth:`Autosaver.save_now` waits for the writer, for the moments that must know
everything is in the archive (another meeting opened, the window closing).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import time
from collections.abc import Callable
from concurrent.futures import Future
from dataclasses import dataclass

from PySide6.QtCore import QObject, QTimer, Signal

from minutetaker.domain.model import Item, Meeting
from minutetaker.store.archive import Archive
from minutetaker.store.errors import ArchiveError
from minutetaker.store.worker import ArchiveWorker

DELAY_MS = 700
RETRY_MS = 3000
# Typing without a pause still saves this often: whatever was typed a second
# before a crash is in the archive (tests/reliability/test_crash_loop.py).
LONGEST_WAIT_MS = 800


def item_copy(item: Item) -> Item:
    """The item's own content as plain copies, for the writer's thread: its
    sub-items left out (a save writes one item), its lists copied so that the
    window can go on changing the item while the copy is written."""
    bf = item.brought_forward
    return dataclasses.replace(
        item,
        blocks=list(item.blocks),
        actions=[dataclasses.replace(a) for a in item.actions],
        items=[],
        brought_forward=dataclasses.replace(bf) if bf is not None else None,
    )


def details_copy(meeting: Meeting) -> Meeting:
    """The meeting's details and attendance as plain copies (no items)."""
    nxt = meeting.next_meeting
    return dataclasses.replace(
        meeting,
        items=[],
        people=[dataclasses.replace(p) for p in meeting.people],
        minute_taker=dataclasses.replace(meeting.minute_taker),
        next_meeting=dataclasses.replace(nxt) if nxt is not None else None,
    )


@dataclass
class _Changed:
    """One item waiting to be saved: since when, and whether its actions (or the
    decision on the action it brings forward) changed, not only its notes."""

    meeting_id: int
    item: Item
    actions: bool = False


@dataclass
class _Write:
    """One change as handed to the writer: one transaction."""

    run: Callable[[Archive], None]  # on the writer's thread, with plain copies only
    put_back: Callable[[], None]  # on the window's thread, if it was not written


@dataclass(eq=False)  # (settled by identity)
class _Job:
    """Writes handed over together, and how far the writer got with them.

    The job never holds its own future (nor returns itself into it): a job and
    its future in a reference cycle would leave every save's copies to Python's
    cycle collector, whose runs then fall on the keys being typed."""

    writes: list[_Write]
    written: int = 0
    error: str = ""
    settled: bool = False

    def run(self, archive: Archive) -> None:
        for write in self.writes:
            try:
                write.run(archive)
            except ArchiveError as error:
                self.error = str(error)
                break
            self.written += 1


class Autosaver(QObject):
    saved = Signal(object)  # the datetime of the save
    failed = Signal(str)  # the archive's sentence
    recovered = Signal()
    _job_done = Signal(object, object)  # a _Job and its Future, from the writer's thread

    def __init__(
        self,
        writer: ArchiveWorker,
        read_notes: Callable[[Item], None] = lambda item: None,
        place: Callable[[], tuple[str, str] | None] = lambda: None,
        delay_ms: int = DELAY_MS,
        retry_ms: int = RETRY_MS,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.writer = writer
        self._read_notes = read_notes  # an item's notes out of its document, into the item
        self._place = place  # (key, value) of where the window is, read at each save
        self._place_written: tuple[str, str] | None = None
        self._items: dict[int, _Changed] = {}
        self._details: dict[int, Meeting] = {}
        self._jobs: list[tuple[_Job, Future]] = []  # handed to the writer, not yet settled here
        self.failing = False
        self.last_saved: dt.datetime | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._delay_ms = delay_ms
        self._first_change = 0.0
        self._timer.timeout.connect(self.flush)
        self._retry = QTimer(self)
        self._retry.setSingleShot(True)
        self._retry.setInterval(retry_ms)
        self._retry.timeout.connect(self.flush)
        self._job_done.connect(self._settle)

    def place_stored(self, place: tuple[str, str]) -> None:
        """Where the window is, as the archive already holds it (the window opened
        there): no save is needed for it until it moves."""
        self._place_written = place

    def use(self, writer: ArchiveWorker) -> None:
        """Save through ``writer`` from now on (a restored archive): nothing is
        written there yet, not even where the window is."""
        self.writer = writer
        self._place_written = None

    # -- what has changed ------------------------------------------------------------

    def item_changed(self, meeting_id: int, item: Item, *, actions: bool = False) -> None:
        """Note a change to ``item`` (with ``actions``: to its actions or decision
        too); it is saved after a pause in typing."""
        waiting = self._items.get(id(item))
        if waiting is None:
            self._items[id(item)] = _Changed(meeting_id, item, actions)
        else:
            waiting.actions = waiting.actions or actions
        self._wait()

    def place_changed(self) -> None:
        """Where the window is changed in a way worth keeping soon (an action
        being typed in its row): saved after the same pause as a change."""
        self._wait()

    def details_changed(self, meeting: Meeting) -> None:
        self._details[id(meeting)] = meeting
        self._wait()

    def _wait(self) -> None:
        """(Re)start the pause; but never put a save off for longer than LONGEST_WAIT_MS."""
        if self.failing:
            return  # the retry timer is running
        now = time.monotonic()
        if not self._timer.isActive():
            self._first_change = now
        waited_ms = (now - self._first_change) * 1000
        self._timer.start(int(max(0, min(self._delay_ms, LONGEST_WAIT_MS - waited_ms))))

    @property
    def pending(self) -> bool:
        """Whether anything changed is not yet known to be in the archive."""
        return bool(self._items or self._details or self._jobs)

    # -- saving ----------------------------------------------------------------------

    def flush(self) -> None:
        """Hand everything changed to the writer now; it is saved in the background."""
        self._timer.stop()
        self._retry.stop()
        # the snapshots are taken here, on the window's thread: the writer only
        # ever sees plain copies, never the documents or items the window edits
        place = self._place()
        if place == self._place_written:
            place = None  # where the window is has not moved since the last save
        items = list(self._items.items())
        writes = [self._details_write(key, m) for key, m in self._details.items()]
        for n, (key, changed) in enumerate(items):
            with_place = place if n == len(items) - 1 else None
            writes.append(self._item_write(key, changed, with_place))
        if place is not None and not items:
            writes.append(self._place_write(place))
        if place is not None:
            self._place_written = place
        self._details.clear()
        self._items.clear()
        if not writes:
            return
        job = _Job(writes)
        future = self.writer.submit(job.run)
        self._jobs.append((job, future))
        future.add_done_callback(lambda done: self._job_done.emit(job, done))

    def save_now(self) -> bool:
        """Write everything that has changed and wait for the writer. True when
        nothing is left unsaved."""
        self.flush()
        for job, future in list(self._jobs):
            future.exception()  # wait (its outcome is in the job)
            self._settle(job, future)
        return not self.pending and not self.failing

    def _settle(self, job: _Job, future: Future) -> None:
        """A job's outcome, on the window's thread (once, whichever comes first:
        the writer's signal or :meth:`save_now`)."""
        if job.settled:
            return
        job.settled = True
        self._jobs.remove((job, future))
        error = job.error
        if not error and future.exception() is not None:
            error = f"The archive could not be written ({future.exception()})."
            job.written = 0
        if error:
            for write in job.writes[job.written :]:
                write.put_back()
            self.failing = True
            self.failed.emit(error)
            self._retry.start()
            return
        self.last_saved = dt.datetime.now()
        if self.failing and not (self._items or self._details):
            self.failing = False
            self.recovered.emit()
        self.saved.emit(self.last_saved)

    # -- the writes: a snapshot now, the transaction on the writer's thread, and
    # what goes back on the list if it fails (unless a newer change is there)

    def _item_write(
        self, key: int, changed: _Changed, place: tuple[str, str] | None = None
    ) -> _Write:
        # the notes out of their document first, so that what the window holds is
        # in the item even if the archive refuses it
        self._read_notes(changed.item)
        copy = item_copy(changed.item)

        def put_back() -> None:
            waiting = self._items.setdefault(key, changed)
            waiting.actions = waiting.actions or changed.actions
            self._place_written = None  # and the place goes with the next save

        return _Write(
            lambda archive: archive.save_item(
                changed.meeting_id, copy, actions_changed=changed.actions, setting=place
            ),
            put_back,
        )

    def _details_write(self, key: int, meeting: Meeting) -> _Write:
        copy = details_copy(meeting)
        return _Write(
            lambda archive: archive.save_details(copy),
            lambda: self._details.setdefault(key, meeting),
        )

    def _place_write(self, place: tuple[str, str]) -> _Write:
        def put_back() -> None:
            self._place_written = None

        return _Write(lambda archive: archive.set_setting(*place), put_back)
