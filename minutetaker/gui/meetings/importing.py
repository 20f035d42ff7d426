"""File > Import past minutes… (Ctrl+Shift+O): Word minutes and meeting files into
the archive, all of them or none, after the person has read what was found.

The steps are the command line's (``minutetaker import``, see docs/import.md),
each off the window's thread, so that forty documents never hold the window up:

1. the files are chosen (``ask_paths``: several at once, .docx and .json);
2. they are read and recognised one by one on a thread of their own
   (:func:`batch.read_each`), under a progress dialog whose Cancel (or Esc)
   stops between two files;
3. on the archive's writer (the window's own connection to the archive it
   holds the lock of; never a second writer), the batch is checked against
   the archive (a meeting held already) and its brought-forward records tied
   to the actions they follow;
4. the report is shown (:class:`ImportReportDialog`), every file refused with
   its sentence; **Import** writes the lot in one transaction on the writer;
5. ``imported`` says meetings were added (the tracker reads again). With a
   meeting on screen the person stays there (the import is of the past; the
   status bar says how to open them); an empty archive opens the newest.

A test reaches each step's dialog as an attribute (``progress``,
``report_dialog``) and can wait for ``finished``.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from concurrent.futures import Future
from pathlib import Path

from PySide6.QtCore import QObject, QSettings, Qt, Signal
from PySide6.QtWidgets import QWidget

from minutetaker.gui.session import MeetingSession
from minutetaker.gui.window_thread import on_window_thread

FOLDER_KEY = "import/folder"
TITLE = "Import past minutes"
FILTERS = "Minutes (*.docx *.json);;Word documents (*.docx);;Meeting files (*.json);;All files (*)"
# The window has no --replace: a meeting held already is looked at, not replaced.
HELD_ADVICE = "Open it with File > Open meeting (Ctrl+O) to see it."


def _count(n: int, word: str) -> str:
    return f"{n} {word}" if n == 1 else f"{n} {word}s"


def _read_files(
    paths: list[Path],
    cancel: threading.Event,
    progressed: Callable[[tuple[int, str]], None],
    read: Callable[[object], None],
) -> None:
    """On the reading thread: no widget is touched here; what it finds goes back
    to the window's thread (and nowhere, if the window has gone meanwhile)."""
    from minutetaker.wordimport import batch

    def progress(n: int, path: Path) -> None:
        progressed((n, path.name))

    try:
        outcome = batch.read_each(paths, progress=progress, cancelled=cancel.is_set)
    except Exception as error:  # read_each gives sentences; this is a last guard
        outcome = error
    read(outcome)


class ImportCommand(QObject):
    progressed = Signal(int, str)  # the n-th file (from 0) is being read: its name
    imported = Signal(object)  # the ids of the meetings written (the tracker reads again)
    finished = Signal(str)  # the import is over: what the status bar said

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
        self.progress = None
        self.report_dialog = None
        self.busy = False
        self.paths: list[Path] = []
        self._cancel = threading.Event()
        self._thread: threading.Thread | None = None
        self.progressed.connect(self._on_progress)

    # -- 1. choosing ---------------------------------------------------------------------

    def import_files(self) -> None:
        if self.busy:
            self.session.say("An import is under way already.", 5000)
            return
        paths = self.ask_paths()
        self.back()
        if paths:
            self.start([Path(p) for p in paths])

    def ask_paths(self) -> list[str]:
        from PySide6.QtWidgets import QFileDialog

        folder = self.settings.value(FOLDER_KEY) or str(Path.home())
        paths, _ = QFileDialog.getOpenFileNames(self.parent_widget, TITLE, folder, FILTERS)
        return paths

    # -- 2. reading, off the window's thread ---------------------------------------------

    def start(self, paths: list[Path]) -> None:
        """Read and recognise ``paths`` on a thread; the report follows."""
        from PySide6.QtWidgets import QProgressDialog

        self.busy = True
        self.paths = paths
        self.settings.setValue(FOLDER_KEY, str(paths[0].parent))
        self._cancel = cancel = threading.Event()
        self.progress = progress = QProgressDialog(
            f"Reading {_count(len(paths), 'file')}…", "Cancel", 0, len(paths), self.parent_widget
        )
        progress.setWindowTitle(TITLE)
        progress.setAccessibleName("Reading the files")
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setAutoClose(False)
        progress.setAutoReset(False)
        progress.setMinimumDuration(300)  # one quick file shows no flash of a dialog
        progress.setValue(0)
        progress.canceled.connect(cancel.set)
        told = (
            on_window_thread(self, lambda said: self.progressed.emit(*said)),
            on_window_thread(self, self._on_read),
        )
        self._thread = threading.Thread(
            target=_read_files, args=(paths, cancel, *told), name="import-reader", daemon=True
        )
        self._thread.start()

    def _on_progress(self, n: int, name: str) -> None:
        if self.progress is not None and not self._cancel.is_set():
            self.progress.setLabelText(f"Reading {name} ({n + 1} of {len(self.paths)})…")
            self.progress.setValue(n)

    def cancel(self) -> None:
        """Stop reading after the file being read (what Cancel and Esc do)."""
        if self.progress is not None:
            self.progress.cancel()

    def stop(self, wait: float | None = None) -> bool:
        """The window is closing: the reading stops after the file being read.
        With ``wait`` (seconds; the tests), until the reading thread has ended;
        whether it has."""
        self._cancel.set()
        thread = self._thread
        if thread is None:
            return True
        if wait is not None:
            thread.join(wait)
        return not thread.is_alive()

    def _on_read(self, outcome) -> None:
        if outcome is None or self._cancel.is_set():
            self._end("Import cancelled: nothing was written to the archive.")
            return
        if isinstance(outcome, Exception):
            self._fail(f"The files could not be read ({outcome}); nothing was imported.")
            return
        plan, refused = outcome
        self.progress.setLabelText("Checking them against the archive…")
        self.progress.setCancelButton(None)
        self.progress.setRange(0, 0)
        self._plan, self._refused = plan, refused
        if not plan.files:
            self._show_report(plan, refused, None)
            return
        try:
            future = self.session.writer.submit(lambda archive: _check(plan, archive))
        except RuntimeError as error:  # the archive was closed (a restore)
            self._fail(f"The archive is not open ({error}); nothing was imported.")
            return
        future.add_done_callback(on_window_thread(self, self._on_checked))

    # -- 3. checked against the archive, on its writer -------------------------------------

    def _on_checked(self, future: Future) -> None:
        try:
            clash = future.result()
        except Exception as error:  # the archive could not be read: one sentence
            self._fail(f"The archive could not be read ({error}); nothing was imported.")
            return
        self._show_report(self._plan, self._refused, clash)

    # -- 4. the report, and the choice -----------------------------------------------------

    def _show_report(self, plan, refused, clash) -> None:
        from minutetaker.gui.meetings.import_report import ImportReportDialog, entries_of
        from minutetaker.wordimport.batch import RefusedFile

        self._close_progress()
        if clash is not None:
            path, sentence = clash
            if path not in self.paths:  # (every refusal names its file; to be sure)
                path = plan.files[0].path
            refused = [*refused, RefusedFile(path, sentence)]
        entries = entries_of(self.paths, plan, refused)
        self.report_dialog = dialog = ImportReportDialog(entries, plan, self.parent_widget)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.accepted.connect(lambda: self._write(plan))
        dialog.rejected.connect(
            lambda: self._end("Import cancelled: nothing was written to the archive.")
        )
        dialog.open()

    # -- 5. written, all or none -----------------------------------------------------------

    def _write(self, plan) -> None:
        from PySide6.QtWidgets import QProgressDialog

        from minutetaker.wordimport import batch

        self.back()
        n = len(plan.files)
        self.progress = progress = QProgressDialog(
            f"Writing {_count(n, 'meeting')} to the archive…", "", 0, 0, self.parent_widget
        )
        progress.setWindowTitle(TITLE)
        progress.setCancelButton(None)  # one transaction: it is all written, or none
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(300)
        progress.setValue(0)
        self._plan = plan
        try:
            # A write of the record: "Saved at" says when it was written (the session's).
            future = self.session.write_later(lambda archive: batch.write(plan, archive))
        except RuntimeError as error:
            self._fail(f"The archive is not open ({error}); nothing was imported.")
            return
        future.add_done_callback(on_window_thread(self, self._on_written))

    def _on_written(self, future: Future) -> None:
        session, plan = self.session, self._plan
        try:
            ids = future.result()
        except Exception as error:  # refused or failed: the transaction wrote nothing
            self._fail(f"Nothing was imported: {error}")
            return
        self._close_progress()
        dates = sorted((f.meeting.date, meeting_id) for f, meeting_id in zip(plan.files, ids))
        said = f"Imported {_count(len(ids), 'meeting')}"
        if session.meeting is None:  # an empty archive: the newest imported opens
            session.open_meeting(dates[-1][1])
            said += "; the newest is open."
        else:
            if _follows_actions_of(plan, session):
                session.reload()  # an imported record settles an action on screen
            said += "; File > Open meeting (Ctrl+O) lists them."
        self.imported.emit(ids)
        self._end(said)

    # -- ending --------------------------------------------------------------------------

    def _close_progress(self) -> None:
        if self.progress is not None:
            self.progress.reset()
            self.progress.hide()
            self.progress.deleteLater()
            self.progress = None

    def _fail(self, sentence: str) -> None:
        from PySide6.QtWidgets import QMessageBox

        self._close_progress()
        self.busy = False
        QMessageBox.warning(self.parent_widget, TITLE, sentence)
        self.back()
        self.finished.emit(sentence)

    def _end(self, said: str) -> None:
        self._close_progress()
        self.busy = False
        self.session.say(said, 8000)
        self.back()
        self.finished.emit(said)


def _check(plan, archive) -> tuple[Path, str] | None:
    """On the writer: the batch against the archive, and its records tied to the
    actions they follow (for the report too, whatever the check says). The file
    refused and its sentence, or None."""
    from minutetaker.wordimport import batch

    try:
        batch.check_batch(plan, archive, held_advice=HELD_ADVICE)
        clash = None
    except batch.ImportRefused as refused:
        clash = (refused.path, str(refused))
    batch.link_brought_forward(plan, archive)
    return clash


def _follows_actions_of(plan, session: MeetingSession) -> bool:
    """Whether an imported brought-forward record follows an action of the meeting
    on screen (its decision then settles that action)."""
    mine = {action.id for _, action in session.meeting.actions()}
    return any(
        item.brought_forward is not None and item.brought_forward.action_id in mine
        for found in plan.files
        for item in found.meeting.walk_items()
    )
