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


def keep_focus(run: Callable[[], T]) -> T:
    """Run ``run`` (a message or question that waits); the focus then goes back
    to the widget that had it, its window active again."""
    widget = QApplication.focusWidget()
    try:
        return run()
    finally:
        give_focus_back(widget)


def give_focus_back(widget: QWidget | None) -> None:
    if widget is None or not shiboken6.isValid(widget) or not widget.isVisible():
        return
    widget.window().activateWindow()
    widget.setFocus(Qt.FocusReason.OtherFocusReason)


def warn(parent: QWidget | None, title: str, text: str) -> None:
    """A warning (one sentence, OK); the focus then back where it was."""
    keep_focus(lambda: QMessageBox.warning(parent, title, text))
