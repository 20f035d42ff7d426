"""The action tracker, and actions followed from meeting to meeting in the window
(issue 5, points 2, 3 and the judged chain)."""

from __future__ import annotations

import datetime as dt
import threading

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QLineEdit

from minutetaker.domain.model import Action, Block, Item, Meeting
from minutetaker.gui.tracker.panel import OVERDUE
from tests.gui.conftest import activate, written

CTRL = Qt.KeyboardModifier.ControlModifier
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
ALT = Qt.KeyboardModifier.AltModifier
WEEKEND = "Report weekend unresourced incidents to the PCC."


@pytest.fixture
def february(archive):
    meeting = Meeting(
        "Monthly Assurance Meeting",
        dt.date(2031, 2, 18),
        items=[
            Item("1", "Outstanding matters / items brought forward", kind="brought_forward"),
            Item(
                "3",
                "Chief officer meeting / executive board – update",
                blocks=[Block("paragraph", "Unresourced incidents at weekends.")],
                actions=[Action(WEEKEND, "CC", dt.date(2031, 3, 1), id="a-weekend")],
            ),
        ],
    )
    archive.add_meeting(meeting)
    return meeting


@pytest.fixture
def tracking(window, february):
    window.tracker.today = dt.date(2031, 3, 18)
    return window


# Generous: a busy machine may take seconds to save and read; a passing run
# waits only as long as the tracker takes.
WAIT_MS = 30_000


def read(qtbot, window) -> None:
    """Until the tracker's table shows the archive as the window handed it over:
    no read under way and none due (it is read on the session's reader thread,
    off the window's, after the writer has saved what it was handed)."""
    qtbot.waitUntil(lambda: window.tracker.idle, timeout=WAIT_MS)


def texts(qtbot, window) -> list[str]:
    read(qtbot, window)
    return [r.text for r in window.tracker.panel.model.rows]


def open_tracker(qtbot, window):
    qtbot.keyClick(window.editor, Qt.Key.Key_T, CTRL_SHIFT)
    read(qtbot, window)
    panel = window.tracker.panel
    assert window.tracker.dock.isVisible()
    assert panel.table.hasFocus()
    return panel


def test_every_action_by_due_date_with_its_filters(qtbot, tracking, february):
    window = tracking
    panel = open_tracker(qtbot, window)
    assert texts(qtbot, window) == [
        WEEKEND,
        "Provide the PCC with a briefing note on retail crime.",
        "Share the retail forum minutes with the PCC.",
    ]
    model = panel.model
    assert model.data(model.index(0, 0)) == "1 Mar 2031"
    assert model.data(model.index(0, 3)) == "18 Feb 2031, item 3"
    assert model.data(model.index(0, 4)) == "overdue"
    assert model.data(model.index(0, 4), Qt.ItemDataRole.ForegroundRole).color() == OVERDUE
    assert model.data(model.index(2, 0)) == "–"
    assert [panel.owner.itemText(n) for n in range(panel.owner.count())] == [
        "All owners",
        "ACC",
        "CC",
    ]

    qtbot.keyClick(panel.table, Qt.Key.Key_R, ALT)  # Owner
    assert panel.owner.hasFocus()
    qtbot.keyClicks(panel.owner, "C")
    assert texts(qtbot, window) == [WEEKEND, "Share the retail forum minutes with the PCC."]
    qtbot.keyClick(panel.owner, Qt.Key.Key_A, ALT)  # Status
    qtbot.keyClicks(panel.status, "Ov")
    assert texts(qtbot, window) == [WEEKEND]
    qtbot.keyClick(panel.status, Qt.Key.Key_R, ALT)
    qtbot.keyClick(panel.owner, Qt.Key.Key_Home)  # all owners, still overdue
    assert texts(qtbot, window) == [WEEKEND]
    qtbot.keyClick(panel.owner, Qt.Key.Key_A, ALT)
    qtbot.keyClick(panel.status, Qt.Key.Key_Home)  # all
    assert len(texts(qtbot, window)) == 3

    qtbot.keyClick(panel.status, Qt.Key.Key_X, ALT)  # Text
    assert panel.text.hasFocus()
    qtbot.keyClicks(panel.text, "forum")
    assert texts(qtbot, window) == ["Share the retail forum minutes with the PCC."]
    qtbot.keyClick(panel.text, Qt.Key.Key_A, CTRL)
    qtbot.keyClick(panel.text, Qt.Key.Key_Backspace)
    qtbot.keyClick(panel.text, Qt.Key.Key_I, ALT)  # Meeting
    qtbot.keyClick(panel.meeting, Qt.Key.Key_Down)  # this meeting (March)
    assert texts(qtbot, window) == [
        "Provide the PCC with a briefing note on retail crime.",
        "Share the retail forum minutes with the PCC.",
    ]
    qtbot.keyClick(panel.meeting, Qt.Key.Key_Escape)
    assert not window.tracker.dock.isVisible()
    assert window.editor.hasFocus()


def test_enter_goes_to_the_item_and_the_history_shows(qtbot, tracking, february):
    window = tracking
    march = window.session.meeting.id
    panel = open_tracker(qtbot, window)
    assert panel.history.topLevelItemCount() == 1  # raised, nothing since
    assert panel.history.topLevelItem(0).text(2) == "Raised"
    qtbot.keyClick(panel.table, Qt.Key.Key_Home)
    qtbot.keyClick(panel.table, Qt.Key.Key_Return)
    assert (window.session.meeting.id, window.session.item.number) == (february.id, "3")
    assert window.editor.hasFocus()
    assert window.tracker.dock.isVisible()
    panel.table.setFocus()
    qtbot.keyClick(panel.table, Qt.Key.Key_Down)
    qtbot.keyClick(panel.table, Qt.Key.Key_Enter)
    assert (window.session.meeting.id, window.session.item.number) == (march, "4a")


def test_an_action_filed_shows_at_once(qtbot, tracking):
    window = tracking
    panel = open_tracker(qtbot, window)
    window.going.go_to("3")
    qtbot.keyClick(window.editor, Qt.Key.Key_A, CTRL_SHIFT)
    qtbot.keyClicks(window.actions_panel.text, "Publish the estates review.")
    qtbot.keyClick(window.actions_panel.text, Qt.Key.Key_Return)
    assert "Publish the estates review." in texts(qtbot, window)  # once saved, read again
    assert panel.model.rowCount() == 4


def test_the_tracker_is_not_idle_while_a_read_is_due_after_an_action_filed(qtbot, tracking):
    """Between an action handed to the writer and the table read again after its
    save, the tracker is not idle: whoever waits for it (the tests) sees the new
    row, never the table from before, however long the save takes."""
    window = tracking
    open_tracker(qtbot, window)
    release = threading.Event()
    window.session.writer.submit(lambda _archive: release.wait(10))  # a slow disk
    window.going.go_to("3")
    qtbot.keyClick(window.editor, Qt.Key.Key_A, CTRL_SHIFT)
    qtbot.keyClicks(window.actions_panel.text, "Publish the estates review.")
    qtbot.keyClick(window.actions_panel.text, Qt.Key.Key_Return)  # handed to the writer
    assert not window.tracker.idle  # a read is due once the save is written
    release.set()
    assert "Publish the estates review." in texts(qtbot, window)


def test_the_tracker_is_not_idle_while_the_words_typed_wait_to_be_read(qtbot, tracking):
    window = tracking
    panel = open_tracker(qtbot, window)
    qtbot.keyClick(panel.table, Qt.Key.Key_X, ALT)  # Text
    qtbot.keyClicks(panel.text, "forum")
    assert not window.tracker.idle  # read after a pause in typing
    assert texts(qtbot, window) == ["Share the retail forum minutes with the PCC."]


def test_the_table_is_read_off_the_window_s_thread_after_the_changes_handed_over(
    qtbot, tracking, monkeypatch
):
    """The tracker reads on the session's reader thread, after the writer has saved
    what it was handed: an action filed just before shows, however slow the disk."""
    from minutetaker.store.archive import Archive

    window = tracking
    threads = []
    list_actions = Archive.list_actions

    def watched(archive, **filters):
        threads.append(threading.current_thread().name)
        return list_actions(archive, **filters)

    monkeypatch.setattr(Archive, "list_actions", watched)
    release = threading.Event()
    window.session.writer.submit(lambda _archive: release.wait(10))  # a slow disk
    window.going.go_to("3")
    qtbot.keyClick(window.editor, Qt.Key.Key_A, CTRL_SHIFT)
    qtbot.keyClicks(window.actions_panel.text, "Publish the estates review.")
    qtbot.keyClick(window.actions_panel.text, Qt.Key.Key_Return)  # handed to the writer
    qtbot.keyClick(window.editor, Qt.Key.Key_T, CTRL_SHIFT)
    assert window.tracker.dock.isVisible() and window.tracker.panel.table.hasFocus()
    assert not window.tracker.idle  # the window goes on; the table comes when it is read
    assert window.tracker.panel.count.text() == "Reading the actions…"
    release.set()
    assert "Publish the estates review." in texts(qtbot, window)
    assert threads and set(threads) == {"archive-reader-2"}  # (not the search's)


# -- from meeting to meeting, with the keyboard alone -----------------------------------


def answer_next_question(qtbot, key=Qt.Key.Key_Return) -> None:
    """Press ``key`` in the next modal message box (it runs its own event loop)."""

    def press() -> None:
        box = QApplication.activeModalWidget()
        if box is None:
            QTimer.singleShot(10, press)
            return
        qtbot.keyClick(box, key)

    QTimer.singleShot(0, press)


def go_to(qtbot, window, number: str) -> None:
    qtbot.keyClick(window.editor, Qt.Key.Key_G, CTRL)
    dialog = window.going.go_to_dialog
    activate(qtbot, dialog)
    field = dialog.findChild(QLineEdit)
    qtbot.keyClicks(field, number)
    qtbot.keyClick(field, Qt.Key.Key_Return)
    activate(qtbot, window)
    assert window.session.item.number == number


def set_next_meeting(qtbot, window, day: dt.date) -> None:
    qtbot.keyClick(window.editor, Qt.Key.Key_D, CTRL)
    dialog = window.details.dialog
    activate(qtbot, dialog)
    qtbot.keyClick(dialog, Qt.Key.Key_N, ALT)
    assert dialog.next_date.hasFocus()
    qtbot.keyClicks(dialog.next_date, day.strftime("%d/%m/%Y"))
    qtbot.keyClick(dialog.next_date, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=WAIT_MS)
    activate(qtbot, window)


def new_meeting(qtbot, window) -> None:
    before = window.session.meeting.id if window.session.meeting else None
    answer_next_question(qtbot)
    qtbot.keyClick(window.editor, Qt.Key.Key_N, CTRL)
    assert window.session.meeting.id != before
    activate(qtbot, window)


def decide(qtbot, window, steps: int, update: str) -> None:
    """Alt+D, the arrow keys to the decision, then this meeting's update in the notes."""
    qtbot.keyClick(window.editor, Qt.Key.Key_D, ALT)
    decision = window.page.brought_forward_panel.decision
    assert decision.hasFocus()
    for _ in range(steps):
        qtbot.keyClick(decision, Qt.Key.Key_Down)
    qtbot.keyClick(decision, Qt.Key.Key_2, CTRL)
    assert window.editor.hasFocus()
    qtbot.keyClicks(window.editor, update)


def test_an_action_raised_carried_forward_and_discharged(qtbot, make_window, archive):
    first = dt.date.today()
    second, third, fourth = (first + dt.timedelta(days=28 * n) for n in (1, 2, 3))
    window = make_window()
    window.tracker.today = first
    qtbot.keyClick(window.welcome.new_button, Qt.Key.Key_Space)
    set_next_meeting(qtbot, window, second)

    # the first meeting: the action raised under item 3
    go_to(qtbot, window, "3")
    qtbot.keyClick(window.editor, Qt.Key.Key_A, CTRL_SHIFT)
    row = window.actions_panel
    qtbot.keyClicks(row.text, "Report on weekend call handling.")
    qtbot.keyClick(row.text, Qt.Key.Key_Tab)
    qtbot.keyClicks(row.owner, "ACC")
    qtbot.keyClick(row.owner, Qt.Key.Key_Tab)
    qtbot.keyClicks(row.due, second.strftime("%d/%m/%Y"))
    qtbot.keyClick(row.due, Qt.Key.Key_Return)
    written(qtbot, window)
    (raised,) = archive.list_actions()
    assert (raised.text, raised.owner, raised.status) == (
        "Report on weekend call handling.",
        "ACC",
        "open",
    )

    # the second: brought forward as 1.1, carried forward
    new_meeting(qtbot, window)
    assert window.session.meeting.date == second
    go_to(qtbot, window, "1.1")
    assert window.page.brought_forward_panel.action.text() == "Report on weekend call handling."
    decide(qtbot, window, 2, "Work under way.")
    assert window.page.brought_forward_panel.decision.currentData() == "carried forward"
    set_next_meeting(qtbot, window, third)

    # the third: brought forward again, discharged
    new_meeting(qtbot, window)
    assert window.session.meeting.date == third
    go_to(qtbot, window, "1.1")
    decide(qtbot, window, 1, "Report received.")
    assert window.page.brought_forward_panel.decision.currentData() == "discharged"
    qtbot.keyClick(window.editor, Qt.Key.Key_PageDown, CTRL)  # and on to the next item
    assert window.session.item.number == "2"

    # the tracker: discharged at the third meeting, with its whole history
    panel = open_tracker(qtbot, window)
    assert texts(qtbot, window) == ["Report on weekend call handling."]
    (action,) = panel.model.rows
    assert action.id == raised.id
    assert panel.model.data(panel.model.index(0, 4)) == (
        f"discharged on {third.day} {third:%b} {third.year}"
    )
    history = [
        tuple(panel.history.topLevelItem(n).text(c) for c in (1, 2, 3))
        for n in range(panel.history.topLevelItemCount())
    ]
    assert history == [
        ("3", "Raised", "Report on weekend call handling."),
        ("1.1", "Carried forward", "Work under way."),
        ("1.1", "Discharged", "Report received."),
    ]
    qtbot.keyClick(panel.table, Qt.Key.Key_Return)  # where it was last dealt with
    assert (window.session.meeting.date, window.session.item.number) == (third, "1.1")

    # the fourth meeting does not bring it back
    set_next_meeting(qtbot, window, fourth)
    new_meeting(qtbot, window)
    assert window.session.meeting.date == fourth
    assert window.session.meeting.find_item("1").items == []
    assert [r.status for r in archive.list_actions()] == ["discharged"]
    assert len(archive.action_history(raised.id)) == 3


def test_discharged_in_the_meeting_shows_discharged_in_the_tracker(
    qtbot, make_window, archive, february
):
    window = make_window()
    window.tracker.today = dt.date(2031, 3, 18)
    new_meeting(qtbot, window)
    go_to(qtbot, window, "1.1")
    panel = open_tracker(qtbot, window)
    assert panel.model.data(panel.model.index(0, 4)) == "overdue"
    window.focus_notes()
    qtbot.keyClick(window.editor, Qt.Key.Key_D, ALT)
    qtbot.keyClick(window.page.brought_forward_panel.decision, Qt.Key.Key_Down)  # discharged
    qtbot.keyClick(window.page.brought_forward_panel.decision, Qt.Key.Key_PageDown, CTRL)
    day = window.session.meeting.date
    read(qtbot, window)  # once the decision is saved, read again
    assert panel.model.data(panel.model.index(0, 4)) == (
        f"discharged on {day.day} {day:%b} {day.year}"
    )


def test_the_search_and_the_tracker_name_every_control(qtbot, tracking):
    from tests.gui.test_accessibility import _unnamed

    window = tracking
    qtbot.keyClick(window.editor, Qt.Key.Key_F, CTRL_SHIFT)
    qtbot.keyClick(window.search.panel.query, Qt.Key.Key_T, CTRL_SHIFT)
    assert window.search.dock.isVisible() and window.tracker.dock.isVisible()
    assert _unnamed(window) == []
