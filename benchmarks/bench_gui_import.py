"""The window while it imports past minutes: 40 typical Word documents read and
recognised off the window's thread (File > Import past minutes…), from the start
to the report shown.

- The window's own thread is watched by a 5 ms timer: each gap between two of its
  ticks is how long the window could not answer a key or draw (p99 reported).
  Floor: the same timer in the same window with nothing being read.
- The time to the report, against the floor of the same reading and recognising
  done on its own, with no window (``batch.read_each``): what the thread, the
  progress dialog and the check against the archive add.

The documents are the Word import benchmark's (the test suite's hand-typed
layouts, about four pages each).
"""

from __future__ import annotations

import itertools
import tempfile
import time
from pathlib import Path

from benchmarks.bench_wordimport import DOCUMENTS, make_documents
from benchmarks.timing import measure, row

TICK_MS = 5
RUNS = 3


def _watch(app, until, limit_s: float = 120) -> list[float]:
    """Milliseconds between the ticks of a ``TICK_MS`` timer on the window's thread,
    the event loop running until ``until()`` is true."""
    from PySide6.QtCore import QEventLoop, QTimer

    stamps: list[float] = []
    loop = QEventLoop()
    timer = QTimer()
    deadline = time.perf_counter() + limit_s

    def tick() -> None:
        stamps.append(time.perf_counter())
        if until() or stamps[-1] > deadline:
            loop.quit()

    timer.timeout.connect(tick)
    timer.start(TICK_MS)
    loop.exec()
    timer.stop()
    return [(b - a) * 1000 for a, b in itertools.pairwise(stamps)]


def run() -> list[dict]:
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from minutetaker.gui.shell.main_window import MainWindow
    from minutetaker.store import Archive
    from minutetaker.wordimport import batch
    from tests.samples import sample_meeting

    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as folder:
        paths = make_documents(Path(folder))
        archive = Archive.open(Path(folder) / "archive")
        archive.add_meeting(sample_meeting())
        settings = QSettings(str(Path(folder) / "settings.ini"), QSettings.Format.IniFormat)
        window = MainWindow(archive, settings=settings)
        window.resize(1280, 800)
        window.show()
        app.processEvents()
        importing = window.importing

        gaps: list[float] = []
        totals: list[float] = []
        for _ in range(RUNS):
            start = time.perf_counter()
            importing.start(paths)
            gaps += _watch(app, lambda: importing.report_dialog is not None)
            totals.append((time.perf_counter() - start) * 1000)
            dialog = importing.report_dialog
            assert dialog.import_button is not None and len(dialog.entries) == DOCUMENTS
            dialog.reject()
            app.processEvents()
            importing.report_dialog = None
        quiet_for = sum(totals) / len(totals) / 1000
        floor_gaps: list[float] = []
        for _ in range(RUNS):
            end = time.perf_counter() + quiet_for
            floor_gaps += _watch(app, lambda end=end: time.perf_counter() > end)
        alone = measure(lambda: batch.read_each(paths), repeat=RUNS, warmup=1)
        window.close()
        archive.close()
    return [
        row(
            f"window's thread while {DOCUMENTS} documents are read for an import: "
            f"gap between {TICK_MS} ms ticks (p99; longest {max(gaps):.0f} ms)",
            gaps,
            f"the same ticks, nothing being read (longest {max(floor_gaps):.0f} ms)",
            floor_gaps,
            p=99,
        ),
        row(
            f"import in the window, {DOCUMENTS} documents: chosen to the report shown",
            totals,
            "batch.read_each alone, no window",
            alone,
        ),
    ]


if __name__ == "__main__":
    for result in run():
        print(result)
