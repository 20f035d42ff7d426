"""Export to Word from the window (File menu, Ctrl+E)."""

from __future__ import annotations

import zipfile

from PySide6.QtCore import Qt

CTRL = Qt.KeyboardModifier.ControlModifier


def test_export_writes_the_public_version_with_the_typed_text(qtbot, window, tmp_path, monkeypatch):
    suggested = []
    monkeypatch.setattr(window.export, "ask_version", lambda: True)
    monkeypatch.setattr(
        window.export, "ask_path", lambda name: suggested.append(name) or str(tmp_path / "out.docx")
    )
    window.going.go_to("5")
    qtbot.keyClicks(window.editor, " Typed just before the export.")
    qtbot.keyClick(window.editor, Qt.Key.Key_E, CTRL)
    assert suggested and suggested[0].endswith(".docx")
    with zipfile.ZipFile(tmp_path / "out.docx") as docx:
        body = docx.read("word/document.xml").decode("utf-8")
    assert "Typed just before the export." in body
    assert "police horse" not in body  # not for publication
    assert "Exported to" in window.statusBar().currentMessage()


def test_cancelling_the_version_writes_nothing(qtbot, window, tmp_path, monkeypatch):
    monkeypatch.setattr(window.export, "ask_version", lambda: None)
    monkeypatch.setattr(window.export, "ask_path", lambda name: str(tmp_path / "no.docx"))
    qtbot.keyClick(window.editor, Qt.Key.Key_E, CTRL)
    assert not (tmp_path / "no.docx").exists()
