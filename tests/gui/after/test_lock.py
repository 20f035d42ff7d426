"""An agreed record in the window (issue 15, point 5): reading it asks nothing;
the first key that would change it asks for a reason, and that key is not lost;
the reason is in the record's history; leaving the meeting locks it again."""

from __future__ import annotations

import shutil
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit

from minutetaker.store import Archive
from tests.gui.after.conftest import history, reason_field
from tests.gui.conftest import written

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
FIXTURES = Path(__file__).resolve().parents[2] / "fixtures"


def _give_reason(qtbot, window, reason: str) -> None:
    field = reason_field(qtbot, window)
    qtbot.keyClicks(field, reason)
    qtbot.keyClick(field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.lock.dialog is None, timeout=3000)


def _refuse(qtbot, window) -> None:
    reason_field(qtbot, window)
    qtbot.keyClick(window.lock.dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: window.lock.dialog is None, timeout=3000)


def test_reading_an_agreed_meeting_asks_nothing(qtbot, agreed_window):
    window = agreed_window
    failed = []
    window.session.saveFailed.connect(failed.append)
    assert "Agreed on Tuesday 15 April 2031 (locked)" in window.meeting_label.text()
    for _ in range(5):
        qtbot.keyClick(window.editor, Qt.Key.Key_PageDown, CTRL)  # next item
        qtbot.keyClick(window.editor, Qt.Key.Key_Up)
        qtbot.keyClick(window.editor, Qt.Key.Key_End, SHIFT)  # select
        qtbot.keyClick(window.editor, Qt.Key.Key_C, CTRL)  # copy
        qtbot.keyClick(window.editor, Qt.Key.Key_Z, CTRL)  # nothing to undo
    window.session.save_now()
    written(qtbot, window)
    assert window.lock.dialog is None
    assert not failed and not window.banner.isVisible()
    assert window.editor.isReadOnly()
    assert window.editor.textInteractionFlags() & Qt.TextInteractionFlag.TextSelectableByKeyboard


def test_the_first_key_asks_and_is_not_lost(qtbot, agreed_window, reopen, data_dir):
    window = agreed_window
    window.going.go_to("3")
    before = window.editor.toPlainText()
    qtbot.keyClick(window.editor, Qt.Key.Key_End, CTRL)
    qtbot.keyClicks(window.editor, "X")
    assert window.editor.toPlainText() == before  # not typed yet: a question first
    _give_reason(qtbot, window, "The CC's office corrected a figure")
    assert window.editor.toPlainText() == before + "X"  # the key came through
    assert "open for changes" in window.meeting_label.text()
    qtbot.keyClicks(window.editor, "YZ")  # no second question
    assert window.lock.dialog is None
    window.session.save_now()
    item = reopen(window.session.meeting.id).find_item("3")
    assert item.blocks[-1].text.endswith("XYZ")
    assert ("unlocked", "The CC's office corrected a figure") in history(
        data_dir, window.session.meeting.id
    )


def test_refusing_changes_nothing_and_asks_again(qtbot, agreed_window, reopen):
    window = agreed_window
    failed = []
    window.session.saveFailed.connect(failed.append)
    window.going.go_to("3")
    before = window.editor.toPlainText()
    qtbot.keyClick(window.editor, Qt.Key.Key_Return)
    _refuse(qtbot, window)
    assert window.editor.toPlainText() == before
    assert "is locked" in window.statusBar().currentMessage()
    qtbot.keyClick(window.editor, Qt.Key.Key_Backspace)
    assert window.lock.dialog is not None  # asked again
    _refuse(qtbot, window)
    window.session.save_now()
    assert not failed
    assert reopen(window.session.meeting.id).find_item("3").blocks[-1].text in before


def test_an_empty_reason_is_no_reason(qtbot, agreed_window, data_dir):
    window = agreed_window
    window.going.go_to("3")
    before = window.editor.toPlainText()
    qtbot.keyClicks(window.editor, "Q")
    _give_reason(qtbot, window, "   ")
    assert window.editor.toPlainText() == before
    assert "needs a reason" in window.statusBar().currentMessage()
    assert not any(e == "unlocked" for e, _ in history(data_dir, window.session.meeting.id))


def test_actions_decision_topic_and_agenda_ask_first(qtbot, agreed_window, reopen):
    window = agreed_window
    meeting_id = window.session.meeting.id
    # Delete in the actions list
    window.going.go_to("4a")
    actions = len(window.session.item.actions)
    assert actions
    qtbot.keyClick(window.editor, Qt.Key.Key_3, CTRL)
    qtbot.keyClick(window.actions_panel.list, Qt.Key.Key_Delete)
    _refuse(qtbot, window)
    assert len(window.session.item.actions) == actions
    # the topic
    topic = window.page.holding_to_account_panel.topic
    text = topic.text()
    topic.setFocus()
    qtbot.keyClicks(topic, "!")
    _refuse(qtbot, window)
    assert topic.text() == text and topic.isReadOnly()
    # the decision of a brought-forward item
    window.going.go_to("1.1")
    decision = window.page.brought_forward_panel.decision
    chosen = decision.currentIndex()
    decision.setFocus()
    qtbot.keyClick(decision, Qt.Key.Key_Down)
    _refuse(qtbot, window)
    assert decision.currentIndex() == chosen
    # an agenda change
    items = len(window.session.walk_items())
    qtbot.keyClick(window.editor, Qt.Key.Key_N, CTRL | SHIFT)
    _refuse(qtbot, window)
    assert window.agenda_changes.heading_dialog is None
    assert len(reopen(meeting_id).find_item("1.1").actions) == len(window.session.item.actions)
    assert len(window.session.walk_items()) == items
    # a change of a line's kind
    window.going.go_to("3")
    qtbot.keyClick(window.editor, Qt.Key.Key_B, CTRL | SHIFT)
    _refuse(qtbot, window)
    assert window.editor.current_kind()[0] != "bullet"


def test_the_decision_changes_once_a_reason_is_given(qtbot, agreed_window, reopen):
    window = agreed_window
    window.going.go_to("1.1")
    decision = window.page.brought_forward_panel.decision
    chosen = decision.currentIndex()
    decision.setFocus()
    qtbot.keyClick(decision, Qt.Key.Key_Down)
    _give_reason(qtbot, window, "Discharged at the April meeting")
    assert decision.currentIndex() == chosen + 1
    window.session.save_now()
    item = reopen(window.session.meeting.id).find_item("1.1")
    assert item.brought_forward.decision == decision.currentData()


def test_changed_details_ask_and_go_back_when_refused(qtbot, agreed_window, reopen):
    window = agreed_window
    venue = window.session.meeting.venue
    qtbot.keyClick(window.editor, Qt.Key.Key_D, CTRL)
    dialog = window.details.dialog
    dialog.venue.setFocus()
    dialog.venue.selectAll()
    qtbot.keyClicks(dialog.venue, "Kingsford Town Hall")
    qtbot.keyClick(dialog.venue, Qt.Key.Key_Return)
    _refuse(qtbot, window)
    assert window.session.meeting.venue == venue
    assert reopen(window.session.meeting.id).venue == venue
    # unchanged details ask nothing
    qtbot.keyClick(window.editor, Qt.Key.Key_D, CTRL)
    qtbot.keyClick(window.details.dialog.venue, Qt.Key.Key_Return)
    assert window.lock.dialog is None
    # changed, with a reason: saved
    qtbot.keyClick(window.editor, Qt.Key.Key_D, CTRL)
    dialog = window.details.dialog
    dialog.venue.selectAll()
    qtbot.keyClicks(dialog.venue, "Kingsford Town Hall")
    qtbot.keyClick(dialog.venue, Qt.Key.Key_Return)
    _give_reason(qtbot, window, "The venue was wrongly minuted")
    assert reopen(window.session.meeting.id).venue == "Kingsford Town Hall"


def test_leaving_the_meeting_locks_it_again(qtbot, agreed_window, archive, data_dir):
    window = agreed_window
    meeting_id = window.session.meeting.id
    window.going.go_to("3")
    qtbot.keyClicks(window.editor, "A")
    _give_reason(qtbot, window, "A typing slip")
    other = archive.start_meeting(_template())
    window.session.open_meeting(other.id)
    events = [e for e, _ in history(data_dir, meeting_id)]
    assert events[-2:] == ["unlocked", "locked"]
    window.session.open_meeting(meeting_id)
    window.going.go_to("3")
    qtbot.keyClicks(window.editor, "B")
    assert window.lock.dialog is not None  # asked again: once per opening
    _refuse(qtbot, window)


def test_closing_the_window_locks_it_again(qtbot, agreed_window, data_dir):
    window = agreed_window
    meeting_id = window.session.meeting.id
    qtbot.keyClicks(window.editor, "A")
    _give_reason(qtbot, window, "A typing slip")
    window.close()
    assert [e for e, _ in history(data_dir, meeting_id)][-1] == "locked"


def test_withholding_a_paragraph_of_an_agreed_record_needs_no_unlocking(
    qtbot, agreed_window, reopen, data_dir
):
    window = agreed_window
    window.going.go_to("3")
    qtbot.keyClick(window.editor, Qt.Key.Key_R, CTRL)
    field = window.editing.reason_dialog.findChild(QLineEdit)
    qtbot.keyClicks(field, "s40")
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert window.lock.dialog is None
    (block,) = reopen(window.session.meeting.id).find_item("3").blocks
    assert (block.restricted, block.restricted_reason) == (True, "s40")
    assert window.editor.current_restriction() == (True, "s40")  # read again, shown
    events = [e for e, _ in history(data_dir, window.session.meeting.id)]
    assert "withheld" in events and "unlocked" not in events
    # making it public again changes the record: a reason first
    qtbot.keyClick(window.editor, Qt.Key.Key_R, CTRL)
    _refuse(qtbot, window)
    assert window.editor.current_restriction() == (True, "s40")


def test_an_upgraded_archive_opens_its_past_meetings_quietly(qtbot, make_window, tmp_path):
    """The v3 migration agrees every meeting followed by a later one: reading them in
    the window must stay as before."""
    folder = tmp_path / "upgraded"
    folder.mkdir()
    shutil.copy(FIXTURES / "archive-v2.sqlite", folder / "archive.sqlite")
    with Archive.open(folder) as upgraded:
        summaries = upgraded.list_meetings()
        agreed = [m.id for m in summaries if upgraded.record(m.id).state() == "agreed"]
        assert agreed
        window = make_window(on=upgraded)
        failed = []
        window.session.saveFailed.connect(failed.append)
        for meeting_id in agreed:
            window.session.open_meeting(meeting_id)
            assert "(locked)" in window.meeting_label.text()
            for _ in range(3):
                qtbot.keyClick(window.editor, Qt.Key.Key_PageDown, CTRL)
                qtbot.keyClick(window.editor, Qt.Key.Key_Down)
        window.session.save_now()
        assert window.lock.dialog is None and not failed
        window.close()


def _template():
    from minutetaker.resources import load_agenda

    return load_agenda("monthly-assurance")


def test_a_change_that_slipped_past_asks_and_is_then_saved(qtbot, agreed_window, reopen):
    """A change made to the notes by code rather than a key (as a menu of another
    part of the window might): the archive refuses it visibly, the question is
    asked, and with a reason the change is saved, never lost in silence."""
    from PySide6.QtGui import QTextCursor

    window = agreed_window
    window.going.go_to("3")
    cursor = QTextCursor(window.editor.document())
    cursor.movePosition(QTextCursor.MoveOperation.End)
    cursor.insertText(" Put in by a menu.")
    field = reason_field(qtbot, window)
    assert window.banner.isVisible()  # the refusal is visible, not silent
    qtbot.keyClicks(field, "Spelling corrected after agreement")
    qtbot.keyClick(field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not window.banner.isVisible(), timeout=10000)
    stored = reopen(window.session.meeting.id).find_item("3")
    assert stored.blocks[-1].text.endswith("Put in by a menu.")
