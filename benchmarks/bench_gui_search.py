"""Search in the window on the 10,000-meeting archive, and the window's start on it.

1. A query set in the search panel to its results drawn (the panel's list
   repainted), against the bare FTS5 query with snippets on the same database.
   The 150 ms pause the panel waits for after the last key press is left out:
   it is a choice, not work (the search runs when typing stops).
2. Process start to the window shown on that archive, against the same on the
   24-meeting demo archive: opening a large archive should be no slower.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import tempfile
from pathlib import Path

from benchmarks.bench_search import QUERIES, archive_10k
from benchmarks.timing import measure, row

REPEAT = 10
STARTS = 7


def _panel_times(folder: Path) -> list[dict]:
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from minutetaker.gui.main_window import MainWindow
    from minutetaker.gui.search import LIMIT
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


def run() -> list[dict]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    folder = archive_10k()
    rows = _panel_times(folder)
    rows.append(_start_times(folder))
    return rows


if __name__ == "__main__":
    for figure in run():
        print(figure)
