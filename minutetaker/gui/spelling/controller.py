"""Spelling in the window: the open meeting's checker, and its commands.

The checker (:class:`~minutetaker.checks.spelling.SpellChecker`) knows the room
of the meeting on screen: its people, venue, title and headings, the office
dictionary and the words ignored in it. The room follows the meeting: another
meeting opened, its details or attendance changed, an action's owner, a word
added or ignored. When it changes, the notes on screen are judged again at
once, and any other item's notes when next shown.

The dictionary is loaded on a thread of its own once the window is on screen
(about 0.1 s, a fifth of a second after it is made); until then nothing is
underlined, and if it cannot be loaded the status bar says so in one sentence.
Underlining is on unless the person turned it off (View > Check spelling as you
type, kept in the window's settings); off, every underline goes at once and
nothing is judged as they type. Alt+F7 (as in Word) goes to the next misspelt
word and opens its menu, with checking on or off.

Words go into the office dictionary, or are ignored in this meeting, through
the archive's writer (:meth:`MeetingSession.write`), one transaction each.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QObject, QSettings, QTimer
from PySide6.QtWidgets import QApplication, QLineEdit, QTextEdit, QWidget

from minutetaker.domain.model import Item, Meeting
from minutetaker.gui.session import MeetingSession
from minutetaker.gui.spelling.menu import SpellingMenus
from minutetaker.gui.spelling.suggestions import SuggestionFinder
from minutetaker.gui.spelling.underlines import LineUnderlines, NotesUnderlines
from minutetaker.gui.spelling.words_at import (
    Slip,
    next_slip_in_line,
    next_slip_in_notes,
    slip_in_line,
    slip_in_notes,
)
from minutetaker.gui.window_thread import on_window_thread
from minutetaker.store.errors import ArchiveError

if TYPE_CHECKING:  # (the checks are imported on the loading thread: not at start)
    from minutetaker.checks.spelling import Room, SpellChecker

SETTING = "view/spelling"
# A paragraph longer than this (some 1,600 words: far past any minuted paragraph,
# a pasted report without its line breaks) is not judged as you type: every key
# would judge it whole (about 0.15 ms a thousand characters). The check of the
# meeting (minutetaker check) still reads it.
LONGEST_CHECKED = 10_000
# The dictionary is loaded this long after the window is made: once it is on
# screen, so that loading (~0.1 s of the interpreter) never slows its start.
LOAD_AFTER_MS = 200


def _load_on_thread(loaded: Callable[[tuple], None]) -> None:
    try:
        from minutetaker.checks import spelling  # noqa: F401  (its code, here too)
        from minutetaker.checks.dictionary import shared_dictionary
        from minutetaker.checks.proper_nouns import proper_nouns

        dictionary, error = shared_dictionary(), None
        proper_nouns()  # read here (~50 ms), never on the window's thread
    except Exception as failure:  # missing or unreadable files: said in one sentence
        dictionary, error = None, failure
    loaded((dictionary, error))


class SpellingController(QObject):
    def __init__(
        self,
        session: MeetingSession,
        editor: QTextEdit,
        lines: list[QLineEdit],
        settings: QSettings,
        parent: QWidget,
        back: Callable[[], None],
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.editor = editor
        self.settings = settings
        self.parent_widget = parent
        self.back = back
        self.checker: SpellChecker | None = None
        self.enabled = _as_bool(settings.value(SETTING, True))
        self.dialog = None  # the office dictionary, while open
        self._loading = False
        self._then: list[Callable[[], None]] = []  # waiting for the dictionary
        self._office: list[str] | None = None  # the archive's office dictionary, read once
        self._ignored: tuple[int, list[str]] | None = None  # (meeting id, its ignored words)
        self._notes: dict[int, NotesUnderlines] = {}  # by id of document, this meeting's
        self.lines = [LineUnderlines(line) for line in lines]
        self.finder = SuggestionFinder(self)
        self.menus = SpellingMenus(
            editor,
            lines,
            self.slip_at,
            self._suggestions_now,
            self.add_to_office,
            self.ignore_in_meeting,
            session.record_state.when_open,
            self,
        )
        self.finder.found.connect(self.menus.suggestions_found)
        session.meetingOpened.connect(self._meeting_opened)
        session.itemShown.connect(self._item_shown)
        session.detailsChanged.connect(lambda _meeting: self.room_changed())
        session.actionsChanged.connect(lambda _item: self.room_changed())
        session.archiveReplaced.connect(self._archive_replaced)
        editor.cursorPositionChanged.connect(self._cursor_moved)
        if self.enabled:
            QTimer.singleShot(LOAD_AFTER_MS, self._load)

    # -- the dictionary ------------------------------------------------------------------

    @property
    def is_ready(self) -> bool:
        return self.checker is not None

    def _load(self) -> None:
        if self.checker is not None or self._loading:
            return
        self._loading = True
        # (the window may be closed and deleted while the dictionary loads: what
        # the thread sends back is then dropped, see gui/window_thread.py)
        loaded = on_window_thread(self, lambda both: self._on_loaded(*both))
        threading.Thread(
            target=_load_on_thread, args=(loaded,), name="dictionary", daemon=True
        ).start()

    def _on_loaded(self, dictionary, error) -> None:
        self._loading = False
        if dictionary is None:
            self.session.say(f"Spelling is not checked. {_sentence(error)}", 15000)
            self._then.clear()
            return
        from minutetaker.checks.spelling import SpellChecker

        self.checker = SpellChecker(dictionary, room=self._room())
        if self.enabled:
            self._underline()
        waiting, self._then = self._then, []
        for then in waiting:
            then()

    def spans(self, text: str) -> list[tuple[int, int]]:
        """Where the misspelt words of one paragraph are (Qt's counting); none
        for a paragraph past :data:`LONGEST_CHECKED` characters."""
        if self.checker is None or len(text) > LONGEST_CHECKED:
            return []
        return self.checker.misspelt_spans(text, utf16=True)

    # -- the switch ----------------------------------------------------------------------

    def set_enabled(self, on: bool) -> None:
        """View > Check spelling as you type: kept in the settings; off takes
        every underline away at once."""
        self.enabled = bool(on)
        self.settings.setValue(SETTING, self.enabled)
        if not self.enabled:
            for notes in self._live_notes():
                notes.clear()
                notes.deleteLater()
            self._notes.clear()
            for line in self.lines:
                line.set_judge(None)
        elif self.checker is None:
            self._load()
        else:
            self.room_changed()
            self._underline()

    def _underline(self) -> None:
        """Underline the item on screen and the one-line fields."""
        if self.session.item is not None:
            self._notes_of(self.session.document_of(self.session.item))
        for line in self.lines:
            line.set_judge(self.spans)

    def _notes_of(self, doc) -> NotesUnderlines:
        notes = self._notes.get(id(doc))
        if notes is None or not shiboken6.isValid(notes):
            notes = NotesUnderlines(doc, self.spans)
            self._notes[id(doc)] = notes
        elif notes.stale:
            notes.refresh()
        return notes

    def _live_notes(self) -> list[NotesUnderlines]:
        return [n for n in self._notes.values() if shiboken6.isValid(n)]

    # -- the meeting on screen -----------------------------------------------------------

    def _meeting_opened(self, meeting: Meeting | None) -> None:
        self._notes.clear()  # the last meeting's documents go, their underlines with them
        self.room_changed()

    def _item_shown(self, item: Item, _position) -> None:
        if self.enabled and self.checker is not None:
            self._notes_of(self.session.document_of(item))

    def _cursor_moved(self) -> None:
        notes = self._notes.get(id(self.editor.document()))
        if notes is not None and shiboken6.isValid(notes):
            notes.cursor_at(self.editor.textCursor().position())

    def _archive_replaced(self, _archive) -> None:
        self._office = self._ignored = None
        self.room_changed()

    def room_changed(self) -> None:
        """Judge with the room as it is now, if it changed: the notes on screen
        and the fields at once, other items' notes when next shown."""
        if self.checker is None:
            return
        room = self._room()
        if room == self.checker.room:
            return
        self.checker.set_room(room)
        self.finder.forget()
        if not self.enabled:
            return
        on_screen = self.editor.document()
        for notes in self._live_notes():
            if notes.document() is on_screen:
                notes.refresh()
            else:
                notes.stale = True
        for line in self.lines:
            line.refresh()

    def _room(self) -> Room:
        from minutetaker.checks.spelling import Room

        meeting = self.session.meeting
        if meeting is None:
            return Room()
        if self._office is None:
            self._office = self._read(lambda archive: archive.words.office())
        if self._ignored is None or self._ignored[0] != meeting.id:
            words = self._read(lambda archive: archive.words.ignored(meeting.id))
            self._ignored = (meeting.id, words)
        return Room.of_meeting(meeting, self._office, self._ignored[1])

    def _read(self, read: Callable) -> list[str]:
        try:
            return read(self.session.archive)
        except ArchiveError:
            return []

    # -- the words under the cursor ------------------------------------------------------

    def slip_at(self, field: QWidget, place: int) -> Slip | None:
        """The misspelt word at ``place`` in ``field``, if it is underlined."""
        if not self.enabled or self.checker is None:
            return None
        if isinstance(field, QLineEdit):
            return slip_in_line(field, place, self.spans)
        return slip_in_notes(field, place, self.spans)

    def suggest(self, word: str) -> list[str]:
        return self.checker.suggestions(word) if self.checker else []

    def _suggestions_now(self, word: str) -> list[str] | None:
        """``word``'s suggestions if found already; else None, and they are looked
        for (the finder's ``found`` brings them to the menu)."""
        known = self.finder.known(word)
        if known is None:
            self.finder.find(word, self.suggest)
        return known

    def next_misspelt(self) -> None:
        """Alt+F7: select the next misspelt word (in the field with the cursor,
        then the notes, round from their start) and open its menu."""
        if self.checker is None:
            self._then.append(self.next_misspelt)
            self.session.say("Loading the dictionary…", 2000)
            self._load()
            return
        focus = QApplication.focusWidget()
        slip = None
        if isinstance(focus, QLineEdit) and any(u.line is focus for u in self.lines):
            slip = next_slip_in_line(focus, self.spans)
        if slip is None and self.session.item is not None:
            slip = next_slip_in_notes(self.editor, self.spans)
        if slip is None:
            where = f" of item {self.session.item.number}" if self.session.item else ""
            self.session.say(f"No misspelt words in the notes{where}.")
            return
        slip.field.setFocus()
        slip.select()
        self.menus.open_for(slip.field, slip, None)

    # -- the office dictionary and ignored words -----------------------------------------

    def add_to_office(self, word: str) -> str:
        """Put ``word`` (a possessive's word) in the office dictionary: right in
        every meeting from now on. '' when done, else the sentence that says why not."""
        word = _base(word)
        try:
            added = self.session.write(lambda archive: archive.words.add(word), record=False)
        except ArchiveError as error:
            return self._failed(error)
        self._office = None  # read again, with the word as it is kept
        self.room_changed()
        if not added:
            return f"“{word.strip()}” is in the office dictionary already."
        self.session.say(f"“{word.strip()}” is in the office dictionary: right in every meeting.")
        return ""

    def remove_from_office(self, word: str) -> str:
        """Take ``word`` out of the office dictionary. '' when done, else why not."""
        try:
            removed = self.session.write(lambda archive: archive.words.remove(word), record=False)
        except ArchiveError as error:
            return self._failed(error)
        self._office = None
        self.room_changed()
        return "" if removed else f"“{word}” is not in the office dictionary."

    def ignore_in_meeting(self, word: str) -> str:
        """Take ``word`` as right in the meeting on screen only. '' when done."""
        meeting = self.session.meeting
        if meeting is None:
            return "No meeting is open."
        word = _base(word)
        try:
            self.session.write(lambda archive: archive.words.ignore(meeting.id, word), record=False)
        except ArchiveError as error:
            return self._failed(error)
        self._ignored = None
        self.room_changed()
        self.session.say(f"“{word}” is ignored in this meeting.")
        return ""

    def office_words(self) -> list[str]:
        """The office dictionary as the archive holds it now."""
        self._office = self._read(lambda archive: archive.words.office())
        return list(self._office)

    def _failed(self, error: ArchiveError) -> str:
        self.session.say(str(error), 8000)
        return str(error)

    def edit_office_dictionary(self) -> None:
        """Edit > Office dictionary…: the list of words, to search, add and remove."""
        from minutetaker.gui.spelling.office_dialog import OfficeDictionaryDialog

        self.dialog = OfficeDictionaryDialog(self, self.parent_widget)
        self.dialog.finished.connect(self.back)
        self.dialog.open()

    def close(self) -> None:
        self.finder.close()


def _base(word: str) -> str:
    """The word a possessive is of ("Hindlip" for "Hindlip's"), else the word."""
    from minutetaker.checks.words import without_possessive

    return without_possessive(word) or word


def _as_bool(value) -> bool:
    if isinstance(value, str):
        return value.lower() not in ("false", "0", "no", "")
    return bool(value)


def _sentence(error: BaseException | None) -> str:
    """The error's own sentence (the dictionary's are written for the person),
    or one of ours for anything else."""
    from minutetaker.checks.dictionary import DictionaryMissing

    if isinstance(error, DictionaryMissing):
        return str(error)
    return "The spelling dictionary could not be read; reinstall minutetaker."
