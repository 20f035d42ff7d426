"""Saving without being asked: a short pause after the last change, or at once.

The saver keeps a list of what has changed (items, and the meeting's details)
and writes it through the archive's one-item path. A failed save keeps
everything on the list, says so, and tries again every few seconds until it
succeeds; nothing is ever dropped and no one is ever asked "Save?".
"""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal

from minutetaker.domain.model import Item, Meeting
from minutetaker.store.errors import ArchiveError

DELAY_MS = 700
RETRY_MS = 3000
# Typing without a pause still saves this often: whatever was typed a second
# before a crash is in the archive (tests/reliability/test_crash_loop.py).
LONGEST_WAIT_MS = 800


class Autosaver(QObject):
    saved = Signal(object)  # the datetime of the save
    failed = Signal(str)  # the archive's sentence
    recovered = Signal()

    def __init__(
        self,
        archive,
        before_save: Callable[[Item], None] | None = None,
        after_save: Callable[[], None] | None = None,
        delay_ms: int = DELAY_MS,
        retry_ms: int = RETRY_MS,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.archive = archive
        self._before_save = before_save
        self._after_save = after_save
        self._items: dict[int, tuple[int, Item]] = {}
        self._details: dict[int, Meeting] = {}
        self.failing = False
        self.last_saved: dt.datetime | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._delay_ms = delay_ms
        self._first_change = 0.0
        self._timer.timeout.connect(self.save_now)
        self._retry = QTimer(self)
        self._retry.setSingleShot(True)
        self._retry.setInterval(retry_ms)
        self._retry.timeout.connect(self.save_now)

    # -- what has changed ------------------------------------------------------------

    def item_changed(self, meeting: Meeting, item: Item) -> None:
        """Note a change to ``item``; it is saved after a pause in typing."""
        self._items[id(item)] = (meeting.id, item)
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
        return bool(self._items or self._details)

    # -- saving ----------------------------------------------------------------------

    def save_now(self) -> bool:
        """Write everything that has changed. True when nothing is left unsaved."""
        self._timer.stop()
        self._retry.stop()
        if self._before_save is not None:
            # take every changed item's text out of its editor first, so that what
            # the window holds is in the items even if the archive refuses them
            for _meeting_id, item in self._items.values():
                self._before_save(item)
        try:
            for key, meeting in list(self._details.items()):
                self.archive.save_details(meeting)
                del self._details[key]
            for key, (meeting_id, item) in list(self._items.items()):
                self.archive.save_item(meeting_id, item)
                del self._items[key]
            if self._after_save is not None:
                self._after_save()
        except ArchiveError as error:
            self.failing = True
            self.failed.emit(str(error))
            self._retry.start()
            return False
        was_failing, self.failing = self.failing, False
        self.last_saved = dt.datetime.now()
        if was_failing:
            self.recovered.emit()
        self.saved.emit(self.last_saved)
        return True
