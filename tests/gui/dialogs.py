"""Answering modal dialogs (``exec()``) from a test, one step per dialog shown."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QWidget


def answer(steps: list[Callable[[QWidget], None]], seen: list[QWidget] | None = None) -> None:
    """Each time a new modal dialog is on screen, call the next step with it."""
    steps = list(steps)
    done: list[QWidget] = [] if seen is None else seen

    def poll() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is not None and dialog.isVisible() and dialog not in done:
            done.append(dialog)
            steps.pop(0)(dialog)
        if steps:
            QTimer.singleShot(20, poll)

    QTimer.singleShot(0, poll)
