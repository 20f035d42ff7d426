"""The search panel: a box, its filters and the results, best first.

Only widgets live here; :mod:`minutetaker.gui.search.controller` runs the searches and
opens what is chosen. Each result is drawn on two or three lines: the meeting's
date, the item's number and heading, then the snippet with the words in bold.
The hits are kept in a Python list and drawn from it, so painting asks Qt for
no empty values (see :mod:`minutetaker.gui.safety.none_guard`).
"""

from __future__ import annotations

import html

from PySide6.QtCore import QAbstractListModel, QModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QAbstractTextDocumentLayout, QPalette, QTextDocument
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QVBoxLayout,
    QWidget,
)

from minutetaker.domain.dates import short_date
from minutetaker.gui.shell.date_field import DateField
from minutetaker.store.search import SearchHit

# Marks put round the matched words by the archive: characters no note contains
# (clean_text removes control characters), so the snippet can be escaped safely.
MARK = ("\x02", "\x03")
ANY_OWNER = "Any owner"


def snippet_html(snippet: str) -> str:
    """The archive's snippet as HTML: its own text escaped, the matches in bold."""
    text = html.escape(snippet.replace("\n", " "), quote=False)
    return text.replace(MARK[0], "<b>").replace(MARK[1], "</b>")


def hit_title(hit: SearchHit) -> str:
    number = f"{hit.item_number}\u2002" if hit.item_number else ""
    return f"{short_date(hit.date)}\u2003{number}{hit.item_heading}"


class HitModel(QAbstractListModel):
    """The results shown, best first."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.hits: list[SearchHit] = []
        self.html: list[str] = []

    def set_hits(self, hits: list[SearchHit]) -> None:
        self.beginResetModel()
        self.hits = hits
        self.html = [snippet_html(h.snippet) for h in hits]
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008 (Qt's own signature)
        return 0 if parent.isValid() else len(self.hits)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            hit = self.hits[index.row()]
            plain = hit.snippet.replace(MARK[0], "").replace(MARK[1], "")
            return f"{hit_title(hit)}: {plain}"
        return None


class HitDelegate(QStyledItemDelegate):
    """A result: the date, number and heading on one line, the snippet under it."""

    SNIPPET_LINES = 2

    def __init__(self, model: HitModel, parent=None) -> None:
        super().__init__(parent)
        self.model = model
        self.doc = QTextDocument(self)
        self.doc.setDocumentMargin(0)

    def sizeHint(self, option, index) -> QSize:
        line = option.fontMetrics.lineSpacing()
        return QSize(200, line * (1 + self.SNIPPET_LINES) + 10)

    def paint(self, painter, option, index) -> None:
        row = index.row()
        if row >= len(self.model.hits):
            return
        hit = self.model.hits[row]
        style = option.widget.style() if option.widget else None
        if style is not None:
            style.drawPrimitive(QStyle.PrimitiveElement.PE_PanelItemViewItem, option, painter)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        group = (
            QPalette.ColorGroup.Active
            if option.state & QStyle.StateFlag.State_Active
            else QPalette.ColorGroup.Inactive
        )
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        colour = option.palette.color(group, role)
        rect = option.rect.adjusted(6, 5, -6, -5)
        line = option.fontMetrics.lineSpacing()
        painter.save()
        title_font = option.font
        title_font.setBold(True)
        painter.setFont(title_font)
        painter.setPen(colour)
        metrics = painter.fontMetrics()
        title = metrics.elidedText(hit_title(hit), Qt.TextElideMode.ElideRight, rect.width())
        painter.drawText(QRect(rect.left(), rect.top(), rect.width(), line), 0, title)
        self.doc.setDefaultFont(option.font)
        font = option.font
        font.setBold(False)
        self.doc.setDefaultFont(font)
        self.doc.setHtml(self.model.html[row])
        self.doc.setTextWidth(rect.width())
        context = QAbstractTextDocumentLayout.PaintContext()
        context.palette.setColor(QPalette.ColorRole.Text, colour)
        height = line * self.SNIPPET_LINES
        context.clip = QRect(0, 0, rect.width(), height)
        painter.translate(rect.left(), rect.top() + line)
        painter.setClipRect(context.clip)
        self.doc.documentLayout().draw(painter, context)
        painter.restore()


class SearchPanel(QWidget):
    """The query box, the scope, the filters and the list of results."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("searchPanel")
        self.query = QLineEdit()
        self.query.setPlaceholderText('Search: words, "a phrase", prefix*, -exclude')
        self.query.setAccessibleName("Search for")
        self.query.setClearButtonEnabled(True)
        self.scope = QComboBox()
        self.scope.addItem("This meeting", False)
        self.scope.addItem("All meetings", True)
        self.scope.setAccessibleName("Search in")
        self.date_from = DateField("Meetings from (date, month or year)")
        self.date_to = DateField("Meetings to (date, month or year)")
        for field in (self.date_from, self.date_to):
            field.setAccessibleDescription("dd/mm/yyyy, mm/yyyy or yyyy")
        self.section = QLineEdit()
        self.section.setPlaceholderText("e.g. 4")
        self.section.setAccessibleName("Agenda section")
        self.owner = QComboBox()
        self.owner.addItem(ANY_OWNER, "")
        self.owner.setAccessibleName("Action owner")
        self.actions_only = QCheckBox("Actions onl&y")
        self.actions_only.setAccessibleDescription("Find the actions, not the talk around them")
        em = self.fontMetrics().horizontalAdvance("M")
        for field in (self.date_from, self.date_to):
            field.setMaximumWidth(em * 9)
        self.section.setMaximumWidth(em * 5)

        self.model = HitModel(self)
        self.results = QListView()
        self.results.setModel(self.model)
        self.results.setItemDelegate(HitDelegate(self.model, self.results))
        self.results.setUniformItemSizes(True)
        self.results.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.results.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.results.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.results.setAccessibleName("Search results")
        self.results.setAccessibleDescription("Enter opens the meeting at the item; Esc goes back.")
        self.status = QLabel("Type to search.")
        self.status.setObjectName("hint")
        self.status.setWordWrap(True)
        self.status.setAccessibleName("Search status")

        grid = QGridLayout()
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(6)
        for column, (text, field) in enumerate(
            (("Fr&om", self.date_from), ("&Until", self.date_to), ("Se&ction", self.section))
        ):
            label = QLabel(text)
            label.setBuddy(field)
            grid.addWidget(label, 0, column * 2)
            grid.addWidget(field, 0, column * 2 + 1)
        owner_label = QLabel("O&wner")
        owner_label.setBuddy(self.owner)
        grid.addWidget(owner_label, 1, 0)
        grid.addWidget(self.owner, 1, 1, 1, 2)
        grid.addWidget(self.actions_only, 1, 3, 1, 3)
        grid.setColumnStretch(6, 1)
        top = QGridLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.query, 0, 0)
        top.addWidget(self.scope, 0, 1)
        top.setColumnStretch(0, 1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.addLayout(top)
        layout.addLayout(grid)
        layout.addWidget(self.status)
        layout.addWidget(self.results, 1)

    def set_owners(self, codes: list[str]) -> None:
        current = self.owner.currentData()
        self.owner.blockSignals(True)
        self.owner.clear()
        self.owner.addItem(ANY_OWNER, "")
        for code in codes:
            self.owner.addItem(code, code)
        self.owner.setCurrentIndex(max(0, self.owner.findData(current)))
        self.owner.blockSignals(False)

    def in_archive(self) -> bool:
        return bool(self.scope.currentData())

    def current_hit(self) -> SearchHit | None:
        index = self.results.currentIndex()
        if not index.isValid() or index.row() >= len(self.model.hits):
            return None
        return self.model.hits[index.row()]

    def move(self, step: int) -> None:
        """Move the current result (from the box: Down, Up, Page Down, Page Up)."""
        count = len(self.model.hits)
        if not count:
            return
        index = self.results.currentIndex()
        row = index.row() if index.isValid() else -1
        row = max(0, min(count - 1, row + step))
        self.results.setCurrentIndex(self.model.index(row, 0))
