"""Meeting > History and changes… (Ctrl+H): the versions kept and the record's
history, two versions compared, and the comparison saved as Word tracked changes.

Everything is read and compared off the window's thread (``session.read``,
after what was typed is saved, so "the meeting as it stands" is what is on
screen); the dialog (``history_dialog.py``) only shows. The comparison is the
core's (``after_meeting.versions.compare``), the same as ``minutetaker compare``;
saved as Word it goes through the window's one path for documents.
"""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import Future
from pathlib import Path

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QWidget

from minutetaker.gui.meetings.word_files import WordFile, WordFileWriter
from minutetaker.gui.session import MeetingSession
from minutetaker.gui.window_thread import on_window_thread
from minutetaker.store.archive import Archive


class HistoryCommand(QObject):
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
        self.dialog = None  # the HistoryDialog, while open (the tests reach it here)
        self.compared = None  # (before, after, comparison) last shown

    def _off_thread(self, work: Callable[[Archive], object], then: Callable[[Future], None]):
        self.session.flush()
        future = self.session.read(work)
        future.add_done_callback(on_window_thread(self, then))
        return future

    def show(self) -> None:
        from minutetaker.domain.dates import long_date
        from minutetaker.gui.after.history_dialog import HistoryDialog

        meeting = self.session.meeting
        if meeting is None:
            return
        if self.dialog is not None:
            self.dialog.raise_()
            self.dialog.activateWindow()
            return
        self.dialog = dialog = HistoryDialog(
            f"the meeting of {long_date(meeting.date)}", self.parent_widget
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.compare_button.clicked.connect(self.compare)
        dialog.save_button.clicked.connect(self.save_tracked)
        dialog.finished.connect(self._closed)
        host = self.parent_widget
        dialog.resize(max(720, int(host.width() * 0.85)), max(520, int(host.height() * 0.85)))
        dialog.status.setText("Reading the history…")
        dialog.open()
        dialog.before.setFocus()
        meeting_id = meeting.id

        def work(archive: Archive):
            record = archive.record(meeting_id)
            return record.versions(), record.history(), record.state()

        self._off_thread(work, self._fill)

    def _closed(self, _result: int) -> None:
        self.dialog = None
        self.compared = None
        self.back()

    def _fill(self, future: Future) -> None:
        if self.dialog is None:
            return
        try:
            versions, events, state = future.result()
        except Exception as error:  # the archive's sentence; the window carries on
            self.dialog.status.setText(f"The history could not be read: {error}")
            return
        self.dialog.show_record(versions, events, state)
        self.dialog.before.setFocus()

    def compare(self) -> None:
        from minutetaker.after_meeting.versions import compare

        dialog = self.dialog
        chosen = dialog.chosen() if dialog is not None else None
        if chosen is None:
            return
        meeting_id = self.session.meeting.id
        first, second = chosen
        dialog.status.setText("Comparing…")
        self._off_thread(lambda archive: compare(archive, meeting_id, first, second), self._show)

    def _show(self, future: Future) -> None:
        from minutetaker.gui.after.compare_view import comparison_html

        dialog = self.dialog
        if dialog is None:
            return
        try:
            before, after, comparison = future.result()
        except Exception as error:
            dialog.status.setText(f"They could not be compared: {error}")
            return
        self.compared = (before, after, comparison)
        dialog.show_comparison(comparison_html(_label(before), _label(after), comparison))
        changes = sum(
            len(i.paragraphs) + len(i.actions) + bool(i.decision) for i in comparison.items
        )
        changes += len(comparison.details)
        dialog.status.setText(
            "Nothing changed between them."
            if comparison.unchanged
            else f"{changes} change{'s' if changes != 1 else ''}, item by item."
        )
        dialog.view.setFocus()

    def save_tracked(self) -> None:
        """The later version as Word, with the changes as tracked changes."""
        from minutetaker.export import suggested_filename

        if self.compared is None:
            return
        before, after, comparison = self.compared
        name = suggested_filename(after.meeting).replace(
            ".docx", f" – changes since {before.label}.docx"
        )

        def work(archive: Archive, path: Path) -> Path:
            from minutetaker.after_meeting.versions import write_tracked

            return write_tracked(before, after, comparison, path, archive.path.parent)

        def done(path: Path) -> None:
            self.session.say(
                f"Wrote {path}: {after.label} with the changes since {before.label} as tracked "
                "changes (Word: Review → Track Changes).",
                10000,
            )

        self.files.write(WordFile("Save the changes as Word", name, work, done))


def _label(side) -> str:
    from minutetaker.gui.after.history_dialog import local_time

    if side.number is None:
        return f"the meeting as it stands ({side.state})"
    return f"version {side.number} (kept {local_time(side.when)}, {side.state})"
