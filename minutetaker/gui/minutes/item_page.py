"""The middle of the window: the current item's heading, its own panel (brought
forward, holding to account, next meeting), its notes and its actions."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QSplitter, QVBoxLayout, QWidget

from minutetaker.domain.dates import next_meeting_when
from minutetaker.domain.model import (
    KIND_HOLDING_TO_ACCOUNT,
    KIND_NEXT_MEETING,
    Item,
    Meeting,
)
from minutetaker.gui.minutes.action_panel import ActionPanel
from minutetaker.gui.minutes.brought_forward import BroughtForwardPanel
from minutetaker.gui.minutes.holding_to_account import HoldingToAccountPanel
from minutetaker.gui.minutes.notes_editor import NotesEditor


class ItemPage(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = QLabel()
        self.heading.setObjectName("itemHeading")
        self.heading.setWordWrap(True)
        self.heading.setAccessibleName("Current item")
        self.restricted = QLabel()
        self.restricted.setObjectName("restrictedBanner")
        self.restricted.setWordWrap(True)
        self.restricted.setAccessibleName("Not for publication")
        self.restricted.hide()
        self.brought_forward_panel = BroughtForwardPanel()
        self.holding_to_account_panel = HoldingToAccountPanel()
        self.next_label = QLabel()
        self.next_label.setWordWrap(True)
        self.next_label.setObjectName("hint")
        self.editor = NotesEditor()
        self.editor.setPlaceholderText("Type the notes of this item…")
        self.actions_panel = ActionPanel()

        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(self.heading)
        top_layout.addWidget(self.restricted)
        top_layout.addWidget(self.brought_forward_panel)
        top_layout.addWidget(self.holding_to_account_panel)
        top_layout.addWidget(self.next_label)
        top_layout.addWidget(self.editor, 1)

        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setObjectName("itemSplitter")
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(top)
        self.splitter.addWidget(self.actions_panel)
        self.splitter.setStretchFactor(0, 4)
        self.splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.addWidget(self.splitter)

    def show_item(self, meeting: Meeting, item: Item) -> None:
        self.heading.setText(f"{item.number}\u2003{item.heading}")
        self.show_restriction(item)
        brought_forward = item.brought_forward is not None
        self.brought_forward_panel.setVisible(brought_forward)
        if brought_forward:
            self.brought_forward_panel.show_item(item)
        holding_to_account = item.kind == KIND_HOLDING_TO_ACCOUNT and not item.items
        self.holding_to_account_panel.setVisible(holding_to_account)
        self.editor.questions_allowed = holding_to_account
        if holding_to_account:
            self.holding_to_account_panel.show_item(item)
        next_meeting = item.kind == KIND_NEXT_MEETING
        self.next_label.setVisible(next_meeting)
        if next_meeting:
            self.show_next_meeting(meeting)
        self.editor.setPlaceholderText(
            "This meeting's update on the action…"
            if brought_forward
            else "Type the notes of this item…"
        )
        self.actions_panel.show_item(item, meeting.role_codes())

    def show_restriction(self, item: Item) -> None:
        if item.restricted:
            reason = f": {item.restricted_reason}" if item.restricted_reason else ""
            self.restricted.setText(f"Not for publication{reason}")
        self.restricted.setVisible(item.restricted)

    def show_next_meeting(self, meeting: Meeting) -> None:
        nxt = meeting.next_meeting
        if nxt and nxt.date:
            when = next_meeting_when(nxt.date, nxt.time)
            where = f", {nxt.venue}" if nxt.venue else ""
            text = f"Next meeting: {when}{where}."
        else:
            text = "The date of the next meeting is not set yet."
        self.next_label.setText(text + " Change it in Meeting details (Ctrl+D).")
