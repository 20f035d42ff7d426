"""The archive's reading threads, for the window: each reads on a connection of
its own, after the writer has saved every change handed to it so far, so what
was just typed is read too and the window's thread never waits.

- the search's thread: a newer search stops an older one (it interrupts the
  statement running);
- the other reads' thread: the check, a comparison of two versions, a returned
  draft read back, a document written from the archive, the action tracker's
  table. Nothing interrupts it.

Each is made on its first work (a window that only types never starts them).
"""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import Future
from typing import TypeVar

from minutetaker.store.archive import Archive
from minutetaker.store.worker import ArchiveWorker

T = TypeVar("T")


class Readers:
    def __init__(self, archive: Archive) -> None:
        self.archive = archive
        self._search_thread: ArchiveWorker | None = None
        self._search: Future | None = None
        self._reads: ArchiveWorker | None = None

    def search(self, work: Callable[[Archive], T], writer: ArchiveWorker) -> Future[T]:
        """Run a search's ``work``; a search still running is stopped (its future,
        like one left waiting, fails or is cancelled)."""
        if self._search_thread is None:
            self._search_thread = ArchiveWorker(self.archive, name="archive-reader")
        if self._search is not None and not self._search.cancel():
            self._search_thread.interrupt()
        self._search = self._search_thread.submit(_after(writer.barrier(), work))
        return self._search

    def read(self, work: Callable[[Archive], T], writer: ArchiveWorker) -> Future[T]:
        """Run ``work`` on the other reads' thread, in the order handed over."""
        if self._reads is None:
            self._reads = ArchiveWorker(self.archive, name="archive-reader-2")
        return self._reads.submit(_after(writer.barrier(), work))

    def close(self, wait: bool = True) -> None:
        """Stop a search still running, let the other reads end, close both."""
        if self._search_thread is not None:
            if self._search is not None and not self._search.cancel():
                self._search_thread.interrupt()
            self._search_thread.close(wait=wait)
            self._search_thread = None
        if self._reads is not None:
            self._reads.close(wait=wait)
            self._reads = None


def _after(written: Future[None], work: Callable[[Archive], T]) -> Callable[[Archive], T]:
    def run(archive: Archive) -> T:
        written.result()  # what the writer was handed before, saved first
        return work(archive)

    return run
