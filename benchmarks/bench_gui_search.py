"""Search in the window on the 10,000-meeting archive, and the window's start on it.

1. A query set in the search panel to its results drawn (the panel's list
   repainted), against the bare FTS5 query with snippets on the same database.
   The 150 ms pause the panel waits for after the last key press is left out:
   it is a choice, not work (the search runs when typing stops). The search runs
   on its own thread; the time is until its hits are drawn.
2. Process start to the window shown on that archive, against the same on the
   24-meeting demo archive: opening a large archive should be no slower.
3. Keys typed into the notes as the window searches an archive holding a 5 MB
   pasted block (a word repeated through it), against the same keys with no
   search running: the search must never hold up typing.
4. The action tracker on the 10,000-meeting archive: shown to its rows drawn,
   against ``Archive.list_actions`` alone; and keys typed into the notes while
   it reads (on a reading thread of the session's), against the same keys with no
   read running.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import tempfile
import time
from pathlib import Path

from benchmarks.bench_search import QUERIES, archive_10k
from benchmarks.timing import measure, row

REPEAT = 10
STARTS = 7


def _panel_times(folder: Path) -> list[dict]:
    from PySide6.QtCore import QEventLoop, QSettings
    from PySide6.QtWidgets import QApplication

    from minutetaker.gui.search.controller import LIMIT
    from minutetaker.gui.shell.main_window import MainWindow
    from minutetaker.store import Archive
    from minutetaker.store.query import to_fts

    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as tmp, Archive.open(folder) as archive:
        settings = QSettings(str(Path(tmp) / "settings.ini"), QSettings.Format.IniFormat)
        window = MainWindow(archive, settings=settings)
        window.resize(1280, 800)
        window.show()
        app.processEvents()
        window.commands.find_archive.trigger()
        app.processEvents()
        search, panel = window.search, window.search.panel

        def shown(query: str) -> None:
            panel.query.setText(query)  # (starts the pause; run() stops it)
            search.run()
            while not search.idle:  # the hits come back from the search's thread
                app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents)
            panel.results.viewport().repaint()
            app.processEvents()
            assert panel.model.hits, query

        everywhere: list[float] = []
        for query in QUERIES:
            everywhere += measure(lambda q=query: shown(q), repeat=REPEAT)
        panel.scope.setCurrentIndex(0)  # this meeting (Ctrl+F)
        here: list[float] = []
        for query in ("the", "PCC", "update"):
            here += measure(lambda q=query: shown(q), repeat=REPEAT)
        window.close()

    bare = sqlite3.connect(folder / "archive.sqlite")
    floor: list[float] = []
    for query in QUERIES:
        expression = to_fts(query)

        def floor_query(e=expression) -> None:
            bare.execute(
                "SELECT rowid, snippet(search_fts, -1, '[', ']', '…', 14) FROM search_fts "
                "WHERE search_fts MATCH ? ORDER BY rank LIMIT ?",
                (e, LIMIT),
            ).fetchall()

        floor += measure(floor_query, repeat=REPEAT)
    bare.close()
    return [
        row(
            f"search panel, all meetings: query to results drawn (10,000 meetings, top {LIMIT})",
            everywhere,
            f"bare FTS5 MATCH … ORDER BY rank with snippet(), LIMIT {LIMIT}",
            floor,
        ),
        row(
            "search panel, this meeting (Ctrl+F): query to results drawn",
            here,
            f"bare FTS5 MATCH … ORDER BY rank with snippet(), LIMIT {LIMIT}",
            floor,
        ),
    ]


def _start_times(big: Path) -> dict:
    from benchmarks.bench_gui import APP_CODE, _start, start_env
    from minutetaker.demo import fill_demo
    from minutetaker.store import Archive

    with tempfile.TemporaryDirectory() as tmp:
        small = Path(tmp) / "small"
        with Archive.open(small) as archive:
            fill_demo(archive, meetings=24)
        large = Path(tmp) / "large"
        large.mkdir()
        shutil.copy2(big / "archive.sqlite", large / "archive.sqlite")  # the app writes to it
        env = start_env(Path(tmp))
        _start(APP_CODE, small, env)  # warm the caches
        _start(APP_CODE, large, env)
        on_large, on_small = [], []
        for _ in range(STARTS):
            on_large.append(_start(APP_CODE, large, env))
            on_small.append(_start(APP_CODE, small, env))
    return row(
        "process start to window shown, 10,000-meeting archive",
        on_large,
        "the same on the 24-meeting demo archive",
        on_small,
    )


BLOCK_MB = 5
KEYS = 40


def _typing_while_searching() -> dict:
    """Key to screen in the notes as the window searches a pasted block: the keys
    typed from the moment the search is handed over, against the same keys with
    no search running."""
    from PySide6.QtCore import QEvent, QEventLoop, QSettings, Qt
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    from minutetaker.domain.model import Block
    from minutetaker.gui.shell.main_window import MainWindow
    from minutetaker.store import Archive
    from tests.samples import sample_meeting

    app = QApplication.instance() or QApplication([])
    block = "incident " * (BLOCK_MB * 1_000_000 // len("incident "))
    with tempfile.TemporaryDirectory() as tmp, Archive.open(Path(tmp) / "archive") as archive:
        meeting = sample_meeting()
        meeting.find_item("5").blocks.append(Block("paragraph", block))
        archive.add_meeting(meeting)
        settings = QSettings(str(Path(tmp) / "settings.ini"), QSettings.Format.IniFormat)
        window = MainWindow(archive, settings=settings)
        window.resize(1280, 800)
        window.show()
        window.going.go_to("3")
        app.processEvents()
        search = window.search
        ended: list[float] = []

        def keys(count: int) -> list[float]:
            times = []
            for _ in range(count):
                start = time.perf_counter()
                for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                    event = QKeyEvent(kind, Qt.Key.Key_E, Qt.KeyboardModifier.NoModifier, "e")
                    app.sendEvent(window.editor, event)
                window.editor.viewport().repaint()
                app.processEvents()
                times.append((time.perf_counter() - start) * 1000)
                if search.panel is not None and search.idle and not ended:
                    ended.append(time.perf_counter())
                time.sleep(0.01)  # a fast typist: a key every ~12 ms
            return times

        quiet = keys(KEYS)
        window.commands.find_archive.trigger()
        app.processEvents()
        ended.clear()
        search.panel.query.setText("incident")
        began = time.perf_counter()
        search.run()
        window.editor.setFocus()
        searching = keys(KEYS)
        while not search.idle:  # (until it ends: nothing left running after)
            app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents, 1000)
        took = ((ended[0] if ended else time.perf_counter()) - began) * 1000
        assert search.panel.model.hits, "the block was not found"
        window.session.shutdown()
        window.close()
    return row(
        f"key to screen as the window searches a {BLOCK_MB} MB pasted block "
        f"(hits drawn within {took:.0f} ms; p99)",
        searching,
        "the same keys, no search running",
        quiet,
        p=99,
    )


def _tracker(big: Path) -> list[dict]:
    """The tracker shown on 10,000 meetings until its rows are drawn, and the keys
    typed into the notes while it reads, on a copy of the archive."""
    from PySide6.QtCore import QEvent, QEventLoop, QSettings, Qt
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    from minutetaker.gui.shell.main_window import MainWindow
    from minutetaker.store import Archive

    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "archive"
        folder.mkdir()
        shutil.copy2(big / "archive.sqlite", folder / "archive.sqlite")  # the app writes to it
        archive = Archive.open(folder)
        floor = measure(lambda: archive.list_actions(), repeat=REPEAT)
        settings = QSettings(str(Path(tmp) / "settings.ini"), QSettings.Format.IniFormat)
        window = MainWindow(archive, settings=settings)
        window.resize(1280, 800)
        window.show()
        app.processEvents()
        tracker = window.tracker

        def key() -> float:
            start = time.perf_counter()
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                event = QKeyEvent(kind, Qt.Key.Key_E, Qt.KeyboardModifier.NoModifier, "e")
                app.sendEvent(window.editor, event)
            window.editor.viewport().repaint()
            app.processEvents()
            return (time.perf_counter() - start) * 1000

        def show() -> None:
            tracker.close()
            tracker.show()

        quiet, reading, shown = [], [], []
        for _ in range(REPEAT):
            for _ in range(KEYS // 4):
                quiet.append(key())
                time.sleep(0.01)
            start = time.perf_counter()
            show()
            while not tracker.idle:  # the rows come back from a reading thread
                app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents, 1000)
            tracker.panel.table.viewport().repaint()
            app.processEvents()
            shown.append((time.perf_counter() - start) * 1000)
            assert tracker.panel.model.rows, "the tracker showed no actions"
            show()
            while not tracker.idle:  # keys typed meanwhile, at a fast typist's pace
                reading.append(key())
                app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents, 10)
        window.session.shutdown()
        window.close()
        archive.close()
    return [
        row(
            "action tracker shown on 10,000 meetings, to its rows drawn",
            shown,
            "Archive.list_actions alone",
            floor,
        ),
        row(
            "key to screen while the tracker reads 10,000 meetings' actions (p99)",
            reading,
            "the same keys, no read running",
            quiet,
            p=99,
        ),
    ]


def run() -> list[dict]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    folder = archive_10k()
    rows = _panel_times(folder)
    rows.append(_start_times(folder))
    rows += _tracker(folder)
    # last, and waiting for the search to end, so that nothing runs beside the
    # rows after it (the store's search of a large block is its own row)
    rows.append(_typing_while_searching())
    return rows


if __name__ == "__main__":
    for figure in run():
        print(figure)
