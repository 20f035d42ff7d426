"""The check panel (issue 15, point 6): the findings (personal data and spelling)
with item, kind and text, found off the window's thread; Enter goes to the
place; W withholds the paragraph with an FOI reason or free words; A accepts it
as fine; both remembered; the panel follows edits."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import Qt

from minutetaker.store import Archive
from tests.checks.planted_personal import planted_meeting
from tests.gui.after.conftest import history
from tests.gui.conftest import activate

CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


@pytest.fixture
def planted(archive):
    meeting = planted_meeting()
    archive.add_meeting(meeting)
    return meeting


@pytest.fixture
def checking(qtbot, make_window, planted):
    window = make_window()
    window.session.open_meeting(planted.id)
    qtbot.keyClick(window.editor, Qt.Key.Key_K, CTRL_SHIFT)
    _checked(qtbot, window)
    return window


def _checked(qtbot, window) -> None:
    qtbot.waitUntil(
        lambda: window.check._running is None and bool(window.check.findings), timeout=20000
    )


def _rows(window) -> list[tuple[str, str, str]]:
    table = window.check.panel.table
    return [
        tuple(table.topLevelItem(r).text(c) for c in range(3))
        for r in range(table.topLevelItemCount())
    ]


def _select(qtbot, window, text: str) -> None:
    table = window.check.panel.table
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_Home)
    for _ in range(table.topLevelItemCount()):
        if table.currentItem().text(2) == text:
            return
        qtbot.keyClick(table, Qt.Key.Key_Down)
    raise AssertionError(f"{text!r} is not listed")


def test_the_findings_with_item_kind_and_text(qtbot, checking, monkeypatch):
    window = checking
    rows = _rows(window)
    assert ("2", "telephone", "01632 960123") in rows
    assert ("2", "name", "Mrs Eleanor Whitfield") in rows
    assert ("4a", "vehicle", "NS21 XKD") in rows
    assert any(kind == "spelling" for _item, kind, _text in rows)
    assert window.check.panel.table.hasFocus()
    said = window.check.panel.status.text()
    assert "personal data" in said and "spelling" in said
    _select(qtbot, window, "01632 960123")  # the line below gives it in full
    detail = window.check.panel.detail.text()
    assert "Item 2: a telephone number" in detail and "<b>01632 960123</b>" in detail


def test_the_check_runs_off_the_window_thread(qtbot, make_window, planted, monkeypatch):
    from minutetaker.after_meeting import check as core

    threads = []
    real = core.check
    monkeypatch.setattr(
        core, "check", lambda *a, **k: threads.append(threading.current_thread()) or real(*a, **k)
    )
    window = make_window()
    window.session.open_meeting(planted.id)
    qtbot.keyClick(window.editor, Qt.Key.Key_K, CTRL_SHIFT)
    _checked(qtbot, window)
    assert threads and all(t is not threading.main_thread() for t in threads)


def test_enter_goes_to_the_place_with_the_words_selected(qtbot, checking):
    window = checking
    _select(qtbot, window, "NS21 XKD")
    qtbot.keyClick(window.check.panel.table, Qt.Key.Key_Return)
    assert window.session.item.number == "4a"
    assert window.editor.hasFocus()
    assert window.editor.textCursor().selectedText() == "NS21 XKD"


def test_withhold_with_an_foi_reason(qtbot, checking, reopen, data_dir):
    window = checking
    _select(qtbot, window, "01632 960123")
    qtbot.keyClick(window.check.panel.table, Qt.Key.Key_W)
    dialog = window.check.reason_dialog
    assert dialog is not None
    activate(qtbot, dialog)
    assert dialog.reason.currentText() == "s40 – personal information"  # offered first
    qtbot.keyClick(dialog.reason, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.check.reason_dialog is None, timeout=3000)
    qtbot.waitUntil(lambda: "Withheld" in window.statusBar().currentMessage(), timeout=10000)
    _checked(qtbot, window)
    item = reopen(window.session.meeting.id).find_item("2")
    (block,) = [b for b in item.blocks if "01632 960123" in b.text]
    assert block.restricted and block.restricted_reason == "s40 – personal information"
    texts = [text for _i, _k, text in _rows(window)]
    # its paragraph is withheld: nothing in it is listed any more
    assert "01632 960123" not in texts and "e.whitfield@example.org" not in texts
    assert "NS21 XKD" in texts
    assert any(e == "withheld" for e, _ in history(data_dir, window.session.meeting.id))
    # and the notes show it
    window.going.go_to("2")
    doc = window.editor.document()
    line = doc.find("01632 960123")
    window.editor.setTextCursor(line)
    assert window.editor.current_restriction() == (True, "s40 – personal information")


def test_withhold_with_words_of_ones_own(qtbot, checking, reopen):
    window = checking
    _select(qtbot, window, "NS21 XKD")
    qtbot.keyClick(window.check.panel.table, Qt.Key.Key_W)
    dialog = window.check.reason_dialog
    activate(qtbot, dialog)
    dialog.reason.lineEdit().selectAll()
    qtbot.keyClicks(dialog.reason, "live operation")
    qtbot.keyClick(dialog.reason, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "Withheld" in window.statusBar().currentMessage(), timeout=10000)
    hta = reopen(window.session.meeting.id).find_item("4a")
    found = [f for b in hta.blocks for f in b.findings if "NS21 XKD" in f.text]
    assert found and found[0].restricted and found[0].restricted_reason == "live operation"


def test_w_asks_in_the_same_control_as_ctrl_r(qtbot, checking, reopen):
    """One control for every withholding reason: the check's W and the notes' Ctrl+R."""
    window = checking
    window.going.go_to("3")
    window.focus_notes()
    qtbot.keyClick(window.editor, Qt.Key.Key_Home, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(window.editor, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    from_notes = window.editing.reason_dialog
    activate(qtbot, from_notes)
    kind = type(from_notes)
    offered = [from_notes.reason.itemText(i) for i in range(from_notes.reason.count())]
    qtbot.keyClick(from_notes.reason.lineEdit(), Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: window.editing.reason_dialog is None, timeout=3000)
    _select(qtbot, window, "NS21 XKD")
    qtbot.keyClick(window.check.panel.table, Qt.Key.Key_W)
    dialog = window.check.reason_dialog
    activate(qtbot, dialog)
    assert type(dialog) is kind
    assert [dialog.reason.itemText(i) for i in range(dialog.reason.count())] == offered
    field = dialog.reason.lineEdit()
    qtbot.keyClicks(field, "s31")  # typed over the exemption offered
    qtbot.keyClick(field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "Withheld" in window.statusBar().currentMessage(), timeout=10000)
    hta = reopen(window.session.meeting.id).find_item("4a")
    found = [f for b in hta.blocks for f in b.findings if "NS21 XKD" in f.text]
    assert found and found[0].restricted_reason == "s31"


def test_esc_in_the_reason_withholds_nothing(qtbot, checking, reopen):
    window = checking
    _select(qtbot, window, "NS21 XKD")
    count = len(window.check.findings)
    qtbot.keyClick(window.check.panel.table, Qt.Key.Key_W)
    dialog = window.check.reason_dialog
    activate(qtbot, dialog)
    qtbot.keyClick(dialog.reason.lineEdit(), Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: window.check.reason_dialog is None, timeout=3000)
    qtbot.waitUntil(window.check.panel.table.hasFocus, timeout=3000)  # back in the list
    assert len(window.check.findings) == count
    hta = reopen(window.session.meeting.id).find_item("4a")
    assert not any(f.restricted for b in hta.blocks for f in b.findings)


def test_accept_as_fine_is_remembered(qtbot, checking, make_window, data_dir):
    window = checking
    _select(qtbot, window, "Mrs Eleanor Whitfield")
    count = len(window.check.findings)
    qtbot.keyClick(window.check.panel.table, Qt.Key.Key_A)
    qtbot.waitUntil(lambda: len(window.check.findings) == count - 1, timeout=20000)
    assert "Mrs Eleanor Whitfield" not in [text for _i, _k, text in _rows(window)]
    with Archive.open(data_dir) as fresh:
        assert (
            "name|2|Mrs Eleanor Whitfield"
            in fresh.record(window.session.meeting.id).accepted_findings()
        )


def test_a_spelling_finding_is_not_withheld(qtbot, checking):
    window = checking
    table = window.check.panel.table
    row = next(
        r for r in range(table.topLevelItemCount()) if table.topLevelItem(r).text(1) == "spelling"
    )
    table.setCurrentItem(table.topLevelItem(row))
    assert not window.check.panel.withhold_button.isEnabled()
    qtbot.keyClick(table, Qt.Key.Key_W)
    assert window.check.reason_dialog is None
    assert "spelling finding" in window.check.panel.status.text()


def test_the_panel_follows_what_is_typed(qtbot, checking):
    window = checking
    window.going.go_to("3")
    qtbot.keyClick(window.editor, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(window.editor, " Call 07700 900111.")
    qtbot.waitUntil(
        lambda: "07700 900111" in [text for _i, _k, text in _rows(window)], timeout=20000
    )


def test_esc_closes_the_panel_back_to_the_notes(qtbot, checking):
    window = checking
    qtbot.keyClick(window.check.panel.table, Qt.Key.Key_Escape)
    assert not window.check.visible()
    assert window.editor.hasFocus()
