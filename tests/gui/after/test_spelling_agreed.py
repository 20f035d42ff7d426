"""Spelling in an agreed record (issues 15 and 16): its slips are underlined as
in any meeting, and choosing a suggestion is a change like a key press: it asks
why the record is being changed, and changes nothing without a reason."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.gui.after.conftest import history, reason_field
from tests.gui.spelling_helpers import put_cursor, ready, underlined


def _suggestion_chosen(qtbot, window, word: str) -> None:
    editor = window.editor
    put_cursor(editor, editor.toPlainText().index("Eastport") + 2)
    qtbot.keyClick(editor, Qt.Key.Key_Menu)
    menus = window.spelling.menus
    qtbot.waitUntil(lambda: word in menus.suggestions(), timeout=3000)
    next(a for a in menus.menu.actions() if a.data() == word).trigger()


def test_a_suggestion_in_an_agreed_record_asks_why_first(qtbot, agreed_window, data_dir, reopen):
    window = agreed_window
    ready(qtbot, window)
    window.going.go_to("2")
    assert underlined(window.editor) == ["Eastport"]  # read freely, slips shown
    before = window.editor.toPlainText()

    _suggestion_chosen(qtbot, window, "Seaport")
    reason_field(qtbot, window)
    assert window.editor.toPlainText() == before  # not yet: a question first
    qtbot.keyClick(window.lock.dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: window.lock.dialog is None, timeout=3000)
    assert window.editor.toPlainText() == before

    _suggestion_chosen(qtbot, window, "Seaport")
    field = reason_field(qtbot, window)
    qtbot.keyClicks(field, "A town misspelt")
    qtbot.keyClick(field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "Seaport" in window.editor.toPlainText(), timeout=3000)
    assert window.editor.toPlainText() == before.replace("Eastport", "Seaport")
    window.session.save_now()
    meeting_id = window.session.meeting.id
    assert "cash machine in Seaport." in reopen(meeting_id).find_item("2").blocks[0].text
    assert ("unlocked", "A town misspelt") in history(data_dir, meeting_id)


def test_ignoring_a_word_in_an_agreed_record_changes_no_record(qtbot, agreed_window, archive):
    window = agreed_window
    ready(qtbot, window)
    window.going.go_to("2")
    editor = window.editor
    put_cursor(editor, editor.toPlainText().index("Eastport") + 2)
    qtbot.keyClick(editor, Qt.Key.Key_Menu)
    menus = window.spelling.menus
    qtbot.waitUntil(menus.is_open, timeout=3000)
    next(a for a in menus.menu.actions() if a.text().startswith("&Ignore")).trigger()
    assert window.lock.dialog is None  # nothing asked: the record is as it was
    assert underlined(editor) == []
    window.session.writer.wait()
    assert archive.words.ignored(window.session.meeting.id) == ["Eastport"]
    assert window.session.record_state.locked
