"""File > Apply corrections… (the dialog): a reviewer's changes, item by item,
each to accept or reject.

Each item the reviewer changed is a row, with its corrections under it; the
pane below shows the one selected, its removed words struck through and its
added words underlined. Keyboard: the arrows move; A accepts, R rejects (and go
on to the next); Space turns the choice over; on an item's row A or R chooses
for all its corrections; Enter applies the accepted ones; Esc leaves with
nothing applied. Nothing is applied without a choice: a correction left
unchosen is not applied.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
)

from minutetaker.after_meeting.corrections import Correction, Returned
from minutetaker.domain.compare import marked
from minutetaker.gui.after.compare_view import LEGEND, change_html

ACCEPT, REJECT = "accept", "reject"
_SHOWN = {ACCEPT: "✓ accept", REJECT: "✗ reject", None: "· choose"}
_COLOURS = {ACCEPT: "#0f5f2a", REJECT: "#a4161a"}
_ROLE = Qt.ItemDataRole.UserRole


class CorrectionsDialog(QDialog):
    applyChosen = Signal(list)  # the numbers of the corrections accepted

    def __init__(self, returned: Returned, headings: dict[str, str], parent=None) -> None:
        super().__init__(parent)
        self.returned = returned
        self.choices: dict[int, str | None] = {c.number: None for c in returned.corrections}
        self.setWindowTitle(f"Corrections in {returned.path.name} to version {returned.version}")
        self.tree = QTreeWidget()
        self.tree.setColumnCount(3)
        self.tree.setHeaderLabels(["Correction", "Choice", "Text"])
        self.tree.setAccessibleName("Corrections, by item")
        self.tree.setAccessibleDescription(
            "A accepts, R rejects, Space turns the choice over, Enter applies the accepted ones."
        )
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setWordWrap(True)
        header = self.tree.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.rows: dict[int, QTreeWidgetItem] = {}
        self._fill(headings)
        self.tree.installEventFilter(self)
        self.tree.currentItemChanged.connect(lambda now, _before: self._show(now))

        self.detail = QTextBrowser()
        self.detail.setAccessibleName("The correction chosen, its words marked")
        self.status = QLabel("")
        self.status.setWordWrap(True)
        self.accept_button = QPushButton("&Accept")
        self.reject_button = QPushButton("&Reject")
        self.apply_button = QPushButton("Apply")
        self.apply_button.setDefault(True)
        for button in (self.accept_button, self.reject_button):
            button.setAutoDefault(False)
        self.accept_button.clicked.connect(lambda: self.choose(ACCEPT))
        self.reject_button.clicked.connect(lambda: self.choose(REJECT))
        self.apply_button.clicked.connect(self.apply)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        buttons.addButton(self.accept_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.reject_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.apply_button, QDialogButtonBox.ButtonRole.ApplyRole)
        buttons.rejected.connect(self.reject)
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setAutoDefault(False)

        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.tree)
        split.addWidget(self.detail)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        intro = QLabel(
            "Each change the reviewer made, by item. Nothing is applied without a choice: "
            f"A accepts, R rejects, Enter applies the accepted ones. {LEGEND}"
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        layout.addWidget(split, 1)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        first = self.tree.topLevelItem(0)
        if first is not None and first.childCount():
            self.tree.setCurrentItem(first.child(0))
        self._update()

    # -- the rows --------------------------------------------------------------------------

    def _fill(self, headings: dict[str, str]) -> None:
        groups: dict[str, QTreeWidgetItem] = {}
        bold = QFont(self.tree.font())
        bold.setBold(True)
        for c in self.returned.corrections:
            group = groups.get(c.item_number)
            if group is None:
                title = (
                    f"{c.item_number}  {headings.get(c.item_number, '')}".strip()
                    if c.item_number
                    else "Details and attendance"
                )
                group = QTreeWidgetItem(self.tree, [title])
                group.setFirstColumnSpanned(True)
                group.setFont(0, bold)
                group.setData(0, _ROLE, [])
                groups[c.item_number] = group
            what = f"{c.number}. {c.change} {c.what}"
            text = marked(c.words) if c.words else (c.after or c.before)
            row = QTreeWidgetItem(group, [what, "", text])
            row.setData(0, _ROLE, c.number)
            row.setToolTip(2, text)
            group.setData(0, _ROLE, [*group.data(0, _ROLE), c.number])
            self.rows[c.number] = row
            self._paint(c)
        self.tree.expandAll()

    def correction(self, number: int) -> Correction:
        return next(c for c in self.returned.corrections if c.number == number)

    def _paint(self, c: Correction) -> None:
        row = self.rows[c.number]
        if not c.applicable:
            row.setText(1, "cannot be taken")
            row.setToolTip(1, c.why_not)
            row.setForeground(1, QBrush(QColor("#555555")))
            return
        choice = self.choices[c.number]
        row.setText(1, _SHOWN[choice])
        row.setForeground(1, QBrush(QColor(_COLOURS.get(choice, "#333333"))))

    def _numbers_here(self) -> list[int]:
        """The corrections of the row on which the cursor is (an item's: all of them)."""
        row = self.tree.currentItem()
        if row is None:
            return []
        value = row.data(0, _ROLE)
        return list(value) if isinstance(value, list) else [value]

    def _show(self, row: QTreeWidgetItem | None) -> None:
        numbers = self._numbers_here()
        if row is None or not numbers:
            self.detail.clear()
            return
        parts = []
        for number in numbers:
            c = self.correction(number)
            body = change_html(c.change, c.before, c.after, c.words)
            why = f"<br><i>Cannot be taken: {c.why_not}.</i>" if not c.applicable else ""
            parts.append(f"<p><b>{c.number}. {c.change} {c.what}</b><br>{body}{why}</p>")
        self.detail.setHtml("".join(parts))

    # -- choosing ----------------------------------------------------------------------------

    def choose(self, choice: str | None, then_next: bool = True) -> None:
        """Accept or reject the correction (or the item's corrections) selected."""
        numbers = self._numbers_here()
        refused = []
        for number in numbers:
            c = self.correction(number)
            if not c.applicable:
                refused.append(c)
                continue
            self.choices[number] = choice
            self._paint(c)
        if refused and len(numbers) == 1:
            self.status.setText(
                f"Correction {refused[0].number} cannot be taken: {refused[0].why_not}."
            )
        else:
            self._update()
        if then_next:
            self._next()

    def turn_over(self) -> None:
        numbers = [n for n in self._numbers_here() if self.correction(n).applicable]
        if not numbers:
            self.choose(ACCEPT, then_next=False)  # says why it cannot be
            return
        now = self.choices[numbers[0]]
        self.choose(REJECT if now == ACCEPT else ACCEPT, then_next=False)

    def _next(self) -> None:
        row = self.tree.currentItem()
        below = self.tree.itemBelow(row) if row is not None else None
        if below is not None and row.childCount():  # an item's row: to the next item
            while below is not None and below.parent() is row:
                below = self.tree.itemBelow(below)
        if below is not None:
            self.tree.setCurrentItem(below)

    def accepted_numbers(self) -> list[int]:
        return [n for n, choice in self.choices.items() if choice == ACCEPT]

    def _update(self) -> None:
        applicable = [c for c in self.returned.corrections if c.applicable]
        accepted = len(self.accepted_numbers())
        rejected = sum(1 for choice in self.choices.values() if choice == REJECT)
        left = len(applicable) - accepted - rejected
        count = len(self.returned.corrections)
        self.status.setText(
            f"{count} correction{'s' if count != 1 else ''}: {accepted} accepted, "
            f"{rejected} rejected, {left} still to choose (not applied unless accepted)."
        )
        self.apply_button.setText(f"Apply {accepted} accepted" if accepted else "Apply")

    def apply(self) -> None:
        chosen = self.accepted_numbers()
        if not chosen:
            self.status.setText("Nothing is accepted yet: press A on each correction to take.")
            return
        self.applyChosen.emit(chosen)
        self.accept()

    def eventFilter(self, watched, event) -> bool:
        if watched is self.tree and event.type() == QEvent.Type.KeyPress:
            key = event.key()
            if event.modifiers() & (
                Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
            ):
                return False
            if key == Qt.Key.Key_A:
                self.choose(ACCEPT)
                return True
            if key == Qt.Key.Key_R:
                self.choose(REJECT)
                return True
            if key == Qt.Key.Key_Space:
                self.turn_over()
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.apply()
                return True
        return super().eventFilter(watched, event)


def headings_of(meeting) -> dict[str, str]:
    """Item number → heading, for the rows of the dialog."""
    return {item.number: item.heading for item in meeting.walk_items()}
