"""File > Export to Word… (Ctrl+E): the full or the public version, saved where asked.

Everything typed is saved first, so the document holds what is on screen. The
two questions (which version, where) wait for their answers (``exec()``). An
export that fails (a folder that does not exist, a file open in Word) says why
in one sentence, then the Save dialog comes back with the path typed, to correct
or to cancel. Afterwards the keys go where they went before Ctrl+E (the notes,
the action row, a topic): never a path or an Enter meant for a dialog into the
notes.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QSettings
from PySide6.QtWidgets import QWidget

from minutetaker.gui.session import MeetingSession
from minutetaker.gui.shell.messages import keep_focus, warn

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
        if self.session.meeting is not None:
            keep_focus(self._export, otherwise=self.back)

    def _export(self) -> None:
        from minutetaker.export import ExportError, export_docx, suggested_filename

        meeting = self.session.meeting
        self.session.save_now()  # the notes out of their documents into the meeting too
        is_public = self.ask_version()
        if is_public is None:
            return
        folder = self.settings.value(FOLDER_KEY) or str(Path.home())
        path = str(Path(folder) / suggested_filename(meeting, public=is_public))
        while True:
            path = self.ask_path(path)
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
                sentence = str(error) if isinstance(error, ExportError) else _os_sentence(error)
                warn(
                    self.parent_widget,
                    "Export to Word",
                    f"{sentence} Correct the place in the Save dialog that follows, or cancel.",
                )
                continue  # the Save dialog again, with the path to correct
            break
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
        """Where to save (the system's own Save dialog where there is one), with
        ``suggested`` in it: a folder that does not exist stays in the name box
        as typed, under the nearest folder that does. "" when cancelled."""
        from PySide6.QtWidgets import QDialog, QFileDialog

        dialog = QFileDialog(self.parent_widget, "Export to Word")
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setNameFilter("Word documents (*.docx)")
        dialog.setDefaultSuffix("docx")
        folder, name = _existing_part(Path(suggested))
        dialog.setDirectory(str(folder))
        dialog.selectFile(name)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return ""
        chosen = dialog.selectedFiles()
        return chosen[0] if chosen else ""


def _existing_part(path: Path) -> tuple[Path, str]:
    """The nearest folder of ``path`` that exists, and the rest of it from there."""
    folder = path.parent
    while not folder.is_dir() and folder != folder.parent:
        folder = folder.parent
    try:
        return folder, str(path.relative_to(folder))
    except ValueError:
        return path.parent, path.name


def _os_sentence(error: OSError) -> str:
    where = f" {error.filename}" if error.filename else ""
    reason = error.strerror or str(error)
    return f"The document could not be written{where} ({reason}), so the notes were not exported."
