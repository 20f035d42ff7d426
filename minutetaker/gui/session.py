"""The meeting session: what the window is working on, in one object.

:class:`MeetingSession` owns the open archive, the meeting on screen, its
current item, one QTextDocument per item shown (so each item keeps its own
undo history), the autosaver and the archive's threads (its writer, and the
readers of ``gui/readers.py``: the search's, and the one for the other reads,
the action tracker's among them). Every change to the meeting goes through its
methods; what changed is announced by its signals. It knows no widget: the
main window connects its signals to the panels in one place
(``MainWindow._connect``), and each controller (search, tracker, backups,
agenda changes, details, notes commands) is given the session and connects
to the signals it needs itself.

Signals, and when they come:

- ``meetingOpened(meeting)`` a meeting is on screen (None: the archive is empty);
  ``itemShown`` follows with its first or remembered item.
- ``itemShown(item, position)`` the current item changed; show its document
  (:meth:`document_of`) with the cursor at ``position`` (None: where it was).
- ``itemChanged(item)`` what the agenda shows of an item may have changed
  (notes saved, actions, not for publication).
- ``actionsChanged(item)`` an item's actions or its decision changed.
- ``detailsChanged(meeting)`` the details or attendance changed.
- ``agendaChanged(meeting)`` items were added, deleted or moved; the meeting
  was read again (``meetingOpened`` and ``itemShown`` came first).
- ``saved(when)`` the meeting was written at ``when``: by the autosaver, or by
  any other write of the record (:meth:`write`, :meth:`write_later`,
  :meth:`writes_record`), which all say so here and nowhere else.
- ``saveFailed(sentence)``, ``saveRecovered()`` the autosaver's.
- ``archiveReplaced(archive)`` a backup was restored; the session holds the new one.
- ``readFailed(sentence)`` the archive could not be read (for the red band).
- ``said(text, ms)`` a line for the status bar.
- ``leaving(item, closing)`` the window is about to leave the item (or to close):
  an action being typed there is filed first (:meth:`leave_item`).
- ``draftRestored(draft)`` at the start, the action being typed when the window
  last stopped (kept by ``safety/where_left.py``), back in its row.

Where the record stands after the meeting (draft, circulated, agreed,
published) and whether this window has opened an agreed record with a reason
is :attr:`MeetingSession.record_state`'s (``gui/after/record_state.py``).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from concurrent.futures import Future
from typing import TypeVar

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QTextDocument

from minutetaker.domain.model import Item, Meeting, Person
from minutetaker.domain.template import AgendaTemplate
from minutetaker.gui.after.record_state import RecordState
from minutetaker.gui.minutes.documents import ItemDocuments
from minutetaker.gui.readers import Readers
from minutetaker.gui.safety.autosave import Autosaver
from minutetaker.gui.safety.where_left import place_setting, reopen_where_left
from minutetaker.store.archive import Archive
from minutetaker.store.errors import ArchiveError
from minutetaker.store.search import SearchHit
from minutetaker.store.worker import ArchiveWorker

T = TypeVar("T")


class MeetingSession(QObject):
    meetingOpened = Signal(object)
    itemShown = Signal(object, object)
    itemChanged = Signal(object)
    actionsChanged = Signal(object)
    detailsChanged = Signal(object)
    agendaChanged = Signal(object)
    saved = Signal(object)
    saveFailed = Signal(str)
    saveRecovered = Signal()
    archiveReplaced = Signal(object)
    readFailed = Signal(str)
    said = Signal(str, int)
    leaving = Signal(object, bool)
    draftRestored = Signal(object)
    _wrote = Signal(object)  # a write of the record finished, at this time (any thread)

    def __init__(self, archive: Archive, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.archive = archive
        self.meeting: Meeting | None = None
        self.item: Item | None = None
        self.cursor = 0  # where the cursor is in the current item's notes
        self.action_draft: dict | None = None  # what is typed in the action row
        self.documents = ItemDocuments(self.notes_edited, self)
        self._positions: dict[int, int] = {}
        self.has_archive = True  # False between a restore's closing and opening
        self.readers = Readers(archive)  # the search's thread, and the other reads'
        self.writer = ArchiveWorker(archive)
        self.autosaver = Autosaver(
            self.writer, read_notes=self._read_notes, place=lambda: place_setting(self), parent=self
        )
        self.autosaver.saved.connect(self._on_saved)
        self._wrote.connect(self._on_saved)  # (queued when it comes from the writer)
        self.autosaver.failed.connect(self.saveFailed)
        self.autosaver.recovered.connect(self.saveRecovered)
        self.record_state = RecordState(self)

    def say(self, text: str, ms: int = 5000) -> None:
        self.said.emit(text, ms)

    # -- meetings ------------------------------------------------------------------------

    def open_where_left_off(self) -> None:
        """The meeting, item and cursor of the last session (and an action that was
        being typed, back in its row); else the newest meeting; else nothing
        (``meetingOpened(None)``)."""
        if reopen_where_left(self):
            return
        try:
            newest = self.archive.list_meetings(limit=1)
        except ArchiveError as error:
            self.readFailed.emit(str(error))
            newest = []
        if newest:
            self.open_meeting(newest[0].id)
        else:
            self._close_meeting()

    def open_meeting(
        self,
        meeting_id: int,
        item_id: int | None = None,
        cursor: int | None = None,
        quiet: bool = False,
    ) -> bool:
        """Show a stored meeting, at one of its items (else the first). The meeting
        on screen is saved first; it stays if that fails (False)."""
        self.leave_item()
        if self.meeting is not None and not self.save_now():
            self.say(
                "The open meeting is not saved yet, so it stays open; try again "
                "once the red band has gone.",
                8000,
            )
            return False
        try:
            meeting = self.archive.load_meeting(meeting_id)
        except ArchiveError as error:
            if not quiet:
                self.readFailed.emit(str(error))
            return False
        old_documents = self.documents
        self.documents = ItemDocuments(self.notes_edited, self)
        self.meeting, self.item = meeting, None
        self._positions = {}
        self.meetingOpened.emit(meeting)
        items = list(meeting.walk_items())
        target = next((i for i in items if i.id == item_id), items[0] if items else None)
        if target is not None:
            self.show_item(target, cursor)
        old_documents.discard()  # the last meeting's notes are all in the archive
        return True

    def _close_meeting(self) -> None:
        self.meeting = self.item = None
        self.meetingOpened.emit(None)
        self.documents.discard()
        self.documents = ItemDocuments(self.notes_edited, self)

    def start_next_meeting(self, template: AgendaTemplate) -> Meeting:
        """Start the next meeting from ``template`` (date, people and open actions
        carried from the last) and open it. Raises ArchiveError."""
        self.leave_item()
        self.save_now()
        meeting = self.write(lambda archive: archive.start_meeting(template))
        self.open_meeting(meeting.id)
        return meeting

    def write(self, work: Callable[[Archive], T], record: bool = True) -> T:
        """Run ``work`` on the writer's thread and wait for it (after every save
        handed over before): for changes the window must see done. A write of the
        record says when it was written (``saved``); ``record=False`` for what is
        not the record (the office's words, a lock taken or given back)."""
        return self.writer.run(self.writes_record(work) if record else work)

    def write_later(self, work: Callable[[Archive], T]) -> Future[T]:
        """Run ``work``, a write of the record, on the writer's thread without
        waiting (its future's callbacks run on that thread); ``saved`` says when."""
        return self.writer.submit(self.writes_record(work))

    def writes_record(self, work: Callable[..., T]) -> Callable[..., T]:
        """``work`` (the archive first, then anything), saying when it has written
        the record: ``saved(when)`` on the window's thread, with the time it
        finished (nothing if it failed: its transaction wrote nothing)."""

        def written(archive: Archive, *args: object) -> T:
            result = work(archive, *args)
            self._wrote.emit(dt.datetime.now())
            return result

        return written

    # -- items ---------------------------------------------------------------------------

    def walk_items(self) -> list[Item]:
        return list(self.meeting.walk_items()) if self.meeting is not None else []

    def item_by_id(self, item_id: int | None) -> Item | None:
        return next((i for i in self.walk_items() if i.id == item_id), None)

    def show_item(self, item: Item, position: int | None = None) -> None:
        """Make ``item`` the current one. The item left is saved in the background,
        with where the window now is (the item, and the cursor in it)."""
        if self.meeting is None:
            return
        if self.item is not None and self.item is not item:
            self.leave_item()
        left = self.item
        if left is not None and left is not item:
            self._positions[id(left)] = self.cursor
            self.itemChanged.emit(left)
        self.item = item
        if position is None:
            position = self._positions.get(id(item))
        self.cursor = position or 0
        self.documents.of(item)
        self.itemShown.emit(item, position)
        self.autosaver.flush()  # the item left, and where the window now is

    def step(self, offset: int) -> bool:
        """Show the item ``offset`` places on in the agenda; False past either end."""
        items = self.walk_items()
        if self.item is None or self.item not in items:
            return False
        target = items.index(self.item) + offset
        if not 0 <= target < len(items):
            return False
        self.show_item(items[target])
        return True

    def go_to(self, number: str) -> bool:
        """Show the item numbered ``number`` (``4a``, ``1.2.``, any case)."""
        wanted = number.strip().rstrip(".").lower()
        for item in self.walk_items():
            if wanted and item.number.lower() == wanted:
                self.show_item(item)
                return True
        return False

    def document_of(self, item: Item) -> QTextDocument:
        """The document the item's notes are typed into (made the first time)."""
        return self.documents.of(item)

    def has_notes(self, item: Item) -> bool:
        return self.documents.has_notes(item)

    def note_cursor(self, position: int) -> None:
        """Where the cursor is now in the current item's notes (the editor says)."""
        self.cursor = position

    def leave_item(self, closing: bool = False) -> None:
        """The window is about to leave the current item (or, ``closing``, to
        close): ``leaving`` lets the action row file what is typed there."""
        if self.item is not None:
            self.leaving.emit(self.item, closing)

    def draft_edited(self, draft: dict | None) -> None:
        """What is typed in the action row now (None: nothing, or the row is
        closed): kept with where the window is, saved after a pause in typing."""
        if draft == self.action_draft:
            return
        self.action_draft = draft
        if self.meeting is not None:
            self.autosaver.place_changed()

    # -- changes -------------------------------------------------------------------------

    def notes_edited(self, item: Item) -> None:
        """The item's notes or topic changed: saved after a pause in typing."""
        if self.meeting is not None:
            self.autosaver.item_changed(self.meeting.id, item)

    def actions_edited(self, item: Item) -> None:
        """The item's actions (or its decision) changed: saved at once."""
        if self.meeting is None:
            return
        self.autosaver.item_changed(self.meeting.id, item, actions=True)
        self.autosaver.flush()
        self.actionsChanged.emit(item)
        self.itemChanged.emit(item)

    def set_restricted(self, item: Item, restricted: bool, reason: str = "") -> None:
        """Mark the whole item not for publication (or for publication again)."""
        item.restricted, item.restricted_reason = restricted, reason.strip() if restricted else ""
        self.changed_now(item)
        self.itemChanged.emit(item)

    def changed_now(self, item: Item) -> None:
        """A change to the item that is saved at once (a paragraph not for publication)."""
        if self.meeting is not None:
            self.autosaver.item_changed(self.meeting.id, item)
            self.autosaver.flush()

    def details_edited(self) -> None:
        """The meeting's details or attendance changed: saved at once."""
        if self.meeting is None:
            return
        self.autosaver.details_changed(self.meeting)
        self.autosaver.flush()
        self.detailsChanged.emit(self.meeting)

    def known_people(self) -> list[Person]:
        try:
            return self.archive.known_people()
        except ArchiveError:
            return []

    # -- reading the meeting again -------------------------------------------------------

    def reload(self) -> None:
        """Read the meeting on screen again, at the same item and cursor: a step of
        the archive changed it (corrections taken, a paragraph withheld)."""
        if self.meeting is not None:
            self.reopen(self.item.id if self.item is not None else None, self.cursor)

    def reopen(self, item_id: int | None, cursor: int | None = None) -> None:
        """Read the meeting on screen again and show ``item_id`` (at ``cursor``):
        its agenda changed (``agendaChanged`` follows; see ``agenda_changes.py``)."""
        self.open_meeting(self.meeting.id, item_id, cursor)
        self.agendaChanged.emit(self.meeting)

    # -- saving --------------------------------------------------------------------------

    def flush(self) -> None:
        """Hand every change to the writer now (it saves in the background)."""
        self.autosaver.flush()

    def save_now(self) -> bool:
        """Everything typed into the archive now, with where the window is. True
        when nothing is left unsaved."""
        return self.autosaver.save_now()

    def _read_notes(self, item: Item) -> None:
        self.documents.read(item)  # (the documents of the meeting open now)

    def _on_saved(self, when) -> None:
        if self.item is not None:
            self.itemChanged.emit(self.item)
        self.saved.emit(when)

    # -- searching -----------------------------------------------------------------------

    def search(self, query: str, **filters) -> Future[list[SearchHit]]:
        """Search the archive on the reader's thread (the arguments of
        :meth:`Archive.search`), after every change handed to the writer so far,
        so that what was just typed is found too. A search still running is
        stopped; its future, like one left waiting, fails or is cancelled."""
        return self.readers.search(lambda archive: archive.search(query, **filters), self.writer)

    def read(self, work: Callable[[Archive], T]) -> Future[T]:
        """Run ``work`` on a reading thread of its own (the check, a comparison, a
        returned draft, the action tracker's table), after every change handed to
        the writer so far. Its callbacks run on that thread: hand the result to the
        window with ``on_window_thread`` (gui/window_thread.py)."""
        return self.readers.read(work, self.writer)

    # -- the archive itself --------------------------------------------------------------

    def release_archive(self) -> None:
        """Close the archive's threads and the archive (a restore replaces its file).
        Save first; the session holds no archive until :meth:`replace_archive`."""
        self.record_state.leave()
        self.meeting = self.item = None
        self._close_threads()
        self.archive.close()
        self.has_archive = False

    def replace_archive(self, archive: Archive) -> None:
        """Work on ``archive`` from now on (after a restore), where it was left off."""
        self.archive = archive
        self.has_archive = True
        self.writer = ArchiveWorker(archive)
        self.readers = Readers(archive)
        self.autosaver.use(self.writer)
        self.meeting = self.item = None
        self.open_where_left_off()
        self.archiveReplaced.emit(archive)

    def shutdown(self) -> None:
        """The window is closing: the last changes saved, the writer finished and
        closed, a search still running left to end by itself (the archive stays
        open for the backup taken on closing)."""
        if self.has_archive:
            self.save_now()
            self.record_state.leave()  # an agreed record opened here is locked again
            self._close_threads(wait_for_search=False)

    def _close_threads(self, wait_for_search: bool = True) -> None:
        self.readers.close(wait=wait_for_search)
        self.writer.close()
