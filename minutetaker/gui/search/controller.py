"""Searching this meeting (Ctrl+F) or every meeting (Ctrl+Shift+F) from the window.

The panel docks on the right and is made the first time it is asked for, so
the window starts no slower. Results come as you type (after a pause of
150 ms), best first, from :meth:`Archive.search` - the same call as
``minutetaker search`` - run by the session on a thread and connection of
their own (:meth:`MeetingSession.search`): the window's thread only hands the
query over and, when the hits come back, draws them, so a long search never
holds up typing, drawing or saving. A newer query stops an older one; only the
newest's hits are shown. Enter (or a click) opens the meeting at the item, with
the words of the query highlighted in the notes (Enter pressed before the hits
came opens the first when they come); Esc, in the panel or in those notes,
closes the search and goes back to the meeting, item and cursor you searched
from. "Stay here" closes it where you are.
"""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import CancelledError, Future

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QDockWidget, QMainWindow, QPushButton, QSplitter

from minutetaker.gui.minutes.notes_editor import NotesEditor
from minutetaker.gui.search.highlights import FoundWords
from minutetaker.gui.session import MeetingSession
from minutetaker.gui.window_thread import on_window_thread

# The panel's widgets are imported when it is first opened (a quicker start).

DEBOUNCE_MS = 150
LIMIT = 30
_MOVES = {
    Qt.Key.Key_Down: 1,
    Qt.Key.Key_Up: -1,
    Qt.Key.Key_PageDown: 8,
    Qt.Key.Key_PageUp: -8,
}


class SearchController(QObject):
    """The search panel's behaviour, and where the search started from."""

    def __init__(
        self,
        session: MeetingSession,
        host: QMainWindow,
        editor: NotesEditor,
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
        self.panel = None  # a SearchPanel, once opened
        self.origin: tuple[int, int | None, int] | None = None
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DEBOUNCE_MS)
        self.timer.timeout.connect(self.run)
        self.found = FoundWords(editor, self._escape_in_notes, self)
        self._searching: Future | None = None  # the newest search, until its hits are shown
        self._open_when_found = False
        self._notes: list[str] = []  # filters that could not be read

    @property
    def idle(self) -> bool:
        """No search waiting to run or to be shown."""
        return not self.timer.isActive() and self._searching is None

    # -- opening and closing ------------------------------------------------------------

    def open(self, in_archive: bool) -> None:
        session = self.session
        if session.meeting is None and not in_archive:
            in_archive = True
        if self.dock is None:
            self._build()
        # the search reads the archive after the writer has saved what is handed
        # over now: what was just typed is found too
        session.flush()
        if self.origin is None and session.meeting is not None:
            item_id = session.item.id if session.item else None
            self.origin = (session.meeting.id, item_id, session.cursor)
        panel = self.panel
        panel.scope.blockSignals(True)
        panel.scope.setCurrentIndex(1 if in_archive else 0)
        panel.scope.blockSignals(False)
        self._enable_dates()
        self.dock.setWindowTitle("Search all meetings" if in_archive else "Search this meeting")
        if not self.dock.isVisible():
            keep_agenda_width(self.agenda_splitter, lambda: self.dock.show())
        self.dock.raise_()
        panel.query.setFocus(Qt.FocusReason.ShortcutFocusReason)
        panel.query.selectAll()
        self.run()

    def _build(self) -> None:
        from minutetaker.gui.search.panel import SearchPanel

        host = self.host
        self.panel = panel = SearchPanel()
        self.stay_button = QPushButton("&Stay here")
        self.stay_button.setAccessibleName("Close the search and stay at this item")
        self.stay_button.clicked.connect(self.stay)
        panel.layout().addWidget(self.stay_button, 0, Qt.AlignmentFlag.AlignRight)
        self.dock = QDockWidget("Search", host)
        self.dock.setObjectName("searchDock")
        self.dock.setWidget(panel)
        self.dock.setFeatures(
            QDockWidget.DockWidgetFeature.DockWidgetClosable
            | QDockWidget.DockWidgetFeature.DockWidgetMovable
        )
        self.dock.setAllowedAreas(
            Qt.DockWidgetArea.LeftDockWidgetArea | Qt.DockWidgetArea.RightDockWidgetArea
        )
        host.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.dock)
        width = max(360, int(host.width() * 0.36))
        host.resizeDocks([self.dock], [width], Qt.Orientation.Horizontal)
        self.dock.visibilityChanged.connect(self._visibility_changed)
        codes = sorted({p.role for p in self.session.known_people() if p.role})
        panel.set_owners([*codes, "ALL"] if codes else ["ALL"])

        panel.query.textChanged.connect(lambda _text: self.timer.start())
        for field in (panel.date_from, panel.date_to, panel.section):
            field.textChanged.connect(lambda _text: self.timer.start())
            field.returnPressed.connect(self.run)
        panel.scope.currentIndexChanged.connect(self._scope_changed)
        panel.owner.currentIndexChanged.connect(lambda _i: self.run())
        panel.actions_only.toggled.connect(lambda _on: self.run())
        panel.results.clicked.connect(lambda _index: self.open_current())
        panel.results.activated.connect(lambda _index: self.open_current())
        for widget in (
            panel.query,
            panel.results,
            panel.scope,
            panel.date_from,
            panel.date_to,
            panel.section,
            panel.owner,
            panel.actions_only,
            self.stay_button,
        ):
            widget.installEventFilter(self)

    def _visibility_changed(self, visible: bool) -> None:
        if not visible and not self.dock.isVisible():
            self._end()  # closed by its own button: stay where we are

    def close_and_return(self) -> None:
        """Esc: close the search and go back to where it was started from."""
        origin = self.origin
        self._end()
        session = self.session
        if self.dock is not None and self.dock.isVisible():
            keep_agenda_width(self.agenda_splitter, self.dock.hide)
        if origin is not None:
            meeting_id, item_id, cursor = origin
            if session.meeting is not None and session.meeting.id == meeting_id:
                item = session.item_by_id(item_id)
                if item is not None and item is not session.item:
                    session.show_item(item, cursor)
                else:
                    self.editor.show_document(self.editor.document(), cursor)
            else:
                session.open_meeting(meeting_id, item_id, cursor)
        self.back()

    def stay(self) -> None:
        """Close the search and keep the item on screen."""
        self._end()
        if self.dock is not None and self.dock.isVisible():
            keep_agenda_width(self.agenda_splitter, self.dock.hide)
        self.back()

    def _end(self) -> None:
        self.origin = None
        self.timer.stop()
        self._searching = None
        self._open_when_found = False
        self.clear_highlights()

    # -- searching ----------------------------------------------------------------------

    def _scope_changed(self, _index: int) -> None:
        self._enable_dates()
        if self.dock is not None:
            in_archive = self.panel.in_archive()
            title = "Search all meetings" if in_archive else "Search this meeting"
            self.dock.setWindowTitle(title)
        self.run()

    def _enable_dates(self) -> None:
        in_archive = self.panel.in_archive()
        self.panel.date_from.setEnabled(in_archive)
        self.panel.date_to.setEnabled(in_archive)

    def filters(self) -> tuple[dict, list[str]]:
        """The keyword arguments for ``Archive.search``, and what could not be read."""
        from minutetaker.domain.dates import parse_period
        from minutetaker.gui.search.panel import MARK

        panel, meeting = self.panel, self.session.meeting
        problems: list[str] = []
        filters: dict = {"limit": LIMIT, "mark": MARK}
        if panel.in_archive() or meeting is None:
            for key, field, end in (
                ("date_from", panel.date_from, False),
                ("date_to", panel.date_to, True),
            ):
                try:
                    filters[key] = parse_period(field.text(), end=end)
                except ValueError:
                    problems.append(f"“{field.text().strip()}” is not a date")
        else:
            filters["meeting_id"] = meeting.id
        section = panel.section.text().strip().rstrip(".")
        if section:
            filters["section"] = section
        owner = panel.owner.currentData()
        if owner:
            filters["owner"] = owner
        if panel.actions_only.isChecked():
            filters["actions_only"] = True
        return filters, problems

    def run(self) -> None:
        """Hand what is in the box to the session's search now; the hits are shown
        when they come (:meth:`_found`). Never raises."""
        self.timer.stop()
        panel = self.panel
        if panel is None:
            return
        text = panel.query.text()
        filters, self._notes = self.filters()
        if not text.strip():
            self._searching = None
            self._show([], "Type to search.")
            return
        future = self.session.search(text, **filters)
        self._searching = future
        panel.status.setText("Searching…")
        future.add_done_callback(on_window_thread(self, self._found))

    def _found(self, future: Future) -> None:
        """A search has ended (on the window's thread now): show its hits if it is
        the newest one."""
        if future is not self._searching:
            return  # an older query's, stopped or overtaken
        self._searching = None
        try:
            hits = future.result()
        except CancelledError:
            return
        except Exception as error:  # whatever was typed, the window carries on
            self._show([], f"The search could not run: {error}")
            return
        if not hits:
            message = "Nothing found."
        else:
            count = f"The first {len(hits)}" if len(hits) >= LIMIT else str(len(hits))
            found = "result" if len(hits) == 1 else "results"
            message = f"{count} {found}, best first. Enter opens one; Esc goes back."
        self._show(hits, message)
        if self._open_when_found:
            self._open_when_found = False
            self.open_current()

    def _show(self, hits: list, message: str) -> None:
        panel = self.panel
        panel.model.set_hits(hits)
        if hits:
            panel.results.setCurrentIndex(panel.model.index(0, 0))
        if self._notes:
            message = "; ".join(self._notes) + " (left out). " + message
        panel.status.setText(message)

    # -- opening a result ---------------------------------------------------------------

    def open_current(self) -> None:
        panel = self.panel
        hit = panel.current_hit() if panel is not None else None
        if hit is None:
            return
        session = self.session
        if session.meeting is not None and session.meeting.id == hit.meeting_id:
            item = session.item_by_id(hit.item_id)
            if item is not None:
                session.show_item(item)
        elif not session.open_meeting(hit.meeting_id, hit.item_id):
            return
        self.highlight(panel.query.text())
        self.editor.setFocus(Qt.FocusReason.OtherFocusReason)

    def highlight(self, query: str) -> int:
        """Mark every occurrence of the query's words in the notes on screen; the
        cursor goes to the first. Returns how many were marked."""
        return self.found.mark(query)

    def clear_highlights(self) -> None:
        self.found.clear()

    def _escape_in_notes(self) -> bool:
        """Esc in the notes a result opened: back to where the search started."""
        if self.origin is None:
            return False
        self.close_and_return()
        return True

    # -- keys ---------------------------------------------------------------------------

    def eventFilter(self, watched, event) -> bool:
        if event.type() != QEvent.Type.KeyPress:
            return False
        key = event.key()
        if key == Qt.Key.Key_Escape:
            self.close_and_return()
            return True
        panel = self.panel
        if panel is None:
            return False
        if watched is panel.query:
            if key in _MOVES:
                panel.move(_MOVES[key])
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                if self.timer.isActive():
                    self.run()  # typed faster than the pause: search what is there
                if self._searching is not None:
                    self._open_when_found = True  # the first hit, once they come
                else:
                    self.open_current()
                return True
        elif watched is panel.results and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.open_current()
            return True
        return False


def keep_agenda_width(splitter: QSplitter, change: Callable[[], None]) -> None:
    """Make ``change`` (a dock shown or hidden) and let the notes, not the agenda,
    give or take the room."""
    left = splitter.sizes()[0]
    change()

    def restore() -> None:
        total = sum(splitter.sizes())
        if left and total > left:
            splitter.setSizes([left, total - left])

    QTimer.singleShot(0, restore)
