"""Spelling as you type (issue 16): the underline, the menu, Alt+F7, the switch."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QContextMenuEvent, QTextCursor
from PySide6.QtWidgets import QApplication

from tests.gui.conftest import written
from tests.gui.spelling_helpers import (
    end_of_notes,
    put_cursor,
    ready,
    red_columns,
    underlined,
    underlined_at,
)

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
ALT = Qt.KeyboardModifier.AltModifier


def typed_at_end(qtbot, window, number: str, text: str) -> None:
    window.going.go_to(number)
    end_of_notes(window.editor)
    qtbot.keyClicks(window.editor, text)


def menu_of(qtbot, window):
    menus = window.spelling.menus
    qtbot.waitUntil(menus.is_open, timeout=3000)
    return menus


def test_typing_a_slip_underlines_it_where_it_is(qtbot, window):
    ready(qtbot, window)
    typed_at_end(qtbot, window, "3", " The PCC recieved the DCC's reprot. ")
    editor = window.editor
    assert underlined(editor) == ["recieved", "reprot"]
    text = editor.document().toPlainText()
    start = text.index("recieved")
    assert underlined_at(editor)[0] == (start, start + len("recieved"))

    # and it is drawn: red under the word, nowhere left of it on that line
    editor.viewport().repaint()
    cursor = QTextCursor(editor.document())
    cursor.setPosition(start)
    left = editor.cursorRect(cursor)
    cursor.setPosition(start + len("recieved"))
    right = editor.cursorRect(cursor)
    image = editor.viewport().grab().toImage()
    ratio = image.devicePixelRatio()
    columns = red_columns(image, int(left.top() * ratio), int((left.bottom() + 4) * ratio))
    inside = [x for x in columns if left.left() * ratio - 2 <= x <= right.left() * ratio + 2]
    assert len(inside) > (right.left() - left.left()) * ratio * 0.6
    assert not [x for x in columns if x < left.left() * ratio - 2]


def test_the_word_being_typed_is_judged_when_the_cursor_leaves_it(qtbot, window):
    ready(qtbot, window)
    typed_at_end(qtbot, window, "3", " The reprot")
    assert underlined(window.editor) == []  # still typing it
    qtbot.keyClick(window.editor, Qt.Key.Key_Home)
    assert underlined(window.editor) == ["reprot"]
    end_of_notes(window.editor)
    qtbot.keyClicks(window.editor, " and recieved.")
    assert underlined(window.editor) == ["reprot", "recieved"]


def test_a_pasted_paragraph_is_judged_whole(qtbot, window):
    ready(qtbot, window)
    window.going.go_to("3")
    end_of_notes(window.editor)
    QApplication.clipboard().setText(" Teh force recieved it")
    qtbot.keyClick(window.editor, Qt.Key.Key_V, CTRL)
    assert underlined(window.editor) == ["Teh", "recieved"]


def test_the_room_is_never_underlined(qtbot, window):
    """People, role codes, the venue, headings, acronyms and words with digits."""
    ready(qtbot, window)
    typed_at_end(
        qtbot,
        window,
        "3",
        " Okafor and Llewellyn met in Kingsford with HMICFRS on the RASSO and CSE "
        "figures for Q3; the Whitcombe report on inspection, the CEx's plan. ",
    )
    assert underlined(window.editor) == []


def test_the_room_follows_the_meetings_details(qtbot, window):
    ready(qtbot, window)
    typed_at_end(qtbot, window, "3", " Brackenwell spoke. ")
    assert underlined(window.editor) == ["Brackenwell"]
    from minutetaker.domain.model import Person

    window.session.meeting.people.append(Person("Ann Brackenwell", "Head of Estates", "HoE"))
    window.session.details_edited()
    assert underlined(window.editor) == []


def test_showing_an_item_is_not_an_edit(qtbot, window, monkeypatch):
    """Underlines are drawn over the text: nothing to save, nothing to undo."""
    ready(qtbot, window)
    edits = []
    monkeypatch.setattr(window.session.autosaver, "item_changed", lambda *a, **k: edits.append(a))
    for number in ("4a", "2", "3", "4a"):
        window.going.go_to(number)
    assert "Eastport" in underlined(window.editor)  # (an invented town, not yet in the office's)
    doc = window.editor.document()
    window.commands.check_spelling.trigger()  # off, and on again
    window.commands.check_spelling.trigger()
    assert "Eastport" in underlined(window.editor)
    window.spelling.add_to_office("Kingsford")  # the room changes: all judged again
    assert edits == []
    assert not doc.isModified()
    assert not doc.isUndoAvailable()


def test_the_menu_key_offers_suggestions_and_enter_takes_the_first(qtbot, window, reopen):
    ready(qtbot, window)
    typed_at_end(qtbot, window, "3", " The PCC recieved it.")
    editor = window.editor
    put_cursor(editor, editor.document().toPlainText().index("recieved") + 3)
    qtbot.keyClick(editor, Qt.Key.Key_Menu)
    menus = menu_of(qtbot, window)
    qtbot.waitUntil(lambda: menus.suggestions() == ["received", "relieved"], timeout=3000)
    assert menus.menu.activeAction().text() == "received"
    texts = [a.text() for a in menus.menu.actions() if a.text()]
    assert texts[2:4] == ["&Add to office dictionary", "&Ignore in this meeting"]
    assert "&Copy\tCtrl+C" in texts  # the field's usual menu stays below
    qtbot.keyClick(menus.menu, Qt.Key.Key_Return)
    assert editor.toPlainText().endswith("The PCC received it.")
    assert underlined(editor) == []

    qtbot.keyClick(editor, Qt.Key.Key_Z, CTRL)  # one step back: the slip, whole
    assert editor.toPlainText().endswith("The PCC recieved it.")
    qtbot.keyClick(editor, Qt.Key.Key_Y, CTRL)
    qtbot.keyClick(editor, Qt.Key.Key_S, CTRL)
    stored = reopen(window.session.meeting.id).find_item("3").blocks[-1].text
    assert stored.endswith("The PCC received it.")


def test_shift_f10_and_the_mouse_open_the_same_menu(qtbot, window):
    ready(qtbot, window)
    typed_at_end(qtbot, window, "3", " An organize of it.")
    editor = window.editor
    start = editor.toPlainText().index("organize")
    put_cursor(editor, start + 2)
    qtbot.keyClick(editor, Qt.Key.Key_F10, SHIFT)
    menus = menu_of(qtbot, window)
    qtbot.waitUntil(lambda: bool(menus.suggestions()), timeout=3000)
    assert menus.suggestions()[0] == "organise"  # British first
    menus.menu.close()

    put_cursor(editor, 0)  # the mouse's word, not the cursor's
    cursor = QTextCursor(editor.document())
    cursor.setPosition(start + 3)
    at = editor.cursorRect(cursor).center()
    event = QContextMenuEvent(QContextMenuEvent.Reason.Mouse, at, editor.viewport().mapToGlobal(at))
    QApplication.sendEvent(editor.viewport(), event)
    menus = menu_of(qtbot, window)
    qtbot.waitUntil(lambda: bool(menus.suggestions()), timeout=3000)
    assert menus.slip.word == "organize"
    assert menus.menu.activeAction() is None  # the mouse chooses
    next(a for a in menus.menu.actions() if a.data() == "organise").trigger()
    assert editor.toPlainText().endswith("An organise of it.")


def test_a_right_word_gets_the_usual_menu_only(qtbot, window):
    ready(qtbot, window)
    typed_at_end(qtbot, window, "3", " Agreed.")
    qtbot.keyClick(window.editor, Qt.Key.Key_Left)
    qtbot.keyClick(window.editor, Qt.Key.Key_Menu)
    menus = menu_of(qtbot, window)
    texts = [a.text() for a in menus.menu.actions()]
    assert "&Add to office dictionary" not in texts
    assert "&Copy\tCtrl+C" in texts


def test_add_to_office_dictionary_clears_it_in_every_meeting(qtbot, window, archive):
    ready(qtbot, window)
    first_id = window.session.meeting.id
    typed_at_end(qtbot, window, "3", " Seen at Brackmoor's gate. ")
    assert underlined(window.editor) == ["Brackmoor's"]
    put_cursor(window.editor, window.editor.toPlainText().index("Brackmoor") + 1)
    qtbot.keyClick(window.editor, Qt.Key.Key_Menu)
    menus = menu_of(qtbot, window)
    next(a for a in menus.menu.actions() if a.text().startswith("&Add")).trigger()
    assert underlined(window.editor) == []
    assert window.spelling.office_words() == ["Brackmoor"]  # the word, not its possessive

    # another meeting (as a later session would open it) knows it too
    from tests.samples import sample_meeting

    other = sample_meeting()
    other.date = other.date.replace(month=4)
    other.find_item("3").blocks[0].text = "Brackmoor and Eastport were visited."
    window.session.save_now()
    other_id = window.session.write(lambda a: a.add_meeting(other))
    window.session.open_meeting(other_id)
    window.going.go_to("3")
    assert underlined(window.editor) == ["Eastport"]
    assert other_id != first_id


def test_ignore_clears_it_in_this_meeting_only(qtbot, window, archive):
    ready(qtbot, window)
    typed_at_end(qtbot, window, "3", " Operation Vexlow began. ")
    assert underlined(window.editor) == ["Vexlow"]
    put_cursor(window.editor, window.editor.toPlainText().index("Vexlow"))
    qtbot.keyClick(window.editor, Qt.Key.Key_Menu)
    menus = menu_of(qtbot, window)
    next(a for a in menus.menu.actions() if a.text().startswith("&Ignore")).trigger()
    assert underlined(window.editor) == []
    meeting_id = window.session.meeting.id
    written(qtbot, window)
    assert archive.words.ignored(meeting_id) == ["Vexlow"]
    assert archive.words.office() == []

    from tests.samples import sample_meeting

    other = sample_meeting()
    other.date = other.date.replace(month=5)
    other.find_item("3").blocks[0].text = "Operation Vexlow ended."
    window.session.save_now()
    other_id = window.session.write(lambda a: a.add_meeting(other))
    window.session.open_meeting(other_id)
    window.going.go_to("3")
    assert underlined(window.editor) == ["Vexlow"]
    window.session.open_meeting(meeting_id)  # and back: still ignored there
    window.going.go_to("3")
    assert underlined(window.editor) == []


def test_alt_f7_goes_from_slip_to_slip_and_round(qtbot, window):
    ready(qtbot, window)
    typed_at_end(qtbot, window, "3", " Recieved first. Then the secnod. ")
    editor = window.editor
    put_cursor(editor, 0)
    qtbot.keyClick(editor, Qt.Key.Key_F7, ALT)
    menus = menu_of(qtbot, window)
    assert editor.textCursor().selectedText() == "Recieved"
    qtbot.waitUntil(lambda: menus.suggestions()[:1] == ["Received"], timeout=3000)
    qtbot.keyClick(menus.menu, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not menus.is_open(), timeout=2000)
    qtbot.keyClick(editor, Qt.Key.Key_F7, ALT)
    assert editor.textCursor().selectedText() == "secnod"
    qtbot.waitUntil(lambda: menus.suggestions()[:1] == ["second"], timeout=3000)
    qtbot.keyClick(menus.menu, Qt.Key.Key_Return)
    assert "Then the second." in editor.toPlainText()
    qtbot.keyClick(editor, Qt.Key.Key_F7, ALT)  # round from the start
    assert editor.textCursor().selectedText() == "Recieved"
    qtbot.keyClick(menus.menu, Qt.Key.Key_Return)
    qtbot.keyClick(editor, Qt.Key.Key_F7, ALT)
    assert not menus.is_open()
    assert "No misspelt words" in window.statusBar().currentMessage()


def test_the_topic_and_an_actions_text_are_underlined(qtbot, window):
    ready(qtbot, window)
    window.going.go_to("4a")
    topic = window.page.holding_to_account_panel.topic
    topic.setFocus()
    topic.end(False)
    qtbot.keyClicks(topic, " and the polcie estate")
    qtbot.keyClick(topic, Qt.Key.Key_Home)  # the cursor leaves the word
    from tests.gui.spelling_helpers import line_underlined

    assert line_underlined(window, topic) == ["Northshire", "Eastport", "polcie"]

    # drawn under the word (the field's own text layout)
    image = topic.grab().toImage()
    assert red_columns(image, 0, image.height())

    qtbot.keyClick(window.editor, Qt.Key.Key_A, CTRL | SHIFT)
    row = window.actions_panel.text
    qtbot.keyClicks(row, "Chase the reprot from HMICFRS")
    assert line_underlined(window, row) == ["reprot"]
    row.setCursorPosition(row.text().index("reprot") + 2)
    qtbot.keyClick(row, Qt.Key.Key_Menu)
    menus = menu_of(qtbot, window)
    qtbot.waitUntil(lambda: "report" in menus.suggestions(), timeout=3000)
    next(a for a in menus.menu.actions() if a.data() == "report").trigger()
    assert row.text() == "Chase the report from HMICFRS"
    assert line_underlined(window, row) == []
    row.undo()
    assert row.text() == "Chase the reprot from HMICFRS"


def test_the_switch_is_remembered_and_off_takes_the_underlines_away_at_once(
    qtbot, make_window, stored_meeting, settings
):
    window = make_window()
    ready(qtbot, window)
    window.going.go_to("4a")
    assert underlined(window.editor)
    switch = window.commands.check_spelling
    assert switch.isChecked()
    switch.trigger()
    assert underlined(window.editor) == []
    topic = window.page.holding_to_account_panel.topic
    from tests.gui.spelling_helpers import line_underlined

    assert line_underlined(window, topic) == []
    qtbot.keyClicks(window.editor, " recieved ")
    assert underlined(window.editor) == []
    window.close()

    again = make_window()
    assert not again.commands.check_spelling.isChecked()
    again.going.go_to("4a")
    qtbot.wait(300)  # (nothing is loading: there is nothing to wait for)
    assert underlined(again.editor) == []
    again.commands.check_spelling.trigger()
    ready(qtbot, again)
    assert "recieved" in underlined(again.editor)
    assert settings.value("view/spelling") in (True, "true")


def test_a_paragraph_past_the_longest_checked_is_left_alone(qtbot, window):
    """A pasted report without its line breaks is not judged at every key."""
    from minutetaker.gui.spelling.controller import LONGEST_CHECKED

    ready(qtbot, window)
    window.going.go_to("3")
    end_of_notes(window.editor)
    qtbot.keyClick(window.editor, Qt.Key.Key_Return)
    filler = "The force reviewed it. " * (LONGEST_CHECKED // 23 + 1)
    QApplication.clipboard().setText(filler + "recieved ")
    qtbot.keyClick(window.editor, Qt.Key.Key_V, CTRL)
    assert len(window.editor.document().lastBlock().text()) > LONGEST_CHECKED
    assert underlined(window.editor) == []
    qtbot.keyClick(window.editor, Qt.Key.Key_Return)
    qtbot.keyClicks(window.editor, "A short one recieved. ")
    assert underlined(window.editor) == ["recieved"]


def test_the_window_starts_without_the_spell_checks_code():
    """The checks' code (and the dictionary) load on their own thread, once the
    window is up: importing the window does not import them."""
    import subprocess
    import sys

    heavy = ("spelling", "dictionary", "engine", "prepared", "ngram", "words", "british")
    code = (
        "import sys, minutetaker.gui.shell.main_window\n"
        f"print(sorted(m for m in sys.modules if m.split('.')[-1] in {heavy!r}\n"
        "    and m.startswith('minutetaker.checks.')))"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"


def test_questions_and_their_findings_are_underlined_too(qtbot, window):
    from minutetaker.gui.minutes.notes_format import block_kind

    ready(qtbot, window)
    window.going.go_to("4a")
    editor = window.editor
    block = editor.document().firstBlock()
    while block.isValid() and block_kind(block)[0] != "question":
        block = block.next()
    assert block.text() == "Can the CC explain the rise in shoplifting in Eastport?"
    put_cursor(editor, block.position() + block.length() - 1)
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # a finding of the question
    qtbot.keyClicks(editor, "Teh retail parks. ")
    finding = editor.textCursor().block()
    assert block_kind(finding) == ("paragraph", 1)
    by_block = {}
    for start, end in underlined_at(editor):
        found = editor.document().findBlock(start)
        by_block.setdefault(found.blockNumber(), []).append(
            found.text()[start - found.position() : end - found.position()]
        )
    assert by_block[block.blockNumber()] == ["Eastport"]
    assert by_block[finding.blockNumber()] == ["Teh"]


def test_a_new_agenda_heading_joins_the_room(qtbot, window):
    ready(qtbot, window)
    typed_at_end(qtbot, window, "5", " The Brackenwell review. ")
    assert underlined(window.editor) == ["Brackenwell"]
    window.agenda_changes.add_item(window.session.item.id, None, "Brackenwell review")
    window.going.go_to("5")
    assert underlined(window.editor) == []


def test_alt_f7_starts_in_the_field_with_the_cursor(qtbot, window):
    ready(qtbot, window)
    window.going.go_to("4a")
    topic = window.page.holding_to_account_panel.topic
    topic.setFocus()
    topic.setCursorPosition(0)
    qtbot.keyClick(topic, Qt.Key.Key_F7, ALT)
    assert topic.selectedText() == "Northshire"
    menus = menu_of(qtbot, window)
    assert menus.slip.field is topic
    qtbot.keyClick(menus.menu, Qt.Key.Key_Escape)


def test_the_shortcuts_help_lists_the_spelling_keys(qtbot, window):
    from minutetaker.gui.shell.menus import shortcut_rows

    rows = dict((what, keys) for keys, what in shortcut_rows(window.commands))
    assert rows["Next misspelt word"] == "Alt+F7"
    assert "Shift+F10" in rows["Suggestions for the word underlined in red"]


def test_a_dictionary_that_will_not_load_is_said_in_one_sentence(
    qtbot, make_window, stored_meeting, monkeypatch
):
    import minutetaker.checks.dictionary as dictionary

    def missing():
        raise dictionary.DictionaryMissing(
            "The spelling dictionary is missing (en_GB.dic); reinstall minutetaker."
        )

    monkeypatch.setattr(dictionary, "shared_dictionary", missing)
    window = make_window()
    qtbot.waitUntil(lambda: "Spelling is not checked" in window.statusBar().currentMessage())
    assert window.statusBar().currentMessage() == (
        "Spelling is not checked. The spelling dictionary is missing (en_GB.dic); "
        "reinstall minutetaker."
    )
    typed_at_end(qtbot, window, "3", " recieved ")  # typing goes on, nothing underlined
    assert underlined(window.editor) == []
    assert window.editor.toPlainText().endswith("recieved ")
