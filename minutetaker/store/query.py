"""What a person types in the search box, made into a safe FTS5 query.

People type words, "a phrase", prefix*, -excluded and sometimes OR. Anything
else (a lone quote, a bracket, a colon, AND at the end) is taken as plain
words: every term is quoted before it reaches FTS5, so no input can be a
syntax error.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from minutetaker.domain.text import clean_text

_TOKEN = re.compile(r'(-?)"([^"]*)"?|(\S+)')
# The Unicode categories the index's tokenizer keeps as parts of words (see
# migration 2): letters, numbers, other symbols (emoji) and private use.
_WORD_CATEGORIES = ("L", "N", "So", "Co")


def _words(text: str) -> tuple[str, ...]:
    """The words of ``text`` as the index splits them; marks join their letter."""
    words, current = [], []
    for char in text:
        category = unicodedata.category(char)
        if category.startswith(_WORD_CATEGORIES) or (current and category.startswith("M")):
            current.append(char)
        elif current:
            words.append("".join(current))
            current = []
    if current:
        words.append("".join(current))
    return tuple(words)


@dataclass(frozen=True)
class Term:
    words: tuple[str, ...]
    prefix: bool = False
    exclude: bool = False
    or_before: bool = False

    def fts(self) -> str:
        quoted = '"' + " ".join(self.words) + '"'
        return quoted + "*" if self.prefix else quoted


def parse(text: str) -> list[Term]:
    """The terms of a typed query, in order. Terms with no word in them are dropped."""
    terms: list[Term] = []
    pending_or = False
    for match in _TOKEN.finditer(clean_text(text or "")):
        negate, phrase, bare = match.group(1), match.group(2), match.group(3)
        if bare is not None:
            if bare == "OR" and terms:
                pending_or = True
                continue
            exclude = bare.startswith("-") and len(bare) > 1
            body = bare[1:] if exclude else bare
            prefix = body.endswith("*")
            words = _words(body)
            if not words:
                continue
            # A prefix applies to the last word: "stop-and-search*" is three words.
            for n, word in enumerate(words):
                last = n == len(words) - 1
                terms.append(
                    Term(
                        (word,),
                        prefix=prefix and last,
                        exclude=exclude,
                        or_before=pending_or and n == 0,
                    )
                )
            pending_or = False
        else:
            words = _words(phrase)
            if not words:
                continue
            terms.append(Term(words, exclude=bool(negate), or_before=pending_or))
            pending_or = False
    return terms


def to_fts(text: str) -> str | None:
    """The FTS5 MATCH expression for ``text``; None when nothing can match
    (no words, or only excluded ones)."""
    terms = parse(text)
    wanted = [t for t in terms if not t.exclude]
    if not wanted:
        return None
    groups: list[list[str]] = []
    for term in wanted:
        if term.or_before and groups:
            groups[-1].append(term.fts())
        else:
            groups.append([term.fts()])
    parts = [g[0] if len(g) == 1 else "(" + " OR ".join(g) + ")" for g in groups]
    expression = " AND ".join(parts)
    excluded = [t.fts() for t in terms if t.exclude]
    if excluded:
        expression = f"({expression})" + "".join(f" NOT {e}" for e in excluded)
    return expression
