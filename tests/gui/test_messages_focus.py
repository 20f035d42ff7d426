"""After a message the keys go where they went before; a failed export brings
the Save dialog back with the path to correct (issue 13, point 8)."""

from __future__ import annotations

import zipfile

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QFileDialog, QLineEdit, QMessageBox

from tests.gui.dialogs import answer

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def _active(box) -> None:
    QTest.qWaitForWindowExposed(box, 2000)
    box.activateWindow()
    QTest.qWaitForWindowActive(box, 2000)


def _press(key, seen: list | None = None):
    def step(box):
        _active(box)
        if seen is not None:
            seen.append((type(box).__name__, box.text() if isinstance(box, QMessageBox) else ""))
        QTest.keyClick(box, key)

    return step


def _type_path(path: str, seen: list | None = None):
    """In the Save dialog: what its name box holds is kept, the path typed over it."""

    def step(dialog):
        assert isinstance(dialog, QFileDialog)
        _active(dialog)
        name = dialog.findChild(QLineEdit, "fileNameEdit")
        if seen is not None:
            seen.append(("QFileDialog", dialog.directory().path() + "/" + name.text()))
        name.setFocus()
        QTest.keyClick(name, Qt.Key.Key_A, CTRL)
        QTest.keyClicks(name, path)
        QTest.keyClick(name, Qt.Key.Key_Return)

    return step


def test_a_failed_export_brings_the_save_dialog_back(qtbot, window, tmp_path, reopen):
    window.going.go_to("5")
    window.focus_notes()
    before = window.editor.toPlainText()
    wrong = tmp_path / "no-such-folder" / "minutes.docx"
    right = tmp_path / "minutes.docx"
    seen: list = []
    answer(
        [
            _press(Qt.Key.Key_Return, seen),  # which version: Full (the default)
            _type_path(str(wrong), seen),
            _press(Qt.Key.Key_Return, seen),  # the sentence: OK
            _type_path(str(right), seen),  # the Save dialog again, the path to correct
        ]
    )
    qtbot.keyClick(window.editor, Qt.Key.Key_E, CTRL)
    # written off the window's thread: the refusal, and the dialog again, come after
    qtbot.waitUntil(lambda: len(seen) == 4 and not window.files.busy, timeout=10000)
    assert right.exists()
    with zipfile.ZipFile(right) as docx:
        assert "word/document.xml" in docx.namelist()
    kinds = [kind for kind, _ in seen]
    assert kinds == ["QMessageBox", "QFileDialog", "QMessageBox", "QFileDialog"]
    assert "no-such-folder" in seen[2][1] or "not exported" in seen[2][1]
    assert seen[3][1].endswith("no-such-folder/minutes.docx")  # the path to correct
    # the keys go to the notes again, and nothing meant for a dialog went there
    qtbot.waitUntil(window.editor.hasFocus, timeout=2000)
    assert window.editor.toPlainText() == before
    qtbot.keyClicks(window.editor, "Typed after.")
    assert window.editor.toPlainText().endswith("Typed after.")
    assert "Exported to" in window.statusBar().currentMessage()


def test_cancelling_the_save_dialog_after_a_failure_writes_nothing(qtbot, window, tmp_path):
    wrong = tmp_path / "no-such-folder" / "minutes.docx"
    seen: list = []
    answer(
        [
            _press(Qt.Key.Key_Return, seen),
            _type_path(str(wrong), seen),
            _press(Qt.Key.Key_Return, seen),
            _press(Qt.Key.Key_Escape, seen),  # the Save dialog again: cancelled
        ]
    )
    qtbot.keyClick(window.editor, Qt.Key.Key_E, CTRL)
    qtbot.waitUntil(lambda: len(seen) == 4 and not window.files.busy, timeout=10000)
    assert [kind for kind, _ in seen] == [
        "QMessageBox",
        "QFileDialog",
        "QMessageBox",
        "QFileDialog",
    ]
    assert list(tmp_path.glob("**/*.docx")) == []
    qtbot.waitUntil(window.editor.hasFocus, timeout=2000)


def test_after_an_export_the_keys_go_back_to_the_action_row(qtbot, window, tmp_path):
    """Ctrl+E pressed while typing an action: when the export is done (or has
    failed, or was cancelled) the keys go to the row again, not to the notes."""
    window.going.go_to("3")
    notes = window.editor.toPlainText()
    qtbot.keyClick(window.editor, Qt.Key.Key_A, CTRL | SHIFT)
    panel = window.actions_panel
    qtbot.keyClicks(panel.text, "Check the figures")
    wrong = tmp_path / "no-such-folder" / "minutes.docx"
    seen: list = []
    answer(
        [
            _press(Qt.Key.Key_Return, seen),
            _type_path(str(wrong), seen),
            _press(Qt.Key.Key_Return, seen),
            _press(Qt.Key.Key_Escape, seen),
        ]
    )
    qtbot.keyClick(panel.text, Qt.Key.Key_E, CTRL)
    qtbot.waitUntil(lambda: len(seen) == 4 and not window.files.busy, timeout=10000)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is panel.text, timeout=2000)
    qtbot.keyClicks(panel.text, " now")
    assert panel.text.text() == "Check the figures now"
    assert window.editor.toPlainText() == notes


def test_after_cancelling_the_version_the_keys_go_back_where_they_were(qtbot, window):
    window.going.go_to("4a")
    qtbot.keyClick(window.editor, Qt.Key.Key_T, Qt.KeyboardModifier.AltModifier)
    topic = window.page.holding_to_account_panel.topic
    assert topic.hasFocus()
    seen: list = []
    answer([_press(Qt.Key.Key_Escape, seen)])
    qtbot.keyClick(topic, Qt.Key.Key_E, CTRL)
    assert len(seen) == 1
    qtbot.waitUntil(topic.hasFocus, timeout=2000)
