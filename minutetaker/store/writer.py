"""One thread that writes to the archive, on a connection of its own.

The window hands its changes here so that a key press never waits for the disk:
its own thread only takes a snapshot of what changed (plain data, no widgets),
and the writer carries out each piece of work, in the order it was handed
over, with the archive's one-change-one-transaction methods. Nothing about a
change's safety moves: each is still one ``BEGIN IMMEDIATE … COMMIT`` on the
same file, committed a few milliseconds after it was handed over.

The work is any callable taking the writer's :class:`Archive`; its result (or
its exception) comes back in a ``concurrent.futures.Future``.
"""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import TypeVar

from minutetaker.store.archive import Archive

T = TypeVar("T")


class ArchiveWriter:
    """The one writer of an open archive; ``close`` it before the archive."""

    def __init__(self, archive: Archive) -> None:
        self._archive = archive.connect_again()
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="archive-writer")
        self._closed = False

    def submit(self, work: Callable[[Archive], T]) -> Future[T]:
        """Queue ``work``; it runs after everything queued before it."""
        return self._pool.submit(work, self._archive)

    def run(self, work: Callable[[Archive], T]) -> T:
        """Queue ``work`` and wait for it: its result, or its exception raised here."""
        return self.submit(work).result()

    def wait(self) -> None:
        """Wait until everything queued so far is done (failed or not)."""
        self.barrier().result()

    def barrier(self) -> Future[None]:
        """A future done once everything queued so far is done: another thread
        (the search) can wait on it for the changes handed over before it."""
        return self._pool.submit(lambda: None)

    def close(self) -> None:
        """Finish what is queued, then close the writer's connection."""
        if self._closed:
            return
        self._closed = True
        self._pool.shutdown(wait=True)
        self._archive.close()
