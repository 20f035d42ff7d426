"""Changing the agenda of the open meeting: add, delete and move items.

Edit > Add sub-item… (Ctrl+Shift+N), Add item after this… (Ctrl+Shift+I),
Add a brought-forward action… (Ctrl+Shift+M: an action of an earlier meeting
typed by hand into item 1, see ``brought_forward_dialog``), Delete item…
(Ctrl+Shift+Delete), Move item up / down (Ctrl+Shift+Up / Down).

Each change first saves whatever is waiting (a change to the agenda is never
made over unsaved notes), then the session has the archive's writer make it as
one transaction, which renumbers the siblings and keeps every action with its
item; then the meeting is read back, the right item shown, and the session's
``agendaChanged`` tells the rest of the window (the tracker reads again).
Deleting asks first when the item holds notes, actions or sub-items, and says
how many; the archive refuses to delete an item whose actions a later meeting
brought forward, and that sentence is shown instead.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QWidget

from minutetaker.domain.model import Item
from minutetaker.gui.session import MeetingSession
from minutetaker.gui.shell.messages import keep_focus, warn
from minutetaker.store.errors import ArchiveError

TITLE_DELETE = "Delete item"


def _count(n: int, word: str) -> str:
    return f"{n} {word}" if n == 1 else f"{n} {word}s"


def delete_question(item: Item, actions: int, has_notes: bool) -> str | None:
    """The question to ask before deleting ``item``; None when it holds nothing."""
    parts = []
    sub_items = sum(1 for _ in item.walk()) - 1
    if sub_items:
        parts.append(_count(sub_items, "sub-item"))
    if actions:
        parts.append(_count(actions, "action"))
    if has_notes:
        parts.append("notes")
    if not parts:
        return None
    held = parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + " and " + parts[-1]
    they = "it" if parts == ["notes"] else "they"
    return (
        f"Delete item {item.number} ‘{item.heading}’? It holds {held}; {they} will be deleted too."
    )


class AgendaChanges(QObject):
    """The Edit menu's agenda commands; the session makes each change."""

    def __init__(
        self,
        session: MeetingSession,
        parent: QWidget,
        back: Callable[[], None],
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.parent_widget = parent
        self.back = back
        self.heading_dialog = None
        self.brought_forward_dialog = None

    # -- helpers -------------------------------------------------------------------------

    def _parent_of(self, item: Item) -> Item | None:
        for candidate in self.session.walk_items():
            if any(child is item for child in candidate.items):
                return candidate
        return None

    def _ready(self) -> Item | None:
        """The current item, once everything typed is in the archive; else None
        (and the person is told why nothing happened)."""
        session = self.session
        if session.meeting is None or session.item is None:
            return None
        session.leave_item()  # an action being typed there is filed first
        if not session.save_now():
            session.say(
                "The agenda was not changed: the notes are not saved yet. "
                "Try again once the red band has gone.",
                8000,
            )
            return None
        return session.item

    def _failed(self, error: ArchiveError) -> None:
        warn(self.parent_widget, "Change the agenda", str(error), otherwise=self.back)

    # -- adding --------------------------------------------------------------------------

    def add_sub_item(self) -> None:
        item = self._ready()
        if item is not None:
            self._ask_heading(f"Add a sub-item to {item.number}", item.id, None)

    def add_item_after(self) -> None:
        item = self._ready()
        if item is not None:
            parent = self._parent_of(item)
            self._ask_heading(
                f"Add an item after {item.number}", parent.id if parent else None, item.id
            )

    def _ask_heading(self, title: str, parent_id: int | None, after_id: int | None) -> None:
        from PySide6.QtWidgets import QInputDialog

        dialog = QInputDialog(self.parent_widget)
        dialog.setWindowTitle(title)
        dialog.setLabelText("Heading of the new item:")
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.textValueSelected.connect(lambda text: self._add(parent_id, after_id, text))
        dialog.finished.connect(self.back)
        self.heading_dialog = dialog
        dialog.open()

    def add_item(self, parent_id: int | None, after_id: int | None, heading: str) -> Item:
        """Add an item (see :meth:`Archive.add_item`) and show it. Raises ArchiveError."""
        meeting_id = self.session.meeting.id
        added = self.session.write(lambda a: a.add_item(meeting_id, parent_id, after_id, heading))
        self.session.reopen(added.id)
        return added

    def _add(self, parent_id: int | None, after_id: int | None, heading: str) -> None:
        if not heading.strip() or self._ready() is None:
            return
        try:
            added = self.add_item(parent_id, after_id, heading)
        except ArchiveError as error:
            self._failed(error)
            return
        self.session.say(f"Item {added.number} added.", 5000)

    def add_brought_forward(self) -> None:
        """Ctrl+Shift+M: type in an action of an earlier meeting; it becomes 1.x."""
        from minutetaker.domain.model import OWNER_ALL
        from minutetaker.gui.minutes.brought_forward_dialog import BroughtForwardDialog

        if self._ready() is None:
            return
        meeting = self.session.meeting
        codes = [*dict.fromkeys(p.role for p in meeting.people if p.role), OWNER_ALL]
        dialog = BroughtForwardDialog(meeting.date, codes, self.parent_widget)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._add_brought_forward(dialog.record()))
        dialog.finished.connect(self.back)
        self.brought_forward_dialog = dialog
        dialog.open()

    def _add_brought_forward(self, record) -> None:
        if record is None or self._ready() is None:
            return
        try:
            meeting_id = self.session.meeting.id
            added = self.session.write(lambda a: a.add_brought_forward(meeting_id, record))
            self.session.reopen(added.id)
        except ArchiveError as error:
            self._failed(error)
            return
        heading = added.heading[:1].lower() + added.heading[1:]
        self.session.say(f"Item {added.number} added: {heading}.", 5000)

    # -- deleting ------------------------------------------------------------------------

    def delete_item(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        session = self.session
        item = self._ready()
        if item is None:
            return
        try:
            impact = session.archive.item_delete_impact(item.id)
        except ArchiveError as error:
            self._failed(error)
            return
        question = delete_question(item, impact.actions, impact.has_notes)
        if not impact.followed_later and question is not None:
            Button = QMessageBox.StandardButton
            buttons = Button.Yes | Button.Cancel
            answer = keep_focus(
                lambda: QMessageBox.question(
                    self.parent_widget, TITLE_DELETE, question, buttons, Button.Cancel
                ),
                otherwise=self.back,
            )
            if answer != Button.Yes or self._ready() is not item:
                return
        order = session.walk_items()
        index = order.index(item)
        gone = {id(i) for i in item.walk()}
        before = [i for i in order[:index] if id(i) not in gone]
        after = [i for i in order[index:] if id(i) not in gone]
        show = before[-1] if before else (after[0] if after else None)
        number = item.number
        try:
            # refused when a later meeting follows its actions
            session.write(lambda a: a.delete_item(item.id))
            session.reopen(show.id if show is not None else None)
        except ArchiveError as error:
            self._failed(error)
            return
        session.say(f"Item {number} deleted.", 5000)

    # -- moving --------------------------------------------------------------------------

    def move(self, direction: int) -> None:
        item = self._ready()
        if item is None:
            return
        try:
            cursor = self.session.cursor
            moved = self.session.write(lambda a: a.move_item(item.id, direction))
        except ArchiveError as error:
            self._failed(error)
            return
        if moved:
            self.session.reopen(item.id, cursor)
        if not moved:
            where = "first" if direction < 0 else "last"
            self.session.say(f"Item {item.number} is already {where} in its list.", 5000)
            return
        self.session.say(f"Now item {self.session.item.number}.", 5000)
