"""A brought-forward item: the action as it was raised, and this meeting's decision.

Where the action is tracked in the archive, or the record gives a day, the day
of the meeting that raised it is shown; a record typed by hand or imported
without that meeting knows only the month the minutes name, and is kept on the
1st: it shows "the June 2017 meeting"."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QFormLayout, QFrame, QHBoxLayout, QLabel, QWidget

from minutetaker.domain.dates import long_date, month_year, uk_date
from minutetaker.domain.model import DECISIONS, Item

DECISION_LABELS = {
    "pending": "Pending",
    "discharged": "Discharged",
    "carried forward": "Carried forward",
}


class BroughtForwardPanel(QFrame):
    """Origin meeting, subject, action and owner, read-only; the decision, editable."""

    changed = Signal(object)  # the Item

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("broughtForwardPanel")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.item: Item | None = None
        self.origin = QLabel()
        self.subject = QLabel()
        self.action = QLabel()
        self.owner = QLabel()
        self.due = QLabel()
        for label, name in (
            (self.origin, "Raised at the meeting of"),
            (self.subject, "Subject"),
            (self.action, "Action as raised"),
            (self.owner, "Owner"),
            (self.due, "Due"),
        ):
            label.setWordWrap(True)
            label.setAccessibleName(name)
            label.setTextInteractionFlags(label.textInteractionFlags())
        self.decision = QComboBox()
        self.decision.setAccessibleName("Decision")
        for value in DECISIONS:
            self.decision.addItem(DECISION_LABELS[value], value)
        self.decision.currentIndexChanged.connect(self._on_decision)
        self.form = form = QFormLayout(self)
        form.addRow("Raised:", self.origin)
        form.addRow("Subject:", self.subject)
        form.addRow("Action:", self.action)
        form.addRow("Owner:", self.owner)
        form.addRow("Due:", self.due)
        decision_label = QLabel("<u>D</u>ecision:")  # Alt+D: a command of the window
        decision_label.setBuddy(self.decision)
        self.decision.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        decision_row = QHBoxLayout()
        decision_row.addWidget(self.decision)
        decision_row.addStretch(1)
        form.addRow(decision_label, decision_row)
        self._filling = False

    def show_item(self, item: Item) -> None:
        self.item = item
        bf = item.brought_forward
        if bf is None:
            return
        self._filling = True
        if bf.from_date is None:
            self.origin.setText("not recorded")
        elif bf.action_id or bf.from_date.day != 1:
            self.origin.setText(long_date(bf.from_date))
        else:  # the 1st, untracked: typed by hand, or minutes that name only the month
            self.origin.setText(f"the {month_year(bf.from_date)} meeting")
        self.subject.setText(bf.subject or "–")
        self.action.setText(bf.action or "–")
        self.owner.setText(bf.owner or "–")
        self.due.setText(uk_date(bf.due) if bf.due else "")
        self.form.setRowVisible(self.due, bf.due is not None)  # shown when known
        index = self.decision.findData(bf.decision)
        self.decision.setCurrentIndex(max(0, index))
        self._filling = False

    def _on_decision(self, index: int) -> None:
        if self._filling or self.item is None or self.item.brought_forward is None:
            return
        self.item.brought_forward.decision = self.decision.itemData(index)
        self.changed.emit(self.item)
