"""File > Import past minutes… (Ctrl+Shift+O): Word minutes read off the window's
thread, the report read before anything is written, then all of them or none
(issue 14, point 1, the window's part). Driven by the keyboard, the file dialog
included; the documents are typed by tests/wordimport (none written by our export)."""

from __future__ import annotations

import datetime as dt
import shutil
import threading

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QLineEdit, QMessageBox

from minutetaker.store import Archive
from minutetaker.wordimport import batch
from tests.gui.conftest import activate, written
from tests.gui.dialogs import answer
from tests.wordimport import documents as doc
from tests.wordimport import more_documents as more

CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
ALT = Qt.KeyboardModifier.AltModifier
JULY, AUGUST, SEPTEMBER = dt.date(2029, 7, 17), dt.date(2029, 8, 21), dt.date(2029, 9, 18)
CALL_BACK = "The ACC to report on the new call-back service."
ROTA = "The CEx to share the new meeting rota."


def _july(folder):
    return more.small(folder / "july.docx", JULY, actions=[(CALL_BACK, "ACC")], following=AUGUST)


def _august(folder):
    brought = [("July 2029", "Call handling", CALL_BACK, "Still waiting; carried forward.")]
    return more.small(
        folder / "august.docx",
        AUGUST,
        brought=brought,
        actions=[(ROTA, "CEx")],
        following=SEPTEMBER,
    )


def _choose(*names: str):
    """A step for :func:`answer`: type the files' names into the file dialog, Enter."""

    def step(dialog) -> None:
        assert isinstance(dialog, QFileDialog)
        box = dialog.findChild(QLineEdit, "fileNameEdit")
        box.setFocus()
        text = names[0] if len(names) == 1 else " ".join(f'"{n}"' for n in names)
        box.setText(text)
        QApplication.processEvents()
        from PySide6.QtTest import QTest

        QTest.keyClick(box, Qt.Key.Key_Return)

    return step


def _report(qtbot, window):
    qtbot.waitUntil(
        lambda: (
            window.importing.report_dialog is not None
            and window.importing.report_dialog.isVisible()
        ),
        timeout=20000,
    )
    dialog = window.importing.report_dialog
    activate(qtbot, dialog)
    return dialog


def _finished(qtbot, window) -> str:
    said = []
    qtbot.waitUntil(lambda: not window.importing.busy, timeout=20000)
    said.append(window.statusBar().currentMessage())
    return said[0]


def _count(data_dir) -> int:
    with Archive.open(data_dir) as fresh:
        return fresh.count_meetings()


def test_import_by_keyboard_reads_off_the_window_thread_reports_then_writes_all(
    qtbot, window, tmp_path, data_dir, monkeypatch
):
    _july(tmp_path), _august(tmp_path)
    window.settings.setValue("import/folder", str(tmp_path))
    threads = []
    reader = batch.read_word_minutes

    def reading(path):
        threads.append(threading.current_thread())
        return reader(path)

    monkeypatch.setattr(batch, "read_word_minutes", reading)
    before = (window.session.meeting.id, window.session.item.number)
    window.tracker.show()
    qtbot.waitUntil(lambda: window.tracker.panel.model.rowCount() == 2)  # the sample's own
    seen: list = []
    answer([_choose("august.docx", "july.docx")], seen)
    qtbot.keyClick(window.editor, Qt.Key.Key_O, CTRL_SHIFT)
    dialog = _report(qtbot, window)

    # Read on a thread of their own, never the window's.
    assert len(threads) == 2 and threading.main_thread() not in threads
    # The report: every file, what it holds, nothing written yet.
    assert [dialog.files.item(n).text().split("\n")[0] for n in range(2)] == [
        "august.docx",
        "july.docx",
    ]
    assert "2 meetings read, from Tuesday 17 July 2029 to Tuesday 21 August 2029" in (
        dialog.summary.text()
    )
    page = dialog.page.toPlainText()
    assert "Monthly Assurance Meeting, Tuesday 21 August 2029 @ 10:30" in page
    assert "Every paragraph was placed." in page
    assert ROTA in page and "CEx" in page
    assert "Linked: item 1.1 follows the action raised on Tuesday 17 July 2029" in page
    qtbot.keyClick(dialog.files, Qt.Key.Key_Down)
    assert "Monthly Assurance Meeting, Tuesday 17 July 2029" in dialog.page.toPlainText()
    assert _count(data_dir) == 1
    assert dialog.import_button.isDefault() and dialog.import_button.text() == "&Import 2 meetings"

    qtbot.keyClick(dialog.files, Qt.Key.Key_Return)  # Enter: go ahead
    said = _finished(qtbot, window)
    assert said == "Imported 2 meetings; File > Open meeting (Ctrl+O) lists them."
    written(qtbot, window)
    assert _count(data_dir) == 3
    # The person stays where they were; the tracker has read the archive again.
    assert (window.session.meeting.id, window.session.item.number) == before
    qtbot.waitUntil(lambda: window.tracker.panel.model.rowCount() == 4)
    rows = {row.text: row for row in window.tracker.panel.model.rows}
    assert (rows[ROTA].status, rows[ROTA].meeting_date) == ("open", AUGUST)
    # August's record follows July's action: carried forward there.
    assert (rows[CALL_BACK].last_date, rows[CALL_BACK].last_decision) == (
        AUGUST,
        "carried forward",
    )


def test_the_report_can_be_copied_as_the_dry_run_prints_it(qtbot, window, tmp_path, cli_text):
    path = more.varied(tmp_path / "march.docx")
    window.importing.start([path])
    dialog = _report(qtbot, window)
    assert "1 file has paragraphs that could not be placed" in dialog.summary.text()
    page = dialog.page.toPlainText()
    # What could not be placed comes first, whole, with where it now is.
    assert page.index("Could not place 3 paragraphs") < page.index("Details")
    assert "“Please read the papers before the meeting.”" in page
    qtbot.keyClick(dialog.files, Qt.Key.Key_C, ALT)  # a mnemonic clicks a moment later
    qtbot.waitUntil(lambda: dialog.copy_button.text() == "&Copied")
    assert QApplication.clipboard().text() == cli_text("import", "--dry-run", str(path))
    qtbot.keyClick(dialog.files, Qt.Key.Key_Escape)
    assert "Import cancelled" in _finished(qtbot, window)


@pytest.fixture
def cli_text(tmp_path):
    """The report the command line's dry run prints (its last line aside)."""
    import contextlib
    import io

    from minutetaker.cli.main import main

    def run(*args) -> str:
        out = io.StringIO()
        with contextlib.redirect_stdout(out):
            assert main(["--data-dir", str(tmp_path / "elsewhere"), *args]) == 0
        return out.getvalue().rsplit("Nothing was written (dry run)", 1)[0]

    return run


def test_a_refused_file_is_named_with_its_sentence_and_nothing_is_written(
    qtbot, window, tmp_path, data_dir
):
    good = doc.sample_shaped(tmp_path / "august.docx")
    old = tmp_path / "june.doc"
    old.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504))
    window.importing.start([good, old])
    dialog = _report(qtbot, window)
    assert dialog.files.currentRow() == 1  # the refused file is shown first
    assert "Nothing can be imported" in dialog.summary.text()
    page = dialog.page.toPlainText()
    assert f"{old}: this is an old-style Word 97-2003 document (.doc)" in page
    assert not dialog.import_button.isEnabled()
    qtbot.keyClick(dialog.files, Qt.Key.Key_Return)  # Enter cannot import
    assert _count(data_dir) == 1
    qtbot.keyClick(dialog.files, Qt.Key.Key_Escape)
    _finished(qtbot, window)
    assert _count(data_dir) == 1


def test_a_meeting_already_in_the_archive_is_refused_by_name(qtbot, window, tmp_path, data_dir):
    path = doc.sample_shaped(tmp_path / "august.docx")
    window.importing.start([path])
    qtbot.keyClick(_report(qtbot, window).files, Qt.Key.Key_Return)
    _finished(qtbot, window)
    assert _count(data_dir) == 2
    again = shutil.copy(path, tmp_path / "august-again.docx")
    window.importing.start([again])
    dialog = _report(qtbot, window)
    page = dialog.page.toPlainText()
    assert f"{again}: the archive already holds the Monthly Assurance Meeting of 2029-08-21" in (
        page
    )
    assert "Open it with File > Open meeting (Ctrl+O) to see it." in page
    assert "--replace" not in page  # the command line's advice, not the window's
    assert not dialog.import_button.isEnabled()
    qtbot.keyClick(dialog.files, Qt.Key.Key_Escape)
    _finished(qtbot, window)
    assert _count(data_dir) == 2


def test_forty_documents_keep_the_window_alive_and_cancel_stops_between_files(
    qtbot, window, tmp_path, data_dir, monkeypatch, request
):
    first = doc.sample_shaped(tmp_path / "minutes-00.docx")
    paths = [first] + [shutil.copy(first, tmp_path / f"minutes-{n:02d}.docx") for n in range(1, 40)]
    # The eleventh file waits until the person has pressed Esc (a slow disk), so
    # that Cancel comes mid-way on any machine; the ten before are read for real.
    reader, pressed, started = batch.read_word_minutes, threading.Event(), []

    def reading(path):
        started.append(path)
        if len(started) == 11:
            pressed.wait(20)
        return reader(path)

    monkeypatch.setattr(batch, "read_word_minutes", reading)
    request.addfinalizer(pressed.set)  # a failing test leaves no thread waiting
    read = []
    window.importing.progressed.connect(lambda n, name: read.append(name))
    ticks = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(len(read)))
    timer.start(5)
    window.importing.start(paths)
    # The window's own thread goes on turning while the files are read: its
    # timer fires between one file and the next, and the progress is drawn. Waited
    # for as the person sees it, the eleventh file named in the dialog (the reading
    # thread is at it a moment before the window's thread has drawn it).
    progress = window.importing.progress
    qtbot.waitUntil(
        lambda: (
            len(started) == 11  # (told just before the file is read)
            and progress.isVisible()
            and progress.labelText() == "Reading minutes-10.docx (11 of 40)…"
        ),
        timeout=30000,
    )
    assert len(set(ticks)) >= 3
    qtbot.keyClick(window.importing.progress, Qt.Key.Key_Escape)
    pressed.set()
    said = _finished(qtbot, window)
    timer.stop()
    assert said == "Import cancelled: nothing was written to the archive."
    assert len(started) == 11  # the file being read was the last
    assert window.importing.report_dialog is None
    assert _count(data_dir) == 1


def test_an_empty_archive_imports_from_its_welcome_opens_the_newest_and_new_brings_actions(
    qtbot, make_window, tmp_path, data_dir, monkeypatch
):
    july, august = _july(tmp_path), _august(tmp_path)
    window = make_window()
    assert window.stack.currentWidget() is window.welcome
    monkeypatch.setattr(window.importing, "ask_paths", lambda: [str(july), str(august)])
    qtbot.keyClick(window.welcome, Qt.Key.Key_I, ALT)
    qtbot.keyClick(_report(qtbot, window).files, Qt.Key.Key_Return)
    assert _finished(qtbot, window) == "Imported 2 meetings; the newest is open."
    meeting = window.session.meeting
    assert meeting.date == AUGUST and window.stack.currentWidget() is window.splitter
    # The first meeting of the new archive brings the open actions forward.
    monkeypatch.setattr(window.meetings, "confirm_new_meeting", lambda: True)
    window.meetings.new_meeting()
    brought = window.session.meeting.find_item("1").items
    assert window.session.meeting.date == SEPTEMBER
    assert sorted(i.brought_forward.action for i in brought) == sorted([CALL_BACK, ROTA])


def test_a_write_that_fails_says_so_in_one_sentence_and_writes_nothing(
    qtbot, window, tmp_path, data_dir, monkeypatch
):
    from minutetaker.store.errors import ArchiveError

    path = doc.sample_shaped(tmp_path / "august.docx")
    threads = []

    def failing(meetings, replace=False):
        threads.append(threading.current_thread().name)
        raise ArchiveError("The disk is full; free some space and try again.")

    monkeypatch.setattr(window.session.writer.archive, "import_meetings", failing)
    shown = []

    def read_the_message() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox) and box.isVisible():
            shown.append(box.text())
            box.accept()
        else:
            QTimer.singleShot(20, read_the_message)

    window.importing.start([path])
    report = _report(qtbot, window)
    # Watched for before Import is pressed: a writer quicker than the window's
    # thread has failed already, and the message then opens within the key press.
    QTimer.singleShot(0, read_the_message)
    qtbot.keyClick(report.files, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: bool(shown), timeout=20000)
    assert shown == ["Nothing was imported: The disk is full; free some space and try again."]
    assert threads == ["archive-writer"]  # the window's own writer, not its thread
    qtbot.waitUntil(lambda: not window.importing.busy)
    assert _count(data_dir) == 1


def test_every_control_of_the_report_has_a_name_and_tab_reaches_them(qtbot, window, tmp_path):
    from tests.gui.test_accessibility import _unnamed

    window.importing.start([more.varied(tmp_path / "march.docx")])
    dialog = _report(qtbot, window)
    assert _unnamed(dialog) == []
    reached = []
    for _ in range(6):
        reached.append(dialog.focusWidget())
        qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Tab)
    assert {dialog.files, dialog.page, dialog.import_button, dialog.copy_button} <= set(reached)
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Escape)
    _finished(qtbot, window)


def test_saved_at_says_when_the_import_was_written(qtbot, window, tmp_path, data_dir):
    """Every write of the archive through the window says "Saved at", the import's
    too (docs/gui.md); reading the files and cancelling the report write nothing
    and leave it as it was."""
    from tests.gui.after.test_saved_at import SavedAt

    path = _july(tmp_path)
    saved = SavedAt(qtbot, window)
    window.importing.start([path])
    qtbot.keyClick(_report(qtbot, window).files, Qt.Key.Key_Escape)
    assert "Import cancelled" in _finished(qtbot, window)
    assert window.saved_label.text() == saved.shown

    window.importing.start([path])
    qtbot.keyClick(_report(qtbot, window).files, Qt.Key.Key_Return)
    assert _finished(qtbot, window).startswith("Imported 1 meeting")
    assert _count(data_dir) == 2
    saved.moved_on()
