"""The check panel (Meeting > Check before publishing…, Ctrl+Shift+K): what may
not be fit to publish, and the person's choices about it.

It docks on the right, made the first time it is asked for. The findings are
the core's (``after_meeting.check.check``, the same as ``minutetaker check``):
personal data in what the public version would contain, and misspelt words;
each with its item, kind and text. The check runs on a reader thread, after
what was typed is saved, and again a moment after each save while the panel is
shown, so it follows the typing without holding it up.

Enter (or a double-click) goes to the place, with the words selected in the
notes. A finding is resolved by withholding its paragraph (W: the reason is an
FOI exemption from the list, or words typed) or by accepting it as fine (A);
both are remembered in the archive (and its history), and allowed on an agreed
record. A misspelt word is corrected in the notes, or accepted.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from concurrent.futures import Future

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QDockWidget, QMainWindow, QSplitter, QTextEdit

from minutetaker.checks.findings import Finding
from minutetaker.domain.model import Block, Meeting
from minutetaker.gui.search.controller import keep_agenda_width
from minutetaker.gui.session import MeetingSession
from minutetaker.gui.window_thread import on_window_thread
from minutetaker.store.archive import Archive

DEBOUNCE_MS = 1500  # after a save, while the panel is shown


class FindingMoved(Exception):
    """The words found are no longer where the check saw them; ``str()`` says so."""


def still_there(meeting: Meeting, finding: Finding) -> Finding:
    """``finding`` with the place its words hold now in the saved meeting (typing
    since the check may have moved them). Raises FindingMoved if they are gone or
    are now in more than one paragraph of the item."""
    item = meeting.find_item(finding.item_number)
    if item is None:
        raise FindingMoved(f"There is no item {finding.item_number} any more; check again.")
    if not finding.place:
        return finding
    places = list(_block_places(item.blocks, ()))
    here = dict(places).get(finding.place)
    if here is not None and finding.text in here.text:
        return finding
    holding = [place for place, block in places if finding.text in block.text]
    if len(holding) != 1:
        raise FindingMoved(
            f"“{finding.text}” is no longer where the check found it in item "
            f"{finding.item_number}; nothing was withheld. Check again, then choose."
        )
    return dataclasses.replace(finding, place=holding[0])


def _block_places(blocks: list[Block], above: tuple[int, ...]):
    for index, block in enumerate(blocks):
        place = (*above, index)
        yield place, block
        yield from _block_places(block.findings, place)


class CheckController(QObject):
    def __init__(
        self,
        session: MeetingSession,
        host: QMainWindow,
        editor: QTextEdit,
        agenda_splitter: QSplitter,
        back: Callable[[], None],
    ) -> None:
        super().__init__(host)
        self.session = session
        self.host = host
        self.editor = editor
        self.agenda_splitter = agenda_splitter
        self.back = back
        self.dock: QDockWidget | None = None
        self.panel = None  # a CheckPanel, once shown
        self.reason_dialog = None
        self.findings: list[Finding] = []
        self._running: Future | None = None
        self._notice = ""  # a sentence to keep at the top (a publication refused)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DEBOUNCE_MS)
        self.timer.timeout.connect(self.run)
        session.saved.connect(lambda _when: self.visible() and self.timer.start())
        session.meetingOpened.connect(self._meeting_opened)

    # -- showing ------------------------------------------------------------------------

    def visible(self) -> bool:
        return self.dock is not None and self.dock.isVisible()

    def toggle(self) -> None:
        """Ctrl+Shift+K: show the panel with the cursor in the findings; again, hide it."""
        if self.visible() and self.panel.isAncestorOf(self.host.focusWidget()):
            self.close()
        else:
            self.show()

    def show(self, notice: str = "") -> None:
        if self.dock is None:
            self._build()
        self._notice = notice
        if not self.dock.isVisible():
            keep_agenda_width(self.agenda_splitter, self.dock.show)
        self.dock.raise_()
        self.panel.table.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.run()

    def close(self) -> None:
        if self.dock is not None and self.dock.isVisible():
            keep_agenda_width(self.agenda_splitter, self.dock.hide)
        self._notice = ""
        self.back()

    def _build(self) -> None:
        from minutetaker.gui.after.check_panel import CheckPanel

        host = self.host
        self.panel = panel = CheckPanel()
        self.dock = QDockWidget("Check before publishing", host)
        self.dock.setObjectName("checkDock")
        self.dock.setWidget(panel)
        self.dock.setFeatures(
            QDockWidget.DockWidgetFeature.DockWidgetClosable
            | QDockWidget.DockWidgetFeature.DockWidgetMovable
        )
        host.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.dock)
        host.resizeDocks(
            [self.dock], [max(380, int(host.width() * 0.38))], Qt.Orientation.Horizontal
        )
        panel.table.itemActivated.connect(lambda _row, _column: self.jump())
        panel.table.currentItemChanged.connect(lambda _now, _before: panel.enable())
        panel.withhold_button.clicked.connect(self.withhold)
        panel.accept_button.clicked.connect(self.accept)
        panel.again_button.clicked.connect(self.run)
        panel.table.installEventFilter(self)

    # -- checking -----------------------------------------------------------------------

    def run(self) -> None:
        """Check the meeting on screen again, off the window's thread."""
        from minutetaker.after_meeting.check import check

        self.timer.stop()
        meeting = self.session.meeting
        if self.panel is None:
            return
        if meeting is None:
            self.panel.show_findings([])
            self.panel.say("No meeting is open.")
            return
        meeting_id = meeting.id
        self.session.flush()
        self._running = self.session.read(lambda archive: check(archive, meeting_id))
        if not self._notice:
            self.panel.say("Checking…")
        self._running.add_done_callback(on_window_thread(self, self._found))

    def _found(self, future: Future) -> None:
        if future is not self._running or self.panel is None:
            return  # an older run's
        self._running = None
        try:
            result = future.result()
        except Exception as error:  # the check must never take the window down
            self.panel.say(f"The check could not run: {error}", warning=True)
            return
        self.findings = result.findings
        self.panel.show_findings(result.findings, keep=self.panel.current())
        count = len(result.findings)
        personal = sum(1 for f in result.findings if f.kind != "spelling")
        if count:
            said = (
                f"{count} finding{'s' if count != 1 else ''} ({personal} personal data, "
                f"{count - personal} spelling). Enter goes there; W withholds its paragraph; "
                "A accepts it as fine."
            )
        else:
            said = "Nothing found that may not be fit to publish."
        if result.accepted:
            said += f" {result.accepted} judged fine earlier."
        if self._notice and personal:
            self.panel.say(self._notice, warning=True, then=said)
        else:
            self._notice = ""
            self.panel.say(said)

    def _meeting_opened(self, _meeting) -> None:
        if self.visible():
            self.run()

    # -- the person's choices -------------------------------------------------------------

    def jump(self) -> None:
        """Enter: the item of the finding, with its words selected in the notes."""
        from minutetaker.gui.minutes.places import block_at

        finding = self.panel.current() if self.panel is not None else None
        if finding is None:
            return
        if not self.session.go_to(finding.item_number):
            self.panel.say(f"There is no item {finding.item_number} any more; check again.")
            return
        doc = self.editor.document()
        block = block_at(doc, finding.place) if finding.place else None
        cursor = doc.find(finding.text, block.position() if block is not None else 0)
        if cursor.isNull():
            cursor = doc.find(finding.text)
        if cursor.isNull():
            self.session.say(
                f"“{finding.text}” is in item {finding.item_number}'s heading, topic or actions.",
                6000,
            )
        else:
            self.editor.setTextCursor(cursor)
            self.editor.ensureCursorVisible()
        self.editor.setFocus(Qt.FocusReason.OtherFocusReason)

    def accept(self) -> None:
        """A: the finding is fine to publish (remembered)."""
        from minutetaker.after_meeting.check import accept

        finding = self.panel.current()
        if finding is None or self.session.meeting is None:
            return
        meeting_id = self.session.meeting.id

        def then(future: Future) -> None:
            if future.exception() is not None:
                self.panel.say(str(future.exception()), warning=True)
                return
            self.session.say(f"“{finding.text}” accepted as fine to publish.", 5000)
            self.run()

        self._write(lambda archive: accept(archive, meeting_id, finding), then)

    def withhold(self) -> None:
        """W: its paragraph (or item) not for publication, with a reason."""
        from minutetaker.gui.shell.reason_dialog import ReasonDialog

        finding = self.panel.current()
        if finding is None or self.session.meeting is None:
            return
        if finding.kind == "spelling":
            self.panel.say(
                f"“{finding.text}” is a spelling finding: correct it in the notes, or accept "
                "it as it is; only personal data is withheld."
            )
            return
        where = "its paragraph" if finding.place else "its item"
        dialog = ReasonDialog(
            "Withhold from publication",
            f"“{finding.text}” in item {finding.item_number}: {where} will not be published. &Why?",
            offered="s40",  # personal data, which is all the check offers to withhold
            parent=self.host,
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.given.connect(lambda reason: self._withhold(finding, reason))
        dialog.finished.connect(lambda _r: self._dialog_closed())
        self.reason_dialog = dialog
        dialog.open()

    def _dialog_closed(self) -> None:
        self.reason_dialog = None
        if self.panel is not None:
            self.host.activateWindow()
            self.panel.table.setFocus()

    def _withhold(self, finding: Finding, reason: str) -> None:
        from minutetaker.after_meeting.check import withhold

        if not reason:
            self.panel.say("Say why it is not for publication: a reason is needed.", warning=True)
            return
        meeting_id = self.session.meeting.id
        self.session.save_now()  # the place is looked for in the meeting as saved

        def work(archive: Archive) -> str:
            now = still_there(archive.load_meeting(meeting_id), finding)
            return withhold(archive, meeting_id, now, reason)

        def then(future: Future) -> None:
            try:
                what = future.result()
            except Exception as error:  # FindingMoved, or the archive's sentence
                self.panel.say(str(error), warning=True)
                return
            self.session.reload()  # the paragraph shows its label
            self.session.say(f"Withheld {what} from publication.", 6000)
            self.run()

        self._write(work, then)

    def _write(self, work: Callable[[Archive], object], then: Callable[[Future], None]) -> None:
        future = self.session.write_later(work)  # ("Saved at" says when)
        future.add_done_callback(on_window_thread(self, then))

    def eventFilter(self, watched, event) -> bool:
        if event.type() != QEvent.Type.KeyPress or watched is not self.panel.table:
            return False
        key = event.key()
        if event.modifiers() & (
            Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
        ):
            return False
        if key == Qt.Key.Key_Escape:
            self.close()
            return True
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.jump()
            return True
        if key == Qt.Key.Key_A:
            self.accept()
            return True
        if key == Qt.Key.Key_W:
            self.withhold()
            return True
        return False
