"""Autosave, failure and retry, and where you left off (issue 3, points 9 and 10)."""

from __future__ import annotations

from PySide6.QtCore import Qt

from minutetaker.store.errors import ArchiveFull

CTRL = Qt.KeyboardModifier.ControlModifier


def test_a_failed_save_says_so_keeps_the_text_and_retries(qtbot, window, monkeypatch, reopen):
    writes = window.session.writer.archive  # the connection the window's saves go through
    real_save = writes.save_item
    calls = {"n": 0}

    def flaky(meeting_id, item, **kwargs):
        calls["n"] += 1
        if calls["n"] == 1:
            raise ArchiveFull("The disk holding the archive is full.")
        return real_save(meeting_id, item, **kwargs)

    monkeypatch.setattr(writes, "save_item", flaky)
    window.session.autosaver._retry.setInterval(300)
    window.going.go_to("4b")
    calls["n"] = 0
    qtbot.keyClicks(window.editor, " Typed while the disk was full.")
    qtbot.waitUntil(window.banner.isVisible, timeout=3000)
    assert "The disk holding the archive is full." in window.banner.text()
    assert window.saved_label.text() == "Not saved"
    assert window.editor.toPlainText().endswith("Typed while the disk was full.")
    qtbot.waitUntil(lambda: not window.banner.isVisible(), timeout=3000)
    assert window.saved_label.text().startswith("Saved at")
    stored = reopen(window.session.meeting.id).find_item("4b").blocks
    assert stored[-1].text == "No items on the agenda. Typed while the disk was full."


def test_no_question_is_asked_on_closing(qtbot, window, reopen):
    window.going.go_to("5")
    qtbot.keyClicks(window.editor, " Last words.")
    assert window.close()
    stored = reopen(window.session.meeting.id).find_item("5").blocks
    assert stored[-1].text.endswith("ends on 11 April. Last words.")


def test_the_next_start_opens_where_you_left_off(qtbot, make_window, stored_meeting, settings):
    first = make_window(size=False)
    first.resize(700, 500)
    first.going.go_to("4b")
    qtbot.keyClicks(first.editor, " Left here.")
    qtbot.keyClick(first.editor, Qt.Key.Key_Left)
    qtbot.keyClick(first.editor, Qt.Key.Key_S, CTRL)
    position = first.editor.textCursor().position()
    first.close()

    second = make_window(size=False)
    assert second.session.meeting.id == stored_meeting.id
    assert second.session.item.number == "4b"
    assert second.editor.textCursor().position() == position
    assert second.editor.hasFocus()
    assert (second.width(), second.height()) == (700, 500)
    qtbot.keyClicks(second.editor, "!")
    assert second.editor.toPlainText().endswith("Left here!.")


def test_where_you_left_off_survives_a_kill(qtbot, make_window, stored_meeting, data_dir):
    """No close: only the autosave has run, as when the process is killed."""
    first = make_window()
    first.going.go_to("3")
    qtbot.keyClicks(first.editor, " Killed after this.")
    qtbot.waitUntil(lambda: not first.session.autosaver.pending, timeout=3000)
    from minutetaker.store import Archive

    with Archive.open(data_dir) as fresh:
        second = make_window(on=fresh)
        assert second.session.item.number == "3"
        assert second.editor.toPlainText().endswith("Killed after this.")
        cursor = second.editor.textCursor()
        assert cursor.atEnd()
        second.session.autosaver.save_now()


def test_typing_without_a_pause_still_saves(qtbot, window, monkeypatch, reopen):
    from minutetaker.gui.safety import autosave

    monkeypatch.setattr(autosave, "LONGEST_WAIT_MS", 400)
    window.going.go_to("4b")
    for word in ("one", "two", "three", "four", "five", "six"):
        qtbot.keyClicks(window.editor, f" {word}")
        qtbot.wait(150)  # faster than the pause the autosave waits for
    stored = reopen(window.session.meeting.id).find_item("4b").blocks[-1].text
    assert stored != "No items on the agenda."


def test_another_meeting_waits_until_this_one_is_saved(qtbot, window, archive, monkeypatch):
    from minutetaker.resources import load_agenda

    other = archive.start_meeting(load_agenda("monthly-assurance"))

    def full(meeting_id, item, **kwargs):
        raise ArchiveFull("The disk holding the archive is full.")

    writes = window.session.writer.archive  # the connection the window's saves go through
    real_save = writes.save_item
    window.going.go_to("5")
    qtbot.keyClicks(window.editor, " Unsaved.")
    monkeypatch.setattr(writes, "save_item", full)
    assert not window.session.open_meeting(other.id)
    assert window.session.meeting.id != other.id
    assert window.editor.toPlainText().endswith("Unsaved.")
    monkeypatch.setattr(writes, "save_item", real_save)
    assert window.session.open_meeting(other.id)


def test_a_pause_in_typing_is_one_transaction_of_six_statements(qtbot, window, reopen):
    """What the window's writer sends for one autosave (its connection traced):
    the item's row, whose UPDATE also refuses an agreed record, its line of the
    search index, the meeting's time of change and where the cursor is. The
    number is the README's promise; it must not creep back up."""
    window.going.go_to("4b")
    qtbot.keyClicks(window.editor, " Counted.")
    window.session.save_now()
    sent: list[str] = []
    connection = window.session.writer.archive.conn
    connection.set_trace_callback(sent.append)
    try:
        qtbot.keyClicks(window.editor, " Again.")
        assert window.session.save_now()
    finally:
        window.session.writer.run(lambda archive: archive.conn.set_trace_callback(None))
    statements = []
    for sql in sent:  # (the FTS5 triggers' own steps, which SQLite reports too, left out)
        words = " ".join(sql.split()[:2])
        if not sql.startswith("--") and (not statements or statements[-1] != words):
            statements.append(words)
    assert statements == [
        "BEGIN IMMEDIATE",
        "UPDATE items",
        "UPDATE search_text",
        "UPDATE meetings",
        "INSERT INTO",
        "COMMIT",
    ]
    stored = reopen(window.session.meeting.id).find_item("4b").blocks[-1].text
    assert stored.endswith("Counted. Again.")
