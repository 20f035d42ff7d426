"""The steps after the meeting, from the window: File > Circulate draft…, Apply
corrections…, Publish…, and Meeting > Mark as agreed….

Each is one call into the core (``minutetaker.after_meeting``, the same as the
commands ``circulate``, ``corrections``, ``agree`` and ``publish``), made after
everything typed is saved. What takes long runs off the window's thread:
documents are written through the window's one path for Word files (the writer
thread, since circulating and publishing are steps of the archive), a returned
draft is read on a reader, corrections are applied on the writer. The header
follows the state (``session.record_state``); the status bar says what was done;
a refusal is one sentence.
"""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import Future
from pathlib import Path

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QWidget

from minutetaker.domain.dates import long_date
from minutetaker.domain.model import STATE_AGREED, STATE_CIRCULATED, STATE_PUBLISHED
from minutetaker.gui.after.check import CheckController
from minutetaker.gui.after.record_state import LOCKED_STATES
from minutetaker.gui.meetings.word_files import WordFile, WordFileWriter
from minutetaker.gui.session import MeetingSession
from minutetaker.gui.window_thread import on_window_thread
from minutetaker.store.errors import ArchiveError


def _plural(n: int, word: str) -> str:
    return f"{n} {word}" if n == 1 else f"{n} {word}s"


class AfterCommands(QObject):
    def __init__(
        self,
        session: MeetingSession,
        files: WordFileWriter,
        check: CheckController,
        parent: QWidget,
        back: Callable[[], None],
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.files = files
        self.check = check
        self.parent_widget = parent
        self.back = back
        self.agree_dialog = None  # while open (the tests reach them here)
        self.corrections_dialog = None

    def _then(self, future: Future, then: Callable[[Future], None]) -> None:
        future.add_done_callback(on_window_thread(self, then))

    def _meeting_words(self) -> str:
        return f"the meeting of {long_date(self.session.meeting.date)}"

    # -- circulate -------------------------------------------------------------------------

    def circulate(self) -> None:
        """File > Circulate draft…: the full version marked DRAFT; version N kept."""
        from minutetaker.after_meeting.circulate import circulate
        from minutetaker.export import suggested_filename

        meeting = self.session.meeting
        if meeting is None:
            return
        if meeting.state in LOCKED_STATES:
            self.files.tell(
                "Circulate draft",
                f"The record of {self._meeting_words()} was already {meeting.state}; a draft "
                "is circulated before it is agreed.",
            )
            return
        self.session.save_now()
        meeting_id = meeting.id

        def done(result) -> None:
            number = result.version.number
            self.session.record_state.became(STATE_CIRCULATED)
            self.session.say(
                f"Circulated the draft as version {number}: wrote {result.path} (marked DRAFT). "
                f"Version {number} is kept in the archive.",
                12000,
            )

        self.files.write(
            WordFile(
                "Circulate draft",
                suggested_filename(meeting).removesuffix(".docx") + " – DRAFT.docx",
                self.session.writes_record(
                    lambda archive, path: circulate(archive, meeting_id, path)
                ),
                done,
                changes_archive=True,
            )
        )

    # -- agree -----------------------------------------------------------------------------

    def agree(self) -> None:
        """Meeting > Mark as agreed…: the day (today offered); then it is locked."""
        from minutetaker.gui.after.agree_dialog import AgreeDialog
        from minutetaker.store import lifecycle

        meeting = self.session.meeting
        if meeting is None:
            return
        if meeting.state in LOCKED_STATES:
            self.files.tell("Mark as agreed", self.session.record_state.why_locked())
            return
        self.session.save_now()
        meeting_id = meeting.id

        def agree(day) -> str:
            try:
                version = self.session.write(lambda archive: archive.record(meeting_id).agree(day))
            except ArchiveError as error:
                return str(error)
            self.session.record_state.became(STATE_AGREED, day)
            self.session.say(
                f"The record of {self._meeting_words()} was agreed on {long_date(day)} and is "
                f"locked from now on; version {version.number} holds the agreed text.",
                12000,
            )
            return ""

        dialog = AgreeDialog(meeting.date, lifecycle.today(), agree, self.parent_widget)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(self._agree_closed)
        self.agree_dialog = dialog
        dialog.open()

    def _agree_closed(self, _result: int) -> None:
        self.agree_dialog = None
        self.back()

    # -- publish ---------------------------------------------------------------------------

    def publish(self) -> None:
        """File > Publish…: the check first; then the public version, its redaction
        log, and the record marked published."""
        from minutetaker.after_meeting.check import check

        meeting = self.session.meeting
        if meeting is None:
            return
        if meeting.state not in LOCKED_STATES:
            self.files.tell(
                "Publish",
                f"The record of {self._meeting_words()} has not been agreed yet; it is "
                "published once it is agreed (Meeting → Mark as agreed…).",
            )
            return
        self.session.save_now()
        meeting_id = meeting.id
        self.session.say("Checking before publishing…", 0)
        future = self.session.read(lambda a: check(a, meeting_id, spelling=False).findings)
        self._then(future, self._checked)

    def _checked(self, future: Future) -> None:
        from minutetaker.after_meeting.publish import FindingsUnresolved, publish
        from minutetaker.export import suggested_filename

        self.session.say("", 0)
        meeting = self.session.meeting
        try:
            findings = future.result()
        except ArchiveError as error:
            self.files.tell("Publish", str(error))
            return
        if findings or meeting is None:
            self._refused(FindingsUnresolved(findings))
            return
        meeting_id = meeting.id
        self.files.write(
            WordFile(
                "Publish",
                suggested_filename(meeting, public=True),
                self.session.writes_record(
                    lambda archive, path: publish(archive, meeting_id, path)
                ),
                self._published,
                changes_archive=True,
                refused=self._refused,
            )
        )

    def _refused(self, error: BaseException) -> bool:
        from minutetaker.after_meeting.publish import FindingsUnresolved

        if not isinstance(error, FindingsUnresolved):
            return False
        self.check.show(notice=str(error))
        self.session.say(str(error), 12000)
        return True

    def _published(self, result) -> None:
        self.session.record_state.became(STATE_PUBLISHED)
        withheld = len(result.withheld)
        said = (
            f"{_plural(withheld, 'part')} withheld, and it says so under its title"
            if withheld
            else "nothing withheld"
        )
        # The status bar cannot hold two whole paths: it says where they are; the
        # message names both (and that the log is not for publishing) read whole.
        self.session.say(
            f"Published version {result.version.number}: the public version and its "
            f"redaction log are in {Path(result.path).parent}.",
            20000,
        )
        self.files.inform(
            "Publish",
            f"Published {self._meeting_words()} (version {result.version.number}): wrote "
            f"{result.path} ({said}).\n\nThe redaction log is {result.log_path}: keep it, "
            "do not publish it.",
        )

    # -- corrections -----------------------------------------------------------------------

    def apply_corrections(self) -> None:
        """File > Apply corrections…: a reviewer's edited draft, read off the window's
        thread; each correction to accept or reject."""
        from minutetaker.after_meeting.corrections import read_corrections

        meeting = self.session.meeting
        if meeting is None:
            return
        self.session.save_now()
        path = self.ask_file()
        self.back()
        if not path:
            return
        meeting_id = meeting.id
        self.session.say(f"Reading {Path(path).name}…", 0)
        future = self.session.read(lambda a: read_corrections(a, meeting_id, Path(path)))
        self._then(future, self._returned)

    def ask_file(self) -> str:
        from PySide6.QtWidgets import QFileDialog

        path, _ = QFileDialog.getOpenFileName(
            self.parent_widget,
            "Apply corrections: the draft sent back",
            str(Path(self.files.settings.value("export/folder") or Path.home())),
            "Word documents (*.docx)",
        )
        return path

    def _returned(self, future: Future) -> None:
        from minutetaker.after_meeting.corrections import NotThisDraft
        from minutetaker.gui.after.corrections_dialog import CorrectionsDialog, headings_of
        from minutetaker.wordimport import WordImportError

        self.session.say("", 0)
        try:
            returned = future.result()
        except (NotThisDraft, WordImportError, ArchiveError) as error:
            self.files.tell("Apply corrections", str(error))
            return
        except Exception as error:  # whatever the file held, one sentence
            self.files.tell("Apply corrections", f"The file could not be read ({error}).")
            return
        if not returned.corrections:
            self.files.tell(
                "Apply corrections",
                f"{returned.path.name} says exactly what version {returned.version} said: "
                "there is nothing to correct.",
            )
            return
        dialog = CorrectionsDialog(returned, headings_of(returned.edited), self.parent_widget)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.applyChosen.connect(lambda chosen: self._apply(returned, chosen))
        dialog.finished.connect(self._corrections_closed)
        host = self.parent_widget
        dialog.resize(max(640, int(host.width() * 0.75)), max(480, int(host.height() * 0.8)))
        self.corrections_dialog = dialog
        dialog.open()
        dialog.tree.setFocus()

    def _corrections_closed(self, _result: int) -> None:
        self.corrections_dialog = None
        self.back()

    def _apply(self, returned, chosen: list[int]) -> None:
        def refused() -> None:
            self.session.say("Nothing was applied: the record is locked.", 8000)

        self.session.record_state.when_open(lambda: self._apply_now(returned, chosen), refused)

    def _apply_now(self, returned, chosen: list[int]) -> None:
        from minutetaker.after_meeting.corrections import apply_corrections

        self.session.save_now()
        future = self.session.write_later(
            lambda archive: apply_corrections(archive, returned, chosen)
        )
        self._then(future, self._applied)

    def _applied(self, future: Future) -> None:
        try:
            result = future.result()
        except ArchiveError as error:
            self.files.tell("Apply corrections", f"{error} Nothing was applied.")
            return
        self.session.reload()  # ("Saved at" says when it was written: the session's)
        said = f"Applied {_plural(len(result.applied), 'correction')}."
        if result.skipped:
            said += f" {_plural(len(result.skipped), 'correction')} could not be taken."
            lines = "\n".join(
                f"{c.number}. {c.change} {c.what}: {why}" for c, why in result.skipped
            )
            self.files.tell("Apply corrections", f"{said}\n\n{lines}")
        self.session.say(said, 10000)
