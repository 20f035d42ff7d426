"""Snippets of very long items are made by pieces (issue 11.11): the same words
match as in the index, and the snippet is the one FTS5 makes of that piece."""

from __future__ import annotations

import datetime as dt

from minutetaker.domain.model import Action, Block, Item, Meeting
from minutetaker.store import long_snippet

WORDS = ["retail", "custody", "patrol", "Eastport", "burglary", "forum"]


def _long_meeting(text: str, actions=()) -> Meeting:
    return Meeting(
        "Monthly Assurance Meeting",
        dt.date(2031, 3, 18),
        items=[
            Item(
                "5",
                "Any other business",
                blocks=[Block("paragraph", text)],
                actions=list(actions),
            )
        ],
    )


def _block(size: int) -> str:
    return " ".join(WORDS[i % len(WORDS)] for i in range(size // 7))


def test_the_tokenizer_is_the_archives_own(archive):
    sql = archive.conn.execute(
        "SELECT sql FROM sqlite_master WHERE name = 'search_fts'"
    ).fetchone()[0]
    assert long_snippet.TOKENIZE in sql


def test_pieces_keep_every_character_and_cut_at_spaces():
    text = _block(100_000) + " " + "x" * 50_000  # a last word longer than a piece
    parts = long_snippet.pieces(text, 20_000)
    assert "".join(parts) == text
    assert all(len(p) <= 20_000 for p in parts)
    assert all(p.endswith(" ") for p in parts[:3])  # words kept whole where there are spaces


def test_a_word_repeated_through_a_long_block_is_marked(archive):
    archive.add_meeting(_long_meeting(_block(2_000_000)))
    hit = archive.search("custodies")[0]  # the stem matches, as in the index
    assert "[custody]" in hit.snippet
    assert len(hit.snippet.split()) <= 16


def test_the_only_match_at_the_end_of_a_long_block_is_found(archive):
    archive.add_meeting(_long_meeting(_block(2_000_000) + " the Zébracrossing report"))
    hit = archive.search("zebracrossing")[0]  # diacritics folded as in the index
    assert "[Zébracrossing]" in hit.snippet and hit.snippet.startswith("…")


def test_a_long_block_marks_every_word_of_the_query_where_they_meet(archive):
    archive.add_meeting(_long_meeting(_block(600_000) + " the harbour watch " + _block(600_000)))
    hit = archive.search('"harbour watch" custody')[0]
    assert "[harbour watch]" in hit.snippet or (
        "[harbour" in hit.snippet and "watch]" in hit.snippet
    )
    assert "[custody]" in hit.snippet


def test_words_in_different_places_still_give_a_snippet(archive):
    archive.add_meeting(
        _long_meeting(_block(600_000), actions=[Action("Report on the Kestrel review.", "CC")])
    )
    hit = archive.search("kestrel custody")[0]
    assert "[custody]" in hit.snippet or "[Kestrel]" in hit.snippet
    only_actions = archive.search("kestrel", actions_only=True)[0]
    assert "[Kestrel]" in only_actions.snippet


def test_fts5s_own_snippet_never_runs_over_a_long_block(archive, sample_meeting):
    """snippet() weighs every match against every other: over a 5 MB block that
    took minutes. It still makes the snippets of ordinary items."""
    archive.add_meeting(sample_meeting)
    archive.add_meeting(_long_meeting(_block(200_000) + " Eastport"))
    statements: list[str] = []
    archive.conn.set_trace_callback(statements.append)
    hits = archive.search("eastport", limit=50)
    archive.conn.set_trace_callback(None)
    assert len(hits) >= 2 and all("[Eastport]" in hit.snippet for hit in hits)
    runs = [s for s in statements if "snippet(search_fts" in s]
    assert len(runs) == len(hits) - 1  # every hit but the long one
