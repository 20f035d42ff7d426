"""The archive: SQLite, through the standard library's sqlite3. Knows SQL, knows no Qt."""

from minutetaker.store.archive import Archive
from minutetaker.store.errors import ArchiveError, NotFound

__all__ = ["Archive", "ArchiveError", "NotFound"]
