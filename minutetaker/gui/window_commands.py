"""What the menu commands of the main window do.

A mixin of :class:`~minutetaker.gui.main_window.MainWindow`, kept apart so that
the window's own file holds its state, layout and saving. Dialogs are opened
with ``open()`` (never ``exec()``), so typing into them is like typing anywhere
else, and the tests can reach them as attributes of the window.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit

from minutetaker.store.errors import ArchiveError

# The dialogs (and the Qt classes only they use) are imported when first opened:
# the window comes up sooner, and the start-up budget is spent on what is shown.

DEFAULT_TEMPLATE = "monthly-assurance"


class WindowCommands:
    # -- meetings ------------------------------------------------------------------------

    def new_meeting(self) -> None:
        """Start the next meeting from the last one, from the agenda template."""
        from PySide6.QtWidgets import QMessageBox

        from minutetaker.domain.template import TemplateError
        from minutetaker.resources import load_agenda

        template_name = self.meeting.template if self.meeting else DEFAULT_TEMPLATE
        if self.meeting is not None and not self.confirm_new_meeting():
            return  # (an empty archive has nothing to mistake: no question then)
        self.save_now()
        try:
            try:
                template = load_agenda(template_name)
            except TemplateError:
                template = load_agenda(DEFAULT_TEMPLATE)
            meeting = self.archive.start_meeting(template)
        except (ArchiveError, TemplateError) as error:
            QMessageBox.warning(self, "New meeting", str(error))
            return
        self.open_meeting(meeting.id)
        self.statusBar().showMessage("New meeting started.", 5000)

    def confirm_new_meeting(self) -> bool:
        """Ask before adding a meeting to the archive (Ctrl+N is easily pressed)."""
        from PySide6.QtWidgets import QMessageBox

        answer = QMessageBox.question(
            self,
            "New meeting",
            "Start the next meeting? It gets the date, people and open actions of the last one.",
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.Yes,
        )
        self.back_to_window()
        return answer == QMessageBox.StandardButton.Yes

    def choose_meeting(self) -> None:
        from minutetaker.gui.meetings_dialog import MeetingsDialog

        current = self.meeting.id if self.meeting else None
        self.meetings_dialog = MeetingsDialog(self.archive, current, self)
        self.meetings_dialog.chosen.connect(self.open_meeting)
        self.meetings_dialog.finished.connect(self.back_to_window)
        self.meetings_dialog.open()

    def open_demo(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        try:
            from minutetaker.demo import fill_demo
        except ImportError:
            self.welcome.demo_button.hide()
            return
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            fill_demo(self.archive, meetings=24)
        except ArchiveError as error:
            QMessageBox.warning(self, "Demo archive", str(error))
            return
        finally:
            QApplication.restoreOverrideCursor()
        self.open_where_left_off()

    def export_word(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        if self.meeting is None:
            return
        try:
            from minutetaker.export import ExportError, export_docx, suggested_filename
        except ImportError:
            QMessageBox.information(
                self, "Export to Word", "Word export is not available in this build."
            )
            return
        self.save_now()
        self.sync_all()
        is_public = self.ask_export_version()
        self.back_to_window()
        if is_public is None:
            return
        folder = self.settings.value("export/folder") or str(Path.home())
        name = suggested_filename(self.meeting, public=is_public)
        path = self.ask_export_path(str(Path(folder) / name))
        self.back_to_window()
        if not path:
            return
        try:
            export_docx(
                self.meeting,
                Path(path),
                public=is_public,
                archive_folder=self.archive.path.parent,  # never over the archive
            )
        except (ExportError, OSError) as error:
            QMessageBox.warning(self, "Export to Word", str(error))
            return
        self.settings.setValue("export/folder", str(Path(path).parent))
        self.statusBar().showMessage(f"Exported to {path}", 8000)

    def ask_export_version(self) -> bool | None:
        """True for the public version, False for the full one, None to cancel."""
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(self)
        box.setWindowTitle("Export to Word")
        box.setText("Which version of the notes?")
        box.setInformativeText("The public version leaves out everything not for publication.")
        full = box.addButton("&Full", QMessageBox.ButtonRole.AcceptRole)
        public = box.addButton("&Public", QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(full)
        box.exec()
        if box.clickedButton() is public:
            return True
        return False if box.clickedButton() is full else None

    def ask_export_path(self, suggested: str) -> str:
        from PySide6.QtWidgets import QFileDialog

        path, _ = QFileDialog.getSaveFileName(
            self, "Export to Word", suggested, "Word documents (*.docx)"
        )
        return path

    # -- editing -------------------------------------------------------------------------

    def _in_actions(self) -> bool:
        widget = QApplication.focusWidget()
        return widget is not None and self.actions_panel.isAncestorOf(widget)

    def undo(self) -> None:
        widget = QApplication.focusWidget()
        if isinstance(widget, QLineEdit):
            widget.undo()
        elif self._in_actions():
            self.actions_panel.undo_stack.undo()
        else:
            self.editor.undo()

    def redo(self) -> None:
        widget = QApplication.focusWidget()
        if isinstance(widget, QLineEdit):
            widget.redo()
        elif self._in_actions():
            self.actions_panel.undo_stack.redo()
        else:
            self.editor.redo()

    def make_block(self, kind: str) -> None:
        if self.item is not None:
            self.editor.make(kind)
            self.focus_notes()

    def set_level(self, level: int) -> None:
        if self.item is not None:
            self.editor.set_level(level)
            self.focus_notes()

    def _ask_reason(self, title: str, apply) -> None:
        from PySide6.QtWidgets import QInputDialog

        dialog = QInputDialog(self)
        dialog.setWindowTitle(title)
        dialog.setLabelText("Why is it not for publication? (e.g. operationally sensitive)")
        dialog.setTextValue("")
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.textValueSelected.connect(apply)
        dialog.finished.connect(self.back_to_window)
        self.reason_dialog = dialog
        dialog.open()

    def restrict_paragraph(self) -> None:
        if self.item is None:
            return
        restricted, _reason = self.editor.current_restriction()
        if restricted:
            self.editor.set_restricted(False)
            self.statusBar().showMessage("The paragraph is for publication again.", 4000)
            return

        def apply(reason: str) -> None:
            self.editor.set_restricted(True, reason.strip())
            self._item_changed_now(self.item)
            self.focus_notes()

        self._ask_reason("Paragraph not for publication", apply)

    def restrict_item(self) -> None:
        item = self.item
        if item is None:
            return
        if item.restricted:
            item.restricted, item.restricted_reason = False, ""
            self._restriction_changed(item)
            return

        def apply(reason: str) -> None:
            item.restricted, item.restricted_reason = True, reason.strip()
            self._restriction_changed(item)

        self._ask_reason(f"Item {item.number} not for publication", apply)

    def _restriction_changed(self, item) -> None:
        self.page.show_restriction(item)
        self._item_changed_now(item)
        self.outline.update_mark(item, self.has_notes(item))
        self.focus_notes()

    def new_action(self) -> None:
        if self.item is not None:
            self.actions_panel.open_row()

    def edit_details(self) -> None:
        from minutetaker.gui.details_dialog import DetailsDialog

        if self.meeting is None:
            return
        try:
            known = self.archive.known_people()
        except ArchiveError:
            known = []
        self.details_dialog = DetailsDialog(self.meeting, known, self)
        self.details_dialog.accepted.connect(self._details_changed)
        self.details_dialog.finished.connect(self.back_to_window)
        self.details_dialog.open()

    def _details_changed(self) -> None:
        self.autosaver.details_changed(self.meeting)
        self.autosaver.save_now()
        self.refresh_title()
        if self.item is not None:
            self.page.show_item(self.meeting, self.item)
        self.focus_notes()

    # -- moving --------------------------------------------------------------------------

    def focus_notes(self) -> None:
        self.editor.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def back_to_window(self, *_result) -> None:
        """After a dialog: the window active again (a desktop without a window
        manager will not do it), the cursor back in the notes."""
        self.activateWindow()
        if self.stack.currentWidget() is self.welcome:
            self.welcome.new_button.setFocus()
        else:
            self.focus_notes()

    def step_item(self, step: int) -> None:
        if self.meeting is None or self.item is None:
            return
        items = list(self.meeting.walk_items())
        index = next(n for n, i in enumerate(items) if i is self.item)
        target = index + step
        if 0 <= target < len(items):
            self.show_item(items[target])

    def ask_go_to(self) -> None:
        from PySide6.QtWidgets import QInputDialog

        if self.meeting is None:
            return
        dialog = QInputDialog(self)
        dialog.setWindowTitle("Go to item")
        dialog.setLabelText("Item number (e.g. 4a):")
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.textValueSelected.connect(self.go_to)
        dialog.finished.connect(self.back_to_window)
        self.go_to_dialog = dialog
        dialog.open()

    def go_to(self, number: str) -> None:
        wanted = number.strip().rstrip(".").lower()
        if self.meeting is None or not wanted:
            return
        for item in self.meeting.walk_items():
            if item.number.lower() == wanted:
                self.show_item(item)
                return
        self.statusBar().showMessage(f"There is no item {number.strip()} in this meeting.", 5000)

    # -- view and help -------------------------------------------------------------------

    def zoom(self, step: int | None) -> None:
        self.editor.set_zoom(0 if step is None else self.editor.zoom + step)
        self.settings.setValue("view/zoom", self.editor.zoom)

    def show_shortcuts(self) -> None:
        from minutetaker.gui.actions import shortcut_rows
        from minutetaker.gui.help import ShortcutsDialog

        self.shortcuts_dialog = ShortcutsDialog(shortcut_rows(self.commands), self)
        self.shortcuts_dialog.finished.connect(self.back_to_window)
        self.shortcuts_dialog.open()

    def show_about(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        from minutetaker.gui.help import about_text

        QMessageBox.about(self, "About minutetaker", about_text(self.archive.path))
        self.back_to_window()
