"""The window, on a real X server, saying where things are on the screen.

Run by tests/gui/test_real_x_spelling.py: ``python x_spelling_window.py ARCHIVE REPORT``.
It opens the main window on the archive at item 3, with the cursor at the end
of its notes, and several times a second writes REPORT (JSON): the last
paragraph of the notes, the words underlined in red and the middle of each on
the screen, and the open menu's entries and where they are. The test types,
right-clicks and clicks with xdotool (the keys and clicks are the X server's);
this only reports what the window shows.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtGui import QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QApplication

from minutetaker.gui.shell.main_window import MainWindow
from minutetaker.store import Archive


def report(window: MainWindow) -> dict:
    editor = window.editor
    doc = editor.document()
    words = {}
    block = doc.firstBlock()
    while block.isValid():
        for fmt in block.layout().formats():
            if fmt.format.underlineStyle() == QTextCharFormat.UnderlineStyle.SpellCheckUnderline:
                cursor = QTextCursor(doc)
                cursor.setPosition(block.position() + fmt.start + fmt.length // 2)
                middle = editor.viewport().mapToGlobal(editor.cursorRect(cursor).center())
                words[block.text()[fmt.start : fmt.start + fmt.length]] = [middle.x(), middle.y()]
        block = block.next()
    menus = window.spelling.menus
    entries = {}
    if menus.is_open() and menus.menu.isVisible():
        for action in menus.menu.actions():
            if action.text():
                centre = menus.menu.mapToGlobal(menus.menu.actionGeometry(action).center())
                entries[action.text()] = [centre.x(), centre.y()]
    return {
        "ready": window.spelling.is_ready and window.isActiveWindow(),
        "last": doc.lastBlock().text(),
        "underlined": words,
        "menu": entries,
    }


def main(folder: str, out: str) -> int:
    app = QApplication(sys.argv[:1])
    archive = Archive.open(Path(folder))
    settings = QSettings(str(Path(out).with_suffix(".ini")), QSettings.Format.IniFormat)
    window = MainWindow(archive, settings=settings)
    window.setWindowTitle("spelling under X")
    window.resize(1200, 800)
    window.show()
    window.going.go_to("3")
    cursor = window.editor.textCursor()
    cursor.movePosition(QTextCursor.MoveOperation.End)
    window.editor.setTextCursor(cursor)

    def write() -> None:
        Path(out + ".new").write_text(json.dumps(report(window)), encoding="utf-8")
        Path(out + ".new").replace(out)

    timer = QTimer()
    timer.timeout.connect(write)
    timer.start(100)
    code = app.exec()
    window.session.shutdown()
    archive.close()
    return code


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2]))
