"""Snippets for very long items, in time that grows with the text, not its square.

FTS5's ``snippet()`` (and ``highlight()``) weigh every match against every
other: a word repeated through one pasted block of 1 MB took 16 s, of 5 MB over
five minutes. For an item whose text passes :data:`LONG` characters the snippet
is made instead from pieces of at most :data:`PIECE` characters: the pieces are
put, a few at a time and in reading order, into a small full-text table in
memory (the archive's own tokenizer, so the same words match), until one holds
the whole query; FTS5 then makes the snippet of that piece alone. A query whose
words fall in different pieces (or columns) gets the snippet of the first piece
holding any of its words. The archive is only read.
"""

from __future__ import annotations

import sqlite3

from minutetaker.store.query import parse

# The tokenizer of the archive's index (migration 2): the same words must match.
TOKENIZE = "porter unicode61 remove_diacritics 2 categories 'L* N* Co So'"
COLUMNS = ("heading", "topic", "body", "actions")
LONG = 60_000  # characters in one item's index row before snippets are made by pieces
PIECE = 20_000  # characters in one piece, cut at a space where there is one
_BATCH = 8  # pieces put into the table before it is asked again


def pieces(text: str, size: int = PIECE) -> list[str]:
    """``text`` cut into pieces of at most ``size`` characters, at white space
    where there is some near the cut, so that words stay whole."""
    found, start = [], 0
    while start < len(text):
        end = min(start + size, len(text))
        if end < len(text):
            space = max(text.rfind(" ", start + size // 2, end), text.rfind("\n", start, end))
            if space > start + size // 2:
                end = space + 1
        found.append(text[start:end])
        start = end
    return found


def any_word(query: str) -> str | None:
    """An FTS5 expression matching a piece that holds any word the query wants."""
    wanted = [term.fts() for term in parse(query) if not term.exclude]
    return " OR ".join(wanted) if wanted else None


def snippet(
    conn: sqlite3.Connection,
    rowid: int,
    expression: str,
    fallback: str | None,
    mark: tuple[str, str],
    column: int = -1,
) -> str:
    """The snippet of search row ``rowid`` for ``expression`` (``fallback``: the
    same query's words joined by OR), made piece by piece."""
    row = conn.execute(
        "SELECT heading, topic, body, actions FROM search_text WHERE id = ?", (rowid,)
    ).fetchone()
    if row is None:
        return ""
    wanted = [(n, text) for n, text in enumerate(row) if column in (-1, n)]
    memory = sqlite3.connect(":memory:")
    try:
        memory.execute(
            f'CREATE VIRTUAL TABLE piece USING fts5 ({", ".join(COLUMNS)}, tokenize = "{TOKENIZE}")'
        )
        first_word = ""
        batch: list[tuple[str, ...]] = []
        for n, text in wanted:
            for part in pieces(text or ""):
                values = ["", "", "", ""]
                values[n] = part
                batch.append(tuple(values))
                if len(batch) == _BATCH:
                    found, first_word = _ask(memory, batch, expression, fallback, mark, first_word)
                    if found:
                        return found
                    batch = []
        found, first_word = _ask(memory, batch, expression, fallback, mark, first_word)
        return found or first_word
    finally:
        memory.close()


def _ask(memory, batch, expression, fallback, mark, first_word) -> tuple[str, str]:
    """Put ``batch`` in and ask: (the snippet of the best piece holding the whole
    query or "", the snippet of the first piece holding any of its words)."""
    if not batch:
        return "", first_word
    memory.execute("DELETE FROM piece")  # the pieces before held nothing whole
    memory.executemany(f"INSERT INTO piece ({', '.join(COLUMNS)}) VALUES (?, ?, ?, ?)", batch)
    select = "SELECT snippet(piece, -1, ?, ?, '…', 14) FROM piece WHERE piece MATCH ? "
    whole = memory.execute(select + "ORDER BY bm25(piece) LIMIT 1", (*mark, expression)).fetchone()
    if whole:
        return whole[0], first_word
    if not first_word and fallback:
        some = memory.execute(select + "ORDER BY rowid LIMIT 1", (*mark, fallback)).fetchone()
        if some:
            first_word = some[0]
    return "", first_word
