"""The words of a paragraph that a spell check should look at, with where they are.

Left out before any dictionary is asked: web addresses, e-mail addresses and
dotted names ("www.northshire.police.uk", "j.bloggs@northshire.pnn.police.uk",
"e.g."), and anything with a digit in it ("AB1", "1st", "10:30", "Q3"). A
hyphenated word comes whole and with its parts, so that "well-being" is
judged as one word and "self-harn" has its misspelt half found.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from typing import NamedTuple

# A run of word characters joined by single hyphens, apostrophes (straight or
# curly) or dots; the joins are kept only between word characters, so quotes
# around a word ('rape') and a full stop after it are not part of it.
_TOKEN = re.compile(r"\w+(?:[-'’.]\w+)*")
# Web and e-mail addresses, masked before words are looked for.
_ADDRESS = re.compile(r"(?:https?://|ftp://|www\.)\S+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+", re.IGNORECASE)
_HAS_DIGIT = re.compile(r"[\d_]")
# No word of the dictionary is longer than 23 letters (28 with its endings): a
# longer run with no space is a pasted code, or a paragraph of a language written
# without spaces, and is not judged (the engine's suggestions for it grow faster
# than the square of its length: 320 letters took 6 to 15 s).
LONGEST_WORD = 40
_POSSESSIVE = ("'s", "’s", "'S", "’S")


class Span(NamedTuple):
    """Where a word stands in its paragraph: ``text[start:end]`` (end exclusive)."""

    start: int
    end: int

    @property
    def length(self) -> int:
        return self.end - self.start


class Token(NamedTuple):
    """A word to judge: its text, and its place in the paragraph."""

    text: str
    start: int
    end: int

    @property
    def span(self) -> Span:
        return Span(self.start, self.end)


def tokens(text: str) -> Iterator[Token]:
    """The words of ``text`` to judge, in order; hyphenated words come whole,
    and :func:`parts` gives their halves."""
    addresses = []
    if "@" in text or "/" in text or "www" in text.lower():
        addresses = [m.span() for m in _ADDRESS.finditer(text)]
    for match in _TOKEN.finditer(text):
        word = match.group()
        if "." in word or _HAS_DIGIT.search(word):
            continue
        start, end = match.span()
        if addresses and any(a <= start < b for a, b in addresses):
            continue
        yield Token(word, start, end)


def parts(token: Token) -> list[Token]:
    """The hyphen-separated parts of a hyphenated word (the word itself if it has none)."""
    if "-" not in token.text:
        return [token]
    out, offset = [], token.start
    for piece in token.text.split("-"):
        out.append(Token(piece, offset, offset + len(piece)))
        offset += len(piece) + 1
    return out


def without_possessive(word: str) -> str | None:
    """``Telford`` for ``Telford's`` (or ``Telford’s``); None if it has no ’s."""
    if len(word) > 2 and word.endswith(_POSSESSIVE):
        return word[:-2]
    return None


def is_code(word: str) -> bool:
    """A word with two capitals or more is an acronym or a code, never misspelt:
    ACC, HMICFRS, CEx, DCIs (and "PCC's", whose possessive changes nothing)."""
    capitals = 0
    for char in word:
        if char.isupper():
            capitals += 1
            if capitals >= 2:
                return True
    return False


def plain_letters(word: str) -> str:
    """The word without accents ("café" -> "cafe"): the dictionary has none."""
    if word.isascii():
        return word
    decomposed = unicodedata.normalize("NFKD", word)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def utf16_spans(text: str, spans: list[Span]) -> list[Span]:
    """``spans`` of ``text`` counted in UTF-16 code units, as Qt counts a
    QString: a character beyond the Basic Multilingual Plane (an emoji) counts two."""
    if not spans or text.isascii() or max(text) <= "\uffff":
        return spans  # (no character beyond the Basic Multilingual Plane: the same)
    units = [0] * (len(text) + 1)
    total = 0
    for index, char in enumerate(text):
        units[index] = total
        total += 2 if ord(char) > 0xFFFF else 1
    units[len(text)] = total
    return [Span(units[s.start], units[s.end]) for s in spans]
