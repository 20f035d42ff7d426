"""File > Export to Word… (Ctrl+E): the full or the public version, saved where asked.

Everything typed is saved first, so the document holds what is on screen. The
two questions (which version, where) wait for their answers (``exec()``); the
document is then written off the window's thread by the window's one path for
Word files (:mod:`minutetaker.gui.meetings.word_files`), from the meeting as the
archive holds it, and the person is back where they were (the notes, the action
row, a topic) meanwhile: never a path or an Enter meant for a dialog into the
notes.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from minutetaker.gui.meetings.word_files import WordFile, WordFileWriter
from minutetaker.gui.session import MeetingSession
from minutetaker.gui.shell.messages import keep_focus
from minutetaker.store.archive import Archive


class ExportCommand(QObject):
    def __init__(
        self,
        session: MeetingSession,
        files: WordFileWriter,
        parent: QWidget,
        back: Callable[[], None],
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.files = files
        self.parent_widget = parent
        self.back = back

    def export_word(self) -> None:
        from minutetaker.export import suggested_filename

        meeting = self.session.meeting
        if meeting is None:
            return
        from PySide6.QtWidgets import QApplication

        focus = QApplication.focusWidget()  # where the keys go back to, whatever is asked
        self.session.save_now()  # the notes out of their documents into the meeting too
        is_public = keep_focus(self.ask_version, otherwise=self.back)
        if is_public is None:
            return
        meeting_id = meeting.id

        def work(archive: Archive, path: Path) -> Path:
            from minutetaker.export import export_docx

            export_docx(
                archive.load_meeting(meeting_id),
                path,
                public=is_public,
                archive_folder=archive.path.parent,  # never over the archive
            )
            return path

        self.files.write(
            WordFile(
                "Export to Word",
                suggested_filename(meeting, public=is_public),
                work,
                lambda path: self.session.say(f"Exported to {path}", 8000),
                focus=focus,
            )
        )

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
