"""Backups from the window, and restoring one.

The window takes a backup when it closes, and checks every hour while it is open
whether a day has passed since the last one (the first check a minute after
opening). A backup made while the window is open runs in a thread of its own,
on a SQLite connection the store opens for it
(:func:`~minutetaker.store.backup.take_backup_on_own_connection`: the backup
API reads a consistent copy while the window goes on saving), so typing never
waits for it. The rolling rule (a few a day, one a month for a year) is the
store's too.

"File > Restore from backup…" lists the backups (:mod:`restore_dialog`), saves,
has the session close the archive, puts the chosen backup in its place (the
archive as it was is first copied into the backups folder), opens it again and
hands it to the session (``archiveReplaced``).
"""

from __future__ import annotations

import datetime as dt
import sys
import threading
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QWidget

from minutetaker.gui.session import MeetingSession
from minutetaker.gui.window_thread import on_window_thread
from minutetaker.store import Archive
from minutetaker.store import backup as store_backup
from minutetaker.store.errors import ArchiveError

CHECK_MS = 60 * 60 * 1000  # is a backup due? every hour
FIRST_CHECK_MS = 60 * 1000  # and a minute after opening
EVERY = dt.timedelta(days=1)
# A save waits this long for another program's lock, then fails visibly and is
# retried every few seconds: typing never stalls for long behind a lock.
BUSY_WAIT_MS = 250
TITLE = "Restore from backup"

# The dialogs (restore_dialog, QMessageBox) are imported when first needed: the
# window comes up sooner.


class BackupKeeper(QObject):
    """The window's backups: daily while open, on closing, and restoring one."""

    lost = Signal()  # the archive restored could not be opened: the window must close

    def __init__(
        self,
        session: MeetingSession,
        parent: QWidget,
        back: Callable[[], None],
        check_ms: int = CHECK_MS,
        first_ms: int = FIRST_CHECK_MS,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.parent_widget = parent
        self.back = back
        self.folder = Path(session.archive.path).parent
        self.dialog = None
        self.message = None
        self._thread: threading.Thread | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(check_ms)
        self.timer.timeout.connect(self.check)
        self.timer.start()
        self.first = QTimer(self)
        self.first.setSingleShot(True)
        self.first.timeout.connect(self.check)
        self.first.start(first_ms)

    # -- taking backups ------------------------------------------------------------------

    def check(self) -> None:
        """Take a backup if a day has passed since the last one."""
        try:
            due = self.session.archive.backup_due(EVERY)
        except OSError:
            due = True
        if due:
            self.start()

    def start(self) -> bool:
        """Take a backup in the background; False if one is already running."""
        if self.running:
            return False
        told = on_window_thread(self, self._report)  # a Backup, or a failure's sentence
        self._thread = threading.Thread(target=self._work, args=(told,), name="backup", daemon=True)
        self._thread.start()
        return True

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def wait(self) -> None:
        if self._thread is not None:
            self._thread.join()
            self._thread = None

    def _work(self, told: Callable[[object], None]) -> None:
        # A connection of this thread's own (the store's): the window's is never shared.
        try:
            told(store_backup.take_backup_on_own_connection(self.folder))
        except ArchiveError as error:
            told(f"No backup was taken: {_lower_first(str(error))}")

    def _report(self, result) -> None:
        if isinstance(result, store_backup.Backup):
            self.session.say(f"Backed up at {result.taken:%H:%M}.", 5000)
        else:
            self.session.say(str(result), 30000)

    def on_closing(self) -> store_backup.Backup | None:
        """The backup taken as the window closes (on the window's connection: the
        window is gone, nothing else uses it). None, with a line on stderr, if it failed."""
        self.timer.stop()
        self.first.stop()
        self.wait()
        if not self.session.has_archive:
            return None  # a restore closed it and could not open another
        try:
            return self.session.archive.backup()
        except ArchiveError as error:
            print(
                f"minutetaker: no backup was taken on closing: {_lower_first(str(error))}",
                file=sys.stderr,
            )
            return None

    # -- restoring -----------------------------------------------------------------------

    def ask_restore(self) -> None:
        from minutetaker.gui.safety.restore_dialog import RestoreDialog

        try:
            backups = store_backup.list_backups(self.folder)
        except OSError:
            backups = []
        self.dialog = RestoreDialog(backups, self.parent_widget)
        self.dialog.accepted.connect(lambda: self.restore(self.dialog.chosen()))
        self.dialog.finished.connect(self.back)
        self.dialog.open()

    def restore(self, backup: store_backup.Backup | None) -> Path | None:
        """Save, close the archive, put ``backup`` in its place, open it again.
        Returns where the archive as it was is kept."""
        from PySide6.QtWidgets import QMessageBox

        session = self.session
        if backup is None:
            return None
        if not session.save_now():
            self._say(
                QMessageBox.Icon.Warning,
                "The open meeting is not saved yet, so nothing was restored; "
                "try again once the red band has gone.",
            )
            return None
        self.wait()
        session.release_archive()
        kept, failure = None, None
        try:
            kept = store_backup.restore(self.folder, backup.path)
        except ArchiveError as error:
            failure = str(error)
        try:
            archive = Archive.open(self.folder)
        except ArchiveError as error:
            self._say(QMessageBox.Icon.Critical, f"{error} The window will close.")
            self.lost.emit()
            return kept
        archive.wait_when_busy(BUSY_WAIT_MS)
        session.replace_archive(archive)
        if failure:
            self._say(QMessageBox.Icon.Warning, failure)
        else:
            when = f"{backup.taken:%A %d %B %Y at %H:%M}"
            where = f" The archive as it was is kept as {kept}." if kept else ""
            said = f"The backup taken on {when} is now the archive.{where}"
            self._say(QMessageBox.Icon.Information, said)
        return kept

    def _say(self, icon, text: str) -> None:
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(icon, TITLE, text, QMessageBox.StandardButton.Ok, self.parent_widget)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.finished.connect(self.back)
        self.message = box
        box.open()


def _lower_first(sentence: str) -> str:
    """``The archive …`` as the second half of a sentence: ``the archive …``."""
    return sentence[:1].lower() + sentence[1:] if sentence.startswith("The ") else sentence
