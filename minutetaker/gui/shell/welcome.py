"""What an empty archive shows: start a meeting, bring in past minutes, or look
around the demo."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget


class WelcomePanel(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = title = QLabel("Welcome to minutetaker")
        title.setObjectName("welcomeTitle")
        text = QLabel(
            "The archive is empty. Start the first meeting from the monthly assurance "
            "agenda, bring in past minutes typed in Word, or fill the archive with "
            "invented meetings to look around."
        )
        text.setWordWrap(True)
        self.new_button = QPushButton("&New meeting")
        self.new_button.setAccessibleName("Start a new meeting")
        self.import_button = QPushButton("&Import past minutes…")
        self.import_button.setAccessibleName("Import past minutes from Word documents")
        self.demo_button = QPushButton("Open the &demo archive")
        self.demo_button.setAccessibleName("Fill the archive with demonstration meetings")
        inner = QWidget()
        inner.setMaximumWidth(text.fontMetrics().horizontalAdvance("M") * 34)
        column = QVBoxLayout(inner)
        column.addWidget(title)
        column.addWidget(text)
        column.addSpacing(text.fontMetrics().height())
        column.addWidget(self.new_button)
        column.addWidget(self.import_button)
        column.addWidget(self.demo_button)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(inner, 3)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(2)
