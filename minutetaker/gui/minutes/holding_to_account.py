"""A holding-to-account item: its topic, and how the questions are typed."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFormLayout, QFrame, QLabel, QLineEdit, QWidget

from minutetaker.domain.model import Item

HINT = (
    "Questions put in advance: paste a numbered list, type the next question's number "
    "and a full stop (“1. ”) at the start of a line, or press Ctrl+Shift+Q on a line. "
    "Enter after a question starts its findings; Enter on an empty finding ends them."
)


class HoldingToAccountPanel(QFrame):
    changed = Signal(object)  # the Item

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("holdingToAccountPanel")
        self.item: Item | None = None
        self.topic = QLineEdit()
        self.topic.setAccessibleName("Topic")
        self.topic.setPlaceholderText("The subject the Chief Constable is held to account on")
        self.topic.textEdited.connect(self._on_topic)
        hint = QLabel(HINT)
        hint.setWordWrap(True)
        hint.setObjectName("hint")
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        label = QLabel("<u>T</u>opic:")  # Alt+T: a command of the window
        label.setBuddy(self.topic)
        form.addRow(label, self.topic)
        form.addRow(hint)

    def show_item(self, item: Item) -> None:
        self.item = item
        self.topic.setText(item.topic)

    def _on_topic(self, text: str) -> None:
        if self.item is not None:
            self.item.topic = text
            self.changed.emit(self.item)
