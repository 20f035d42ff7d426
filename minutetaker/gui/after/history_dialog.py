"""Meeting > History and changes… (the dialog): the versions kept, what happened
to the record, and what changed between two versions.

The dialog only shows; its controller (``gui/after/history.py``) reads the
archive and compares off the window's thread. Keyboard: Alt+F and Alt+T choose
the two versions to compare (the second may be the meeting as it stands now),
Enter compares, Alt+W saves the comparison as Word with tracked changes, Esc
closes.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from minutetaker.domain.dates import long_date
from minutetaker.store.versions import HistoryEvent, VersionInfo

NOW = -1  # the "to" choice for the meeting as it stands

_EVENTS = {
    "circulated": "Circulated",
    "agreed": "Agreed",
    "unlocked": "Opened for changes",
    "locked": "Locked again",
    "withheld": "Withheld from publication",
    "accepted": "Judged fine to publish",
    "corrected": "Corrections taken",
    "published": "Published",
}


def local_time(when) -> str:
    """``20/03/2031 14:02`` in the computer's time zone."""
    return when.astimezone().strftime("%d/%m/%Y %H:%M")


def event_words(event: HistoryEvent) -> tuple[str, str]:
    """What happened, and its detail, in words."""
    import datetime as dt

    what = _EVENTS.get(event.event, event.event)
    detail = event.detail
    if event.event == "agreed" and detail:
        try:
            detail = f"on {long_date(dt.date.fromisoformat(detail))}"
        except ValueError:
            pass
    if event.event == "unlocked" and detail:
        detail = f"reason: {detail}"
    if event.version is not None:
        detail = f"version {event.version}" + (f"; {detail}" if detail else "")
    return what, detail


def _table(headers: list[str], name: str) -> QTreeWidget:
    table = QTreeWidget()
    table.setColumnCount(len(headers))
    table.setHeaderLabels(headers)
    table.setRootIsDecorated(False)
    table.setAccessibleName(name)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setWordWrap(True)
    header = table.header()
    for column in range(len(headers) - 1):
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
    header.setStretchLastSection(True)
    return table


class HistoryDialog(QDialog):
    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(f"History and changes – {title}")
        self.setObjectName("historyDialog")
        self.versions = _table(["Version", "Kept", "State"], "Versions kept")
        self.events = _table(["When", "What", "Detail"], "What happened to the record")
        tables = QSplitter(Qt.Orientation.Horizontal)
        for label_text, table in (
            ("&Versions kept", self.versions),
            ("What &happened", self.events),
        ):
            box = QWidget()
            layout = QVBoxLayout(box)
            layout.setContentsMargins(0, 0, 0, 0)
            label = QLabel(label_text)
            label.setBuddy(table)
            layout.addWidget(label)
            layout.addWidget(table)
            tables.addWidget(box)
        tables.setStretchFactor(0, 2)
        tables.setStretchFactor(1, 3)

        self.before = QComboBox()
        self.before.setAccessibleName("Compare from version")
        self.after = QComboBox()
        self.after.setAccessibleName("Compare to version")
        for field in (self.before, self.after):
            field.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.compare_button = QPushButton("&Compare")
        self.compare_button.setDefault(True)
        self.compare_button.setAutoDefault(True)
        choose = QHBoxLayout()
        for text, field in (("Compare &from:", self.before), ("&to:", self.after)):
            label = QLabel(text)
            label.setBuddy(field)
            choose.addWidget(label)
            choose.addWidget(field)
        choose.addWidget(self.compare_button)
        choose.addStretch(1)

        self.view = QTextBrowser()
        self.view.setAccessibleName("What changed")
        self.view.setOpenLinks(False)
        self.status = QLabel("")
        self.status.setWordWrap(True)
        self.save_button = QPushButton("Save as &Word with tracked changes…")
        self.save_button.setEnabled(False)
        self.save_button.setAutoDefault(False)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setAutoDefault(False)

        body = QSplitter(Qt.Orientation.Vertical)
        body.addWidget(tables)
        lower = QWidget()
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addLayout(choose)
        lower_layout.addWidget(self.view, 1)
        body.addWidget(lower)
        body.setStretchFactor(0, 1)
        body.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(body, 1)
        layout.addWidget(self.status)
        layout.addWidget(buttons)

    def show_record(
        self, versions: list[VersionInfo], events: list[HistoryEvent], state: str
    ) -> None:
        """Fill the two tables and the choices of what to compare."""
        self.versions.clear()
        for v in versions:
            QTreeWidgetItem(self.versions, [str(v.number), local_time(v.created), v.state])
        QTreeWidgetItem(self.versions, ["now", "as it stands", state])
        self.events.clear()
        for event in events:
            what, detail = event_words(event)
            row = QTreeWidgetItem(self.events, [local_time(event.at), what, detail])
            row.setToolTip(2, detail)
        self.before.clear()
        self.after.clear()
        for v in versions:
            self.before.addItem(
                f"version {v.number} ({v.state}, {local_time(v.created)})", v.number
            )
            self.after.addItem(f"version {v.number} ({v.state}, {local_time(v.created)})", v.number)
        self.after.addItem("the meeting as it stands now", NOW)
        if versions:
            self.before.setCurrentIndex(len(versions) - 1)  # the latest kept…
            self.after.setCurrentIndex(self.after.count() - 1)  # …to the meeting now
            self.status.setText("Choose two versions and press Enter to see what changed.")
        else:
            self.status.setText(
                "No version is kept yet: one is kept when the draft is circulated, when the "
                "record is agreed and when it is published."
            )
        self.compare_button.setEnabled(bool(versions))
        self.before.setEnabled(bool(versions))
        self.after.setEnabled(bool(versions))

    def chosen(self) -> tuple[int, int | None] | None:
        """The two versions chosen (None for the second: the meeting now)."""
        first, second = self.before.currentData(), self.after.currentData()
        if first is None:
            return None
        return first, (None if second == NOW else second)

    def show_comparison(self, html: str) -> None:
        self.view.setHtml(html)
        self.save_button.setEnabled(True)
