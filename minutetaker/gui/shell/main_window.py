"""The main window: the agenda on the left, the current item in the middle.

It holds the layout and the wiring, nothing else. What the window works on
(the archive, the meeting, its items and their documents, saving) is the
:class:`~minutetaker.gui.session.MeetingSession`'s; what each menu command does
is a controller's, given the session and the widgets it works on. Every signal
of the window is connected in one place, :meth:`MainWindow._connect`: the
menus to the controllers, the panels to the session, the session to the panels.
"""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from minutetaker.domain.dates import long_date, meeting_when
from minutetaker.domain.model import Item, Meeting
from minutetaker.gui.after.check import CheckController
from minutetaker.gui.after.commands import AfterCommands
from minutetaker.gui.after.history import HistoryCommand
from minutetaker.gui.after.lock_guard import LockGuard
from minutetaker.gui.meetings.commands import MeetingCommands
from minutetaker.gui.meetings.export import ExportCommand
from minutetaker.gui.meetings.importing import ImportCommand
from minutetaker.gui.meetings.word_files import WordFileWriter
from minutetaker.gui.minutes.agenda import Agenda
from minutetaker.gui.minutes.agenda_changes import AgendaChanges
from minutetaker.gui.minutes.details import DetailsCommand
from minutetaker.gui.minutes.editing import NotesCommands
from minutetaker.gui.minutes.going import GoCommands
from minutetaker.gui.minutes.item_page import ItemPage
from minutetaker.gui.safety.backups import BackupKeeper
from minutetaker.gui.search.controller import SearchController
from minutetaker.gui.session import MeetingSession
from minutetaker.gui.shell.help import HelpCommands
from minutetaker.gui.shell.menus import build_menus, create_commands
from minutetaker.gui.shell.style import apply_styles, size_fonts
from minutetaker.gui.shell.welcome import WelcomePanel
from minutetaker.gui.spelling.controller import SpellingController
from minutetaker.gui.tracker.controller import TrackerController
from minutetaker.store.archive import Archive


class MainWindow(QMainWindow):
    def __init__(
        self, archive: Archive, settings: QSettings | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.settings = settings if settings is not None else QSettings()
        self.close_anyway = False  # a second Quit closes though a save failed
        self.setWindowTitle("minutetaker")
        self._build_layout()
        # made after the widgets, so destroyed after them: the editor never
        # outlives the documents the session holds
        self.session = MeetingSession(archive, self)
        self.commands = create_commands(self)
        build_menus(self.menuBar(), self.commands)

        s, back = self.session, self.back_to_window
        self.editing = NotesCommands(s, self.page, self, back)
        self.going = GoCommands(s, self.page, self, back, self.focus_notes)
        self.details = DetailsCommand(s, self, back)
        self.agenda_changes = AgendaChanges(s, self, back)
        self.meetings = MeetingCommands(s, self, back)
        self.files = WordFileWriter(s, self.settings, self, back)  # every document written
        self.export = ExportCommand(s, self.files, self, back)
        self.importing = ImportCommand(s, self.settings, self, back)
        self.lock = LockGuard(s, self.page, self, back)  # an agreed record asks for a reason
        self.check = CheckController(s, self, self.editor, self.splitter, back)
        self.after = AfterCommands(s, self.files, self.check, self, back)
        self.history = HistoryCommand(s, self.files, self, back)
        self.search = SearchController(s, self, self.editor, self.splitter, back)
        self.tracker = TrackerController(s, self, back, self.focus_notes)
        self.backups = BackupKeeper(s, self, back)  # daily backups, File > Restore from backup…
        self.help = HelpCommands(s, self.commands, self, back)
        checked = [self.page.holding_to_account_panel.topic, self.actions_panel.text]
        self.spelling = SpellingController(s, self.editor, checked, self.settings, self, back)
        self._connect()
        self._restore_layout()
        s.open_where_left_off()

    # -- layout --------------------------------------------------------------------------

    def _build_layout(self) -> None:
        self.agenda = Agenda()
        self.page = ItemPage()
        self.editor = self.page.editor
        self.actions_panel = self.page.actions_panel
        self.meeting_label = QLabel()
        self.meeting_label.setObjectName("meetingLabel")
        self.meeting_label.setWordWrap(True)
        self.meeting_label.setAccessibleName("Open meeting")
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(4, 4, 0, 4)
        left_layout.addWidget(self.meeting_label)
        left_layout.addWidget(self.agenda, 1)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.page)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 3)
        self.welcome = WelcomePanel()
        self.stack = QStackedWidget()
        self.stack.addWidget(self.welcome)
        self.stack.addWidget(self.splitter)
        self.banner = QLabel()
        self.banner.setObjectName("saveBanner")
        self.banner.setWordWrap(True)
        self.banner.setAccessibleName("Saving failed")
        self.banner.hide()
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.banner)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self.saved_label = QLabel("")
        self.saved_label.setAccessibleName("Last saved")
        self.statusBar().addPermanentWidget(self.saved_label)
        size_fonts(self, self.page.heading, self.welcome.title, self.editor)
        apply_styles(self)

    # -- wiring: every signal of the window, in one place ---------------------------------

    def _connect(self) -> None:
        c, s = self.commands, self.session

        def guarded(change):  # an agreed record asks for a reason first
            return lambda *_: s.record_state.when_open(change)

        # File
        c.new_meeting.triggered.connect(self.meetings.new_meeting)
        c.open_meeting.triggered.connect(self.meetings.choose_meeting)
        c.import_minutes.triggered.connect(self.importing.import_files)
        c.export_word.triggered.connect(self.export.export_word)
        c.circulate.triggered.connect(self.after.circulate)
        c.apply_corrections.triggered.connect(self.after.apply_corrections)
        c.publish.triggered.connect(self.after.publish)
        c.save_now.triggered.connect(s.save_now)
        c.restore_backup.triggered.connect(self.backups.ask_restore)
        c.quit.triggered.connect(self.close)
        # Edit
        c.undo.triggered.connect(self.editing.undo)
        c.redo.triggered.connect(self.editing.redo)
        for kind in ("paragraph", "bullet", "subheading", "question"):
            block = getattr(c, kind)
            block.triggered.connect(guarded(lambda k=kind: self.editing.make_block(k)))
        c.finding.triggered.connect(guarded(lambda: self.editing.set_level(1)))
        c.end_finding.triggered.connect(guarded(lambda: self.editing.set_level(0)))
        c.restrict_paragraph.triggered.connect(self.editing.restrict_paragraph)
        c.restrict_item.triggered.connect(self.editing.restrict_item)
        c.add_sub_item.triggered.connect(guarded(self.agenda_changes.add_sub_item))
        c.add_item_after.triggered.connect(guarded(self.agenda_changes.add_item_after))
        c.add_brought_forward.triggered.connect(guarded(self.agenda_changes.add_brought_forward))
        c.delete_item.triggered.connect(guarded(self.agenda_changes.delete_item))
        c.move_item_up.triggered.connect(guarded(lambda: self.agenda_changes.move(-1)))
        c.move_item_down.triggered.connect(guarded(lambda: self.agenda_changes.move(+1)))
        c.find_meeting.triggered.connect(lambda: self.search.open(False))
        c.find_archive.triggered.connect(lambda: self.search.open(True))
        c.next_misspelt.triggered.connect(self.spelling.next_misspelt)
        c.office_dictionary.triggered.connect(self.spelling.edit_office_dictionary)
        # Go
        c.next_item.triggered.connect(lambda: self.going.step(+1))
        c.previous_item.triggered.connect(lambda: self.going.step(-1))
        c.go_to_item.triggered.connect(self.going.ask_go_to)
        c.focus_agenda.triggered.connect(self.agenda.setFocus)
        c.focus_notes.triggered.connect(self.focus_notes)
        c.focus_actions.triggered.connect(self.actions_panel.focus_list)
        c.go_to_decision.triggered.connect(self.going.go_to_decision)
        c.go_to_topic.triggered.connect(self.going.go_to_topic)
        # Meeting
        c.details.triggered.connect(self.details.edit)
        c.new_action.triggered.connect(self.editing.new_action)
        c.action_tracker.triggered.connect(self.tracker.toggle)
        c.agree.triggered.connect(self.after.agree)
        c.history.triggered.connect(self.history.show)
        c.check.triggered.connect(self.check.toggle)
        # View, Help
        c.zoom_in.triggered.connect(lambda: self.zoom(+1))
        c.zoom_out.triggered.connect(lambda: self.zoom(-1))
        c.zoom_reset.triggered.connect(lambda: self.zoom(None))
        c.check_spelling.setChecked(self.spelling.enabled)
        c.check_spelling.toggled.connect(self.spelling.set_enabled)
        c.shortcuts.triggered.connect(self.help.show_shortcuts)
        c.about.triggered.connect(self.help.show_about)

        # the panels tell the session what the person changed
        self.agenda.itemChosen.connect(s.show_item)
        self.agenda.itemActivated.connect(lambda _row, _col: self.focus_notes())
        self.editor.cursorPositionChanged.connect(
            lambda: s.note_cursor(self.editor.textCursor().position())
        )
        self.editor.said.connect(lambda text: s.say(text, 8000))
        self.actions_panel.changed.connect(s.actions_edited)
        self.actions_panel.done.connect(self.focus_notes)
        self.actions_panel.draftChanged.connect(s.draft_edited)
        self.actions_panel.said.connect(lambda text: s.say(text, 8000))
        self.page.brought_forward_panel.changed.connect(s.actions_edited)  # the decision
        self.page.holding_to_account_panel.changed.connect(s.notes_edited)  # the topic
        self.welcome.new_button.clicked.connect(self.meetings.new_meeting)
        self.welcome.demo_button.clicked.connect(self.meetings.open_demo)
        self.welcome.import_button.clicked.connect(self.importing.import_files)
        self.importing.imported.connect(self.tracker.read_again)
        self.backups.lost.connect(self._close_now)

        # the session tells the panels what changed
        s.meetingOpened.connect(self._show_meeting)
        s.itemShown.connect(self._show_item)
        s.itemChanged.connect(self._item_changed)
        s.detailsChanged.connect(self._details_changed)
        s.record_state.changed.connect(lambda m: m is not None and self._show_title(m))
        s.saved.connect(lambda when: self.saved_label.setText(f"Saved at {when:%H:%M:%S}"))
        s.saveFailed.connect(self._save_failed)
        s.saveRecovered.connect(self.banner.hide)
        s.readFailed.connect(self.show_banner)
        s.said.connect(self.statusBar().showMessage)
        s.leaving.connect(lambda _item, closing: self.actions_panel.leave_row(closing))
        s.draftRestored.connect(self.actions_panel.restore_draft)

        self.splitter.splitterMoved.connect(lambda *_: self._store_layout())
        self.page.splitter.splitterMoved.connect(lambda *_: self._store_layout())

    # -- what the session says -----------------------------------------------------------

    def _show_meeting(self, meeting: Meeting | None) -> None:
        self.editor.show_nothing()  # the last meeting's documents are going
        self.actions_panel.undo_stack.clear()
        if meeting is None:
            self.stack.setCurrentWidget(self.welcome)
            self.welcome.new_button.setFocus()
            self.setWindowTitle("minutetaker")
            return
        self.agenda.show_meeting(meeting, self.session.has_notes)
        self.stack.setCurrentWidget(self.splitter)
        self._show_title(meeting)
        self.focus_notes()

    def _show_title(self, meeting: Meeting) -> None:
        self.setWindowTitle(f"{meeting.title}, {long_date(meeting.date)} – minutetaker")
        marking = f"<br><b>{meeting.marking}</b>" if meeting.marking else ""
        when = meeting_when(meeting.date, meeting.time)
        state = self.session.record_state.words()
        self.meeting_label.setText(f"<b>{meeting.title}</b><br>{when}{marking}<br><i>{state}</i>")

    def _show_item(self, item: Item, position: int | None) -> None:
        self.page.show_item(self.session.meeting, item)
        self.editor.show_document(self.session.document_of(item), position)
        self.agenda.select(item)

    def _item_changed(self, item: Item) -> None:
        self.agenda.update_mark(item, self.session.has_notes(item))
        if item is self.session.item:
            self.page.show_restriction(item)

    def _details_changed(self, meeting: Meeting) -> None:
        self._show_title(meeting)
        if self.session.item is not None:
            self.page.show_item(meeting, self.session.item)

    def _save_failed(self, sentence: str) -> None:
        self.show_banner(
            f"Not saved: {sentence} Your notes are kept in this window; "
            "trying again every few seconds."
        )
        self.saved_label.setText("Not saved")

    def show_banner(self, text: str) -> None:
        self.banner.setText(text)
        self.banner.show()

    # -- focus ---------------------------------------------------------------------------

    def focus_notes(self) -> None:
        self.editor.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def back_to_window(self, *_result) -> None:
        """After a dialog: the window active again (a desktop without a window
        manager will not do it), the cursor back in the notes."""
        self.activateWindow()
        if self.stack.currentWidget() is self.welcome:
            self.welcome.new_button.setFocus()
        else:
            self.focus_notes()

    # -- view settings -------------------------------------------------------------------

    def zoom(self, step: int | None) -> None:
        self.editor.set_zoom(0 if step is None else self.editor.zoom + step)
        self.settings.setValue("view/zoom", self.editor.zoom)

    def _restore_layout(self) -> None:
        geometry = self.settings.value("window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(1280, 800)
        for key, splitter in (
            ("window/splitter", self.splitter),
            ("window/item", self.page.splitter),
        ):
            state = self.settings.value(key)
            if state is not None:
                splitter.restoreState(state)
        self._first_layout = self.settings.value("window/splitter") is None
        try:
            self.editor.set_zoom(int(self.settings.value("view/zoom", 0)))
        except (TypeError, ValueError):
            pass

    def _store_layout(self) -> None:
        self.settings.setValue("window/geometry", self.saveGeometry())
        self.settings.setValue("window/splitter", self.splitter.saveState())
        self.settings.setValue("window/item", self.page.splitter.saveState())
        self.settings.setValue("view/zoom", self.editor.zoom)
        self.settings.sync()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._first_layout:  # no layout kept yet: one sized to the font and window
            self._first_layout = False
            em = self.fontMetrics().horizontalAdvance("M")
            left = min(em * 34, int(self.width() * 0.4))
            self.splitter.setSizes([left, max(1, self.width() - left)])
            height = self.page.splitter.height() or self.height()
            self.page.splitter.setSizes([height * 4 // 5, height // 5])

    # -- closing -------------------------------------------------------------------------

    def _close_now(self) -> None:
        self.close_anyway = True
        self.close()

    def closeEvent(self, event) -> None:
        self._store_layout()
        if not self.session.has_archive:
            event.accept()
            return
        self.session.leave_item(closing=True)  # an action being typed is filed
        if not self.session.save_now() and not self.close_anyway:
            self.close_anyway = True  # a second try closes: the person has been told
            self.show_banner(
                self.banner.text() + " Close the window again to quit without these changes."
            )
            event.ignore()
            return
        self.files.wait()  # a document being written is finished, not left half done
        self.importing.stop()  # files being read for an import: no more after this one
        self.session.record_state.leave()  # an agreed record opened here is locked again
        self.spelling.close()
        event.accept()
