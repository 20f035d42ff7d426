"""Writing a Word document from the window, off the window's thread.

One path for every document the window writes: the export (Ctrl+E), the
circulated draft, the public version and the comparison with tracked changes.
The Save dialog asks where (starting in the folder last written to); the work
runs on one of the archive's threads (the writer for a step that changes the
archive, such as circulating or publishing; a reader otherwise), after every
change typed so far is saved, so the document holds what is on screen; the
window goes on meanwhile. The outcome comes back to the window's thread: done,
the status bar says where it went; refused because of the file (a folder that
does not exist, a file open in Word), one sentence in a message box and then
the Save dialog again with the path, to correct it; refused by the archive (a
record already agreed), one sentence.
"""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import Future
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QSettings
from PySide6.QtWidgets import QWidget

from minutetaker.gui.session import MeetingSession
from minutetaker.gui.window_thread import on_window_thread
from minutetaker.store.archive import Archive

FOLDER_KEY = "export/folder"
AGAIN = "Correct the place in the Save dialog that follows, or cancel."


@dataclass
class WordFile:
    """A document to write: what the window asks and says, and the work itself."""

    title: str  # of the Save dialog and of a message about it ("Circulate draft")
    name: str  # the file name suggested
    work: Callable[[Archive, Path], Any]  # on an archive thread: writes the file
    done: Callable[[Any], None]  # on the window's thread, with what ``work`` returned
    changes_archive: bool = False  # run on the writer (a step with its transaction)
    # a failure the caller handles itself (True: handled), on the window's thread
    refused: Callable[[BaseException], bool] | None = None
    path: str = ""  # where it is being written
    focus: QWidget | None = None  # where the keys went before it was asked for


class WordFileWriter(QObject):
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
        self.writing: WordFile | None = None  # the document being written now

    @property
    def busy(self) -> bool:
        return self.writing is not None

    def write(self, document: WordFile, suggested: str | None = None) -> bool:
        """Ask where (``suggested``: the path to offer, else the remembered folder
        and the document's name), then write it off the window's thread. False if
        the person cancelled or another document is still being written."""
        if self.busy:
            self.session.say(
                f"Still writing {Path(self.writing.path).name}; try again in a moment."
            )
            return False
        if suggested is None:
            folder = self.settings.value(FOLDER_KEY) or str(Path.home())
            suggested = str(Path(folder) / document.name)
        if document.focus is None:  # (asked again after a refusal: where it was first)
            document.focus = _focus()
        path = self.ask_path(document.title, suggested)
        _back_to(document.focus, self.back)
        if not path:
            return False
        document.path = path
        self.writing = document
        self.session.flush()  # what is on screen goes to the writer first
        run = document.work
        target = Path(path)
        if document.changes_archive:
            future = self.session.writer.submit(lambda archive: run(archive, target))
        else:
            future = self.session.read(lambda archive: run(archive, target))
        self.session.say(f"Writing {target.name}…", 0)
        future.add_done_callback(on_window_thread(self, lambda done: self._settle(document, done)))
        return True

    def ask_path(self, title: str, suggested: str) -> str:
        """Where to save (the system's own Save dialog where there is one), with
        ``suggested`` in it: a folder that does not exist stays in the name box
        as typed, under the nearest folder that does, to be corrected. "" when
        cancelled."""
        from PySide6.QtWidgets import QApplication, QDialog, QFileDialog

        parent = QApplication.activeModalWidget() or self.parent_widget  # over a dialog open
        dialog = QFileDialog(parent, title)
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

    def wait(self) -> None:
        """Until the document being written is done and settled (for the tests and
        for closing)."""
        from PySide6.QtCore import QCoreApplication, QEventLoop

        while self.busy:
            QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)

    def _settle(self, document: WordFile, future: Future) -> None:
        from minutetaker.export import ExportError
        from minutetaker.store.errors import ArchiveError

        self.writing = None
        error = future.exception()
        if error is None:
            self.settings.setValue(FOLDER_KEY, str(Path(document.path).parent))
            self.session.say("", 0)
            document.done(future.result())
            return
        self.session.say("", 0)
        if document.refused is not None and document.refused(error):
            return
        if isinstance(error, ArchiveError):
            self.tell(document.title, str(error))
            return
        if isinstance(error, ExportError | OSError):
            sentence = str(error)
        else:  # whatever it was, one sentence and the window goes on
            sentence = f"{Path(document.path).name} could not be written ({error})."
        self.tell(document.title, f"{sentence} {AGAIN}")
        self.write(document, suggested=document.path)  # the Save dialog again, to correct it

    def tell(self, title: str, sentence: str) -> None:
        """One sentence in a message box; then back where the person was."""
        from PySide6.QtWidgets import QApplication, QMessageBox

        focus = _focus()
        QMessageBox.warning(QApplication.activeModalWidget() or self.parent_widget, title, sentence)
        _back_to(focus, self.back)

    def inform(self, title: str, sentence: str) -> None:
        """What was written, where, in a message read whole (Enter closes it);
        then back where the person was."""
        from PySide6.QtWidgets import QApplication, QMessageBox

        focus = _focus()
        QMessageBox.information(
            QApplication.activeModalWidget() or self.parent_widget, title, sentence
        )
        _back_to(focus, self.back)


def _focus() -> QWidget | None:
    from PySide6.QtWidgets import QApplication

    return QApplication.focusWidget()


def _back_to(focus: QWidget | None, back: Callable[[], None]) -> None:
    """The keys go where they went before a question (its window active again);
    else back to the notes."""
    from minutetaker.gui.shell.messages import give_focus_back

    if not give_focus_back(focus):
        back()


def _existing_part(path: Path) -> tuple[Path, str]:
    """The nearest folder of ``path`` that exists, and the rest of it from there
    (a Save dialog cannot open a folder that does not exist)."""
    folder = path.parent
    while not folder.is_dir() and folder != folder.parent:
        folder = folder.parent
    try:
        return folder, str(path.relative_to(folder))
    except ValueError:
        return path.parent, path.name
