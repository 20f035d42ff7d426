"""The Go menu: the next or previous item, and an item by its number (Ctrl+G).

The number is asked in a dialog opened with ``open()``; a test reaches it as
:attr:`GoCommands.go_to_dialog`.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QWidget

from minutetaker.gui.session import MeetingSession


class GoCommands(QObject):
    def __init__(
        self,
        session: MeetingSession,
        parent: QWidget,
        back: Callable[[], None],
        focus_notes: Callable[[], None],
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.parent_widget = parent
        self.back = back
        self.focus_notes = focus_notes
        self.go_to_dialog = None

    def step(self, offset: int) -> None:
        """Ctrl+Page Down / Up: the next or previous item, the cursor in its notes."""
        if self.session.step(offset):
            self.focus_notes()

    def ask_go_to(self) -> None:
        from PySide6.QtWidgets import QInputDialog

        if self.session.meeting is None:
            return
        dialog = QInputDialog(self.parent_widget)
        dialog.setWindowTitle("Go to item")
        dialog.setLabelText("Item number (e.g. 4a):")
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.textValueSelected.connect(self.go_to)
        dialog.finished.connect(self.back)
        self.go_to_dialog = dialog
        dialog.open()

    def go_to(self, number: str) -> None:
        if self.session.meeting is None or not number.strip():
            return
        if self.session.go_to(number):
            self.focus_notes()
        else:
            self.session.say(f"There is no item {number.strip()} in this meeting.", 5000)
