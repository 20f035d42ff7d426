"""Messages and questions that wait for an answer, with the focus given back.

After a message box closes, the keys must go where they went before it opened
(the notes, the action row, a field of the details): not to whatever widget the
desktop happens to activate, and never the notes when the person was typing
elsewhere. A desktop without a window manager (and some remote desktops) does
not make the window active again by itself, so :func:`keep_focus` does it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

T = TypeVar("T")


def keep_focus(run: Callable[[], T], otherwise: Callable[[], object] | None = None) -> T:
    """Run ``run`` (a message or question that waits); the focus then goes back
    to the widget that had it, its window active again. If that widget has gone
    (or there was none), ``otherwise`` is called instead (the notes, say)."""
    widget = QApplication.focusWidget()
    try:
        return run()
    finally:
        if not give_focus_back(widget) and otherwise is not None:
            otherwise()


def give_focus_back(widget: QWidget | None) -> bool:
    """The focus to ``widget`` again, its window active; False if it is gone."""
    if widget is None or not shiboken6.isValid(widget) or not widget.isVisible():
        return False
    widget.window().activateWindow()
    widget.setFocus(Qt.FocusReason.OtherFocusReason)
    return True


def warn(
    parent: QWidget | None, title: str, text: str, otherwise: Callable[[], object] | None = None
) -> None:
    """A warning (one sentence, OK); the focus then back where it was."""
    keep_focus(lambda: QMessageBox.warning(parent, title, text), otherwise)
