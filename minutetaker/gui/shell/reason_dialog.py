"""The one control in which the window asks why something is not for publication.

Ctrl+R (a paragraph), Ctrl+Shift+R (an item) and W in the check panel all ask
here. The reason is typed or chosen: the Freedom of Information Act exemptions
an office cites are offered in a list (from :data:`minutetaker.domain.reasons.
EXEMPTIONS`, the one list), reached with the arrow keys (Down, Up; Alt+Down
opens it), or typed (``s40``); any other words are taken as they are. A line
under the field says how the redaction log will give it: a cited exemption in
words, or the person's own words as typed. Enter gives the reason; Esc leaves with nothing changed.

The reason is kept as given ("s40" typed stays "s40"); the redaction log puts a
cited exemption into words (:func:`~minutetaker.domain.reasons.describe_reason`).
The dialog is opened with ``open()`` by whoever asks, and says what was given
with :attr:`ReasonDialog.given`.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from minutetaker.domain.reasons import EXEMPTIONS, describe_reason, exemption_of

HOW = "Type your own words, or an exemption (s40), or press ↓ for the list."


class ReasonDialog(QDialog):
    """Why it is withheld: an FOI exemption from the list, or words typed."""

    given = Signal(str)  # the reason, as typed or chosen (stripped), on Enter

    def __init__(
        self,
        title: str,
        question: str,
        offered: str = "",
        button: str = "&Withhold",
        parent: QWidget | None = None,
    ) -> None:
        """``question`` says what is withheld and asks why (its ``&`` marks the Alt
        key of the field); ``offered``, the code of an exemption to offer chosen
        ("s40"), else the field starts empty."""
        super().__init__(parent)
        self.setWindowTitle(title)
        label = QLabel(f"{question} {HOW}")
        label.setWordWrap(True)
        self.reason = QComboBox()
        self.reason.setEditable(True)
        self.reason.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        # No completion while typing: an inline completion would take the first
        # Enter, and "s4" completed to "s40 – …" is not what was typed.
        self.reason.setCompleter(None)
        self.reason.setAccessibleName("Reason for withholding")
        self.reason.setAccessibleDescription(HOW)
        for exemption in EXEMPTIONS:
            self.reason.addItem(exemption.label, exemption.code)
        chosen = next((n for n, e in enumerate(EXEMPTIONS) if e.code == offered), -1)
        self.reason.setCurrentIndex(chosen)
        if chosen < 0:
            self.reason.setEditText("")
        self.reason.lineEdit().setPlaceholderText("e.g. s40, or names a victim")
        em = self.fontMetrics().horizontalAdvance("M")
        self.reason.setMinimumWidth(em * 28)
        label.setBuddy(self.reason)
        self.understood = QLabel("")
        self.understood.setObjectName("hint")
        self.understood.setAccessibleName("How the reason will be read")
        self.understood.setMinimumHeight(self.fontMetrics().height())  # no jump as one types
        self.reason.editTextChanged.connect(self._say)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(button)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.reason)
        layout.addWidget(self.understood)
        layout.addWidget(buttons)
        self.setMinimumWidth(em * 34)
        self._say(self.reason.currentText())
        self.reason.setFocus()
        self.reason.lineEdit().selectAll()  # an exemption offered is typed over

    def text(self) -> str:
        return self.reason.currentText().strip()

    def _say(self, typed: str) -> None:
        if not typed.strip():
            self.understood.setText("")
        elif exemption_of(typed) is not None:
            self.understood.setText(f"The redaction log will say: {describe_reason(typed)}.")
        else:
            self.understood.setText("Your own words: the redaction log gives them as typed.")

    def accept(self) -> None:
        self.given.emit(self.text())
        super().accept()
