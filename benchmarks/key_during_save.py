"""The worst case of typing: a key pressed just as the autosave starts, quiet
and with busy processes beside it, each against the same key with no autosave
in the same window at the same moment (see docs/performance.md, issue 12)."""

from __future__ import annotations

import contextlib
import subprocess
import sys
import time

from benchmarks.timing import row

# Keys pressed with the autosave, and as many without, in turn. A 99th
# percentile of 240 (the first rounds) was the third-worst key, and moved by
# several milliseconds from run to run on a busy machine; of 500, the fifth.
KEYS = 500
# The keys type words, and a new paragraph is begun (untimed) every so often,
# as a person types: the first rounds typed "e" alone, 960 times into one
# paragraph, one ever longer word that every key made Qt lay out again.
LETTERS = "the pcc asked about response times "
PARAGRAPH_KEYS = 100


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
    from PySide6.QtCore import Qt

    session = window.session
    with_save: list[float] = []
    alone: list[float] = []
    typed = 0
    for _ in range(KEYS):
        for saving, times in ((True, with_save), (False, alone)):
            if typed % PARAGRAPH_KEYS == 0:
                # (typed is even here: without drawing it first, the new
                # paragraph's layout and drawing would fall on the next key,
                # always one pressed with the autosave: 5 of its 500, its p99)
                press(app, window.editor, Qt.Key.Key_Return, "\r")
                window.editor.viewport().repaint()
                app.processEvents()
            key, char = typed_key(typed)
            typed += 1
            session.notes_edited(session.item)
            start = time.perf_counter()
            if saving:
                session.flush()  # the autosave's timer has fired as the key arrives
            press(app, window.editor, key, char)
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


def typed_key(n: int):
    """The ``n``-th key of the words typed: (Qt key, its text)."""
    from PySide6.QtCore import Qt

    char = LETTERS[n % len(LETTERS)]
    return (Qt.Key.Key_Space if char == " " else Qt.Key(ord(char.upper()))), char


def press(app, widget, key, text: str) -> None:
    """``key`` pressed and released in ``widget``, as the keyboard would send it."""
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent

    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        app.sendEvent(widget, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, text))
