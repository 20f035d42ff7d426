"""The notes document maps one to one onto the interchange format's blocks."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtGui import QTextCursor, QTextDocument

from minutetaker.domain.model import Block
from minutetaker.domain.text import clean_text
from minutetaker.gui.minutes.notes_editor import numbered_lines
from minutetaker.gui.minutes.notes_format import (
    blocks_from_document,
    fill_document,
    set_block_kind,
)


@pytest.fixture
def doc(qapp):
    return QTextDocument()


def round_trip(doc, blocks):
    fill_document(doc, blocks)
    return blocks_from_document(doc)


def test_every_item_of_the_sample_meeting_round_trips(doc, sample_meeting):
    for item in sample_meeting.walk_items():
        assert round_trip(doc, item.blocks) == item.blocks, item.number


def test_each_block_is_one_text_block(doc):
    blocks = [
        Block("subheading", "Update"),
        Block("paragraph", "First line\nsecond line of the same paragraph"),
        Block("bullet", "One"),
        Block("bullet", "Two", restricted=True, restricted_reason="names a victim"),
        Block("paragraph", "After the list."),
    ]
    assert round_trip(doc, blocks) == blocks
    assert doc.blockCount() == 5


def test_questions_with_findings_and_restricted_ones(doc):
    blocks = [
        Block("paragraph", "Before."),
        Block(
            "question",
            "First?",
            number="1",
            findings=[Block("subheading", "Findings:"), Block("bullet", "A point.")],
        ),
        Block(
            "question",
            "Second?",
            number="2",
            restricted=True,
            restricted_reason="live operation",
            findings=[Block("paragraph", "Answer.", restricted=True, restricted_reason="x")],
        ),
        Block("subheading", "Actions arising"),
    ]
    assert round_trip(doc, blocks) == blocks


def test_empty_blocks_carry_nothing(doc):
    assert round_trip(doc, [Block("paragraph", ""), Block("bullet", "  ")]) == []
    assert round_trip(doc, []) == []


def test_changing_a_block_type_is_one_undo_step(doc):
    fill_document(doc, [Block("paragraph", "Point")])
    cursor = QTextCursor(doc)
    set_block_kind(cursor, "bullet")
    assert blocks_from_document(doc) == [Block("bullet", "Point")]
    doc.undo()
    assert blocks_from_document(doc) == [Block("paragraph", "Point")]


def test_numbered_lines():
    assert numbered_lines("1. Foo\n2) Bar") == ["Foo", "Bar"]
    assert numbered_lines("  1.  Foo \r\n\r\n 2: Bar\n") == ["Foo", "Bar"]
    assert numbered_lines("Q1. Foo\nQ2. Bar") == ["Foo", "Bar"]
    assert numbered_lines("Foo\n2. Bar") is None
    assert numbered_lines("") is None


# Text as it may reach a document (not \r or \u2029, which Qt takes as the end of
# a paragraph, nor U+FFFE, which PySide's conversion takes as a byte-order mark:
# the archive's text never holds them, as it is cleaned on the way in).
_AWKWARD = st.text(st.sampled_from("\x00\x07\x0b\x0c\x85\n\t\u2028 \u00a0aé😀مע."), max_size=40)
_PARAGRAPHS = st.lists(
    st.tuples(
        st.sampled_from(["paragraph", "bullet", "subheading"]),
        _AWKWARD,
        st.booleans(),
        st.sampled_from(["", "names a victim"]),
    ),
    max_size=8,
)


@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(paragraphs=_PARAGRAPHS)
def test_any_typed_text_reads_back_cleaned_with_its_flags(doc, paragraphs):
    """What the autosave reads out of a document: each paragraph's text cleaned
    (breaks made newlines, what Word cannot hold gone) and trimmed, its type and
    its "not for publication" mark kept, and empty paragraphs left out."""
    blocks = [
        Block(kind, text, restricted=restricted, restricted_reason=reason if restricted else "")
        for kind, text, restricted, reason in paragraphs
    ]
    expected = []
    for block in blocks:
        text = clean_text(block.text).strip()
        if text:
            expected.append(
                Block(
                    block.type,
                    text,
                    restricted=block.restricted,
                    restricted_reason=block.restricted_reason,
                )
            )
    assert round_trip(doc, blocks) == expected


def test_a_paragraph_withheld_after_it_was_read_is_read_withheld(doc):
    """The reading looks each paragraph format up once (by the document's index
    of its formats), afresh each time: a paragraph withheld, given another
    reason or made a bullet between two autosaves is read as it is now."""
    fill_document(doc, [Block("paragraph", f"Paragraph {n}.") for n in range(4)])
    assert not any(b.restricted for b in blocks_from_document(doc))

    def second() -> QTextCursor:
        return QTextCursor(doc.findBlockByNumber(1))

    set_block_kind(second(), "paragraph", restricted=True, reason="names a victim")
    read = blocks_from_document(doc)
    assert [(b.restricted, b.restricted_reason) for b in read] == [
        (False, ""),
        (True, "names a victim"),
        (False, ""),
        (False, ""),
    ]
    set_block_kind(second(), "paragraph", restricted=True, reason="s31 law enforcement")
    set_block_kind(QTextCursor(doc.findBlockByNumber(2)), "bullet")
    read = blocks_from_document(doc)
    assert [(b.type, b.restricted_reason) for b in read] == [
        ("paragraph", ""),
        ("paragraph", "s31 law enforcement"),
        ("bullet", ""),
        ("paragraph", ""),
    ]
    set_block_kind(second(), "paragraph", restricted=False)
    assert not any(b.restricted for b in blocks_from_document(doc))
