"""The right-click menu of a checked field, with a misspelt word's part first.

Right-click, the Menu key or Shift+F10 in the notes, the topic or an action's
text opens the field's usual menu (undo, cut, copy, paste…). On a word
underlined in red, above it: up to five suggestions (in bold, the likeliest
first), "Add to office dictionary" and "Ignore in this meeting". Choosing a
suggestion replaces the word, as one step of the field's undo; in an agreed
(locked) record it first asks why the record is being changed, as a key would.
Adding or ignoring a word changes the spell check, not the record.

The menu opens at once. Suggestions found already are in it; otherwise it says
"Looking for suggestions…" until the finder's thread has them (a few
milliseconds), and they take that line's place. From the keyboard the first
suggestion is chosen, so Enter takes it.
"""

from __future__ import annotations

from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QEvent, QObject, QPoint, Qt
from PySide6.QtGui import QAction, QContextMenuEvent, QFont, QTextCursor
from PySide6.QtWidgets import QLineEdit, QMenu, QTextEdit, QWidget

from minutetaker.gui.spelling.words_at import Slip

LOOKING = "Looking for suggestions…"
NONE_FOUND = "No suggestions"
ADD = "&Add to office dictionary"
IGNORE = "&Ignore in this meeting"


def is_menu_key(event) -> bool:
    """The Menu key, or Shift+F10 (the keys Windows gives a context menu)."""
    mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
    if event.key() == Qt.Key.Key_Menu and mods == Qt.KeyboardModifier.NoModifier:
        return True
    return event.key() == Qt.Key.Key_F10 and mods == Qt.KeyboardModifier.ShiftModifier


class SpellingMenus(QObject):
    """Opens the menus of the checked fields; the open one is :attr:`menu`."""

    def __init__(
        self,
        editor: QTextEdit,
        lines: list[QLineEdit],
        slip_at: Callable[[QWidget, int], Slip | None],
        suggestions_of: Callable[[str], list[str] | None],
        add: Callable[[str], None],
        ignore: Callable[[str], None],
        guard: Callable[[Callable[[], None]], None],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.editor = editor
        self.lines = lines
        self.slip_at = slip_at  # the misspelt word at a place (None: none, or checking off)
        self.suggestions_of = suggestions_of  # known ones now, or None (then `found` brings them)
        self.add, self.ignore = add, ignore
        self.guard = guard  # a change to the record goes through it (an agreed one asks why)
        self.menu: QMenu | None = None
        self.slip: Slip | None = None
        self._placeholder: QAction | None = None
        self._keyboard = False
        self._up = False
        for watched in (editor, editor.viewport(), *lines):
            watched.installEventFilter(self)

    # -- opening ---------------------------------------------------------------------

    def eventFilter(self, watched, event) -> bool:
        kind = event.type()
        if kind == QEvent.Type.ContextMenu:
            field = self.editor if watched is self.editor.viewport() else watched
            keyboard = event.reason() == QContextMenuEvent.Reason.Keyboard
            self.open(field, None if keyboard else event.pos(), event.globalPos())
            return True
        if kind == QEvent.Type.KeyPress and is_menu_key(event):
            field = self.editor if watched is self.editor.viewport() else watched
            self.open(field)
            return True
        return False

    def is_open(self) -> bool:
        """Whether a menu is up (or on its way: a menu may fade in)."""
        return self._up and self.menu is not None and shiboken6.isValid(self.menu)

    def _closed(self) -> None:
        self._up = False

    def open(
        self, field: QWidget, pos: QPoint | None = None, global_pos: QPoint | None = None
    ) -> None:
        """The menu of ``field``: at the mouse (``pos`` in the field, or in the
        editor's viewport), or from the keyboard at the cursor (``pos`` None)."""
        if self.is_open():
            return  # the same key seen twice (the platform's menu event and the key)
        place = self._place(field, pos)
        self.open_for(field, self.slip_at(field, place), None if pos is None else global_pos)

    def open_for(self, field: QWidget, slip: Slip | None, global_pos: QPoint | None) -> None:
        """Open the menu of ``field`` with ``slip``'s part (none if None), at
        ``global_pos`` or (None: from the keyboard) under the word or cursor."""
        if self.is_open():
            self.menu.close()
        menu = field.createStandardContextMenu()
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.aboutToHide.connect(self._closed)
        self.menu, self.slip, self._placeholder, self._up = menu, slip, None, True
        self._keyboard = global_pos is None
        if slip is not None:
            self._add_spelling_part(menu, slip)
        menu.popup(global_pos if global_pos is not None else self._below(field, slip))
        if self._keyboard:
            first = self._suggestion_actions()
            if first:
                menu.setActiveAction(first[0])

    def _place(self, field: QWidget, pos: QPoint | None) -> int:
        if isinstance(field, QLineEdit):
            return field.cursorPosition() if pos is None else field.cursorPositionAt(pos)
        if pos is None:
            return field.textCursor().position()
        return field.cursorForPosition(pos).position()

    def _below(self, field: QWidget, slip: Slip | None) -> QPoint:
        """Where a menu opened from the keyboard goes: under the word, or the cursor."""
        if isinstance(field, QTextEdit):
            cursor = field.textCursor()
            if slip is not None:
                cursor = QTextCursor(field.document())
                cursor.setPosition(slip.start)
            return field.viewport().mapToGlobal(field.cursorRect(cursor).bottomLeft())
        rect = field.inputMethodQuery(Qt.InputMethodQuery.ImCursorRectangle)
        rect = rect.toRect() if hasattr(rect, "toRect") else rect
        return field.mapToGlobal(rect.bottomLeft())

    # -- the spelling part -----------------------------------------------------------

    def _add_spelling_part(self, menu: QMenu, slip: Slip) -> None:
        before = menu.actions()[0] if menu.actions() else None
        known = self.suggestions_of(slip.word)
        if known is None:
            self._placeholder = QAction(LOOKING, menu)
            self._placeholder.setEnabled(False)
            menu.insertAction(before, self._placeholder)
        else:
            self._insert_suggestions(menu, known, before)
        menu.insertSeparator(before)
        add = QAction(ADD, menu)
        add.triggered.connect(lambda: self.add(slip.word))
        ignore = QAction(IGNORE, menu)
        ignore.triggered.connect(lambda: self.ignore(slip.word))
        menu.insertAction(before, add)
        menu.insertAction(before, ignore)
        if before is not None:
            menu.insertSeparator(before)

    def _insert_suggestions(self, menu: QMenu, words: list[str], before: QAction | None) -> None:
        if not words:
            none = QAction(NONE_FOUND, menu)
            none.setEnabled(False)
            menu.insertAction(before, none)
            return
        bold = QFont(menu.font())
        bold.setBold(True)
        for word in words:
            action = QAction(word.replace("&", "&&"), menu)
            action.setFont(bold)
            action.setData(word)
            action.triggered.connect(lambda _checked=False, w=word: self.choose(w))
            menu.insertAction(before, action)

    def suggestions_found(self, word: str, words: list[str]) -> None:
        """The finder's answer: in the open menu, in place of "Looking…"."""
        if not self.is_open() or self.slip is None or self.slip.word != word:
            return
        placeholder = self._placeholder
        if placeholder is None or not shiboken6.isValid(placeholder):
            return
        self._placeholder = None
        chosen = self.menu.activeAction()
        self._insert_suggestions(self.menu, words, placeholder)
        self.menu.removeAction(placeholder)
        if self._keyboard and chosen in (None, placeholder):
            first = self._suggestion_actions()
            if first:
                self.menu.setActiveAction(first[0])

    def _suggestion_actions(self) -> list[QAction]:
        return [a for a in self.menu.actions() if a.data() is not None and a.isEnabled()]

    def suggestions(self) -> list[str]:
        """The suggestions the open menu offers (for the tests and screen readers)."""
        return [a.data() for a in self._suggestion_actions()] if self.is_open() else []

    def choose(self, word: str) -> None:
        """Put ``word`` in place of the misspelt one (the menu's choice); in an
        agreed record, once a reason for changing it has been given."""
        slip = self.slip
        if slip is not None:
            self.guard(lambda: slip.replace(word))
