"""docs/gui.md is true about the keys (issue 13, point 12).

Every row of every "| to do this | press |" table of docs/gui.md is read; its
keys are taken from the page as written and pressed in the window, and the
check for that row asserts that they do what the row says. A row without a
check, a check without a row, or a command of the window whose key is in no
table fails the test: the page and the window cannot drift apart."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QCheckBox, QLineEdit

from minutetaker.gui.minutes.notes_format import SOFT_BREAK
from tests.gui.conftest import activate, type_text
from tests.gui.dialogs import answer

DOCS = Path(__file__).resolve().parents[2] / "docs" / "gui.md"
HEADER = "| to do this | press |"
# a key as the page writes it: Ctrl+Shift+P, Ctrl++, Ctrl+Page Down, Alt+D, F1, Enter
KEY = re.compile(
    r"(?:(?:Ctrl|Shift|Alt)\+)+(?:Page Down|Page Up|Delete|Enter|Esc|Tab|Up|Down|F\d+|"
    r"[A-Z0-9](?![A-Za-z])|[\[\]=+\-])"
    r"|\b(?:Page Down|Page Up|Enter|Esc|Tab|Space|Up|Down|Delete|Insert|Menu|F\d+|[A-Z])\b"
)
SNIPPET = re.compile(r"`([^`]+)`")
NAMES = {"Page Down": "PgDown", "Page Up": "PgUp", "Enter": "Return", "Delete": "Del"}


@dataclass
class Row:
    what: str
    press: str

    @property
    def keys(self) -> list[str]:
        return KEY.findall(self.press)

    @property
    def snippets(self) -> list[str]:
        return SNIPPET.findall(self.what) + SNIPPET.findall(self.press)


def doc_rows() -> list[Row]:
    rows, in_table = [], False
    for line in DOCS.read_text(encoding="utf-8").splitlines():
        if line.strip() == HEADER:
            in_table = True
        elif in_table and line.startswith("|---"):
            continue
        elif in_table and line.startswith("|"):
            what, press = (cell.strip() for cell in line.strip().strip("|").split(" | "))
            rows.append(Row(what, press))
        else:
            in_table = False
    return rows


def combination(token: str) -> tuple[Qt.Key, Qt.KeyboardModifier]:
    """A key of the page as Qt names it."""
    text = token
    for name, qt_name in NAMES.items():
        text = text.replace(name, qt_name)
    sequence = QKeySequence.fromString(text, QKeySequence.SequenceFormat.PortableText)
    assert sequence.count() == 1, f"{token!r} is not one key"
    combo = sequence[0]
    return combo.key(), combo.keyboardModifiers()


class Keys:
    """Presses the page's keys where the focus is (as a person's key would go)."""

    def __init__(self, qtbot, window) -> None:
        self.qtbot, self.window = qtbot, window

    def press(self, token: str, widget=None) -> None:
        key, modifiers = combination(token)
        target = widget or QApplication.focusWidget() or self.window
        QTest.keyClick(target, key, modifiers)

    def type(self, text: str, widget=None) -> None:
        QTest.keyClicks(widget or QApplication.focusWidget(), text)


def _notes(window) -> str:
    return window.editor.toPlainText()


def _at_new_line(keys: Keys, window, number: str = "3") -> None:
    window.going.go_to(number)
    window.focus_notes()
    QTest.keyClick(window.editor, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClick(window.editor, Qt.Key.Key_Return)


def _kind(window) -> tuple[str, int]:
    return window.editor.current_kind()


def _focus(window):
    return QApplication.focusWidget()


# -- the checks, one a row: (keys, the row, the window) -------------------------------


def start_a_bullet(k: Keys, row: Row, w) -> None:
    assert row.snippets == ["- ", "• "] and row.keys == []
    for snippet in row.snippets:
        _at_new_line(k, w)
        type_text(k.qtbot, w.editor, snippet)  # (• is no key QTest can name)
        assert _kind(w)[0] == "bullet"
        assert w.editor.textCursor().block().text() == ""


def next_bullet(k: Keys, row: Row, w) -> None:
    (enter,) = row.keys
    _at_new_line(k, w)
    k.type("- first")
    k.press(enter)
    assert _kind(w)[0] == "bullet"


def end_the_list(k: Keys, row: Row, w) -> None:
    (enter,) = row.keys
    _at_new_line(k, w)
    k.type("- first")
    k.press(enter)
    k.press(enter)  # on the empty bullet
    assert _kind(w)[0] == "paragraph"


def line_break(k: Keys, row: Row, w) -> None:
    (key,) = row.keys
    _at_new_line(k, w)
    blocks = w.editor.document().blockCount()
    k.type("one")
    k.press(key)
    k.type("two")
    assert w.editor.document().blockCount() == blocks
    assert w.editor.textCursor().block().text() == f"one{SOFT_BREAK}two"


def make_the_line(k: Keys, row: Row, w) -> None:
    assert len(row.keys) == 3
    for key, kind in zip(row.keys, ("paragraph", "bullet", "subheading"), strict=True):
        _at_new_line(k, w)
        k.type("A line")
        if kind == "paragraph":
            k.press("Ctrl+Shift+B")  # (something else first)
        k.press(key)
        assert _kind(w)[0] == kind


def undo_redo(k: Keys, row: Row, w) -> None:
    undo, *redos = row.keys
    assert len(redos) == 2
    for redo in redos:
        _at_new_line(k, w)
        k.type("Undone")
        typed = _notes(w)
        k.press(undo)
        assert _notes(w).count("Undone") == typed.count("Undone") - 1
        k.press(redo)
        assert _notes(w) == typed


def zoom(k: Keys, row: Row, w) -> None:
    larger, larger_too, smaller, actual = row.keys
    w.focus_notes()
    for key, expected in ((larger, 1), (larger_too, 2), (smaller, 1), (actual, 0)):
        k.press(key)
        assert w.editor.zoom == expected, key


def save_now(k: Keys, row: Row, w) -> None:
    (key,) = row.keys
    _at_new_line(k, w)
    k.type("Saved by hand")
    k.press(key)
    w.session.writer.wait()
    from minutetaker.store import Archive

    with Archive.open(w.session.archive.path.parent) as fresh:
        blocks = fresh.load_meeting(w.session.meeting.id).find_item("3").blocks
    assert blocks[-1].text == "Saved by hand"


def next_previous_item(k: Keys, row: Row, w) -> None:
    following, previous = row.keys
    w.going.go_to("3")
    w.focus_notes()
    k.press(following)
    assert w.session.item.number == "4"
    k.press(previous)
    k.press(previous)
    assert w.session.item.number == "2"


def go_to_by_number(k: Keys, row: Row, w) -> None:
    open_key, enter = row.keys
    for number in row.snippets:
        w.focus_notes()
        k.press(open_key)
        field = w.going.go_to_dialog.findChild(QLineEdit)
        k.type(number, field)
        k.press(enter, field)
        assert w.session.item.number == number
        assert w.editor.hasFocus()


def focus_places(k: Keys, row: Row, w) -> None:
    agenda, agenda_too, notes, actions = row.keys
    w.going.go_to("4a")
    for key, widget in (
        (agenda, w.agenda),
        (notes, w.editor),
        (agenda_too, w.agenda),
        (actions, w.actions_panel.list),
    ):
        k.press(key)
        assert widget.hasFocus(), key


def open_from_the_agenda(k: Keys, row: Row, w) -> None:
    (enter,) = row.keys
    w.going.go_to("2")
    k.press("Ctrl+1")
    QTest.keyClick(w.agenda, Qt.Key.Key_Down)  # the arrows
    assert w.session.item.number == "3"  # shown as you go
    k.press(enter)
    assert w.editor.hasFocus()


def next_previous_control(k: Keys, row: Row, w) -> None:
    forward, backward = row.keys
    w.going.go_to("4a")
    k.press("Alt+T")
    assert w.page.holding_to_account_panel.topic.hasFocus()
    k.press(forward)
    assert w.editor.hasFocus()
    k.press(backward)
    assert w.page.holding_to_account_panel.topic.hasFocus()


def _heading_dialog_add(k: Keys, row: Row, w, number: str, expected: str) -> None:
    key, enter = row.keys
    w.going.go_to(number)
    w.focus_notes()
    k.press(key)
    field = w.agenda_changes.heading_dialog.findChild(QLineEdit)
    k.type("Estates", field)
    k.press(enter, field)
    assert (w.session.item.number, w.session.item.heading) == (expected, "Estates")


def add_sub_item(k: Keys, row: Row, w) -> None:
    _heading_dialog_add(k, row, w, "5", "5.1")
    _heading_dialog_add(k, row, w, "4", "4d")


def add_item_after(k: Keys, row: Row, w) -> None:
    _heading_dialog_add(k, row, w, "3", "4")


def delete_item(k: Keys, row: Row, w) -> None:
    (key,) = row.keys
    w.agenda_changes.add_item(None, w.session.meeting.items[-1].id, "Spare")
    assert w.session.item.heading == "Spare"  # empty: deleted without a question
    w.focus_notes()
    k.press(key)
    assert "Spare" not in [i.heading for i in w.session.walk_items()]


def typed_brought_forward(k: Keys, row: Row, w) -> None:
    (key,) = row.keys
    w.going.go_to("3")
    w.focus_notes()
    k.press(key)
    dialog = w.agenda_changes.brought_forward_dialog
    assert dialog is not None and dialog.isVisible()
    dialog.done(0)


def move_item(k: Keys, row: Row, w) -> None:
    up, down = row.keys
    w.going.go_to("4b")
    w.focus_notes()
    k.press(up)
    assert (w.session.item.number, w.session.item.heading) == (
        "4a",
        "Delivery of strategic initiatives",
    )
    k.press(down)
    assert w.session.item.number == "4b"


def file_an_action(k: Keys, row: Row, w) -> None:
    open_key, tab, tab_again, enter = row.keys
    w.going.go_to("3")
    w.focus_notes()
    k.press(open_key)
    k.type("Brief the PCC")
    k.press(tab)
    k.type("CC")
    popup = w.actions_panel.owner.completer().popup()
    if popup.isVisible():
        popup.hide()
    k.press(tab_again)
    assert w.actions_panel.due.hasFocus()
    k.type("15/04/2031")
    k.press(enter)
    assert [(a.text, a.owner) for a in w.session.item.actions] == [("Brief the PCC", "CC")]


def leave_the_row(k: Keys, row: Row, w) -> None:
    (esc,) = row.keys
    w.going.go_to("3")
    w.focus_notes()
    k.press("Ctrl+Shift+A")
    k.type("Not this one")
    k.press(esc)
    assert w.actions_panel.row.isHidden()
    assert w.session.item.actions == []


def edit_delete_action(k: Keys, row: Row, w) -> None:
    to_list, enter, f2, to_list_again, delete = row.keys
    w.going.go_to("4a")
    panel = w.actions_panel
    for key in (enter, f2):
        w.focus_notes()
        k.press(to_list)
        k.press(key)
        assert panel.text.hasFocus() and panel.text.text().startswith("Provide the PCC")
        k.press("Esc")
    w.focus_notes()
    k.press(to_list_again)
    k.press(delete)
    assert [a.id for a in w.session.item.actions] == ["a-retail-2"]


def undo_actions(k: Keys, row: Row, w) -> None:
    (undo,) = row.keys
    w.going.go_to("4a")
    k.press("Ctrl+3")
    k.press("Delete")
    assert len(w.session.item.actions) == 1
    k.press(undo)
    assert len(w.session.item.actions) == 2


def the_decision(k: Keys, row: Row, w) -> None:
    key, up, down = row.keys
    w.going.go_to("1.2")
    w.focus_notes()
    k.press(key)
    decision = w.page.brought_forward_panel.decision
    assert decision.hasFocus()
    k.press(up)
    assert w.session.item.brought_forward.decision == "discharged"
    k.press(down)
    assert w.session.item.brought_forward.decision == "carried forward"


def the_topic(k: Keys, row: Row, w) -> None:
    (key,) = row.keys
    w.going.go_to("4a")
    w.focus_notes()
    k.press(key)
    assert w.page.holding_to_account_panel.topic.hasFocus()


def make_a_question(k: Keys, row: Row, w) -> None:
    (key,) = row.keys
    (typed,) = row.snippets  # "1. ": the next question's number, a full stop, a space
    _at_new_line(k, w, "4a")  # after questions 1 and 2
    k.type("Is the CC confident?")
    k.press(key)
    assert _kind(w) == ("question", 0)  # question 3
    k.press("Enter")  # its findings
    k.press("Enter")  # (an empty finding: back to the item's own lines)
    k.type(typed.replace("1", "4"))
    assert _kind(w) == ("question", 0)
    assert w.editor.textCursor().block().text() == ""


def finding(k: Keys, row: Row, w) -> None:
    make, undo = row.keys
    _at_new_line(k, w, "4a")
    k.type("A finding")
    k.press("Ctrl+Shift+P")
    k.press(make)
    assert _kind(w) == ("paragraph", 1)
    k.press(undo)
    assert _kind(w) == ("paragraph", 0)


def _reason(k: Keys, row: Row, w) -> None:
    key, enter = row.keys
    w.going.go_to("3")
    w.focus_notes()
    k.press(key)
    field = w.editing.reason_dialog.findChild(QLineEdit)
    k.type("names an officer", field)
    k.press(enter, field)


def restrict_paragraph(k: Keys, row: Row, w) -> None:
    _reason(k, row, w)
    assert w.editor.current_restriction() == (True, "names an officer")
    w.focus_notes()
    k.press(row.keys[0])  # again: public
    assert w.editor.current_restriction()[0] is False


def restrict_item(k: Keys, row: Row, w) -> None:
    _reason(k, row, w)
    assert w.session.item.restricted and w.session.item.restricted_reason == "names an officer"
    w.focus_notes()
    k.press(row.keys[0])
    assert not w.session.item.restricted


def _details(k: Keys, w):
    k.qtbot.waitUntil(w.isActiveWindow, timeout=2000)
    w.focus_notes()
    k.press("Ctrl+D")
    dialog = w.details.dialog
    activate(k.qtbot, dialog)
    return dialog


def the_details(k: Keys, row: Row, w) -> None:
    (key,) = row.keys
    w.focus_notes()
    k.press(key)
    assert w.details.dialog is not None and w.details.dialog.isVisible()


def details_fields(k: Keys, row: Row, w) -> None:
    dialog = _details(k, w)
    for key, field in zip(row.keys, (dialog.date, dialog.venue, dialog.next_date), strict=True):
        k.press(key, dialog)
        assert field.hasFocus(), key


def step_attendance(k: Keys, row: Row, w) -> None:
    (space,) = row.keys
    dialog = _details(k, w)
    dialog.table.setFocus()
    k.press(space, dialog.table)
    assert dialog.table.people()[0].attendance == "apologies"


def add_remove_person(k: Keys, row: Row, w) -> None:
    insert, delete = row.keys
    dialog = _details(k, w)
    table = dialog.table
    table.setFocus()
    rows = table.rowCount()
    k.press(insert, table)
    assert table.rowCount() == rows + 1
    k.press("Esc")  # the new name's cell
    table.setFocus()
    k.press(delete, table)
    assert table.rowCount() == rows


def save_leave_details(k: Keys, row: Row, w) -> None:
    enter, esc = row.keys
    dialog = _details(k, w)
    k.press("Alt+V", dialog)
    k.press("End")
    k.type(" East")
    k.press(enter)
    assert not dialog.isVisible()
    assert w.session.meeting.venue.endswith(" East")
    dialog = _details(k, w)
    k.press(esc)  # nothing changed: gone without a question
    assert not dialog.isVisible()
    dialog = _details(k, w)
    k.press("Alt+V", dialog)
    k.type(" West")
    asked = []
    answer([lambda box: (asked.append(box.text()), QTest.keyClick(box, Qt.Key.Key_Escape))])
    k.press(esc)  # changed: asked first; Esc there goes back to the dialog
    assert asked and dialog.isVisible()
    dialog.done(0)


def next_meeting(k: Keys, row: Row, w) -> None:
    key, enter = row.keys
    before = w.session.meeting.id
    answer([lambda box: QTest.keyClick(box, combination(enter)[0])])
    w.focus_notes()
    k.press(key)
    assert w.session.meeting.id != before


def open_another_meeting(k: Keys, row: Row, w) -> None:
    key, enter = row.keys
    import datetime as dt

    from minutetaker.domain.model import Item, Meeting

    other = w.session.archive.add_meeting(
        Meeting("Monthly Assurance Meeting", dt.date(2031, 2, 18), items=[Item("1", "Welcome")])
    )
    w.focus_notes()
    k.press(key)
    dialog = w.meetings.meetings_dialog
    activate(k.qtbot, dialog)
    k.qtbot.waitUntil(lambda: _focus(w) is not None and dialog.isAncestorOf(_focus(w)))
    QTest.keyClick(_focus(w), Qt.Key.Key_Down)  # the arrows: the older meeting
    k.press(enter)
    assert w.session.meeting.id == other


def export(k: Keys, row: Row, w) -> None:
    (key,) = row.keys
    asked = []
    answer([lambda box: (asked.append(box.text()), QTest.keyClick(box, Qt.Key.Key_Escape))])
    w.focus_notes()
    k.press(key)
    assert asked == ["Which version of the notes?"]


def import_minutes(k: Keys, row: Row, w) -> None:
    (key,) = row.keys
    asked = []
    w.importing.ask_paths = lambda: asked.append(True) or []  # the files: none chosen
    w.focus_notes()
    k.press(key)
    assert asked


def quit_(k: Keys, row: Row, w) -> None:
    (key,) = row.keys
    _at_new_line(k, w)
    k.type("Last words")
    k.press(key)
    assert not w.isVisible()
    w.session.writer.wait()
    from minutetaker.store import Archive

    with Archive.open(w.session.archive.path.parent) as fresh:
        blocks = fresh.load_meeting(w.session.meeting.id).find_item("3").blocks
    assert blocks[-1].text == "Last words"


def every_shortcut(k: Keys, row: Row, w) -> None:
    (key,) = row.keys
    w.focus_notes()
    k.press(key)
    dialog = w.help.shortcuts_dialog
    assert dialog is not None and dialog.isVisible()
    from PySide6.QtWidgets import QTableWidget

    table = dialog.findChild(QTableWidget)
    assert table.rowCount() >= len([c for c in w.commands.all() if c.shortcuts()])


def search_open(k: Keys, row: Row, w) -> None:
    this, every = row.keys
    w.focus_notes()
    k.press(this)
    assert w.search.dock.isVisible() and not w.search.panel.in_archive()
    assert w.search.panel.query.hasFocus()
    k.press(every)
    assert w.search.panel.in_archive()


def _found(k: Keys, w, query: str = "PCC", least: int = 3) -> None:
    w.focus_notes()
    k.press("Ctrl+Shift+F")
    k.type(query, w.search.panel.query)
    w.search.run()
    k.qtbot.waitUntil(lambda: len(w.search.panel.model.hits) >= least, timeout=5000)


def move_results(k: Keys, row: Row, w) -> None:
    down, up, page_down, page_up = row.keys
    _found(k, w)
    panel = w.search.panel
    k.press(down, panel.query)
    first = panel.results.currentIndex().row()
    k.press(down, panel.query)
    assert panel.results.currentIndex().row() == first + 1
    k.press(up, panel.query)
    assert panel.results.currentIndex().row() == first
    k.press(page_down, panel.query)
    assert panel.results.currentIndex().row() > first
    k.press(page_up, panel.query)
    assert panel.results.currentIndex().row() == 0


def open_result(k: Keys, row: Row, w) -> None:
    (enter,) = row.keys
    _found(k, w, "shoplifting", 1)
    panel = w.search.panel
    k.press("Down", panel.query)
    hit = panel.current_hit()
    k.press(enter, panel.query)
    k.qtbot.waitUntil(lambda: w.session.item.id == hit.item_id, timeout=3000)
    assert w.editor.hasFocus()


def back_from_search(k: Keys, row: Row, w) -> None:
    (esc,) = row.keys
    w.going.go_to("2")
    start = w.session.item
    _found(k, w, "shoplifting", 1)
    k.press(esc, w.search.panel.query)  # in the panel
    assert w.session.item is start
    _found(k, w, "shoplifting", 1)
    k.press("Enter", w.search.panel.query)
    k.qtbot.waitUntil(lambda: w.session.item is not start, timeout=3000)
    k.press(esc, w.editor)  # in the notes it opened
    assert w.session.item.number == "2"


def stay_here(k: Keys, row: Row, w) -> None:
    (key,) = row.keys
    w.going.go_to("2")
    _found(k, w, "shoplifting", 1)
    k.press("Enter", w.search.panel.query)
    k.qtbot.waitUntil(lambda: w.session.item.number == "4a", timeout=3000)
    found = w.session.item
    w.focus_notes()
    k.press("Ctrl+Shift+F")
    k.press(key)
    k.qtbot.waitUntil(lambda: not w.search.dock.isVisible(), timeout=2000)
    assert w.session.item is found


def search_filters(k: Keys, row: Row, w) -> None:
    _found(k, w)
    panel = w.search.panel
    fields = (panel.date_from, panel.date_to, panel.section, panel.owner)
    keys = row.keys
    assert len(keys) == 5
    for key, field in zip(keys[:4], fields, strict=True):
        k.press(key)
        assert field.hasFocus(), key
    before = panel.actions_only.isChecked()
    k.press(keys[4])
    assert isinstance(panel.actions_only, QCheckBox)
    k.qtbot.waitUntil(lambda: panel.actions_only.isChecked() != before, timeout=2000)


def tracker_toggle(k: Keys, row: Row, w) -> None:
    key, esc = row.keys
    w.focus_notes()
    k.press(key)
    assert w.tracker.dock.isVisible() and w.tracker.panel.table.hasFocus()
    k.press(esc)
    assert not w.tracker.dock.isVisible()
    k.press(key)
    k.press(key)  # again: hidden
    assert not w.tracker.dock.isVisible()


def tracker_filters(k: Keys, row: Row, w) -> None:
    w.focus_notes()
    k.press("Ctrl+Shift+T")
    panel = w.tracker.panel
    for key, field in zip(
        row.keys, (panel.owner, panel.status, panel.meeting, panel.text), strict=True
    ):
        k.press(key)
        assert field.hasFocus(), key


def tracker_go(k: Keys, row: Row, w) -> None:
    (enter,) = row.keys
    w.going.go_to("2")
    w.focus_notes()
    k.press("Ctrl+Shift+T")
    table = w.tracker.panel.table
    k.qtbot.waitUntil(lambda: w.tracker.panel.model.rowCount() > 0, timeout=3000)
    table.setCurrentIndex(w.tracker.panel.model.index(0, 0))
    k.press(enter, table)
    assert w.session.item.number in ("4a", "1.1", "1.2")


# -- after the meeting ----------------------------------------------------------------


def _folder(w) -> Path:
    return w.session.archive.path.parent.parent  # the test's own folder


def _circulated(w) -> Path:
    from minutetaker.after_meeting import circulate

    path = _folder(w) / "draft.docx"
    meeting_id = w.session.meeting.id
    w.session.write(lambda archive: circulate.circulate(archive, meeting_id, path))
    return path


def circulate_draft(k: Keys, row: Row, w) -> None:
    (key,) = row.keys
    target = _folder(w) / "v1.docx"
    w.files.ask_path = lambda title, path: str(target)
    w.focus_notes()
    k.press(key)
    k.qtbot.waitUntil(lambda: not w.files.busy, timeout=10000)
    assert target.exists()
    assert "<i>Circulated</i>" in w.meeting_label.text()


def take_corrections(k: Keys, row: Row, w) -> None:
    (key,) = row.keys
    asked = []
    w.after.ask_file = lambda: asked.append(True) or ""  # the file: none chosen
    w.focus_notes()
    k.press(key)
    assert asked


def choose_corrections(k: Keys, row: Row, w) -> None:
    from tests.after_meeting.reviewer import Reviewer

    accept, reject, turn, apply = row.keys
    reviewer = Reviewer(_circulated(w))
    reviewer.replace("cash machine", "shop")
    reviewer.insert_paragraph_after(
        "A police horse was injured on duty.", "A second horse was lame after the match."
    )
    returned = reviewer.save(_folder(w) / "returned.docx")
    w.after.ask_file = lambda: str(returned)
    w.focus_notes()
    k.press("Ctrl+Shift+C")
    k.qtbot.waitUntil(lambda: w.after.corrections_dialog is not None, timeout=20000)
    dialog = w.after.corrections_dialog
    activate(k.qtbot, dialog)
    tree = dialog.tree
    tree.setFocus()
    tree.setCurrentItem(tree.topLevelItem(0).child(0))
    first = dialog._numbers_here()[0]
    k.press(accept, tree)
    assert dialog.choices[first] == "accept"
    while not dialog._numbers_here() or tree.currentItem().childCount():
        k.press("Down", tree)  # to the next correction itself
    second = dialog._numbers_here()[0]
    k.press(reject, tree)
    assert dialog.choices[second] == "reject"
    while tree.currentItem().childCount():
        k.press("Down", tree)
    third = dialog._numbers_here()[0]
    k.press(turn, tree)
    assert dialog.choices[third] in ("accept", "reject")
    k.press(apply, tree)
    k.qtbot.waitUntil(lambda: "Applied" in w.statusBar().currentMessage(), timeout=10000)


def publish(k: Keys, row: Row, w) -> None:
    (key,) = row.keys
    told = []
    w.files.tell = lambda title, sentence: told.append(sentence)
    w.focus_notes()
    k.press(key)
    assert told and "agreed" in told[0]  # a draft is not published: the command said so


def mark_agreed(k: Keys, row: Row, w) -> None:
    (key,) = row.keys
    w.focus_notes()
    k.press(key)
    dialog = w.after.agree_dialog
    assert dialog is not None and dialog.isVisible()
    dialog.reject()


def _history(k: Keys, w, key: str = "Ctrl+H"):
    w.focus_notes()
    k.press(key)
    dialog = w.history.dialog
    assert dialog is not None
    k.qtbot.waitUntil(lambda: dialog.versions.topLevelItemCount() > 0, timeout=10000)
    activate(k.qtbot, dialog)
    return dialog


def the_history(k: Keys, row: Row, w) -> None:
    (key,) = row.keys
    _circulated(w)
    dialog = _history(k, w, key)
    assert dialog.isVisible()


def history_keys(k: Keys, row: Row, w) -> None:
    from_key, to_key, compare, save = row.keys
    _circulated(w)
    dialog = _history(k, w)
    k.press(from_key, dialog)
    assert dialog.before.hasFocus()
    k.press(to_key, dialog)
    assert dialog.after.hasFocus()
    k.press(compare, dialog.after)
    k.qtbot.waitUntil(lambda: dialog.save_button.isEnabled(), timeout=10000)
    target = _folder(w) / "changes.docx"
    w.files.ask_path = lambda title, path: str(target)
    k.press(save, dialog)
    k.qtbot.waitUntil(lambda: target.exists() and not w.files.busy, timeout=10000)


def check_panel(k: Keys, row: Row, w) -> None:
    key, esc = row.keys
    w.focus_notes()
    k.press(key)
    assert w.check.visible()
    w.check.panel.table.setFocus()
    k.press(esc)
    assert not w.check.visible()


def check_choices(k: Keys, row: Row, w) -> None:
    from tests.checks.planted_personal import planted_meeting

    go, withhold, accept = row.keys
    meeting = planted_meeting()
    meeting_id = w.session.write(lambda archive: archive.add_meeting(meeting))
    w.session.open_meeting(meeting_id)
    w.focus_notes()
    k.press("Ctrl+Shift+K")
    k.qtbot.waitUntil(lambda: w.check._running is None and bool(w.check.findings), timeout=20000)
    table = w.check.panel.table

    def select(text: str) -> None:
        table.setFocus()
        for n in range(table.topLevelItemCount()):
            if table.topLevelItem(n).text(2) == text:
                table.setCurrentItem(table.topLevelItem(n))
                return
        raise AssertionError(f"{text!r} is not listed")

    select("NS21 XKD")
    k.press(go, table)
    assert w.editor.textCursor().selectedText() == "NS21 XKD"
    select("01632 960123")
    k.press(withhold, table)
    assert w.check.reason_dialog is not None
    w.check.reason_dialog.reject()
    k.qtbot.waitUntil(lambda: w.check.reason_dialog is None, timeout=3000)
    count = len(w.check.findings)
    select("Mrs Eleanor Whitfield")
    k.press(accept, table)
    k.qtbot.waitUntil(lambda: len(w.check.findings) == count - 1, timeout=20000)


# -- spelling -------------------------------------------------------------------------

MENU_PATH = re.compile(r"^(\w+) > (.+)$")


def menu_action(w, path: str):
    """The command a row names by its menu (``View > Check spelling as you type``),
    found in the window's menu bar as a person would find it."""
    found = MENU_PATH.match(path)
    assert found, f"{path!r} is no menu path"
    menu_name, text = found.groups()
    for menu_action_ in w.menuBar().actions():
        if menu_action_.text().replace("&", "") == menu_name:
            for action in menu_action_.menu().actions():
                if action.text().replace("&", "") == text:
                    return action
    raise AssertionError(f"no {path!r} in the menus")


def _slip(k: Keys, w) -> None:
    from tests.gui.spelling_helpers import end_of_notes, put_cursor, ready

    ready(k.qtbot, w)
    w.going.go_to("3")
    end_of_notes(w.editor)
    k.type(" The PCC recieved it.")
    put_cursor(w.editor, w.editor.toPlainText().index("recieved") + 3)


def spelling_menu(k: Keys, row: Row, w) -> None:
    menus = w.spelling.menus
    assert len(row.keys) == 2
    for key in row.keys:  # the Menu key, Shift+F10
        _slip(k, w)
        k.press(key, w.editor)
        k.qtbot.waitUntil(menus.is_open, timeout=3000)
        k.qtbot.waitUntil(lambda: bool(menus.suggestions()), timeout=3000)
        assert menus.suggestions()[0] == "received"
        menus.menu.close()
        k.qtbot.waitUntil(lambda: not menus.is_open(), timeout=2000)


def first_suggestion(k: Keys, row: Row, w) -> None:
    (enter,) = row.keys
    menus = w.spelling.menus
    _slip(k, w)
    k.press("Menu", w.editor)
    k.qtbot.waitUntil(lambda: menus.is_open() and bool(menus.suggestions()), timeout=3000)
    k.press(enter, menus.menu)
    assert w.editor.toPlainText().endswith("The PCC received it.")


def next_misspelt(k: Keys, row: Row, w) -> None:
    from tests.gui.spelling_helpers import put_cursor

    (key,) = row.keys
    _slip(k, w)
    put_cursor(w.editor, 0)
    k.press(key, w.editor)
    k.qtbot.waitUntil(w.spelling.menus.is_open, timeout=3000)
    assert w.editor.textCursor().selectedText() == "recieved"
    w.spelling.menus.menu.close()


def spelling_switch(k: Keys, row: Row, w) -> None:
    from tests.gui.spelling_helpers import underlined

    _slip(k, w)
    k.qtbot.keyClick(w.editor, Qt.Key.Key_End)
    assert "recieved" in underlined(w.editor)
    menu_action(w, row.press).trigger()
    assert underlined(w.editor) == []
    menu_action(w, row.press).trigger()  # (and on again, kept)


def office_dictionary(k: Keys, row: Row, w) -> None:
    menu_action(w, row.press).trigger()
    assert w.spelling.dialog is not None and w.spelling.dialog.isVisible()
    w.spelling.dialog.reject()


CHECKS: dict[str, Callable[[Keys, Row, object], None]] = {
    "start a bullet": start_a_bullet,
    "next bullet": next_bullet,
    "end the list": end_the_list,
    "line break inside a paragraph": line_break,
    "make the line a paragraph / bullet / sub-heading": make_the_line,
    "undo / redo": undo_redo,
    "larger / smaller / actual size text": zoom,
    "save now (never needed)": save_now,
    "next / previous item": next_previous_item,
    "go to an item by number (`4a`, `1.2`)": go_to_by_number,
    "the agenda / the notes / the actions list": focus_places,
    "open the item chosen in the agenda": open_from_the_agenda,
    "next / previous control": next_previous_control,
    "add a sub-item to the current item (5 → 5.1, 5.2; 4 → 4d)": add_sub_item,
    "add an item after the current one, at the same level": add_item_after,
    "add a brought-forward action typed by hand (under item 1)": typed_brought_forward,
    "delete the current item (with its sub-items)": delete_item,
    "move the current item up / down among its siblings": move_item,
    "file an action under the current item": file_an_action,
    "leave the row without filing": leave_the_row,
    "edit / delete an action of the list": edit_delete_action,
    "undo the last change to the actions": undo_actions,
    "the decision of a brought-forward item": the_decision,
    "the topic of a holding-to-account item": the_topic,
    "make the line a question": make_a_question,
    "make the line a finding of the question above / undo that": finding,
    "the paragraph not for publication (again: public)": restrict_paragraph,
    "the whole item not for publication (again: public)": restrict_item,
    "the details and attendance": the_details,
    "the meeting's date / venue / the next meeting": details_fields,
    "step the attendance of a person (in the table)": step_attendance,
    "add / remove a person (in the table)": add_remove_person,
    "save the details / leave them (asked first when changed)": save_leave_details,
    "start the next meeting": next_meeting,
    "open another meeting": open_another_meeting,
    "export the open meeting to Word": export,
    "import past minutes (Word or JSON files)": import_minutes,
    "quit (everything is kept)": quit_,
    "list every shortcut": every_shortcut,
    "search this meeting / every meeting": search_open,
    "move through the results (from the box)": move_results,
    "open the meeting at that item": open_result,
    "back to where you were (meeting, item and cursor)": back_from_search,
    "close the search and stay at the item": stay_here,
    "filters: from, until, section, owner, actions only": search_filters,
    "show the tracker / hide it": tracker_toggle,
    "filter by owner / status / meeting / words of the action": tracker_filters,
    "go to the item where the action was raised or last brought forward": tracker_go,
    "circulate the draft (marked DRAFT; version N kept)": circulate_draft,
    "take in a reviewer's corrections": take_corrections,
    "in the corrections: accept, reject, turn over; apply the accepted": choose_corrections,
    "publish: the check, then the public version and its redaction log": publish,
    "mark the record agreed": mark_agreed,
    "versions, history, what changed": the_history,
    "in the history: the two versions; compare; save as Word tracked changes": history_keys,
    "the check panel: show / hide": check_panel,
    "in the check: go there, withhold its paragraph, accept it as fine": check_choices,
    "suggestions for an underlined word (and add it to the office dictionary, or ignore "
    "it in this meeting)": spelling_menu,
    "take the first suggestion": first_suggestion,
    "the next misspelt word, with its suggestions": next_misspelt,
    "underline as you type, or not (kept)": spelling_switch,
    "the office dictionary: search, add, remove words": office_dictionary,
}


def test_every_row_of_the_page_has_a_check_and_every_check_a_row():
    written = [row.what for row in doc_rows()]
    assert len(written) == len(set(written)), "two rows say the same"
    assert sorted(written) == sorted(CHECKS)


@pytest.mark.parametrize("row", doc_rows(), ids=lambda row: row.what[:40])
def test_the_keys_of_the_page_do_what_it_says(qtbot, window, row):
    check = CHECKS.get(row.what)
    assert check is not None, f"no check for the row {row.what!r}"
    check(Keys(qtbot, window), row, window)


def test_every_command_with_a_key_is_in_a_table_of_the_page(window):
    documented = set()
    for row in doc_rows():
        for token in row.keys:
            documented.add(combination(token))
    missing = []
    for command in window.commands.all():
        for sequence in command.shortcuts():
            combo = sequence[0]
            if (combo.key(), combo.keyboardModifiers()) not in documented:
                missing.append(f"{command.text().replace('&', '')}: {sequence.toString()}")
    assert missing == []
