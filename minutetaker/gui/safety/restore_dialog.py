"""The list of backups to restore from: in the window and when the archive is damaged."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
)

from minutetaker.store import backup as store_backup

TITLE = "Restore from backup"


class RestoreDialog(QDialog):
    """The backups, newest first; Restore puts the chosen one in place."""

    def __init__(self, backups: list[store_backup.Backup], parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(TITLE)
        self.backups = backups
        self.list = QListWidget()
        self.list.setAccessibleName("Backups, newest first")
        for backup in backups:
            row = QListWidgetItem(backup.describe())
            row.setToolTip(str(backup.path))
            self.list.addItem(row)
        if backups:
            label = QLabel("&Backups of the archive, newest first:")
            self.list.setCurrentRow(0)
        else:
            label = QLabel(
                "There are no backups yet. One is taken each time the window closes, "
                "and each day it is open."
            )
            label.setWordWrap(True)
            self.list.hide()
        label.setBuddy(self.list)
        note = QLabel(
            "The archive as it is now is copied into the backups folder before the "
            "backup takes its place, so nothing is lost by restoring."
        )
        note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.restore_button = buttons.addButton("&Restore", QDialogButtonBox.ButtonRole.AcceptRole)
        self.restore_button.setEnabled(bool(backups))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setAutoDefault(False)
        self.restore_button.setDefault(True)  # Enter restores the backup chosen
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.list.itemActivated.connect(lambda _row: self.accept())
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.list, 1)
        layout.addWidget(note)
        layout.addWidget(buttons)
        em = self.fontMetrics().horizontalAdvance("M")
        if backups:
            self.list.setFocus()
            self.resize(em * 36, 360)
        else:
            note.hide()  # nothing to restore
            self.resize(em * 36, self.sizeHint().height())

    def chosen(self) -> store_backup.Backup | None:
        row = self.list.currentRow()
        return self.backups[row] if 0 <= row < len(self.backups) else None
