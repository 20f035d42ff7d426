"""Suggestions for a misspelt word, looked for on a thread of their own.

A suggestion takes from about a millisecond (a slip one edit mends) to some
tens of milliseconds (a name, which needs the engine's n-gram search). The
window's thread never waits for one: the menu opens at once, and the
suggestions come to it by a signal when found. A word's suggestions are
remembered (by the dictionary too), so the second menu on a word has them at
once.
"""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor

from PySide6.QtCore import QObject, Signal

from minutetaker.gui.window_thread import on_window_thread


class SuggestionFinder(QObject):
    found = Signal(str, list)  # the word, its suggestions (best first)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool: ThreadPoolExecutor | None = None  # its thread starts on the first word
        self._known: dict[str, list[str]] = {}
        self._asked: set[str] = set()

    def known(self, word: str) -> list[str] | None:
        """The word's suggestions if they were found already, else None."""
        return self._known.get(word)

    def find(self, word: str, suggest: Callable[[str], list[str]]) -> None:
        """Look for ``word``'s suggestions on the finder's thread; ``found``
        follows (at once, if they are known already)."""
        if word in self._known:
            self.found.emit(word, self._known[word])
            return
        if word in self._asked:
            return
        self._asked.add(word)
        if self._pool is None:
            self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="suggestions")
        future = self._pool.submit(suggest, word)
        # queued even from this thread (a future done at once calls back at once):
        # ``found`` never comes before ``find`` has returned
        future.add_done_callback(on_window_thread(self, lambda done: self._arrived(word, done)))

    def forget(self) -> None:
        """The checker changed (its room): suggestions are looked for afresh."""
        self._known.clear()
        self._asked.clear()

    def _arrived(self, word: str, future: Future) -> None:
        self._asked.discard(word)
        try:
            suggestions = list(future.result())
        except Exception:  # a word the engine cannot take: no suggestions, no traceback
            suggestions = []
        self._known[word] = suggestions
        self.found.emit(word, suggestions)

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=False, cancel_futures=True)
            self._pool = None
