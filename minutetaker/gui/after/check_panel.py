"""The check panel's widgets: what the check found, and the buttons to resolve it.

It only shows; the controller (``gui/after/check.py``) runs the check and acts
on the person's choices.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from minutetaker.checks.findings import Finding
from minutetaker.checks.personal import KIND_WORDS

_ROLE = Qt.ItemDataRole.UserRole


# The kinds in a word or two, for a narrow column (the full words are in the line below).
SHORT_KINDS = {
    "name": "name",
    "phone": "telephone",
    "email": "e-mail",
    "postcode": "postcode",
    "vehicle": "vehicle",
    "collar": "collar number",
    "birth_date": "date of birth",
    "reference": "reference",
    "spelling": "spelling",
}


def kind_words(finding: Finding, short: bool = False) -> str:
    if short:
        return SHORT_KINDS.get(finding.kind, finding.kind)
    if finding.kind == "spelling":
        return "a word not in the dictionary"
    return KIND_WORDS.get(finding.kind, finding.kind)


def detail_html(finding: Finding) -> str:
    """The finding in full: where, what, and the words around it with it in bold."""
    excerpt = escape(finding.excerpt)
    found = escape(finding.text)
    excerpt = excerpt.replace(found, f"<b>{found}</b>", 1)
    line = f"Item {escape(finding.item_number)}: {escape(kind_words(finding))}<br>“{excerpt}”"
    if finding.suggestions:
        line += "<br>Perhaps: " + escape(", ".join(finding.suggestions[:5]))
    return line


class CheckPanel(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("checkPanel")
        self.status = QLabel("")
        self.status.setWordWrap(True)
        self.status.setObjectName("checkStatus")
        self.status.setAccessibleName("What the check says")
        self.table = QTreeWidget()
        self.table.setColumnCount(4)
        self.table.setHeaderLabels(["Item", "Kind", "Found", "In"])
        self.table.setRootIsDecorated(False)
        self.table.setWordWrap(True)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAccessibleName("Findings of the check")
        self.table.setAccessibleDescription(
            "Enter goes to the place; W withholds its paragraph; A accepts it as fine."
        )
        header = self.table.header()
        for column in (0, 1, 2):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.detail = QLabel("")
        self.detail.setWordWrap(True)
        self.detail.setTextFormat(Qt.TextFormat.RichText)
        self.detail.setAccessibleName("The finding chosen, in full")
        self.withhold_button = QPushButton("&Withhold…")
        self.withhold_button.setAccessibleName("Withhold the paragraph from publication")
        self.accept_button = QPushButton("Fine &as it is")
        self.accept_button.setAccessibleName("Accept it as fine to publish")
        self.again_button = QPushButton("Check a&gain")
        buttons = QHBoxLayout()
        buttons.addWidget(self.withhold_button)
        buttons.addWidget(self.accept_button)
        buttons.addStretch(1)
        buttons.addWidget(self.again_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.status)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.detail)
        layout.addLayout(buttons)

    def show_findings(self, findings: list[Finding], keep: Finding | None = None) -> None:
        """List the findings (the one like ``keep`` stays selected, else the first)."""
        self.table.clear()
        chosen = None
        for finding in findings:
            kind = kind_words(finding, short=True)
            row = QTreeWidgetItem(
                self.table, [finding.item_number, kind, finding.text, finding.excerpt]
            )
            row.setData(0, _ROLE, finding)
            row.setToolTip(3, finding.excerpt)
            if keep is not None and chosen is None and finding.key == keep.key:
                chosen = row
        chosen = chosen or self.table.topLevelItem(0)
        if chosen is not None:
            self.table.setCurrentItem(chosen)
        self.enable()

    def current(self) -> Finding | None:
        row = self.table.currentItem()
        return row.data(0, _ROLE) if row is not None else None

    def enable(self) -> None:
        finding = self.current()
        self.detail.setText(detail_html(finding) if finding is not None else "")
        self.accept_button.setEnabled(finding is not None)
        self.withhold_button.setEnabled(finding is not None and finding.kind != "spelling")

    def say(self, text: str, warning: bool = False, then: str = "") -> None:
        """A line at the top (``warning``: in bold red), and ``then`` plain after it."""
        self.status.setTextFormat(Qt.TextFormat.RichText)
        line = escape(text).replace("\n", "<br>")
        if warning:
            line = f'<span style="color:#9b1c1c; font-weight:bold;">{line}</span>'
        self.status.setText(line + (f"<br>{escape(then)}" if then else ""))
