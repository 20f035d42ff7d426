"""Export to Word from the window (File menu, Ctrl+E): written off the window's
thread, by the window's one path for documents."""

from __future__ import annotations

import threading
import zipfile

from PySide6.QtCore import Qt

CTRL = Qt.KeyboardModifier.ControlModifier


def test_export_writes_the_public_version_with_the_typed_text(qtbot, window, tmp_path, monkeypatch):
    suggested = []
    monkeypatch.setattr(window.export, "ask_version", lambda: True)
    monkeypatch.setattr(
        window.files,
        "ask_path",
        lambda title, name: suggested.append(name) or str(tmp_path / "out.docx"),
    )
    window.going.go_to("5")
    qtbot.keyClicks(window.editor, " Typed just before the export.")
    qtbot.keyClick(window.editor, Qt.Key.Key_E, CTRL)
    assert suggested and suggested[0].endswith(".docx")
    qtbot.waitUntil(lambda: not window.files.busy, timeout=10000)
    with zipfile.ZipFile(tmp_path / "out.docx") as docx:
        body = docx.read("word/document.xml").decode("utf-8")
    assert "Typed just before the export." in body
    assert "police horse" not in body  # not for publication
    assert "Exported to" in window.statusBar().currentMessage()


def test_the_document_is_written_off_the_window_thread(qtbot, window, tmp_path, monkeypatch):
    import minutetaker.export as export

    threads = []
    real = export.export_docx

    def watched(*args, **kwargs):
        threads.append(threading.current_thread())
        return real(*args, **kwargs)

    monkeypatch.setattr(export, "export_docx", watched)
    monkeypatch.setattr(window.export, "ask_version", lambda: False)
    monkeypatch.setattr(window.files, "ask_path", lambda title, name: str(tmp_path / "x.docx"))
    qtbot.keyClick(window.editor, Qt.Key.Key_E, CTRL)
    qtbot.waitUntil(lambda: not window.files.busy, timeout=10000)
    assert (tmp_path / "x.docx").exists()
    assert threads and threads[0] is not threading.main_thread()


def test_a_failed_export_says_why_and_asks_where_again(qtbot, window, tmp_path, monkeypatch):
    """A folder that does not exist: one sentence, then the Save dialog again with
    the path to correct; the corrected path is written."""
    told, asked = [], []
    answers = [str(tmp_path / "missing" / "out.docx"), str(tmp_path / "out.docx")]
    monkeypatch.setattr(window.export, "ask_version", lambda: False)
    monkeypatch.setattr(
        window.files, "ask_path", lambda title, path: asked.append(path) or answers.pop(0)
    )
    monkeypatch.setattr(window.files, "tell", lambda title, sentence: told.append(sentence))
    qtbot.keyClick(window.editor, Qt.Key.Key_E, CTRL)
    qtbot.waitUntil(lambda: (tmp_path / "out.docx").exists(), timeout=10000)
    qtbot.waitUntil(lambda: not window.files.busy, timeout=10000)
    assert len(told) == 1 and "missing" in told[0] and told[0].endswith(".")
    assert asked[1] == str(tmp_path / "missing" / "out.docx")  # offered again, to correct


def test_cancelling_the_version_writes_nothing(qtbot, window, tmp_path, monkeypatch):
    monkeypatch.setattr(window.export, "ask_version", lambda: None)
    monkeypatch.setattr(window.files, "ask_path", lambda title, name: str(tmp_path / "no.docx"))
    qtbot.keyClick(window.editor, Qt.Key.Key_E, CTRL)
    assert not (tmp_path / "no.docx").exists()
    assert not window.files.busy


def test_closing_while_a_document_is_written_finishes_it(qtbot, window, tmp_path, monkeypatch):
    import time

    import minutetaker.export as export

    real = export.export_docx

    def slow(*args, **kwargs):
        time.sleep(0.5)
        return real(*args, **kwargs)

    monkeypatch.setattr(export, "export_docx", slow)
    monkeypatch.setattr(window.export, "ask_version", lambda: False)
    monkeypatch.setattr(window.files, "ask_path", lambda title, name: str(tmp_path / "late.docx"))
    qtbot.keyClick(window.editor, Qt.Key.Key_E, CTRL)
    assert window.files.busy
    window.close()
    assert (tmp_path / "late.docx").exists()
    with zipfile.ZipFile(tmp_path / "late.docx") as docx:
        assert docx.testzip() is None
