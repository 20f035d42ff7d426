"""The status bar's "Saved at" after every write of the record, not only a save of
what is typed: a choice in the check panel (W, A), Ctrl+R and Ctrl+Shift+R on an
agreed record, an item added, deleted or moved, Mark as agreed, circulate and
publish. Each test first waits for the clock to pass the second shown, so that a
time left from an earlier save cannot pass for the new one."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QMessageBox

from tests.gui.after.test_check_panel import _checked, _select, checking, planted  # noqa: F401
from tests.gui.conftest import activate

CTRL = Qt.KeyboardModifier.ControlModifier
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


class SavedAt:
    """What the status bar says before a write, and the check that it moved on to
    the time of that write."""

    def __init__(self, qtbot, window) -> None:
        self.qtbot, self.window = qtbot, window
        window.session.save_now()  # what was pending is not mistaken for the write
        qtbot.wait(50)
        self.shown = window.saved_label.text()
        qtbot.waitUntil(
            lambda: dt.datetime.now().strftime("Saved at %H:%M:%S") != self.shown, timeout=2000
        )
        self.before = dt.datetime.now().replace(microsecond=0)

    def moved_on(self) -> None:
        self.qtbot.waitUntil(lambda: self.window.saved_label.text() != self.shown, timeout=10000)
        after = dt.datetime.now()
        shown = self.window.saved_label.text()
        assert shown.startswith("Saved at ")
        saved = dt.datetime.combine(
            self.before.date(), dt.time.fromisoformat(shown.removeprefix("Saved at "))
        )
        assert self.before <= saved <= after


def _reason(qtbot, dialog, reason: str) -> None:
    activate(qtbot, dialog)
    field = dialog.findChild(QLineEdit)
    qtbot.keyClicks(field, reason)
    qtbot.keyClick(field, Qt.Key.Key_Return)


# -- the check panel ---------------------------------------------------------------------


def test_withholding_a_finding(qtbot, checking):  # noqa: F811
    window = checking
    _select(qtbot, window, "01632 960123")
    saved = SavedAt(qtbot, window)
    qtbot.keyClick(window.check.panel.table, Qt.Key.Key_W)
    dialog = window.check.reason_dialog
    activate(qtbot, dialog)
    qtbot.keyClick(dialog.reason, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "Withheld" in window.statusBar().currentMessage(), timeout=10000)
    saved.moved_on()


def test_accepting_a_finding(qtbot, checking):  # noqa: F811
    window = checking
    _select(qtbot, window, "Mrs Eleanor Whitfield")
    count = len(window.check.findings)
    saved = SavedAt(qtbot, window)
    qtbot.keyClick(window.check.panel.table, Qt.Key.Key_A)
    qtbot.waitUntil(lambda: "accepted" in window.statusBar().currentMessage(), timeout=10000)
    saved.moved_on()
    qtbot.waitUntil(lambda: len(window.check.findings) == count - 1, timeout=20000)


# -- withholding on an agreed record -----------------------------------------------------


@pytest.mark.parametrize(("keys", "item"), [(CTRL, "3"), (CTRL_SHIFT, "5")])
def test_withholding_on_an_agreed_record(qtbot, agreed_window, reopen, keys, item):
    window = agreed_window
    window.going.go_to(item)
    window.focus_notes()
    saved = SavedAt(qtbot, window)
    qtbot.keyClick(window.editor, Qt.Key.Key_R, keys)
    _reason(qtbot, window.editing.reason_dialog, "s40")
    saved.moved_on()
    stored = reopen(window.session.meeting.id).find_item(item)
    assert stored.restricted or stored.blocks[0].restricted


# -- the agenda --------------------------------------------------------------------------


def _heading(qtbot, window, heading: str) -> None:
    _reason(qtbot, window.agenda_changes.heading_dialog, heading)
    activate(qtbot, window)


def test_adding_an_item(qtbot, window):
    window.going.go_to("2")
    saved = SavedAt(qtbot, window)
    qtbot.keyClick(window.editor, Qt.Key.Key_I, CTRL_SHIFT)
    _heading(qtbot, window, "Estates")
    assert window.session.item.heading == "Estates"
    saved.moved_on()


def test_deleting_an_item(qtbot, window, monkeypatch, reopen):
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
    window.going.go_to("3")
    heading = window.session.item.heading
    saved = SavedAt(qtbot, window)
    qtbot.keyClick(window.editor, Qt.Key.Key_Delete, CTRL_SHIFT)
    assert heading not in [i.heading for i in reopen(window.session.meeting.id).walk_items()]
    saved.moved_on()


def test_moving_an_item(qtbot, window):
    window.going.go_to("3")
    heading = window.session.item.heading
    saved = SavedAt(qtbot, window)
    qtbot.keyClick(window.editor, Qt.Key.Key_Up, CTRL_SHIFT)
    assert (window.session.item.number, window.session.item.heading) == ("2", heading)
    saved.moved_on()


# -- the steps after the meeting ---------------------------------------------------------


def test_marking_as_agreed(qtbot, window):
    saved = SavedAt(qtbot, window)
    qtbot.keyClick(window.editor, Qt.Key.Key_G, CTRL_SHIFT)
    dialog = window.after.agree_dialog
    activate(qtbot, dialog)
    dialog.day.selectAll()
    qtbot.keyClicks(dialog.day, "15/04/2031")
    qtbot.keyClick(dialog.day, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.after.agree_dialog is None, timeout=3000)
    saved.moved_on()


def test_circulating(qtbot, window, tmp_path, monkeypatch):
    monkeypatch.setattr(window.files, "ask_path", lambda title, path: str(tmp_path / "d.docx"))
    saved = SavedAt(qtbot, window)
    qtbot.keyClick(window.editor, Qt.Key.Key_D, CTRL_SHIFT)
    qtbot.waitUntil(lambda: not window.files.busy, timeout=10000)
    assert "<i>Circulated</i>" in window.meeting_label.text()
    saved.moved_on()


def test_publishing(qtbot, agreed_window, tmp_path, monkeypatch):
    window = agreed_window
    offered = []
    monkeypatch.setattr(
        window.files,
        "ask_path",
        lambda title, path: offered.append(path) or str(tmp_path / "public.docx"),
    )
    monkeypatch.setattr(window.files, "inform", lambda title, sentence: None)
    saved = SavedAt(qtbot, window)
    qtbot.keyClick(window.editor, Qt.Key.Key_E, CTRL_SHIFT)
    qtbot.waitUntil(lambda: bool(offered), timeout=10000)
    qtbot.waitUntil(lambda: not window.files.busy, timeout=10000)
    assert "<i>Published</i>" in window.meeting_label.text()
    saved.moved_on()
