"""Opening an archive that cannot be opened: say why, offer a backup.

A damaged, truncated or foreign file, one made by a newer minutetaker, or a
folder that cannot be written: the person gets the store's one sentence and two
choices, "Restore a backup…" and "Quit". Restoring puts the chosen backup in
place after copying the file that would not open into the backups folder, so
the damaged file is kept, never written over; then the archive is opened again.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QDialog, QMessageBox

from minutetaker.store import Archive
from minutetaker.store import backup as store_backup
from minutetaker.store.errors import ArchiveError

TITLE = "minutetaker"


def damaged_box(error: ArchiveError, backups: list, folder: Path) -> QMessageBox:
    """The question asked when the archive will not open."""
    box = QMessageBox(QMessageBox.Icon.Critical, TITLE, str(error))
    if backups:
        box.setInformativeText(
            "The file is kept as it is: nothing is written over it. You can restore a "
            f"backup (the newest is from {backups[0].taken:%A %d %B %Y at %H:%M}) or quit."
        )
        box.restore_button = box.addButton("&Restore a backup…", QMessageBox.ButtonRole.AcceptRole)
    else:
        box.setInformativeText(
            "The file is kept as it is: nothing is written over it. There are no backups "
            f"to restore from in {store_backup.backup_dir(folder)}."
        )
        box.restore_button = None
    box.quit_button = box.addButton("&Quit", QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(box.restore_button or box.quit_button)
    box.setEscapeButton(box.quit_button)
    return box


def open_or_recover(folder: Path) -> tuple[Archive | None, str]:
    """The archive in ``folder``, opened; after restoring a backup if it would not open.

    Returns (None, "") when the person chooses to quit; else the archive and a
    sentence to show once the window is up ("" when nothing was restored).
    Call it holding the archive's lock.
    """
    folder = Path(folder)
    try:
        return Archive.open(folder), ""
    except ArchiveError as error:
        return recover(folder, error)


def recover(folder: Path, failure: ArchiveError) -> tuple[Archive | None, str]:
    """After ``failure`` to open the archive in ``folder``: say why, offer a backup."""
    from minutetaker.gui.safety.restore_dialog import RestoreDialog

    while True:
        try:
            backups = store_backup.list_backups(folder)
        except OSError:
            backups = []
        box = damaged_box(failure, backups, folder)
        box.exec()
        if box.restore_button is None or box.clickedButton() is not box.restore_button:
            return None, ""
        dialog = RestoreDialog(backups)
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.chosen() is None:
            continue  # back to the question
        chosen = dialog.chosen()
        try:
            kept = store_backup.restore(folder, chosen.path)
        except ArchiveError as error:
            QMessageBox.warning(None, TITLE, str(error))
            continue
        said = f"Restored the backup taken on {chosen.taken:%A %d %B %Y at %H:%M}." + (
            f" The file that would not open is kept as {kept}." if kept else ""
        )
        try:
            return Archive.open(folder), said
        except ArchiveError as error:
            failure = error
