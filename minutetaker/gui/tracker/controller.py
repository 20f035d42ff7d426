"""The action tracker (Ctrl+Shift+T): every action of the archive, followed up.

It docks under the meeting and is made the first time it is asked for. The
rows come from :meth:`Archive.list_actions` (the same call as ``minutetaker
actions``), sorted by due date; the filters are owner, status, meeting and
words of the action. Enter (or a double-click) opens the item where the
action was raised or last brought forward; the pane below gives the selected
action's history. The table is read again when the tracker is shown, when the
filters change, after a save that changed actions or a decision, after
a change to the agenda (the session's signals say when) and after an import
(:meth:`read_again`); any other save reads only the history.

The table's rows (all the archive's actions: 170 ms on 10,000 meetings) are
read on a reading thread of the session's (:meth:`MeetingSession.read`), after
the changes handed to the writer, and drawn when they come back; the window
never waits for them. A newer read overtakes an older one, whose rows are
never drawn.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from concurrent.futures import CancelledError, Future

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QDockWidget, QMainWindow

from minutetaker.gui.session import MeetingSession
from minutetaker.gui.window_thread import on_window_thread
from minutetaker.store.archive import Archive

DEBOUNCE_MS = 150


class TrackerController(QObject):
    def __init__(
        self,
        session: MeetingSession,
        host: QMainWindow,
        back: Callable[[], None],
        focus_notes: Callable[[], None],
    ) -> None:
        super().__init__(host)
        self.session = session
        self.host = host
        self.back = back
        self.focus_notes = focus_notes
        self.dock: QDockWidget | None = None
        self.panel = None
        self.today: dt.date | None = None  # None: the real today (tests set one)
        self._dirty = True
        self._meeting_id: int | None = None
        self._reading: Future | None = None  # the newest read, until it is drawn
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DEBOUNCE_MS)
        self.timer.timeout.connect(self.refresh)
        # A read due once the window has finished its step (after a save).
        self._due = QTimer(self)
        self._due.setSingleShot(True)
        self._due.setInterval(0)
        self._due.timeout.connect(self.refresh)
        session.actionsChanged.connect(self._actions_changed)
        session.saved.connect(self._after_save)
        session.agendaChanged.connect(self._agenda_changed)
        session.archiveReplaced.connect(self._agenda_changed)

    # -- showing ------------------------------------------------------------------------

    def toggle(self) -> None:
        """Ctrl+Shift+T: show the tracker with the cursor in the table; again, hide it."""
        if (
            self.dock is not None
            and self.dock.isVisible()
            and self.panel.isAncestorOf(self.host.focusWidget())
        ):
            self.close()
            return
        self.show()

    def show(self) -> None:
        if self.dock is None:
            self._build()
        self.dock.show()
        self.dock.raise_()
        self.refresh(owners=True)
        self.panel.table.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def close(self) -> None:
        if self.dock is not None:
            self.dock.hide()
        self.back()

    def visible(self) -> bool:
        return self.dock is not None and self.dock.isVisible()

    def _build(self) -> None:
        from minutetaker.gui.tracker.panel import TrackerPanel

        host = self.host
        self.panel = panel = TrackerPanel()
        self.dock = QDockWidget("Action tracker", host)
        self.dock.setObjectName("trackerDock")
        self.dock.setWidget(panel)
        self.dock.setFeatures(
            QDockWidget.DockWidgetFeature.DockWidgetClosable
            | QDockWidget.DockWidgetFeature.DockWidgetMovable
        )
        host.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.dock)
        height = max(280, int(host.height() * 0.5))
        host.resizeDocks([self.dock], [height], Qt.Orientation.Vertical)
        panel.owner.currentIndexChanged.connect(lambda _i: self.refresh())
        panel.status.currentIndexChanged.connect(lambda _i: self.refresh())
        panel.meeting.currentIndexChanged.connect(lambda _i: self.refresh())
        panel.text.textChanged.connect(lambda _t: self.timer.start())
        panel.text.returnPressed.connect(self.refresh)
        panel.table.doubleClicked.connect(lambda _index: self.jump())
        panel.table.selectionModel().currentRowChanged.connect(
            lambda _now, _before: self.show_history()
        )
        for widget in (panel.table, panel.owner, panel.status, panel.meeting, panel.text):
            widget.installEventFilter(self)
        panel.history.installEventFilter(self)

    # -- reading the archive ------------------------------------------------------------

    def filters(self) -> dict:
        panel, meeting = self.panel, self.session.meeting
        filters: dict = {"status": panel.status.currentData()}
        if panel.owner.currentData():
            filters["owner"] = panel.owner.currentData()
        if panel.meeting.currentData() and meeting is not None:
            filters["meeting_id"] = meeting.id
        text = panel.text.text().strip()
        if text:
            filters["text"] = text
        if self.today is not None:
            filters["today"] = self.today
        return filters

    @property
    def idle(self) -> bool:
        """The table shows the archive as the window has handed it over: no read
        under way, and none due (the words typed in the filter, waiting for a
        pause; an action or decision being saved, to be read once it is). The
        tests wait for it."""
        due = self.timer.isActive() or self._due.isActive() or (self.visible() and self._dirty)
        return self._reading is None and not due

    def refresh(self, owners: bool = False) -> None:
        """Read the actions again (with ``owners``, the owners' list too), on the
        reader's thread; :meth:`_read` draws them, keeping the selected one selected."""
        self.timer.stop()
        self._due.stop()
        if self.panel is None:
            return
        filters = self.filters()

        def read(archive: Archive) -> tuple[list, list[str] | None]:
            rows = archive.list_actions(**filters)
            if not owners:
                return rows, None
            everyone = rows if len(filters) == 1 else archive.list_actions()
            return rows, sorted({r.owner for r in everyone if r.owner})

        if self._reading is not None:
            self._reading.cancel()  # not begun yet: never needed now
        elif not self.panel.model.rows:
            self.panel.count.setText("Reading the actions…")
        future = self.session.read(read)
        self._reading = future
        self._dirty = False  # the read comes after every change handed over so far
        meeting = self.session.meeting
        self._meeting_id = meeting.id if meeting is not None else None
        future.add_done_callback(on_window_thread(self, self._read))

    def _read(self, future: Future) -> None:
        """A read has ended (on the window's thread now): draw it if it is the newest."""
        if future is not self._reading:
            return  # overtaken by a newer one
        self._reading = None
        panel = self.panel
        selected = panel.current_row()
        try:
            rows, owners = future.result()
        except CancelledError:
            return
        except Exception as error:  # the tracker must never take the window down
            rows = []
            panel.count.setText(f"The actions could not be read: {error}")
        else:
            if owners is not None:
                panel.set_owners(owners)
            shown = "action" if len(rows) == 1 else "actions"
            panel.count.setText(f"{len(rows)} {shown}, by due date")
        panel.model.set_rows(rows, self.today or dt.date.today())
        if rows:
            index = 0
            if selected is not None:
                index = next((n for n, r in enumerate(rows) if r.id == selected.id), 0)
            panel.table.setCurrentIndex(panel.model.index(index, 0))
            panel.table.scrollTo(panel.model.index(index, 0))
        self.show_history()

    def show_history(self) -> None:
        panel = self.panel
        action = panel.current_row()
        events = []
        if action is not None:
            try:
                events = self.session.archive.action_history(action.id)
            except Exception:
                events = []
        panel.show_history(action, events)

    def _actions_changed(self, _item) -> None:
        # being saved: the table is read again after the save (_after_save)
        self._dirty = True

    def read_again(self, *_args) -> None:
        """Meetings came into the archive beside the one on screen (an import):
        the table is read again (now if it is shown, else when it is)."""
        self._agenda_changed()

    def _agenda_changed(self, *_args) -> None:
        self._dirty = True
        if self.visible():
            self.refresh()

    def _after_save(self, _when) -> None:
        if not self.visible():
            return
        meeting = self.session.meeting
        moved = (meeting.id if meeting else None) != self._meeting_id
        if self._dirty or moved:
            self._due.start()  # after the window has finished its step
        else:
            self.show_history()

    # -- going to an action -------------------------------------------------------------

    def jump(self) -> None:
        """Open the item where the selected action was raised or last brought forward."""
        action = self.panel.current_row()
        if action is None:
            return
        session = self.session
        meeting_id, item_id = action.last_meeting_id, action.last_item_id
        if session.meeting is not None and session.meeting.id == meeting_id:
            item = session.item_by_id(item_id)
            if item is not None:
                session.show_item(item)
        elif not session.open_meeting(meeting_id, item_id):
            return
        self.focus_notes()

    def eventFilter(self, watched, event) -> bool:
        if event.type() != QEvent.Type.KeyPress:
            return False
        key = event.key()
        if key == Qt.Key.Key_Escape:
            self.close()
            return True
        if watched is self.panel.table and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.jump()
            return True
        if watched is self.panel.text and key == Qt.Key.Key_Down:
            self.panel.table.setFocus(Qt.FocusReason.ShortcutFocusReason)
            return True
        return False
