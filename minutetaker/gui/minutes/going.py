"""The Go menu: the next or previous item, an item by its number (Ctrl+G), and
the decision (Alt+D) or topic (Alt+T) of the item on screen.

The number is asked in a dialog opened with ``open()``; a test reaches it as
:attr:`GoCommands.go_to_dialog`. Alt+D and Alt+T are commands of the window
(not the mnemonics of their panels' labels), so in an item with no decision or
topic they say so in the status bar and type nothing.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QWidget

from minutetaker.gui.minutes.item_page import ItemPage
from minutetaker.gui.session import MeetingSession


class GoCommands(QObject):
    def __init__(
        self,
        session: MeetingSession,
        page: ItemPage,
        parent: QWidget,
        back: Callable[[], None],
        focus_notes: Callable[[], None],
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.page = page
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

    def go_to_decision(self) -> None:
        """Alt+D: the decision of a brought-forward item (1.1, 1.2 …)."""
        item = self.session.item
        if item is not None and item.brought_forward is not None:
            self.page.brought_forward_panel.decision.setFocus(Qt.FocusReason.ShortcutFocusReason)
        elif item is not None:
            self.session.say(
                f"Item {item.number} has no decision: Alt+D goes to the decision "
                "of an action brought forward (1.1, 1.2 …).",
                5000,
            )

    def go_to_topic(self) -> None:
        """Alt+T: the topic of a holding-to-account item (4a, 4b …)."""
        item = self.session.item
        panel = self.page.holding_to_account_panel
        if item is not None and panel.item is item and not panel.isHidden():
            panel.topic.setFocus(Qt.FocusReason.ShortcutFocusReason)
        elif item is not None:
            self.session.say(
                f"Item {item.number} has no topic: Alt+T goes to the topic "
                "of a holding-to-account item (4a …).",
                5000,
            )
