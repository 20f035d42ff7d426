"""The guard that keeps PySide6's unowned None from aborting Python 3.11."""

from __future__ import annotations

import os
import subprocess
import sys

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


def test_many_signals_emitted_from_python_do_not_abort(tmp_path):
    """PySide6 6.12 hands back the bool of ``SignalInstance.emit()`` without a
    reference of its own: each emit from Python takes one from True. The window
    emits a few with every save; a long meeting must never abort for it. In a
    process of its own, so that an abort is seen (and not this test run's)."""
    code = (
        "import sys\n"
        "import minutetaker.gui\n"  # the guard, as the window loads it
        "from PySide6.QtCore import QCoreApplication, QObject, Signal\n"
        "app = QCoreApplication([])\n"
        "class Saver(QObject):\n"
        "    saved = Signal(object)\n"
        "saver = Saver()\n"
        "seen = []\n"
        "saver.saved.connect(seen.append)\n"
        "for n in range(50_000):\n"
        "    saver.saved.emit(n)\n"
        "print(len(seen))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert done.returncode == 0, done.stderr[-500:]
    assert done.stdout.strip() == "50000"
