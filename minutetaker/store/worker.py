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
its exception) comes back in a ``concurrent.futures.Future``. The thread and
its connection are made when the first work is handed over (a window that only
reads never makes them). The thread is a daemon: a search still running when
the program ends does not keep it alive (the writer is always closed, and so
finished, before that).
"""

from __future__ import annotations

import queue
import threading
from collections.abc import Callable
from concurrent.futures import Future
from typing import TypeVar

from minutetaker.store.archive import Archive

T = TypeVar("T")
_STOP = object()


class ArchiveWorker:
    """One thread working on an open archive; ``close`` it before the archive."""

    def __init__(self, archive: Archive, name: str = "archive-writer") -> None:
        self._opened = archive
        self._name = name
        self._archive: Archive | None = None
        self._thread: threading.Thread | None = None
        self._queue: queue.SimpleQueue = queue.SimpleQueue()
        self._closed = False
        self._unfinished = 0  # work handed over and not yet done
        self._count = threading.Lock()

    def _start(self) -> None:
        if self._thread is None:
            self._archive = self._opened.connect_again()
            self._thread = threading.Thread(target=self._work, name=self._name, daemon=True)
            self._thread.start()

    @property
    def archive(self) -> Archive:
        """The thread's own archive connection: use it only in work handed to the
        thread (the tests inject their faults into it that way)."""
        self._start()
        return self._archive

    def _work(self) -> None:
        while True:
            item = self._queue.get()
            if item is _STOP:
                break
            future, work = item
            try:
                if not future.set_running_or_notify_cancel():
                    continue  # cancelled while it waited
                try:
                    result = work(self._archive)
                except BaseException as error:
                    future.set_exception(error)
                else:
                    future.set_result(result)
            finally:
                with self._count:
                    self._unfinished -= 1
        self._archive.close()  # on this thread, once its last work is done

    def submit(self, work: Callable[[Archive], T]) -> Future[T]:
        """Queue ``work``; it runs after everything queued before it."""
        if self._closed:
            raise RuntimeError("the archive's thread is closed")
        self._start()
        future: Future[T] = Future()
        with self._count:
            self._unfinished += 1
        self._queue.put((future, work))
        return future

    def run(self, work: Callable[[Archive], T]) -> T:
        """Queue ``work`` and wait for it: its result, or its exception raised here."""
        return self.submit(work).result()

    def wait(self) -> None:
        """Wait until everything queued so far is done (failed or not)."""
        self.barrier().result()

    def barrier(self) -> Future[None]:
        """A future done once everything queued so far is done: another thread
        (the search) can wait on it for the changes handed over before it.
        Done at once when nothing is queued."""
        with self._count:
            idle = self._unfinished == 0
        if idle:
            done: Future[None] = Future()
            done.set_result(None)
            return done
        return self.submit(lambda _archive: None)

    def interrupt(self) -> None:
        """Stop the statement running now, if any (it raises in its work); work
        queued after it is not affected."""
        if self._archive is not None:
            self._archive.conn.interrupt()

    def close(self, wait: bool = True) -> None:
        """Finish what is queued, then close the thread's connection. Without
        ``wait``, return at once: the thread closes it when its work ends."""
        if self._closed:
            return
        self._closed = True
        if self._thread is None:
            return  # never started: nothing to finish, no connection to close
        self._queue.put(_STOP)
        if wait:
            self._thread.join()
