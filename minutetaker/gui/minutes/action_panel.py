"""The actions of the current item: a list, and an inline row to file one.

Ctrl+Shift+A opens the row with the cursor in its text; Tab goes to the owner
(completed from the role codes of the people present, plus ALL) and the due date;
Enter files the action under the item, Esc leaves the row. In the list, Enter or
F2 edits an action and Delete removes it; every change can be undone.

An action half-typed is never lost: leaving the row any way but Esc (another
item or meeting, an agenda change, closing the window) files it
(:meth:`ActionPanel.leave_row`), and what is typed there is handed to the
session as a draft (``draftChanged``), kept with where the window is, so that
after a crash it is back in its row at the next start (:meth:`restore_draft`).
"""

from __future__ import annotations

import copy

import shiboken6
from PySide6.QtCore import QStringListModel, Qt, Signal
from PySide6.QtGui import QKeySequence, QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCompleter,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from minutetaker.domain.dates import uk_date
from minutetaker.domain.model import OWNER_ALL, Action, Item
from minutetaker.domain.text import clean_line, clean_text
from minutetaker.gui.shell.date_field import DateField


def normalise_owner(text: str, codes: list[str]) -> str:
    """The role code meant by ``text``: exact or unique prefix match, any case."""
    typed = clean_line(text).strip()
    if not typed:
        return ""
    for code in codes:
        if code.lower() == typed.lower():
            return code
    starts = [code for code in codes if code.lower().startswith(typed.lower())]
    return starts[0] if len(starts) == 1 else typed


class _Change(QUndoCommand):
    """Put the item's actions from one list to another (add, edit and delete alike)."""

    def __init__(self, panel: ActionPanel, item: Item, before, after, label: str) -> None:
        super().__init__(label)
        self.panel, self.item, self.before, self.after = panel, item, before, after

    def redo(self) -> None:
        self.item.actions = copy.deepcopy(self.after)
        self.panel._after_change(self.item)

    def undo(self) -> None:
        self.item.actions = copy.deepcopy(self.before)
        self.panel._after_change(self.item)


class ActionPanel(QWidget):
    changed = Signal(object)  # the Item whose actions changed
    done = Signal()  # the person left the row: give the notes the focus back
    draftChanged = Signal(object)  # what is typed in the row (a dict), or None
    said = Signal(str)  # a line for the status bar

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.item: Item | None = None
        self.codes: list[str] = [OWNER_ALL]
        self._editing: str | None = None
        self.undo_stack = QUndoStack(self)

        self.title = QLabel("Actions")
        self.title.setObjectName("panelTitle")
        self.list = QTreeWidget()
        self.list.setColumnCount(3)
        self.list.setHeaderLabels(["Owner", "Action", "Due"])
        self.list.setRootIsDecorated(False)
        self.list.setWordWrap(True)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setAccessibleName("Actions of this item")
        self.list.setAccessibleDescription("Enter or F2 edits an action; Delete removes it.")
        header = self.list.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(False)
        self.list.itemActivated.connect(lambda row, _c: self.edit_selected())
        self.list.installEventFilter(self)

        self.text = QLineEdit()
        self.text.setPlaceholderText("New action…")
        self.text.setAccessibleName("Action text")
        self.owner = QLineEdit()
        self.owner.setPlaceholderText("Owner")
        self.owner.setAccessibleName("Action owner (role code)")
        self.owner.setMaximumWidth(self.fontMetrics().horizontalAdvance("M") * 9)
        self.owner_model = QStringListModel(self.codes, self)
        completer = QCompleter(self.owner_model, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.owner.setCompleter(completer)
        self.due = DateField("Action due date", "Due dd/mm/yyyy")
        self.due.setMaximumWidth(self.due.minimumWidth() + 16)
        self.file_button = QPushButton("File")
        self.file_button.setAccessibleName("File the action")
        self.file_button.clicked.connect(self.file_action)
        self.message = QLabel("")
        self.message.setObjectName("rowMessage")
        self.message.setWordWrap(True)
        for field in (self.text, self.owner, self.due):
            field.returnPressed.connect(self.file_action)
            field.textEdited.connect(self._draft_edited)
            field.installEventFilter(self)

        self.row = QWidget()
        row_layout = QHBoxLayout(self.row)
        row_layout.setContentsMargins(0, 0, 0, 0)
        row_layout.addWidget(self.text, 1)
        row_layout.addWidget(self.owner)
        row_layout.addWidget(self.due)
        row_layout.addWidget(self.file_button)
        self.row.hide()

        self.undo_button = QPushButton("Undo")
        self.undo_button.setAccessibleName("Undo the last change to actions")
        self.undo_button.setEnabled(False)
        self.undo_button.clicked.connect(self.undo_stack.undo)
        self.undo_stack.canUndoChanged.connect(self._enable_undo)
        self.undo_stack.undoTextChanged.connect(self._show_undo_text)

        top = QHBoxLayout()
        top.addWidget(self.title)
        top.addStretch(1)
        top.addWidget(self.undo_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.row)
        layout.addWidget(self.message)
        self.message.hide()

    def _enable_undo(self, can: bool) -> None:
        if shiboken6.isValid(self.undo_button):
            self.undo_button.setEnabled(can)

    def _show_undo_text(self, text: str) -> None:
        if shiboken6.isValid(self.undo_button):  # the stack outlives the button on close
            self.undo_button.setText(f"Undo {text}" if text else "Undo")

    # -- showing -----------------------------------------------------------------------

    def show_item(self, item: Item, codes: list[str]) -> None:
        if self._editing is not None or self.row.isVisible():
            self.close_row()
        if item is not self.item:
            self.undo_stack.clear()  # undo belongs to the item on screen
        self.item = item
        self.codes = [*codes, OWNER_ALL] if OWNER_ALL not in codes else list(codes)
        self.owner_model.setStringList(self.codes)
        self._refill()

    def _refill(self) -> None:
        self.list.clear()
        if self.item is None:
            return
        for action in self.item.actions:
            due = uk_date(action.due) if action.due else ""
            row = QTreeWidgetItem(self.list, [action.owner, action.text, due])
            row.setData(0, Qt.ItemDataRole.UserRole, action.id)
            row.setToolTip(1, action.text)
        count = len(self.item.actions)
        self.title.setText(f"Actions ({count})" if count else "Actions")

    # -- the row -------------------------------------------------------------------------

    def open_row(self, action: Action | None = None) -> None:
        self._editing = action.id if action else None
        self.text.setText(action.text if action else "")
        self.owner.setText(action.owner if action else "")
        self.due.setText(uk_date(action.due) if action and action.due else "")
        self.file_button.setText("Change" if action else "File")
        self.message.hide()
        self.row.show()
        self.text.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.text.selectAll()
        self._draft_edited()

    def close_row(self) -> None:
        self._editing = None
        self.row.hide()
        self.message.hide()
        self._draft_edited()

    # -- the draft: what is typed in the row, kept until it is filed ---------------------

    def draft(self) -> dict | None:
        """What the open row holds (None: closed, or nothing typed)."""
        if self.row.isHidden():
            return None
        typed = {"text": self.text.text(), "owner": self.owner.text(), "due": self.due.text()}
        if not any(value.strip() for value in typed.values()):
            return None
        return {**typed, "editing": self._editing}

    def _draft_edited(self, *_text) -> None:
        self.draftChanged.emit(self.draft())

    def restore_draft(self, draft: dict) -> None:
        """The row as it was when the window last stopped, the cursor in it."""
        if self.item is None:
            return
        editing = draft.get("editing")
        action = next((a for a in self.item.actions if a.id == editing), None)
        self.open_row(action)
        self.text.setText(draft.get("text", ""))
        self.owner.setText(draft.get("owner", ""))
        self.due.setText(draft.get("due", ""))
        self.text.setFocus(Qt.FocusReason.OtherFocusReason)
        self._draft_edited()
        self.said.emit(
            "The action you were typing when minutetaker stopped is back in its row: "
            "Enter files it, Esc drops it."
        )

    def leave_row(self, closing: bool = False) -> None:
        """The window leaves the item (or closes): the action typed is filed. A
        due date that is no date files it without one, and says so; on closing
        (no one to tell) the action stays in its row for the next start."""
        if self.item is None or self.row.isHidden():
            return
        text = clean_text(self.text.text()).strip()
        if not text:
            self.close_row()  # (an owner or a date alone is no action)
            return
        note = ""
        try:
            due = self.due.date()
        except ValueError:
            if closing:
                return  # kept as a draft, with where the window is
            due = None
            note = f" with no due date: “{self.due.text().strip()}” is not a date"
        number = self.item.number
        self._file(text, due)
        self.said.emit(f"The action you were typing was filed under item {number}{note}.")

    def file_action(self) -> None:
        if self.item is None:
            return
        popup = self.owner.completer().popup()
        if popup.isVisible():
            popup.hide()
        text = clean_text(self.text.text()).strip()
        if not text:
            self._say("Type the action first.")
            self.text.setFocus()
            return
        try:
            due = self.due.date()
        except ValueError:
            self._say(
                f"“{self.due.text().strip()}” is not a date: type the due date as "
                "dd/mm/yyyy, e.g. 15/04/2031, or leave it empty."
            )
            self.due.setFocus()
            self.due.selectAll()
            return
        self._file(text, due)
        self.done.emit()

    def _file(self, text: str, due) -> None:
        """File (or change) the action as typed, as one undo step."""
        owner = normalise_owner(self.owner.text(), self.codes)
        editing = self._editing
        before = copy.deepcopy(self.item.actions)
        after = copy.deepcopy(self.item.actions)
        if editing:
            for action in after:
                if action.id == editing:
                    action.text, action.owner, action.due = text, owner, due
            label = "edit action"
        else:
            after.append(Action(text, owner, due))
            label = "new action"
        self.close_row()  # first: the draft goes in the same save as the action
        self.undo_stack.push(_Change(self, self.item, before, after, label))

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()

    # -- the list ------------------------------------------------------------------------

    def focus_list(self) -> None:
        if self.list.currentItem() is None and self.list.topLevelItemCount():
            self.list.setCurrentItem(self.list.topLevelItem(0))
        self.list.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def selected_action(self) -> Action | None:
        row = self.list.currentItem()
        if row is None or self.item is None:
            return None
        wanted = row.data(0, Qt.ItemDataRole.UserRole)
        return next((a for a in self.item.actions if a.id == wanted), None)

    def edit_selected(self) -> None:
        action = self.selected_action()
        if action is not None:
            self.open_row(action)

    def delete_selected(self) -> None:
        action = self.selected_action()
        if action is None or self.item is None:
            return
        index = self.list.indexOfTopLevelItem(self.list.currentItem())
        before = copy.deepcopy(self.item.actions)
        after = [copy.deepcopy(a) for a in self.item.actions if a.id != action.id]
        self.undo_stack.push(_Change(self, self.item, before, after, "delete action"))
        if self.list.topLevelItemCount():
            self.list.setCurrentItem(
                self.list.topLevelItem(min(index, self.list.topLevelItemCount() - 1))
            )

    def _after_change(self, item: Item) -> None:
        if item is self.item:
            self._refill()
        self.changed.emit(item)

    def eventFilter(self, watched, event) -> bool:
        if event.type() == event.Type.KeyPress:
            key = event.key()
            if watched is self.list:
                if key == Qt.Key.Key_Delete:
                    self.delete_selected()
                    return True
                if key == Qt.Key.Key_F2:
                    self.edit_selected()
                    return True
                if event.matches(QKeySequence.StandardKey.Undo):
                    self.undo_stack.undo()
                    return True
                if event.matches(QKeySequence.StandardKey.Redo):
                    self.undo_stack.redo()
                    return True
            elif key == Qt.Key.Key_Escape and not self.owner.completer().popup().isVisible():
                self.close_row()
                self.done.emit()
                return True
        return super().eventFilter(watched, event)
