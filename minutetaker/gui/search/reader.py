"""The search's reader: a thread with a connection of its own, so that a search
never waits on the window's thread and never on the writer's transaction.

A search starts after every change handed to the writer so far is saved (what
was just typed is found too); a newer search stops an older one still running.
"""

from __future__ import annotations

from concurrent.futures import Future

from minutetaker.store.archive import Archive
from minutetaker.store.search import SearchHit
from minutetaker.store.worker import ArchiveWorker


class SearchReader:
    """Made with the archive; its thread starts with the first search."""

    def __init__(self, archive: Archive) -> None:
        self.archive = archive
        self._reader: ArchiveWorker | None = None
        self._search: Future | None = None

    def search(self, writer: ArchiveWorker, query: str, **filters) -> Future[list[SearchHit]]:
        """Search on the reader's thread (the arguments of :meth:`Archive.search`)
        once ``writer`` has done what it was handed. A search still running is
        stopped; its future, like one left waiting, fails or is cancelled."""
        if self._reader is None:
            self._reader = ArchiveWorker(self.archive, name="archive-reader")
        if self._search is not None and not self._search.cancel():
            self._reader.interrupt()
        written = writer.barrier()

        def work(archive: Archive) -> list[SearchHit]:
            written.result()
            return archive.search(query, **filters)

        self._search = self._reader.submit(work)
        return self._search

    def close(self, wait: bool = True) -> None:
        """Stop a search still running and close the thread (``wait``: until it ends)."""
        if self._reader is not None:
            if self._search is not None and not self._search.cancel():
                self._reader.interrupt()
            self._reader.close(wait=wait)
            self._reader = None
