"""The Edit menu's commands on the notes: undo and redo, the kind of a line,
findings, not for publication, and a new action.

They act on the item's page (its notes editor and actions panel) and tell the
session what changed. The reason for "not for publication" is asked in the
window's one reason dialog (``gui/shell/reason_dialog.py``: the FOI exemptions
offered, or words typed), opened with ``open()``, never ``exec()``: typing into
it is like typing anywhere else, and a test reaches it as
:attr:`NotesCommands.reason_dialog` while it is open.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QWidget

from minutetaker.gui.minutes.item_page import ItemPage
from minutetaker.gui.session import MeetingSession


class NotesCommands(QObject):
    def __init__(
        self,
        session: MeetingSession,
        page: ItemPage,
        parent: QWidget,
        back: Callable[[], None],
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.page = page
        self.editor = page.editor
        self.parent_widget = parent
        self.back = back
        self.reason_dialog = None

    def focus_notes(self) -> None:
        self.editor.setFocus(Qt.FocusReason.ShortcutFocusReason)

    # -- undo ----------------------------------------------------------------------------

    def _in_actions(self) -> bool:
        widget = QApplication.focusWidget()
        return widget is not None and self.page.actions_panel.isAncestorOf(widget)

    def undo(self) -> None:
        widget = QApplication.focusWidget()
        if isinstance(widget, QLineEdit):
            widget.undo()
        elif self._in_actions():
            self.page.actions_panel.undo_stack.undo()
        else:
            self.editor.undo()

    def redo(self) -> None:
        widget = QApplication.focusWidget()
        if isinstance(widget, QLineEdit):
            widget.redo()
        elif self._in_actions():
            self.page.actions_panel.undo_stack.redo()
        else:
            self.editor.redo()

    # -- lines ---------------------------------------------------------------------------

    def make_block(self, kind: str) -> None:
        if self.session.item is not None:
            self.editor.make(kind)
            self.focus_notes()

    def set_level(self, level: int) -> None:
        if self.session.item is not None:
            self.editor.set_level(level)
            self.focus_notes()

    # -- not for publication -------------------------------------------------------------

    def _ask_reason(self, title: str, what: str, apply: Callable[[str], None]) -> None:
        from minutetaker.gui.shell.reason_dialog import ReasonDialog

        dialog = ReasonDialog(
            title, f"{what} will not be published. &Why?", parent=self.parent_widget
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.given.connect(apply)
        dialog.finished.connect(self._reason_closed)
        self.reason_dialog = dialog
        dialog.open()

    def _reason_closed(self, _result: int) -> None:
        self.reason_dialog = None
        self.back()

    def restrict_paragraph(self) -> None:
        """Ctrl+R: the paragraph (or the selected ones) not for publication, with a
        reason; again, for publication. On an agreed record, withholding is the
        archive's own step (allowed: it decides what is published, not what the
        record says); making a paragraph public again changes the record, so it
        asks for a reason first."""
        item = self.session.item
        if item is None:
            return
        restricted, _reason = self.editor.current_restriction()
        if restricted:

            def make_public() -> None:
                self.editor.set_restricted(False)
                self.session.say("The paragraph is for publication again.", 4000)

            self.session.record_state.when_open(make_public)
            return

        def apply(reason: str) -> None:
            if self.session.record_state.locked:
                self._withhold_in_archive(item, self._selected_places(), reason)
                return
            self.editor.set_restricted(True, reason.strip())
            self.session.changed_now(item)
            self.focus_notes()

        selected = self.editor.textCursor().hasSelection()
        what = "What is selected" if selected else "The paragraph"
        self._ask_reason("Paragraph not for publication", what, apply)

    def restrict_item(self) -> None:
        """Ctrl+Shift+R: the whole item not for publication; again, for publication."""
        item = self.session.item
        if item is None:
            return
        if item.restricted:

            def make_public() -> None:
                self.session.set_restricted(item, False)
                self.focus_notes()

            self.session.record_state.when_open(make_public)
            return

        def apply(reason: str) -> None:
            if self.session.record_state.locked:
                self._withhold_in_archive(item, [()], reason)
                return
            self.session.set_restricted(item, True, reason)
            self.focus_notes()

        self._ask_reason(
            f"Item {item.number} not for publication", f"The whole of item {item.number}", apply
        )

    def _selected_places(self) -> list[tuple[int, ...]]:
        """The places among the item's blocks of the paragraphs selected (or the one
        with the cursor)."""
        from minutetaker.gui.minutes.places import place_of

        cursor = self.editor.textCursor()
        doc = self.editor.document()
        block = doc.findBlock(cursor.selectionStart())
        last = doc.findBlock(cursor.selectionEnd())
        places = []
        while block.isValid():
            place = place_of(doc, block)
            if place is not None:
                places.append(place)
            if block == last:
                break
            block = block.next()
        return places

    def _withhold_in_archive(self, item, places: list[tuple[int, ...]], reason: str) -> None:
        """Withhold on a locked record: the archive marks them (its history says so),
        then the meeting is read again to show it."""
        from minutetaker.store.errors import ArchiveError

        reason = reason.strip()
        if not places or not reason:
            self.session.say("Nothing was withheld: an empty line, or no reason given.", 6000)
            return
        meeting_id, number = self.session.meeting.id, item.number

        def work(archive) -> None:
            record = archive.record(meeting_id)
            for place in places:
                record.withhold(number, place, reason)

        try:
            self.session.write(work)
        except ArchiveError as error:
            self.session.say(str(error), 8000)
            return
        self.session.reload()
        self.focus_notes()

    # -- actions -------------------------------------------------------------------------

    def new_action(self) -> None:
        if self.session.item is not None:
            self.page.actions_panel.open_row()
