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

from __future__ import annotations

from importlib import import_module

from minutetaker.wordimport.errors import ImportRefused, WordImportError

# Loaded on first use: the command line knows the error types at every start, and
# should not pay for lxml and the reader until a document is read.
_LATER = {
    "WordDocument": "document",
    "read_document": "document",
    "Recognised": "reader",
    "read_word_minutes": "reader",
}


def __getattr__(name: str):
    if name in _LATER:
        return getattr(import_module(f"minutetaker.wordimport.{_LATER[name]}"), name)
    raise AttributeError(name)


__all__ = [
    "ImportRefused",
    "Recognised",
    "WordDocument",
    "WordImportError",
    "read_document",
    "read_word_minutes",
]
