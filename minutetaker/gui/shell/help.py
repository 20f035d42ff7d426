"""Help: the keyboard shortcuts (F1), and About."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

import minutetaker
from minutetaker.gui.session import MeetingSession
from minutetaker.gui.shell.menus import Commands, shortcut_rows


class ShortcutsDialog(QDialog):
    def __init__(self, rows: list[tuple[str, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Keyboard shortcuts")
        table = QTableWidget(len(rows), 2)
        table.setAccessibleName("Keyboard shortcuts")
        table.setHorizontalHeaderLabels(["Keys", "What they do"])
        table.verticalHeader().hide()
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setTabKeyNavigation(False)
        for n, (keys, what) in enumerate(rows):
            table.setItem(n, 0, QTableWidgetItem(keys))
            table.setItem(n, 1, QTableWidgetItem(what))
        table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(table)
        layout.addWidget(buttons)
        em = table.fontMetrics().horizontalAdvance("M")
        self.resize(em * 64, em * 44)


def about_text(archive_path) -> str:
    return (
        f"<h3>minutetaker {minutetaker.__version__}</h3>"
        "<p>Live minute-taking for formal governance meetings.</p>"
        f"<p>Archive: {archive_path}</p>"
        "<p>Licence: GPL-3.0-or-later. This program comes with no warranty.</p>"
    )


class HelpCommands(QObject):
    """Help > Keyboard shortcuts (F1), About minutetaker."""

    def __init__(
        self,
        session: MeetingSession,
        commands: Commands,
        parent: QWidget,
        back: Callable[[], None],
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.commands = commands
        self.parent_widget = parent
        self.back = back
        self.shortcuts_dialog = None

    def show_shortcuts(self) -> None:
        self.shortcuts_dialog = ShortcutsDialog(shortcut_rows(self.commands), self.parent_widget)
        self.shortcuts_dialog.finished.connect(self.back)
        self.shortcuts_dialog.open()

    def show_about(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        text = about_text(self.session.archive.path)
        QMessageBox.about(self.parent_widget, "About minutetaker", text)
        self.back()
