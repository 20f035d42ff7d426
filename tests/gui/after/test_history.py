"""Meeting > History and changes (issue 15, point 3): the versions and the events
of the record, two versions compared item by item with the changed words marked
(struck through and underlined, not by colour alone), and the comparison saved
as Word tracked changes."""

from __future__ import annotations

import zipfile

from PySide6.QtCore import Qt

from minutetaker.after_meeting import circulate
from tests.gui.after.conftest import AGREED_ON
from tests.gui.conftest import activate

CTRL = Qt.KeyboardModifier.ControlModifier


def _circulated(archive, meeting, tmp_path) -> None:
    circulate.circulate(archive, meeting.id, tmp_path / "draft.docx")


def _open_history(qtbot, window):
    qtbot.keyClick(window.editor, Qt.Key.Key_H, CTRL)
    dialog = window.history.dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.versions.topLevelItemCount() > 0, timeout=10000)
    activate(qtbot, dialog)
    return dialog


def _rows(tree) -> list[list[str]]:
    return [
        [tree.topLevelItem(r).text(c) for c in range(tree.columnCount())]
        for r in range(tree.topLevelItemCount())
    ]


def test_the_versions_and_what_happened(qtbot, make_window, archive, stored_meeting, tmp_path):
    _circulated(archive, stored_meeting, tmp_path)
    record = archive.record(stored_meeting.id)
    record.agree(AGREED_ON)
    record.unlock("A figure corrected after agreement")
    window = make_window()
    dialog = _open_history(qtbot, window)
    versions = _rows(dialog.versions)
    # agreed as circulated: the version circulated is the one agreed
    assert [(v[0], v[2]) for v in versions] == [("1", "circulated"), ("now", "agreed")]
    events = _rows(dialog.events)
    assert [e[1] for e in events] == ["Circulated", "Agreed", "Opened for changes"]
    assert events[1][2] == "version 1; on Tuesday 15 April 2031"
    assert events[2][2] == "reason: A figure corrected after agreement"
    assert dialog.before.hasFocus()


def test_comparing_with_the_meeting_as_it_stands(
    qtbot, make_window, archive, stored_meeting, tmp_path
):
    _circulated(archive, stored_meeting, tmp_path)
    window = make_window()
    window.going.go_to("2")
    block = window.editor.document().find("cash machine")
    window.editor.setTextCursor(block)
    qtbot.keyClicks(window.editor, "shop")  # typed over the selection, not yet saved
    dialog = _open_history(qtbot, window)
    assert dialog.chosen() == (1, None)  # version 1 to the meeting now, offered
    qtbot.keyClick(dialog.before, Qt.Key.Key_Return)  # Enter compares
    qtbot.waitUntil(lambda: dialog.save_button.isEnabled(), timeout=10000)
    html = dialog.view.toHtml()
    text = dialog.view.toPlainText()
    assert "Operational and reputational" in text
    assert "changed bullet point" in text
    assert "cash machine" in text and "shop" in text
    # the marks are more than colour: struck through and underlined
    assert "line-through" in html and "underline" in html
    assert "1 change" in dialog.status.text()


def test_two_kept_versions_and_tracked_changes_in_word(
    qtbot, make_window, archive, stored_meeting, tmp_path, monkeypatch
):
    _circulated(archive, stored_meeting, tmp_path)
    item = archive.load_meeting(stored_meeting.id).find_item("5")
    item.blocks[0].text = item.blocks[0].text + " Added before the second draft."
    archive.save_item(stored_meeting.id, item)
    circulate.circulate(archive, stored_meeting.id, tmp_path / "draft2.docx")
    window = make_window()
    dialog = _open_history(qtbot, window)
    dialog.before.setFocus()
    qtbot.keyClick(dialog.before, Qt.Key.Key_Home)  # version 1
    qtbot.keyClick(dialog, Qt.Key.Key_T, Qt.KeyboardModifier.AltModifier)
    assert dialog.after.hasFocus()
    qtbot.keyClick(dialog.after, Qt.Key.Key_Up)  # version 2
    assert dialog.chosen() == (1, 2)
    qtbot.keyClick(dialog.after, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.save_button.isEnabled(), timeout=10000)
    assert "Added before the second draft." in dialog.view.toPlainText()
    monkeypatch.setattr(
        window.files, "ask_path", lambda title, path: str(tmp_path / "changes.docx")
    )
    qtbot.keyClick(dialog, Qt.Key.Key_W, Qt.KeyboardModifier.AltModifier)  # (clicks soon after)
    qtbot.waitUntil(lambda: (tmp_path / "changes.docx").exists(), timeout=10000)
    qtbot.waitUntil(lambda: not window.files.busy, timeout=10000)
    with zipfile.ZipFile(tmp_path / "changes.docx") as docx:
        body = docx.read("word/document.xml").decode("utf-8")
    assert "<w:ins " in body and "Added before the second draft." in body
    assert "version 1 to version 2" in body  # the author of the tracked changes
    assert "tracked changes" in window.statusBar().currentMessage()


def test_no_version_yet_is_said(qtbot, window):
    qtbot.keyClick(window.editor, Qt.Key.Key_H, CTRL)
    dialog = window.history.dialog
    qtbot.waitUntil(lambda: "No version is kept yet" in dialog.status.text(), timeout=10000)
    assert not dialog.compare_button.isEnabled()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: window.history.dialog is None, timeout=3000)
