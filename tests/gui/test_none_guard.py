"""The guard that keeps PySide6's unowned None from aborting Python 3.11."""

from __future__ import annotations

from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QTreeWidgetItem

from minutetaker.gui.safety import none_guard


def test_many_none_returning_calls_do_not_abort(qapp):
    none_guard.protect_none()
    doc = QTextDocument()
    doc.setPlainText("a plain paragraph")
    block = doc.begin()
    row = QTreeWidgetItem(["x"])
    for _ in range(100_000):
        assert block.textList() is None
        assert row.data(0, 300) is None
