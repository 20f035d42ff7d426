"""Which words of the notes a search marks, and where they stand in Qt's text.

Plain functions, no widgets: the search panel marks the words of the query in
the notes of the item it opens.
"""

from __future__ import annotations

import re

from minutetaker.store.query import parse

_SUFFIXES = ("ing", "es", "ed", "s")


def highlight_pattern(query: str) -> re.Pattern | None:
    """The words of ``query`` as a case-insensitive pattern for the notes: every
    word wanted (not excluded), from the start of a word, with the endings the
    search's stemming forgives ("incidents" also marks "incident")."""
    parts = []
    for term in parse(query):
        if term.exclude:
            continue
        for word in term.words:
            stem = word
            if len(word) > 4 and not term.prefix:
                for suffix in _SUFFIXES:
                    if word.lower().endswith(suffix):
                        stem = word[: -len(suffix)]
                        break
            parts.append(re.escape(stem))
    if not parts:
        return None
    ordered = sorted(set(parts), key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(ordered) + r")\w*", re.IGNORECASE)


_ASTRAL = re.compile("[\U00010000-\U0010ffff]")


def utf16_offsets(text: str):
    """Python index to the document's position (UTF-16), for text with emoji."""
    if _ASTRAL.search(text) is None:  # (a scan in C: notes may hold megabytes)
        return lambda n: n
    offsets, total = [], 0
    for char in text:
        offsets.append(total)
        total += 2 if ord(char) >= 0x10000 else 1
    offsets.append(total)
    return lambda n: offsets[n]
