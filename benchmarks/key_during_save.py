"""The worst case of typing: a key pressed just as the autosave starts, quiet
and with busy processes beside it, each against the same key with no autosave
in the same window at the same moment (see docs/performance.md, issue 12)."""

from __future__ import annotations

import contextlib
import subprocess
import sys
import time

from benchmarks.timing import row


@contextlib.contextmanager
def busy_processes(count: int):
    """``count`` processes spinning beside the benchmark (a busy machine)."""
    spinners = [subprocess.Popen([sys.executable, "-c", "while True: pass"]) for _ in range(count)]
    try:
        time.sleep(0.5)  # let them take their share of the processors
        yield
    finally:
        for spinner in spinners:
            spinner.kill()
            spinner.wait()


def key_during_save(app, window, floor: list[float], beside: str) -> list[dict]:
    """The worst case: a key pressed just as the autosave starts waits for the
    window thread's share of it (the snapshot), while the writer commits on its
    own thread; then it is drawn. Timed from the start of the autosave. In turn
    with it, the same key pressed with no autosave at all: what the machine
    itself gives the window at that moment (on a busy machine, the tail of the
    worst case is mostly that)."""
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent

    session = window.session
    with_save: list[float] = []
    alone: list[float] = []
    for _ in range(240):
        for saving, times in ((True, with_save), (False, alone)):
            session.notes_edited(session.item)
            start = time.perf_counter()
            if saving:
                session.flush()  # the autosave's timer has fired as the key arrives
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                event = QKeyEvent(kind, Qt.Key.Key_E, Qt.KeyboardModifier.NoModifier, "e")
                app.sendEvent(window.editor, event)
            window.editor.viewport().repaint()
            app.processEvents()
            times.append((time.perf_counter() - start) * 1000)
            session.save_now()  # (the writer done before the next one)
    return [
        row(
            f"key pressed as the autosave starts (worst case{beside}, p99)",
            with_save,
            "bare QTextEdit, same text",
            floor,
            p=99,
        ),
        row(
            f"the same key with no autosave, same window{beside} (p99)",
            alone,
            "bare QTextEdit, same text",
            floor,
            p=99,
        ),
    ]
