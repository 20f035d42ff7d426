"""Searching from the window: this meeting or every meeting (issue 6, points 1-4)."""

from __future__ import annotations

import datetime as dt
import threading
import time

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from minutetaker.domain.model import Action, Block, Item, Meeting
from minutetaker.gui.search.panel import snippet_html
from minutetaker.gui.search.words import highlight_pattern

CTRL = Qt.KeyboardModifier.ControlModifier
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
SYNTAX = ['"', "AND", "OR", "NOT", "NEAR(", "(", ")", ":", "-", "*", "^", "a:b", "{x}", "shop*"]


@pytest.fixture
def earlier(archive):
    """A February meeting that talked about unresourced incidents."""
    meeting = Meeting(
        "Monthly Assurance Meeting",
        dt.date(2031, 2, 18),
        items=[
            Item("1", "Outstanding matters / items brought forward"),
            Item(
                "3",
                "Chief officer meeting / executive board – update",
                blocks=[
                    Block("paragraph", "The CC reported fewer unresourced incidents in Eastport."),
                    Block("bullet", "Unresourced incidents at weekends remain a concern."),
                ],
                actions=[Action("Report weekend unresourced incidents to the PCC.", "CC")],
            ),
            Item(
                "4",
                "Holding to account",
                blocks=[Block("paragraph", "Shoplifting fell in Redwater.")],
            ),
        ],
    )
    archive.add_meeting(meeting)
    return meeting


@pytest.fixture
def searching(window, earlier):
    return window


def panel_of(window):
    return window.search.panel


def type_query(qtbot, window, text: str) -> None:
    panel = panel_of(window)
    qtbot.keyClick(panel.query, Qt.Key.Key_A, CTRL)
    qtbot.keyClick(panel.query, Qt.Key.Key_Delete)
    qtbot.keyClicks(panel.query, text)
    settle(qtbot, window)


def settle(qtbot, window) -> None:
    """Until the search has run and its hits are shown (it runs off the window's thread)."""
    qtbot.waitUntil(lambda: window.search.idle, timeout=5000)


def shown(window) -> list[tuple[int, str]]:
    return [(h.meeting_id, h.item_number) for h in panel_of(window).model.hits]


def test_typing_finds_and_enter_opens_the_item_with_the_words_marked(qtbot, searching, earlier):
    window = searching
    window.going.go_to("3")
    qtbot.keyClick(window.editor, Qt.Key.Key_End, CTRL)
    before = (
        window.session.meeting.id,
        window.session.item.id,
        window.editor.textCursor().position(),
    )
    qtbot.keyClick(window.editor, Qt.Key.Key_F, CTRL_SHIFT)
    panel = panel_of(window)
    assert window.search.dock.isVisible()
    assert panel.query.hasFocus()
    assert panel.in_archive()
    qtbot.keyClicks(panel.query, "unresourced incidents")
    assert panel.model.hits == []  # not before the pause in typing
    qtbot.waitUntil(lambda: len(panel.model.hits) > 0, timeout=2000)
    assert shown(window)[0] == (earlier.id, "3")
    assert "<b>" in panel.model.html[0]
    assert "18 Feb 2031" in panel.model.data(panel.model.index(0, 0))
    assert panel.query.hasFocus()  # the cursor stays in the box
    qtbot.keyClick(panel.query, Qt.Key.Key_Down)
    qtbot.keyClick(panel.query, Qt.Key.Key_Up)
    assert panel.results.currentIndex().row() == 0
    qtbot.keyClick(panel.query, Qt.Key.Key_Return)
    assert (window.session.meeting.id, window.session.item.number) == (earlier.id, "3")
    assert window.editor.hasFocus()
    marked = [s.cursor.selectedText().lower() for s in window.editor.extraSelections()]
    assert marked == ["unresourced", "incidents", "unresourced", "incidents"]
    assert window.editor.textCursor().position() == window.editor.toPlainText().index("unres")
    qtbot.keyClick(window.editor, Qt.Key.Key_PageDown, CTRL)  # item 4: its own marks, none
    window.editor.viewport().repaint()
    assert window.session.item.number == "4" and window.editor.extraSelections() == []
    qtbot.keyClick(window.editor, Qt.Key.Key_PageUp, CTRL)
    window.editor.viewport().repaint()
    assert len(window.editor.extraSelections()) == 4

    qtbot.keyClick(window.editor, Qt.Key.Key_Escape)
    assert not window.search.dock.isVisible()
    assert (window.session.meeting.id, window.session.item.id) == before[:2]
    assert window.editor.textCursor().position() == before[2]
    assert window.editor.hasFocus()
    assert window.editor.extraSelections() == []


def test_ctrl_f_searches_the_open_meeting_only(qtbot, searching, earlier):
    window = searching
    qtbot.keyClick(window.editor, Qt.Key.Key_F, CTRL)
    assert not panel_of(window).in_archive()
    type_query(qtbot, window, "shoplifting")
    assert shown(window) and {m for m, _ in shown(window)} == {window.session.meeting.id}
    qtbot.keyClick(panel_of(window).query, Qt.Key.Key_Escape)
    qtbot.keyClick(window.editor, Qt.Key.Key_F, CTRL_SHIFT)
    assert panel_of(window).in_archive()
    settle(qtbot, window)
    assert earlier.id in {m for m, _ in shown(window)}


def test_escape_from_the_box_goes_back_without_opening(qtbot, searching):
    window = searching
    window.going.go_to("4a")
    qtbot.keyClick(window.editor, Qt.Key.Key_Home, CTRL)
    qtbot.keyClick(window.editor, Qt.Key.Key_F, CTRL_SHIFT)
    type_query(qtbot, window, "weekend")
    qtbot.keyClick(panel_of(window).results, Qt.Key.Key_Return)  # open it from the list
    assert window.session.item.number == "3"
    qtbot.keyClick(window.editor, Qt.Key.Key_F, CTRL_SHIFT)  # back to the box
    qtbot.keyClick(panel_of(window).query, Qt.Key.Key_Escape)
    assert window.session.item.number == "4a"
    assert window.editor.textCursor().position() == 0


@pytest.mark.parametrize("query", ['"', "AND", "(", "a:b", "shoplifting AND", "-", "*", "NEAR("])
def test_hostile_queries_never_fail(qtbot, searching, query):
    window = searching
    qtbot.keyClick(window.editor, Qt.Key.Key_F, CTRL_SHIFT)
    type_query(qtbot, window, query)
    status = panel_of(window).status.text()
    assert "could not" not in status
    qtbot.keyClick(panel_of(window).query, Qt.Key.Key_Return)  # opening nothing is fine too


def test_the_filters_narrow_the_results(qtbot, searching, earlier):
    window = searching
    march = window.session.meeting.id
    qtbot.keyClick(window.editor, Qt.Key.Key_F, CTRL_SHIFT)
    panel = panel_of(window)
    type_query(qtbot, window, "shoplifting OR unresourced")
    assert {m for m, _ in shown(window)} == {march, earlier.id}

    qtbot.keyClicks(panel.date_from, "03/2031")
    settle(qtbot, window)
    assert {m for m, _ in shown(window)} == {march}
    qtbot.keyClick(panel.date_from, Qt.Key.Key_A, CTRL)
    qtbot.keyClick(panel.date_from, Qt.Key.Key_Delete)
    qtbot.keyClicks(panel.date_to, "28/02/2031")
    settle(qtbot, window)
    assert {m for m, _ in shown(window)} == {earlier.id}
    qtbot.keyClick(panel.date_to, Qt.Key.Key_A, CTRL)
    qtbot.keyClick(panel.date_to, Qt.Key.Key_Delete)

    qtbot.keyClicks(panel.section, "4")
    settle(qtbot, window)
    assert {n for _, n in shown(window)} <= {"4", "4a", "4b", "4c"}
    assert (earlier.id, "4") in shown(window) and (march, "4a") in shown(window)
    qtbot.keyClick(panel.section, Qt.Key.Key_Backspace)
    settle(qtbot, window)

    panel.owner.setFocus()
    qtbot.keyClicks(panel.owner, "CC")  # a combo box chosen by typing
    assert panel.owner.currentData() == "CC"
    settle(qtbot, window)
    assert set(shown(window)) == {(earlier.id, "3"), (march, "4a")}
    qtbot.keyClick(panel.owner, Qt.Key.Key_Up)  # ACC, listed before CC
    assert panel.owner.currentData() == "ACC"
    settle(qtbot, window)
    assert shown(window) == [(march, "4a")]
    qtbot.keyClick(panel.owner, Qt.Key.Key_Home)  # any owner

    type_query(qtbot, window, "PCC")
    everything = shown(window)
    qtbot.keyClick(panel.query, Qt.Key.Key_Y, Qt.KeyboardModifier.AltModifier)  # Actions only
    qtbot.waitUntil(panel.actions_only.isChecked, timeout=2000)  # (a button's animated click)
    settle(qtbot, window)
    only = shown(window)
    assert only and len(only) < len(everything)
    assert set(only) <= {(earlier.id, "3"), (march, "4a")}


def test_snippets_are_escaped_and_the_words_bold():
    assert snippet_html("a <i>b</i> & \x02word\x03") == "a &lt;i&gt;b&lt;/i&gt; &amp; <b>word</b>"


def test_what_a_person_types_becomes_a_highlight():
    pattern = highlight_pattern('"Call handling" -Eastport incid* organise')
    text = "Call handling in EASTPORT; incidents were Organised."
    assert [m.group(0) for m in pattern.finditer(text)] == [
        "Call",
        "handling",
        "incidents",
        "Organised",
    ]
    assert highlight_pattern('" ( AND') is not None  # words, harmlessly
    assert highlight_pattern("-only") is None


def test_stay_here_keeps_the_found_item(qtbot, searching, earlier):
    window = searching
    qtbot.keyClick(window.editor, Qt.Key.Key_F, CTRL_SHIFT)
    type_query(qtbot, window, "weekend")
    qtbot.keyClick(panel_of(window).query, Qt.Key.Key_Return)
    assert window.session.meeting.id == earlier.id
    qtbot.keyClick(window.editor, Qt.Key.Key_F, CTRL_SHIFT)
    qtbot.keyClick(panel_of(window).query, Qt.Key.Key_S, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: not window.search.dock.isVisible(), timeout=2000)
    assert (window.session.meeting.id, window.session.item.number) == (earlier.id, "3")
    assert window.editor.extraSelections() == []
    qtbot.keyClick(window.editor, Qt.Key.Key_Escape)  # Esc in the notes is theirs again
    assert window.session.meeting.id == earlier.id


def test_an_empty_archive_searches_everything(qtbot, make_window):
    window = make_window()
    qtbot.keyClick(window.welcome.new_button, Qt.Key.Key_F, CTRL)
    assert panel_of(window).in_archive()
    type_query(qtbot, window, "anything")
    assert panel_of(window).status.text() == "Nothing found."
    qtbot.keyClick(panel_of(window).query, Qt.Key.Key_Escape)
    assert not window.search.dock.isVisible()
    assert window.welcome.new_button.hasFocus()


@settings(
    max_examples=80,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(text=st.text(max_size=40) | st.lists(st.sampled_from(SYNTAX)).map(" ".join))
def test_whatever_is_typed_the_panel_answers(searching, text):
    window = searching
    if window.search.panel is None:
        window.search.open(True)
    panel = panel_of(window)
    panel.query.setText(text)
    window.search.run()
    deadline = time.monotonic() + 5
    while not window.search.idle and time.monotonic() < deadline:
        QApplication.processEvents()
    assert window.search.idle
    assert "could not" not in panel.status.text()
    window.search.highlight(text)  # and marking it in the notes never fails either


@pytest.fixture
def slow_search(monkeypatch):
    """The archive's search, held on the reader's thread until released."""
    from minutetaker.store.archive import Archive

    release = threading.Event()
    real = Archive.search

    def held(self, query, **filters):
        if threading.current_thread().name.startswith("archive-reader"):
            release.wait(20)
        return real(self, query, **filters)

    monkeypatch.setattr(Archive, "search", held)
    yield release
    release.set()


def test_a_slow_search_never_holds_up_typing_or_saving(qtbot, searching, slow_search, reopen):
    window = searching
    window.going.go_to("5")
    qtbot.keyClick(window.editor, Qt.Key.Key_F, CTRL_SHIFT)
    panel = panel_of(window)
    qtbot.keyClicks(panel.query, "unresourced")
    qtbot.waitUntil(lambda: not window.search.timer.isActive(), timeout=2000)
    assert not window.search.idle and panel.status.text() == "Searching…"

    window.focus_notes()
    qtbot.keyClicks(window.editor, " Typed while searching.")
    assert window.editor.toPlainText().endswith("Typed while searching.")
    # the autosave's timer fires and the writer commits while the search is held
    qtbot.waitUntil(lambda: not window.session.autosaver.pending, timeout=3000)
    assert not window.search.idle
    stored = reopen(window.session.meeting.id).find_item("5").blocks[-1].text
    assert stored.endswith("Typed while searching.")

    slow_search.set()
    settle(qtbot, window)
    assert shown(window)


def test_only_the_newest_query_s_hits_are_shown(qtbot, searching, earlier, slow_search):
    window = searching
    qtbot.keyClick(window.editor, Qt.Key.Key_F, CTRL_SHIFT)
    panel = panel_of(window)
    qtbot.keyClicks(panel.query, "unresourced")
    qtbot.waitUntil(lambda: not window.search.timer.isActive(), timeout=2000)
    assert not window.search.idle  # held
    qtbot.keyClick(panel.query, Qt.Key.Key_A, CTRL)
    qtbot.keyClicks(panel.query, "shoplifting")
    qtbot.waitUntil(lambda: not window.search.timer.isActive(), timeout=2000)
    slow_search.set()  # the first query ends now, overtaken
    settle(qtbot, window)
    assert shown(window) and all(
        "shoplifting" in h.snippet.lower() or h.item_number.startswith("4")
        for h in panel.model.hits
    )
    assert all("unresourced" not in h.snippet.lower() for h in panel.model.hits)


def test_enter_before_the_hits_come_opens_the_first_when_they_do(
    qtbot, searching, earlier, slow_search
):
    window = searching
    qtbot.keyClick(window.editor, Qt.Key.Key_F, CTRL_SHIFT)
    panel = panel_of(window)
    qtbot.keyClicks(panel.query, "weekend")
    qtbot.keyClick(panel.query, Qt.Key.Key_Return)  # before the pause, before the hits
    assert window.session.meeting.id != earlier.id
    slow_search.set()
    qtbot.waitUntil(lambda: window.session.meeting.id == earlier.id, timeout=5000)
    assert window.session.item.number == "3"
    assert window.editor.hasFocus()
