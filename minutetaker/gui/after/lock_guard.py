"""An agreed record in the window: read freely, changed only with a reason.

While the record on screen is locked (``session.record_state.locked``), the
places it is typed into are read-only for the keyboard and the mouse alike
(the notes, the topic, the decision, the actions and the row that files them:
the cursor still moves, text can be selected and copied). The first key press
that would change the record asks why it is being changed; given a reason, the
archive opens the record (the reason and the time go into its history) and the
key goes where it was pressed, so it is not lost. Refused, nothing changes. The
Edit menu's commands that change the record are wrapped by the main window with
:meth:`RecordState.when_open`, which asks the same question.

If a change reaches the archive some other way while the record is locked, the
save fails visibly (the red band) and the same question is asked, so a locked
record never fails to save in silence.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence, QTextCursor
from PySide6.QtWidgets import QApplication, QComboBox, QDialog, QLineEdit, QTextEdit, QWidget

from minutetaker.gui.minutes.item_page import ItemPage
from minutetaker.gui.session import MeetingSession
from minutetaker.store.errors import ArchiveError

TITLE = "Change an agreed record"
Key = QKeySequence.StandardKey
_EDITS = (
    Key.Paste,
    Key.Cut,
    Key.Undo,
    Key.Redo,
    Key.Delete,
    Key.Backspace,
    Key.DeleteEndOfWord,
    Key.DeleteStartOfWord,
    Key.DeleteEndOfLine,
    Key.DeleteCompleteLine,
    Key.InsertParagraphSeparator,
    Key.InsertLineSeparator,
)
_TEXT_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Backspace, Qt.Key.Key_Delete)
_CHOICE_KEYS = (
    Qt.Key.Key_Up,
    Qt.Key.Key_Down,
    Qt.Key.Key_PageUp,
    Qt.Key.Key_PageDown,
    Qt.Key.Key_Home,
    Qt.Key.Key_End,
    Qt.Key.Key_Space,
    Qt.Key.Key_F4,
)
_CTRL_ALT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier


def changes_text(event: QKeyEvent) -> bool:
    """Whether the key, pressed in a text field, would change its text (as Qt's
    text fields take keys: printable text unless Ctrl alone is held, AltGr being
    Ctrl+Alt on Windows)."""
    if event.key() in _TEXT_KEYS or any(event.matches(sequence) for sequence in _EDITS):
        return True
    text = event.text()
    held = event.modifiers() & _CTRL_ALT
    return bool(text) and text.isprintable() and held != Qt.KeyboardModifier.ControlModifier


def changes_choice(event: QKeyEvent) -> bool:
    """Whether the key, pressed on a list of choices, would choose another."""
    if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
        return False
    return event.key() in _CHOICE_KEYS or (bool(event.text()) and event.text().isprintable())


def changes_list(event: QKeyEvent) -> bool:
    """Whether the key, pressed in the actions list, would change the actions."""
    return event.key() == Qt.Key.Key_Delete or any(
        event.matches(sequence) for sequence in (Key.Undo, Key.Redo)
    )


class LockGuard(QObject):
    def __init__(
        self,
        session: MeetingSession,
        page: ItemPage,
        parent: QWidget,
        back: Callable[[], None],
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.state = session.record_state
        self.parent_widget = parent
        self.back = back
        self.dialog = None  # the question, while it is asked (the tests reach it here)
        actions = page.actions_panel
        self.texts: list[QWidget] = [
            page.editor,
            page.holding_to_account_panel.topic,
            actions.text,
            actions.owner,
            actions.due,
        ]
        self.choices: list[QComboBox] = [page.brought_forward_panel.decision]
        self.lists: list[QWidget] = [actions.list]
        self.guarding = False
        self._asked_after_failure = False
        self.state.ask_reason = self.ask
        self.state.changed.connect(lambda _meeting: self.follow())
        session.saveFailed.connect(self._save_failed)
        session.saveRecovered.connect(self._save_recovered)

    # -- guarding the fields -------------------------------------------------------------

    def follow(self) -> None:
        """Guard the fields while the record is locked; free them when it is not."""
        locked = self.state.locked
        if locked == self.guarding:
            return
        self.guarding = locked
        for widget in (*self.texts, *self.choices, *self.lists):
            if locked:
                widget.installEventFilter(self)
            else:
                widget.removeEventFilter(self)
        for widget in self.texts:
            _read_only(widget, locked)

    def eventFilter(self, watched, event) -> bool:
        kind = event.type()
        if kind == QEvent.Type.KeyPress:
            if watched in self.texts:
                changes = changes_text(event)
            elif watched in self.choices:
                changes = changes_choice(event)
            else:
                changes = changes_list(event)
            if changes and self.state.locked:
                self._ask_then_press(watched, event)
                return True
            return False
        if watched in self.choices and self.state.locked:
            if kind == QEvent.Type.Wheel:
                return True  # a wheel passing over the decision changes nothing
            if kind == QEvent.Type.MouseButtonPress:
                self.ask(lambda: watched.showPopup())
                return True
        return False

    def _ask_then_press(self, widget: QWidget, event: QKeyEvent) -> None:
        key, mods, text = event.key(), event.modifiers(), event.text()
        repeat, count = event.isAutoRepeat(), event.count()

        def press() -> None:
            widget.setFocus(Qt.FocusReason.OtherFocusReason)
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                QApplication.sendEvent(widget, QKeyEvent(kind, key, mods, text, repeat, count))

        self.ask(press, refocus=widget)

    # -- the question ----------------------------------------------------------------------

    def ask(
        self,
        then: Callable[[], None],
        refused: Callable[[], None] | None = None,
        refocus: QWidget | None = None,
    ) -> None:
        """Ask why the agreed record is being changed; given a reason, open it and
        do ``then``; else ``refused`` (and nothing changes)."""
        from PySide6.QtWidgets import QInputDialog

        if self.dialog is not None:
            return  # already asking
        focus = refocus or QApplication.focusWidget()
        dialog = QInputDialog(self.parent_widget)
        dialog.setWindowTitle(TITLE)
        dialog.setLabelText(
            f"{self.state.why_locked()}\nWhy is it being changed? The reason is kept in its "
            "history, with the time."
        )
        dialog.setOkButtonText("&Change it")
        dialog.setTextValue("")
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def finished(result: int) -> None:
            # (QInputDialog says which text was chosen only after ``finished``)
            answered = [dialog.textValue()] if result == QDialog.DialogCode.Accepted else []
            self.dialog = None
            self.parent_widget.activateWindow()
            if focus is not None:
                focus.setFocus(Qt.FocusReason.OtherFocusReason)
            else:
                self.back()
            reason = answered[0].strip() if answered else ""
            if reason and self._unlock(reason):
                then()
                return
            if answered and not reason:
                self.session.say(
                    "A change to an agreed record needs a reason; nothing was changed."
                )
            else:
                self.session.say(f"{self.state.why_locked()} Nothing was changed.", 6000)
            if refused is not None:
                refused()

        dialog.finished.connect(finished)
        self.dialog = dialog
        dialog.open()

    def _unlock(self, reason: str) -> bool:
        try:
            self.state.unlock(reason)
        except ArchiveError as error:
            self.session.say(str(error), 8000)
            return False
        self.session.say("The record is open for changes; the reason is kept in its history.")
        return True

    # -- a change that reached the archive anyway ------------------------------------------

    def _save_failed(self, _sentence: str) -> None:
        if self.state.locked and not self._asked_after_failure and self.dialog is None:
            self._asked_after_failure = True  # once: the retry goes on by itself
            self.ask(self.session.flush)

    def _save_recovered(self) -> None:
        self._asked_after_failure = False


def _read_only(widget: QWidget, on: bool) -> None:
    """Read-only for typing, pasting and dropping; the cursor still moves and text
    can still be selected and copied."""
    if isinstance(widget, QTextEdit):
        widget.setReadOnly(on)
        if on:
            flags = (
                Qt.TextInteractionFlag.TextSelectableByMouse
                | Qt.TextInteractionFlag.TextSelectableByKeyboard
            )
            widget.setTextInteractionFlags(flags)
            widget.setTextCursor(QTextCursor(widget.textCursor()))  # keep it where it was
    elif isinstance(widget, QLineEdit):
        widget.setReadOnly(on)
