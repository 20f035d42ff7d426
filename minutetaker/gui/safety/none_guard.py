"""A guard against a reference-counting fault of PySide6 on Python 3.11.

PySide6 6.12 hands back ``None`` (a null pointer, an empty QVariant: e.g.
``QTextBlock.textList()`` of a plain paragraph, ``QTreeWidgetItem.data()`` of an
unset role) and the ``True`` of ``SignalInstance.emit()`` without taking a
reference to them. From Python 3.12 ``None``, ``True`` and ``False`` are
immortal and that does no harm; on 3.11 every such call lowers their count, and
after some thousands of calls (a long meeting's typing, repainting and saving:
every save emits a few signals from Python) the interpreter aborts. A crash in
the middle of a meeting is the one thing the window must never do, so on
CPython before 3.12 we give the three a count they can never run out of, which
is what 3.12 does for every interpreter. The code also avoids those calls where
it can.
"""

from __future__ import annotations

import ctypes
import sys

_HEADROOM = 1 << 40


def protect_none() -> bool:
    """Make ``None``, ``True`` and ``False`` effectively immortal on CPython < 3.12;
    True if it was needed."""
    if sys.implementation.name != "cpython" or sys.version_info >= (3, 12):
        return False
    for singleton in (None, True, False):
        count = ctypes.c_ssize_t.from_address(id(singleton))
        if count.value < _HEADROOM // 2:
            count.value += _HEADROOM
    return True


protect_none()
