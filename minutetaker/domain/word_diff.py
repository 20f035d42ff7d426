"""Two texts compared word by word: what was kept, removed and added.

The words of a paragraph changed between two versions of a meeting, marked the
way a reader expects (``the [-old-]{+new+} words``) and the way Word's tracked
changes need them (runs kept, deleted, inserted). Standard library only.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass

SAME, ADDED, REMOVED = "same", "added", "removed"

_TOKEN = re.compile(r"\s+|[^\W_]+(?:['’][^\W_]+)*|\S", re.UNICODE)


@dataclass(frozen=True)
class Words:
    """A piece of a changed text: the same in both, added, or removed."""

    op: str  # SAME, ADDED or REMOVED
    text: str


def word_changes(before: str, after: str) -> tuple[Words, ...]:
    """``after`` against ``before``, word by word: runs of words kept, removed, added
    (removed before added where a run was replaced)."""
    a, b = _TOKEN.findall(before), _TOKEN.findall(after)
    pieces: list[Words] = []
    matcher = difflib.SequenceMatcher(None, a, b, autojunk=False)
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op == "equal":
            _add(pieces, SAME, "".join(a[i1:i2]))
        else:
            _add(pieces, REMOVED, "".join(a[i1:i2]))
            _add(pieces, ADDED, "".join(b[j1:j2]))
    return tuple(_tidy(pieces))


def _add(pieces: list[Words], op: str, text: str) -> None:
    if not text:
        return
    if pieces and pieces[-1].op == op:
        pieces[-1] = Words(op, pieces[-1].text + text)
    else:
        pieces.append(Words(op, text))


def _tidy(pieces: list[Words]) -> list[Words]:
    """Changes with only a space kept between them become one change: "[-a b-]{+c d+}"
    reads better than "[-a-]{+c+} [-b-]{+d+}"."""
    groups: list[list[str]] = []  # [kept] or [removed, added]
    for piece in pieces:
        if piece.op == SAME:
            groups.append([piece.text])
            continue
        if not groups or len(groups[-1]) == 1:
            groups.append(["", ""])
        groups[-1][0 if piece.op == REMOVED else 1] += piece.text
    merged: list[list[str]] = []
    for group in groups:
        if (
            len(group) == 2
            and len(merged) >= 2
            and len(merged[-1]) == 1
            and not merged[-1][0].strip()
            and len(merged[-2]) == 2
            and (merged[-2][0] or group[0])
            and (merged[-2][1] or group[1])
        ):
            space = merged.pop()[0]
            last = merged[-1]
            last[0] += space + group[0]
            last[1] += space + group[1]
        else:
            merged.append(list(group))
    out: list[Words] = []
    for group in merged:
        if len(group) == 1:
            out.append(Words(SAME, group[0]))
        else:
            if group[0]:
                out.append(Words(REMOVED, group[0]))
            if group[1]:
                out.append(Words(ADDED, group[1]))
    return out


def similarity(before: str, after: str) -> float:
    a, b = _TOKEN.findall(before), _TOKEN.findall(after)
    if not a and not b:
        return 1.0
    return difflib.SequenceMatcher(None, a, b, autojunk=False).ratio()


def marked(words: tuple[Words, ...]) -> str:
    """Words marked as text: ``the [-old-]{+new+} words``."""
    out = []
    for piece in words:
        if piece.op == REMOVED:
            out.append(f"[-{piece.text}-]")
        elif piece.op == ADDED:
            out.append(f"{{+{piece.text}+}}")
        else:
            out.append(piece.text)
    return "".join(out)
