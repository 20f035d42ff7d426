"""File > Export to Word… (Ctrl+E): the full or the public version, saved where asked.

Everything typed is saved first, so the document holds what is on screen. The
two questions (which version, where) wait for their answers (``exec()``); the
person is then back in the notes.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QSettings
from PySide6.QtWidgets import QWidget

from minutetaker.gui.session import MeetingSession

FOLDER_KEY = "export/folder"


class ExportCommand(QObject):
    def __init__(
        self,
        session: MeetingSession,
        settings: QSettings,
        parent: QWidget,
        back: Callable[[], None],
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.settings = settings
        self.parent_widget = parent
        self.back = back

    def export_word(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        from minutetaker.export import ExportError, export_docx, suggested_filename

        meeting = self.session.meeting
        if meeting is None:
            return
        self.session.save_now()  # the notes out of their documents into the meeting too
        is_public = self.ask_version()
        self.back()
        if is_public is None:
            return
        folder = self.settings.value(FOLDER_KEY) or str(Path.home())
        name = suggested_filename(meeting, public=is_public)
        path = self.ask_path(str(Path(folder) / name))
        self.back()
        if not path:
            return
        try:
            export_docx(
                meeting,
                Path(path),
                public=is_public,
                archive_folder=self.session.archive.path.parent,  # never over the archive
            )
        except (ExportError, OSError) as error:
            QMessageBox.warning(self.parent_widget, "Export to Word", str(error))
            return
        self.settings.setValue(FOLDER_KEY, str(Path(path).parent))
        self.session.say(f"Exported to {path}", 8000)

    def ask_version(self) -> bool | None:
        """True for the public version, False for the full one, None to cancel."""
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(self.parent_widget)
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

    def ask_path(self, suggested: str) -> str:
        from PySide6.QtWidgets import QFileDialog

        path, _ = QFileDialog.getSaveFileName(
            self.parent_widget, "Export to Word", suggested, "Word documents (*.docx)"
        )
        return path
