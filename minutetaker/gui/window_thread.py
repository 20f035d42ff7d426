"""Results of work on other threads, brought back to the window's thread.

Work handed to the archive's threads (a search, a read, a check, a document
written) ends on that thread; what the window does with the result must run on
the window's thread, and only while the part of the window that asked still
exists: the window may be closed and its objects deleted while the work runs.

Sending the result on a signal of the asking object itself is not safe from
another thread: the window's thread may be deleting that object at the very
moment. So every result goes through one messenger that lives as long as the
program, queued to the window's thread, and there the asking object is looked
at before anything is done with the result: gone, the result is dropped.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

import shiboken6
from PySide6.QtCore import QObject, Qt, Signal

T = TypeVar("T")


class _Messenger(QObject):
    sent = Signal(object, object)  # (what to do on the window's thread, the result)


_messenger: _Messenger | None = None


def _deliver(then: Callable[[object], None], value: object) -> None:
    then(value)


def on_window_thread(owner: QObject, then: Callable[[T], None]) -> Callable[[T], None]:
    """A function that any thread may call with a result: ``then(result)`` runs
    soon after on the window's thread, if ``owner`` has not been deleted by then.

    Call this on the window's thread (the messenger is made there, once)."""
    global _messenger
    if _messenger is None:
        _messenger = _Messenger()
        _messenger.sent.connect(_deliver, Qt.ConnectionType.QueuedConnection)
    messenger = _messenger

    def if_still_there(value: T) -> None:
        if shiboken6.isValid(owner):
            then(value)

    return lambda value: messenger.sent.emit(if_still_there, value)
