"""The office dictionary (words every meeting's spell check takes as right: the
force's towns, its operations, its people) and the words ignored in one meeting.

Both live in the archive, so a backup carries them and every copy of the
program that opens the archive shares them. A word is kept as first typed and
matched without regard to case: "Hindlip" and "hindlip" are one word. Each change
is one transaction. Reached as ``archive.words``.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from typing import TYPE_CHECKING

from minutetaker.store.errors import ArchiveError, translate

if TYPE_CHECKING:
    from minutetaker.store.archive import Archive

MAX_WORD_LENGTH = 100


class NotAWord(ArchiveError):
    """What was given is not one word (empty, or with a space in it)."""


def clean_word(word: str) -> str:
    """``word`` without surrounding spaces; NotAWord when that is not one word."""
    cleaned = (word or "").strip()
    if not cleaned:
        raise NotAWord("A word for the dictionary cannot be empty.")
    if any(char.isspace() for char in cleaned):
        raise NotAWord(f"{cleaned!r} is more than one word; add the words one at a time.")
    if len(cleaned) > MAX_WORD_LENGTH:
        raise NotAWord(f"A word for the dictionary is at most {MAX_WORD_LENGTH} letters long.")
    return cleaned


class OfficeWords:
    """The office dictionary and the ignored words of an open archive."""

    def __init__(self, archive: Archive) -> None:
        self._archive = archive

    def _rows(self, sql: str, args: tuple = ()) -> list[str]:
        try:
            return [row[0] for row in self._archive.conn.execute(sql, args)]
        except sqlite3.Error as error:
            raise translate(error, self._archive.path) from None

    # -- the office dictionary, shared by every meeting --------------------------------

    def office(self) -> list[str]:
        """The office dictionary's words, in alphabetical order (case ignored)."""
        return self._rows("SELECT word FROM office_words ORDER BY word COLLATE NOCASE, word")

    def add(self, word: str) -> bool:
        """Put ``word`` in the office dictionary; False if it was there already."""
        word = clean_word(word)
        with self._archive.transaction() as conn:
            if _held(conn, "SELECT 1 FROM office_words WHERE lower(word) = lower(?)", (word,)):
                return False
            conn.execute("INSERT INTO office_words (word, added) VALUES (?, ?)", (word, _now()))
        return True

    def remove(self, word: str) -> bool:
        """Take ``word`` (in any case) out of the office dictionary; False if absent."""
        word = clean_word(word)
        with self._archive.transaction() as conn:
            gone = conn.execute("DELETE FROM office_words WHERE lower(word) = lower(?)", (word,))
            return gone.rowcount > 0

    # -- words ignored in one meeting ----------------------------------------------------

    def ignored(self, meeting_id: int) -> list[str]:
        """The words ignored in meeting ``meeting_id``, in alphabetical order."""
        return self._rows(
            "SELECT word FROM ignored_words WHERE meeting_id = ? "
            "ORDER BY word COLLATE NOCASE, word",
            (meeting_id,),
        )

    def ignore(self, meeting_id: int, word: str) -> bool:
        """Ignore ``word`` in meeting ``meeting_id``; False if it was already ignored."""
        from minutetaker.store.meetings import require_meeting

        word = clean_word(word)
        with self._archive.transaction() as conn:
            require_meeting(conn, meeting_id)
            held = "SELECT 1 FROM ignored_words WHERE meeting_id = ? AND lower(word) = lower(?)"
            if _held(conn, held, (meeting_id, word)):
                return False
            conn.execute(
                "INSERT INTO ignored_words (meeting_id, word) VALUES (?, ?)", (meeting_id, word)
            )
        return True

    def unignore(self, meeting_id: int, word: str) -> bool:
        """Stop ignoring ``word`` in meeting ``meeting_id``; False if it was not ignored."""
        word = clean_word(word)
        with self._archive.transaction() as conn:
            gone = conn.execute(
                "DELETE FROM ignored_words WHERE meeting_id = ? AND lower(word) = lower(?)",
                (meeting_id, word),
            )
            return gone.rowcount > 0


def _held(conn: sqlite3.Connection, sql: str, args: tuple) -> bool:
    return conn.execute(sql, args).fetchone() is not None


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
