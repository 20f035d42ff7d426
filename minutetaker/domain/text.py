"""Making text safe to keep and to put in a Word document.

Word (and XML 1.0, which .docx is made of) cannot hold most control characters,
and text copied out of Word carries some of them: a vertical tab for a manual
line break, a form feed for a page break. Lone surrogates (half of an emoji,
from a broken paste) cannot even be encoded as UTF-8. Every piece of text that
enters the program passes through :func:`clean_text` on its way in (typed in the
window, read from a meeting file, written to the archive), so the archive holds
nothing Word cannot.

The Word export cleans once more where text becomes XML (``export/ooxml.py``),
and flattens one-line fields with :func:`clean_line`: a meeting can be built in
code without passing through the archive, and a document is the one output a
single such character makes unreadable.
"""

from __future__ import annotations

import re
import unicodedata

# Characters that stand for a line or page break: kept as a line break.
_BREAKS = re.compile("\r\n|[\r\x0b\x0c\x85\u2028\u2029]")
# Everything XML 1.0 refuses, plus the C1 controls that Word shows as boxes.
_REFUSED = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x84\x86-\x9f\ud800-\udfff\ufffe\uffff]")


def clean_text(text: str) -> str:
    """``text`` with breaks made ``\\n`` and characters Word cannot hold removed.

    Tabs and line breaks survive; nothing else of the text is changed.
    """
    if not text:
        return ""
    if text.isprintable():
        # The usual case, found in one quick pass: every character above is
        # "Other" or a line separator in Unicode, which isprintable() refuses.
        return text
    text = _BREAKS.sub("\n", text)
    return _REFUSED.sub("", text)


def clean_line(text: str) -> str:
    """Like :func:`clean_text`, for one-line fields (names, headings): breaks become spaces."""
    return clean_text(text).replace("\n", " ")


def title_key(title: str) -> str:
    """What two titles that a person would call the same have in common: one
    Unicode form (NFKC: "é" typed or composed alike), no invisible characters
    (zero-width space, byte order mark, variation selectors), case folded, white
    space collapsed. Used to compare titles, never to change what is stored."""
    text = unicodedata.normalize("NFKC", clean_line(title or ""))
    text = "".join(char for char in text if not _invisible(char))
    return " ".join(unicodedata.normalize("NFKC", text.casefold()).split())


# Characters that print nothing without being format characters (Unicode's
# "default ignorable" marks and fillers): variation selectors, the combining
# grapheme joiner, the Hangul and Mongolian fillers.
_IGNORABLE = frozenset(
    [
        *(0x034F, 0x115F, 0x1160, 0x17B4, 0x17B5, 0x3164, 0xFFA0),
        *range(0x180B, 0x1810),
        *range(0xFE00, 0xFE10),
        *range(0xE0100, 0xE01F0),
    ]
)


def _invisible(char: str) -> bool:
    return unicodedata.category(char) == "Cf" or ord(char) in _IGNORABLE
