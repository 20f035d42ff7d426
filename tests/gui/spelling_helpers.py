"""What a person sees of the spell check: the words underlined in red, where."""

from __future__ import annotations

from PySide6.QtGui import QTextCharFormat, QTextCursor

SPELLING = QTextCharFormat.UnderlineStyle.SpellCheckUnderline


def ready(qtbot, window) -> None:
    """Until the window's dictionary is loaded (on its own thread)."""
    qtbot.waitUntil(lambda: window.spelling.is_ready, timeout=10000)


def underlined(editor) -> list[str]:
    """The words underlined for spelling in the notes on screen, in order."""
    words = []
    block = editor.document().firstBlock()
    while block.isValid():
        text = block.text()
        for fmt in block.layout().formats():
            if fmt.format.underlineStyle() == SPELLING:
                words.append(text[fmt.start : fmt.start + fmt.length])
        block = block.next()
    return words


def underlined_at(editor) -> list[tuple[int, int]]:
    """Where those words are: (start, end) in the document."""
    spans = []
    block = editor.document().firstBlock()
    while block.isValid():
        for fmt in block.layout().formats():
            if fmt.format.underlineStyle() == SPELLING:
                start = block.position() + fmt.start
                spans.append((start, start + fmt.length))
        block = block.next()
    return spans


def line_underlined(window, line) -> list[str]:
    """The words underlined in a one-line field (the topic, an action's text)."""
    (marks,) = [u for u in window.spelling.lines if u.line is line]
    return [line.text()[start:end] for start, end in marks.spans]


def red_columns(image, top: int, bottom: int) -> list[int]:
    """The x of every column with a red pixel between ``top`` and ``bottom``."""
    found = []
    for x in range(image.width()):
        for y in range(max(0, top), min(image.height(), bottom)):
            colour = image.pixelColor(x, y)
            if colour.red() > 150 and colour.red() - max(colour.green(), colour.blue()) > 60:
                found.append(x)
                break
    return found


def end_of_notes(editor) -> None:
    cursor = editor.textCursor()
    cursor.movePosition(QTextCursor.MoveOperation.End)
    editor.setTextCursor(cursor)


def put_cursor(editor, position: int) -> None:
    cursor = editor.textCursor()
    cursor.setPosition(position)
    editor.setTextCursor(cursor)
