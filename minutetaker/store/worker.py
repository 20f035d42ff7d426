"""A thread of the archive's own, on a connection of its own.

The window gives its saves to one such thread, its writer, so that a key press
never waits for the disk: its own thread only takes a snapshot of what changed
(plain data, no widgets), and the writer carries each piece of work out, in
the order it was handed over, with the archive's one-change-one-transaction
methods. Nothing about a change's safety moves: each is still one
``BEGIN IMMEDIATE … COMMIT`` on the same file, committed a few milliseconds
after it was handed over. A second such thread reads for the window's search,
so that a long search never holds the window up either.

The work is any callable taking the thread's :class:`Archive`; its result (or
its exception) comes back in a ``concurrent.futures.Future``.
"""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import TypeVar

from minutetaker.store.archive import Archive

T = TypeVar("T")


class ArchiveWorker:
    """One thread working on an open archive; ``close`` it before the archive."""

    def __init__(self, archive: Archive, name: str = "archive-writer") -> None:
        self._archive = archive.connect_again()
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix=name)
        self._closed = False

    @property
    def archive(self) -> Archive:
        """The thread's own archive connection: use it only in work handed to the
        thread (the tests inject their faults into it that way)."""
        return self._archive

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

    def interrupt(self) -> None:
        """Stop the statement running now, if any (it raises ArchiveError in its
        work); work queued after it is not affected."""
        self._archive.conn.interrupt()

    def close(self) -> None:
        """Finish what is queued, then close the thread's connection."""
        if self._closed:
            return
        self._closed = True
        self._pool.shutdown(wait=True)
        self._archive.close()
