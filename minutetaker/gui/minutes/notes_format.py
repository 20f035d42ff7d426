"""The notes of an item as a QTextDocument, and back: one text block per Block.

Every text block of the document carries its block type, its level (0 for the
item's own blocks, 1 for the findings under a question) and its restricted
flag as properties of its block format. The look (bullets, bold sub-headings,
numbered questions, a tint on restricted paragraphs) is derived from those
properties and never read back, so :func:`blocks_from_document` of
:func:`fill_document` gives back the same blocks.

Rules the mapping keeps:

- a paragraph's line breaks are soft breaks (U+2028) inside one text block;
- a question's findings are the level-1 blocks that follow it;
- questions are numbered 1, 2, 3 ... in the order they stand;
- empty paragraphs, bullets and sub-headings carry nothing and are dropped.
"""

from __future__ import annotations

from collections.abc import Iterator

from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QGuiApplication,
    QTextBlock,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextListFormat,
)

from minutetaker.domain.model import Block
from minutetaker.domain.text import clean_text

P_TYPE = QTextFormat.Property.UserProperty + 1
P_LEVEL = QTextFormat.Property.UserProperty + 2
P_RESTRICTED = QTextFormat.Property.UserProperty + 3
P_REASON = QTextFormat.Property.UserProperty + 4

PARAGRAPH, BULLET, SUBHEADING, QUESTION = "paragraph", "bullet", "subheading", "question"
SOFT_BREAK = "\u2028"
RESTRICTED_TINT = QColor("#fde8e8")
QUESTION_TINT = QColor("#eef3fb")


# -- formats ----------------------------------------------------------------------------


def block_format(
    kind: str, level: int = 0, restricted: bool = False, reason: str = ""
) -> QTextBlockFormat:
    fmt = QTextBlockFormat()
    fmt.setProperty(P_TYPE, kind)
    fmt.setProperty(P_LEVEL, level)
    fmt.setBottomMargin(4)
    if kind not in (BULLET, QUESTION):
        fmt.setIndent(level)
    if kind == SUBHEADING:
        fmt.setTopMargin(6)
    if kind == QUESTION:
        fmt.setTopMargin(8)
        fmt.setBackground(QUESTION_TINT)
    if restricted:
        fmt.setProperty(P_RESTRICTED, True)
        fmt.setProperty(P_REASON, reason)
        fmt.setBackground(RESTRICTED_TINT)
        # room above the paragraph for the "Not for publication" label
        fmt.setTopMargin(max(fmt.topMargin(), label_height()))
    return fmt


def label_height() -> int:
    """The height of the "Not for publication" label drawn above a restricted block."""
    return int(QFontMetricsF(QGuiApplication.font()).height() * 1.1) + 4


def char_format(kind: str) -> QTextCharFormat:
    fmt = QTextCharFormat()
    fmt.setFontWeight(QFont.Weight.Bold if kind in (SUBHEADING, QUESTION) else QFont.Weight.Normal)
    return fmt


def block_kind(block: QTextBlock) -> tuple[str, int]:
    """The type and level of a text block."""
    # The typed getters only: QTextFormat.property() of an unset property hands back
    # a None it does not own (PySide6 6.12), which crashes the interpreter in time.
    fmt = block.blockFormat()
    return fmt.stringProperty(P_TYPE) or PARAGRAPH, fmt.intProperty(P_LEVEL)


def block_restriction(block: QTextBlock) -> tuple[bool, str]:
    fmt = block.blockFormat()
    return fmt.boolProperty(P_RESTRICTED), fmt.stringProperty(P_REASON)


def text_list(block: QTextBlock):
    """The list the block belongs to, or None (asked only when there is one)."""
    return block.textList() if block.blockFormat().objectIndex() >= 0 else None


def _list_format(kind: str, level: int) -> QTextListFormat:
    fmt = QTextListFormat()
    if kind == QUESTION:
        fmt.setStyle(QTextListFormat.Style.ListDecimal)
        fmt.setIndent(1)
    else:
        fmt.setStyle(
            QTextListFormat.Style.ListDisc if level == 0 else QTextListFormat.Style.ListCircle
        )
        fmt.setIndent(level + 1)
    return fmt


def _join_list(cursor: QTextCursor, kind: str, level: int) -> None:
    """Put the cursor's block into the right list: the bullets just above at the same
    level, or the document's questions; else a new list."""
    block = cursor.block()
    if kind == BULLET:
        above = block.previous()
        if above.isValid() and block_kind(above) == (BULLET, level) and text_list(above):
            text_list(above).add(block)
            return
    elif kind == QUESTION:
        found = _question_list(cursor.document(), exclude=block)
        if found is not None:
            found.add(block)
            return
    else:
        return
    cursor.createList(_list_format(kind, level))


def _question_list(doc: QTextDocument, exclude: QTextBlock | None = None):
    block = doc.begin()
    while block.isValid():
        if block != exclude and block_kind(block)[0] == QUESTION and text_list(block):
            return text_list(block)
        block = block.next()
    return None


def set_block_kind(
    cursor: QTextCursor,
    kind: str,
    level: int | None = None,
    restricted: bool | None = None,
    reason: str | None = None,
) -> None:
    """Make the cursor's block (or every block of its selection) ``kind``; one undo step."""
    doc = cursor.document()
    start = doc.findBlock(cursor.selectionStart())
    end = doc.findBlock(cursor.selectionEnd())
    blocks = []
    block = start
    while block.isValid():
        blocks.append(block)
        if block == end:
            break
        block = block.next()
    work = QTextCursor(doc)
    work.beginEditBlock()
    for block in blocks:
        _old_kind, old_level = block_kind(block)
        old_restricted, old_reason = block_restriction(block)
        new_level = old_level if level is None else level
        if kind == QUESTION:
            new_level = 0
        fmt = block_format(
            kind,
            new_level,
            old_restricted if restricted is None else restricted,
            old_reason if reason is None else reason,
        )
        if text_list(block):
            text_list(block).remove(block)
        work.setPosition(block.position())
        work.setBlockFormat(_without_list(fmt))
        work.setBlockCharFormat(char_format(kind))
        work.setPosition(block.position() + block.length() - 1, QTextCursor.MoveMode.KeepAnchor)
        work.setCharFormat(char_format(kind))
        work.clearSelection()
        _join_list(work, kind, new_level)
    work.endEditBlock()


def _without_list(fmt: QTextBlockFormat) -> QTextBlockFormat:
    fmt.clearProperty(QTextFormat.Property.ObjectIndex)
    return fmt


# -- blocks -> document -----------------------------------------------------------------


def _flatten(blocks: list[Block]) -> Iterator[tuple[Block, int]]:
    for block in blocks:
        yield block, 0
        if block.type == QUESTION:
            for finding in block.findings:
                for inner in finding.walk():
                    if inner is finding or inner.type != QUESTION:
                        yield inner, 1


def fill_document(doc: QTextDocument, blocks: list[Block]) -> None:
    """Replace the document's content with ``blocks``; the undo history starts afresh."""
    doc.setUndoRedoEnabled(False)
    doc.clear()
    cursor = QTextCursor(doc)
    first = True
    for block, level in _flatten(blocks):
        kind = block.type if block.type in (PARAGRAPH, BULLET, SUBHEADING, QUESTION) else PARAGRAPH
        if kind == QUESTION and level:
            kind = PARAGRAPH
        fmt = block_format(kind, level, block.restricted, block.restricted_reason)
        chars = char_format(kind)
        if first:
            cursor.setBlockFormat(fmt)
            cursor.setBlockCharFormat(chars)
            first = False
        else:
            cursor.insertBlock(fmt, chars)
        _join_list(cursor, kind, level)
        cursor.insertText(block.text.replace("\n", SOFT_BREAK), chars)
    if first:
        cursor.setBlockFormat(block_format(PARAGRAPH))
    doc.setUndoRedoEnabled(True)
    doc.setModified(False)


# -- document -> blocks -----------------------------------------------------------------


def blocks_from_document(doc: QTextDocument) -> list[Block]:
    """The blocks the document holds, in order (see the module's rules).

    This is the autosave's snapshot, taken on the window's thread while a key
    may be waiting, so it reads as little as it can: each distinct paragraph
    format once (most of an item's paragraphs share a handful, looked up by
    the document's own index of its formats, afresh at each reading), each
    block's text once, cleaned once (``clean_text`` also makes a soft line
    break a newline)."""
    formats: dict[int, tuple[str, bool, str, int]] = {}
    out: list[Block] = []
    question: Block | None = None
    number = 0
    block = doc.begin()
    while block.isValid():
        index = block.blockFormatIndex()
        read = formats.get(index)
        if read is None:
            read = formats[index] = _format_read(block.blockFormat())
        kind, restricted, reason, level = read
        text = clean_text(block.text()).strip()
        block = block.next()
        if kind == QUESTION:
            number += 1
            question = Block(
                QUESTION, text, number=str(number), restricted=restricted, restricted_reason=reason
            )
            out.append(question)
            continue
        if not text:
            continue
        paragraph = Block(kind, text, restricted=restricted, restricted_reason=reason)
        if level >= 1 and question is not None:
            question.findings.append(paragraph)
        else:
            if level == 0:
                question = None
            out.append(paragraph)
    return out


def _format_read(fmt: QTextBlockFormat) -> tuple[str, bool, str, int]:
    """(kind, withheld, reason, level) of a paragraph format."""
    kind = fmt.stringProperty(P_TYPE) or PARAGRAPH
    if kind not in (PARAGRAPH, BULLET, SUBHEADING, QUESTION):
        kind = PARAGRAPH
    restricted = fmt.boolProperty(P_RESTRICTED)
    reason = fmt.stringProperty(P_REASON) if restricted else ""
    return kind, restricted, reason, fmt.intProperty(P_LEVEL)


def new_document(parent=None) -> QTextDocument:
    """An empty document for an item's notes."""
    doc = QTextDocument(parent)
    # Qt lays the first block of a document out without its top margin, so the
    # margin of the document itself holds the "Not for publication" label of a
    # first paragraph withheld (a uniform margin keeps the placeholder in line).
    doc.setDocumentMargin(max(10, label_height()))
    return doc


def document_has_text(doc: QTextDocument) -> bool:
    return bool(doc.toPlainText().strip())
