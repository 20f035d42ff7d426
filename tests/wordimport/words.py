"""Every word of a document's body, and every word the archive holds of a meeting,
read independently of the reader under test (python-docx and the command line)."""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path

import docx
from docx.oxml.ns import qn

# The house format's own labels, structure the archive keeps as fields, not text
# ("Minute taker:" as well as "Minutes:"); and the minutes table's own heading row
# ("No. | Item | ACTION").
STRUCTURE = {"action", "all", "name", "capacity", "attendance", "apologies", "notes", "owner",
             "minute", "taker", "no", "item"}  # fmt: skip


def tokens(text: str) -> list[str]:
    return re.findall(r"[^\W_]+", text.casefold())


def body_words(path: Path) -> Counter:
    """Each word of the body (every table cell too) as Word shows it with the
    tracked changes accepted: deleted text is ``w:delText``, never ``w:t``."""
    body = docx.Document(str(path)).element.body
    text = " ".join(t.text or "" for t in body.iter(qn("w:t")))
    return Counter(tokens(text))


def archive_words(cli, meeting: str) -> Counter:
    """Each word the archive gives back for a meeting: its JSON and its text view."""
    code, as_json, _ = cli("show", meeting, "--json")
    assert code == 0
    code, as_text, _ = cli("show", meeting)
    assert code == 0
    strings = []

    def collect(value):
        if isinstance(value, str):
            strings.append(value)
        elif isinstance(value, dict):
            for inner in value.values():
                collect(inner)
        elif isinstance(value, list):
            for inner in value:
                collect(inner)

    collect(json.loads(as_json))
    return Counter(tokens(" ".join(strings) + " " + as_text))


def missing_words(body: Counter, archive: Counter) -> dict[str, int]:
    """Words of the body the archive does not hold as often, less the house labels;
    numbers are compared as a set (an item number stands once as a field)."""
    missing = body - archive
    return {
        word: n
        for word, n in missing.items()
        if word not in STRUCTURE and not (word.isdigit() and word in archive)
    }


def public_strings(value, under: bool = False) -> list[str]:
    """Every string of the record (as the JSON has it) not withheld: not in a
    restricted item or block, nor under one; reasons are withheld too."""
    if isinstance(value, dict):
        under = under or bool(value.get("restricted"))
        return [
            text
            for key, inner in value.items()
            if key != "restricted_reason"
            for text in public_strings(inner, under)
        ]
    if isinstance(value, list):
        return [text for inner in value for text in public_strings(inner, under)]
    return [value] if isinstance(value, str) and not under else []


def reasons(value) -> list[str]:
    """The reason of every restricted item and block of the record."""
    if isinstance(value, dict):
        own = [value.get("restricted_reason", "")] if value.get("restricted") else []
        return own + [r for inner in value.values() for r in reasons(inner)]
    if isinstance(value, list):
        return [r for inner in value for r in reasons(inner)]
    return []
