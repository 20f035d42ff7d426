"""File > New meeting (Ctrl+N), Open meeting… (Ctrl+O), and the demo archive.

Dialogs are opened with ``open()`` (never ``exec()``), so typing into them is
like typing anywhere else, and a test reaches them as attributes of
:class:`MeetingCommands`; only the "Start the next meeting?" question waits
for its answer.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QApplication, QWidget

from minutetaker.gui.session import MeetingSession
from minutetaker.gui.shell.messages import keep_focus, warn
from minutetaker.store.errors import ArchiveError

DEFAULT_TEMPLATE = "monthly-assurance"
DEMO_MEETINGS = 24


class MeetingCommands(QObject):
    def __init__(
        self,
        session: MeetingSession,
        parent: QWidget,
        back: Callable[[], None],
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.parent_widget = parent
        self.back = back
        self.meetings_dialog = None

    def new_meeting(self) -> None:
        """Start the next meeting from the last one, from the agenda template."""

        from minutetaker.domain.template import TemplateError
        from minutetaker.resources import load_agenda

        meeting = self.session.meeting
        template_name = meeting.template if meeting else DEFAULT_TEMPLATE
        if meeting is not None and not self.confirm_new_meeting():
            return  # (an empty archive has nothing to mistake: no question then)
        try:
            try:
                template = load_agenda(template_name)
            except TemplateError:
                template = load_agenda(DEFAULT_TEMPLATE)
            self.session.start_next_meeting(template)
        except (ArchiveError, TemplateError) as error:
            warn(self.parent_widget, "New meeting", str(error), otherwise=self.back)
            return
        self.session.say("New meeting started.", 5000)

    def confirm_new_meeting(self) -> bool:
        """Ask before adding a meeting to the archive (Ctrl+N is easily pressed)."""
        from PySide6.QtWidgets import QMessageBox

        answer = keep_focus(
            lambda: QMessageBox.question(
                self.parent_widget,
                "New meeting",
                "Start the next meeting? It gets the date, people and open actions "
                "of the last one.",
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.Yes,
            ),
            otherwise=self.back,
        )
        return answer == QMessageBox.StandardButton.Yes

    def choose_meeting(self) -> None:
        """Ctrl+O: the archive's meetings, newest first; Enter opens one."""
        from minutetaker.gui.meetings.meetings_dialog import MeetingsDialog

        current = self.session.meeting.id if self.session.meeting else None
        self.meetings_dialog = MeetingsDialog(self.session.archive, current, self.parent_widget)
        self.meetings_dialog.chosen.connect(self.session.open_meeting)
        self.meetings_dialog.finished.connect(self.back)
        self.meetings_dialog.open()

    def open_demo(self) -> None:
        """Fill the empty archive with invented meetings, and open the newest."""

        from minutetaker.demo import fill_demo

        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self.session.write(lambda archive: fill_demo(archive, meetings=DEMO_MEETINGS))
        except ArchiveError as error:
            warn(self.parent_widget, "Demo archive", str(error), otherwise=self.back)
            return
        finally:
            QApplication.restoreOverrideCursor()
        self.session.open_where_left_off()
