"""The main window: the agenda on the left, the current item in the middle.

It owns the open meeting, one QTextDocument per item it has shown (so each item
keeps its own undo history), and the autosaver. Every signal is connected in
:meth:`MainWindow._connect`; the commands of the menus are carried out by the
slots in :mod:`minutetaker.gui.window_commands`.
"""

from __future__ import annotations

import json

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QTextDocument
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
from minutetaker.gui.actions import build_menus, create_commands
from minutetaker.gui.autosave import Autosaver
from minutetaker.gui.backups import BackupKeeper
from minutetaker.gui.item_editing import install_item_editing
from minutetaker.gui.item_page import ItemPage
from minutetaker.gui.notes_editor import new_document
from minutetaker.gui.notes_format import blocks_from_document, document_has_text, fill_document
from minutetaker.gui.outline import Outline
from minutetaker.gui.search import install_search
from minutetaker.gui.style import apply_styles, size_fonts
from minutetaker.gui.tracker import install_tracker
from minutetaker.gui.welcome import WelcomePanel, demo_available
from minutetaker.gui.window_commands import WindowCommands
from minutetaker.store.errors import ArchiveError

PLACE_KEY = "gui.where"


class MainWindow(WindowCommands, QMainWindow):
    def __init__(self, archive, settings: QSettings | None = None, parent=None) -> None:
        super().__init__(parent)
        self.archive = archive
        self.settings = settings if settings is not None else QSettings()
        self.meeting: Meeting | None = None
        self.item: Item | None = None
        self.docs: dict[int, QTextDocument] = {}
        self.positions: dict[int, int] = {}
        self._place = ""
        self._close_anyway = False
        self.setWindowTitle("minutetaker")

        self.outline = Outline()
        self.page = ItemPage()
        self.editor = self.page.editor
        self.actions_panel = self.page.actions_panel
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.setChildrenCollapsible(False)
        self.meeting_label = QLabel()
        self.meeting_label.setObjectName("meetingLabel")
        self.meeting_label.setWordWrap(True)
        self.meeting_label.setAccessibleName("Open meeting")
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(4, 4, 0, 4)
        left_layout.addWidget(self.meeting_label)
        left_layout.addWidget(self.outline, 1)
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
        size_fonts(self)
        apply_styles(self)

        self.commands = create_commands(self)
        build_menus(self.menuBar(), self.commands)
        self.autosaver = Autosaver(
            archive, before_save=self._sync_item, after_save=self._remember_place, parent=self
        )
        self._connect()
        self.backups = BackupKeeper(self)  # daily backups, File > Restore from backup…
        self._restore_layout()
        self.open_where_left_off()

    # -- wiring: every signal of the window, in one place --------------------------------

    def _connect(self) -> None:
        c = self.commands
        c.new_meeting.triggered.connect(self.new_meeting)
        c.open_meeting.triggered.connect(self.choose_meeting)
        c.export_word.triggered.connect(self.export_word)
        c.save_now.triggered.connect(self.save_now)
        c.quit.triggered.connect(self.close)
        c.undo.triggered.connect(self.undo)
        c.redo.triggered.connect(self.redo)
        c.paragraph.triggered.connect(lambda: self.make_block("paragraph"))
        c.bullet.triggered.connect(lambda: self.make_block("bullet"))
        c.subheading.triggered.connect(lambda: self.make_block("subheading"))
        c.question.triggered.connect(lambda: self.make_block("question"))
        c.finding.triggered.connect(lambda: self.set_level(1))
        c.end_finding.triggered.connect(lambda: self.set_level(0))
        c.restrict_paragraph.triggered.connect(self.restrict_paragraph)
        c.restrict_item.triggered.connect(self.restrict_item)
        c.next_item.triggered.connect(lambda: self.step_item(+1))
        c.previous_item.triggered.connect(lambda: self.step_item(-1))
        c.go_to_item.triggered.connect(self.ask_go_to)
        c.focus_outline.triggered.connect(self.outline.setFocus)
        c.focus_notes.triggered.connect(self.focus_notes)
        c.focus_actions.triggered.connect(self.actions_panel.focus_list)
        c.details.triggered.connect(self.edit_details)
        c.new_action.triggered.connect(self.new_action)
        c.zoom_in.triggered.connect(lambda: self.zoom(+1))
        c.zoom_out.triggered.connect(lambda: self.zoom(-1))
        c.zoom_reset.triggered.connect(lambda: self.zoom(None))
        c.shortcuts.triggered.connect(self.show_shortcuts)
        c.about.triggered.connect(self.show_about)

        self.outline.itemChosen.connect(lambda item: self.show_item(item, focus=False))
        self.outline.itemActivated.connect(lambda _row, _col: self.focus_notes())
        self.actions_panel.changed.connect(self._actions_changed)
        self.actions_panel.done.connect(self.focus_notes)
        self.page.bf_panel.changed.connect(self._item_changed_now)
        self.page.hta_panel.changed.connect(self._item_edited)
        self.welcome.new_button.clicked.connect(self.new_meeting)
        self.welcome.demo_button.clicked.connect(self.open_demo)
        self.autosaver.saved.connect(self._on_saved)
        self.autosaver.failed.connect(self._on_save_failed)
        self.autosaver.recovered.connect(self.banner.hide)
        self.splitter.splitterMoved.connect(lambda *_: self._store_layout())
        self.page.splitter.splitterMoved.connect(lambda *_: self._store_layout())
        self.search = install_search(self)  # Ctrl+F, Ctrl+Shift+F
        self.tracker = install_tracker(self)  # Ctrl+Shift+T
        self.item_editing = install_item_editing(self)  # Edit > Add sub-item…, and the rest

    # -- meetings ------------------------------------------------------------------------

    def open_where_left_off(self) -> None:
        try:
            place = json.loads(self.archive.get_setting(PLACE_KEY) or "{}")
        except (ArchiveError, ValueError):
            place = {}
        meeting_id = place.get("meeting")
        if meeting_id is not None and self.open_meeting(
            meeting_id, place.get("item"), place.get("cursor"), quiet=True
        ):
            return
        try:
            newest = self.archive.list_meetings(limit=1)
        except ArchiveError as error:
            self.show_banner(str(error))
            newest = []
        if newest:
            self.open_meeting(newest[0].id)
        else:
            self.show_welcome()

    def show_welcome(self) -> None:
        self.meeting = None
        self.item = None
        self.welcome.demo_button.setVisible(demo_available())
        self.stack.setCurrentWidget(self.welcome)
        self.welcome.new_button.setFocus()
        self.setWindowTitle("minutetaker")

    def open_meeting(
        self,
        meeting_id: int,
        item_id: int | None = None,
        cursor: int | None = None,
        quiet: bool = False,
    ) -> bool:
        """Show a stored meeting, at one of its items (else the first)."""
        if self.meeting is not None:
            self.remember_cursor()
            if not self.autosaver.save_now():
                # keep this meeting on screen until its changes are in the archive
                self.statusBar().showMessage(
                    "The open meeting is not saved yet, so it stays open; try again "
                    "once the red band has gone.",
                    8000,
                )
                return False
        try:
            meeting = self.archive.load_meeting(meeting_id)
        except ArchiveError as error:
            if not quiet:
                self.show_banner(str(error))
            return False
        self.meeting = meeting
        self.item = None
        old_docs, self.docs = self.docs, {}
        self.positions = {}
        self.actions_panel.undo_stack.clear()
        self.outline.show_meeting(meeting, self.has_notes)
        self.stack.setCurrentWidget(self.splitter)
        self.refresh_title()
        items = list(meeting.walk_items())
        target = next((i for i in items if i.id == item_id), items[0] if items else None)
        if target is not None:
            self.show_item(target, cursor)
        for doc in old_docs.values():  # the last meeting's notes are all in the archive
            if doc is not self.editor.document():
                doc.deleteLater()
        return True

    def refresh_title(self) -> None:
        if self.meeting is not None:
            m = self.meeting
            self.setWindowTitle(f"{m.title}, {long_date(m.date)} – minutetaker")
            marking = f"<br><b>{m.marking}</b>" if m.marking else ""
            self.meeting_label.setText(
                f"<b>{m.title}</b><br>{meeting_when(m.date, m.time)}{marking}"
            )

    # -- items ---------------------------------------------------------------------------

    def document_of(self, item: Item) -> QTextDocument:
        doc = self.docs.get(id(item))
        if doc is None:
            doc = new_document(self)
            fill_document(doc, item.blocks)
            doc.contentsChanged.connect(lambda: self._item_edited(item))
            self.docs[id(item)] = doc
        return doc

    def show_item(self, item: Item, position: int | None = None, focus: bool = True) -> None:
        """Make ``item`` the current one; the one left is saved at once."""
        if self.meeting is None:
            return
        if self.item is not None and self.item is not item:
            self.remember_cursor()
            self.outline.update_mark(self.item, self.has_notes(self.item))
            self.autosaver.save_now()
        self.item = item
        doc = self.document_of(item)
        self.page.show_item(self.meeting, item)
        if position is None:
            position = self.positions.get(id(item))
        self.editor.show_document(doc, position)
        self.outline.select(item)
        self._remember_place_quietly()
        if focus:
            self.editor.setFocus(Qt.FocusReason.OtherFocusReason)

    def remember_cursor(self) -> None:
        if self.item is not None:
            self.positions[id(self.item)] = self.editor.textCursor().position()

    def has_notes(self, item: Item) -> bool:
        doc = self.docs.get(id(item))
        if doc is not None:
            return document_has_text(doc) or bool(item.topic.strip())
        return bool(item.blocks or item.topic.strip())

    def _sync_item(self, item: Item) -> None:
        doc = self.docs.get(id(item))
        if doc is not None:
            item.blocks = blocks_from_document(doc)

    def sync_all(self) -> None:
        if self.meeting is not None:
            for item in self.meeting.walk_items():
                self._sync_item(item)

    def _item_edited(self, item: Item) -> None:
        if self.meeting is not None:
            self.autosaver.item_changed(self.meeting, item)

    def _item_changed_now(self, item: Item) -> None:
        self._item_edited(item)
        self.autosaver.save_now()

    def _actions_changed(self, item: Item) -> None:
        self._item_changed_now(item)
        self.outline.update_mark(item, self.has_notes(item))

    # -- saving --------------------------------------------------------------------------

    def save_now(self) -> bool:
        self.remember_cursor()
        return self.autosaver.save_now()

    def _place_value(self) -> str:
        if self.meeting is None or self.item is None:
            return ""
        cursor = self.editor.textCursor().position()
        return json.dumps({"meeting": self.meeting.id, "item": self.item.id, "cursor": cursor})

    def _remember_place(self) -> None:
        value = self._place_value()
        if value and value != self._place:
            self.archive.set_setting(PLACE_KEY, value)
            self._place = value
        if self.item is not None:
            self.outline.update_mark(self.item, self.has_notes(self.item))

    def _remember_place_quietly(self) -> None:
        try:
            self._remember_place()
        except ArchiveError:
            pass  # the autosaver will say so on its next attempt

    def _on_saved(self, when) -> None:
        self.saved_label.setText(f"Saved at {when:%H:%M:%S}")

    def _on_save_failed(self, sentence: str) -> None:
        self.show_banner(
            f"Not saved: {sentence} Your notes are kept in this window; "
            "trying again every few seconds."
        )
        self.saved_label.setText("Not saved")

    def show_banner(self, text: str) -> None:
        self.banner.setText(text)
        self.banner.show()

    # -- layout --------------------------------------------------------------------------

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

    def closeEvent(self, event) -> None:
        self._store_layout()
        if not self.save_now() and not self._close_anyway:
            self._close_anyway = True  # a second try closes: the person has been told
            self.show_banner(
                self.banner.text() + " Close the window again to quit without these changes."
            )
            event.ignore()
            return
        event.accept()
