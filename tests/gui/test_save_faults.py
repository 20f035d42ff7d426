"""A full disk, a read-only archive, a locked archive, while typing in the window.

The faults are injected at the SQLite layer under the running window (the
connection of its writer, through which every save goes), which is where the
real ones arrive: the save fails, the red band says why, the text
stays in the window, saving is retried, and once the fault is lifted the text
is in the archive and the band has gone.
"""

from __future__ import annotations

import sqlite3

import pytest

from minutetaker.store.paths import ARCHIVE_NAME

PASTE = "A long pasted report paragraph, repeated to fill the page. " * 1500  # ~90 kB


@pytest.fixture
def typing_window(qtbot, window):
    window.session.autosaver._retry.setInterval(200)
    window.going.go_to("5")
    qtbot.waitUntil(lambda: not window.session.autosaver.pending)
    return window


def _fails_then_saves(qtbot, window, reopen, words: str, lift, says: str) -> None:
    qtbot.keyClicks(window.editor, words)
    qtbot.waitUntil(window.banner.isVisible, timeout=3000)
    assert says in window.banner.text()
    assert window.saved_label.text() == "Not saved"
    assert window.editor.toPlainText().endswith(words.strip())
    qtbot.wait(450)  # a retry or two, still failing
    assert window.banner.isVisible() and window.session.autosaver.pending
    stored_while_failing = reopen(window.session.meeting.id).find_item("5").blocks
    assert not any(words.strip() in b.text for b in stored_while_failing)
    lift()
    qtbot.waitUntil(lambda: not window.banner.isVisible(), timeout=3000)
    assert window.saved_label.text().startswith("Saved at")
    stored = reopen(window.session.meeting.id).find_item("5").blocks
    assert stored[-1].text.endswith(words.strip())
    assert window.session.archive.integrity_ok(quick=False)


def _on_writer(window, sql: str):
    """Run ``sql`` on the writer's connection, between two of its saves."""
    return window.session.writer.run(lambda archive: archive.conn.execute(sql).fetchall())


def test_a_full_disk_while_typing(qtbot, typing_window, reopen):
    w = typing_window
    pages = _on_writer(w, "PRAGMA page_count")[0][0]
    _on_writer(w, f"PRAGMA max_page_count = {pages}")  # no room to grow
    w.editor.insertPlainText("\n" + PASTE)  # a paste that needs new pages
    _fails_then_saves(
        qtbot,
        w,
        reopen,
        " typed while the disk was full",
        lambda: _on_writer(w, "PRAGMA max_page_count = 1073741823"),
        "is full",
    )
    stored = reopen(w.session.meeting.id).find_item("5").blocks
    assert stored[-1].text.startswith(PASTE.strip()) and len(stored[-1].text) > 85_000


def test_a_read_only_archive_while_typing(qtbot, typing_window, reopen):
    _on_writer(typing_window, "PRAGMA query_only = ON")
    _fails_then_saves(
        qtbot,
        typing_window,
        reopen,
        " typed while read-only",
        lambda: _on_writer(typing_window, "PRAGMA query_only = OFF"),
        "read-only",
    )


def test_a_locked_archive_while_typing(qtbot, typing_window, reopen, data_dir):
    _on_writer(typing_window, "PRAGMA busy_timeout = 50")
    other = sqlite3.connect(data_dir / ARCHIVE_NAME, isolation_level=None)
    other.execute("BEGIN EXCLUSIVE")  # another program holds the archive
    try:
        _fails_then_saves(
            qtbot,
            typing_window,
            reopen,
            " typed while locked",
            lambda: other.execute("ROLLBACK"),
            "in use by another program",
        )
    finally:
        other.close()
