"""Word minutes in: a .docx typed in the house format (by hand, or by minutetaker's
export) read into a meeting, with a report of what was found and what could not
be placed.

- :func:`read_word_minutes` (``reader``): a file to a :class:`Recognised` meeting.
- :func:`read_document` (``document``): a file to plain paragraphs and tables, each
  paragraph with its tracked changes (``Paragraph.text`` accepted,
  ``Paragraph.original`` before the changes, ``Paragraph.changes()``).
- ``batch``: several files (.docx and .json) checked and imported, all or none.

What the export and the reader share (the house format's words) lives in
:mod:`minutetaker.domain.house_format`. No Qt here.
"""

from minutetaker.wordimport.document import WordDocument, read_document
from minutetaker.wordimport.errors import ImportRefused, WordImportError
from minutetaker.wordimport.reader import Recognised, read_word_minutes

__all__ = [
    "ImportRefused",
    "Recognised",
    "WordDocument",
    "WordImportError",
    "read_document",
    "read_word_minutes",
]
