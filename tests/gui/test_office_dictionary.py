"""Edit > Office dictionary… (issue 16): the words viewed, searched, added, removed."""

from __future__ import annotations

import sqlite3

from PySide6.QtCore import Qt

from minutetaker.store import Archive
from tests.gui.conftest import activate, written
from tests.gui.spelling_helpers import end_of_notes, ready, underlined


def open_dialog(qtbot, window):
    window.commands.office_dictionary.trigger()
    dialog = window.spelling.dialog
    activate(qtbot, dialog)
    return dialog


def test_words_added_in_the_dialog_are_right_at_once_and_kept_in_the_archive(
    qtbot, window, data_dir
):
    ready(qtbot, window)
    window.going.go_to("3")
    end_of_notes(window.editor)
    qtbot.keyClicks(window.editor, " Visits to Brackmoor and Eastport. ")
    assert underlined(window.editor) == ["Brackmoor", "Eastport"]

    dialog = open_dialog(qtbot, window)
    assert dialog.shown_words() == []
    assert dialog.count.text() == "0 words in the dictionary"
    assert dialog.focusWidget() is dialog.new_word
    for word in ("Brackmoor", "Eastport", "Smartwater"):
        qtbot.keyClicks(dialog.new_word, word)
        qtbot.keyClick(dialog.new_word, Qt.Key.Key_Return)
    assert dialog.shown_words() == ["Brackmoor", "Eastport", "Smartwater"]
    assert dialog.list.currentItem().text() == "Smartwater"  # the word just added
    assert underlined(window.editor) == []

    written(qtbot, window)
    with Archive.open(data_dir) as fresh:
        assert fresh.words.office() == ["Brackmoor", "Eastport", "Smartwater"]


def test_a_word_already_there_or_not_one_word_is_refused_with_a_sentence(
    qtbot, make_window, stored_meeting, archive
):
    archive.words.add("Hindlip")
    window = make_window()
    dialog = open_dialog(qtbot, window)
    assert dialog.shown_words() == ["Hindlip"]
    qtbot.keyClicks(dialog.new_word, "hindlip")
    qtbot.keyClick(dialog.new_word, Qt.Key.Key_Return)
    assert dialog.message.isVisible()
    assert dialog.message.text() == "“hindlip” is in the office dictionary already."
    dialog.new_word.clear()
    qtbot.keyClicks(dialog.new_word, "West Mercia")
    qtbot.keyClick(dialog.new_word, Qt.Key.Key_Return)
    assert "more than one word" in dialog.message.text()
    assert dialog.new_word.text() == "West Mercia"  # kept, to be mended
    assert dialog.shown_words() == ["Hindlip"]
    written(qtbot, window)
    assert archive.words.office() == ["Hindlip"]


def test_search_narrows_the_list_and_delete_removes_a_word(
    qtbot, make_window, stored_meeting, archive
):
    for word in ("Athena", "Hindlip", "Hindlip-on-Sea", "Smartwater"):
        archive.words.add(word)
    window = make_window()
    ready(qtbot, window)
    window.going.go_to("3")
    end_of_notes(window.editor)
    qtbot.keyClicks(window.editor, " Athena and Smartwater. ")
    assert underlined(window.editor) == []

    dialog = open_dialog(qtbot, window)
    qtbot.keyClicks(dialog.search, "HIND")
    assert dialog.shown_words() == ["Hindlip", "Hindlip-on-Sea"]
    assert dialog.count.text() == "2 of 4 words"
    dialog.search.clear()
    qtbot.keyClicks(dialog.search, "smart")
    dialog.list.setFocus()
    qtbot.keyClick(dialog.list, Qt.Key.Key_Delete)
    assert dialog.shown_words() == []
    dialog.search.clear()
    assert dialog.shown_words() == ["Athena", "Hindlip", "Hindlip-on-Sea"]
    assert underlined(window.editor) == ["Smartwater"]  # wrong again, at once
    written(qtbot, window)
    assert archive.words.office() == ["Athena", "Hindlip", "Hindlip-on-Sea"]

    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=2000)
    qtbot.waitUntil(lambda: window.editor.hasFocus(), timeout=2000)


def test_backups_carry_the_office_dictionary(qtbot, window):
    dialog = open_dialog(qtbot, window)
    qtbot.keyClicks(dialog.new_word, "Hindlip")
    qtbot.keyClick(dialog.new_word, Qt.Key.Key_Return)
    written(qtbot, window)
    backup = window.session.write(lambda archive: archive.backup())
    with sqlite3.connect(backup.path) as copy:
        assert copy.execute("SELECT word FROM office_words").fetchall() == [("Hindlip",)]
