"""A typist for the crash tests: types into the real window, keeping a journal.

Run the window with it as ``python -m tests.reliability.typist DATA_DIR JOURNAL
SEED`` (the window is :func:`minutetaker.gui.shell.app.run`, as ``minutetaker``
starts it; the typist is handed the window once it is shown). It is not part of
the program. Once the window is up it types words through ``QTest.keyClick``
into the notes of the current item, about one every 50–100 ms, now and then
moving to the next item (Ctrl+Page Down) or filing an action (Ctrl+Shift+A).
Each keystroke is written to the journal, flushed and fsynced, with its
``time.monotonic()``, so that a test which kills the process knows what had
been typed by when (``tests/reliability/test_crash_loop.py``).

A heartbeat is journaled too, every 100 ms from the window's event loop, with
how late it came (the loop's lag): the last one before a kill says when the
app last had the chance to run, so a kill can be judged against that, not
against a machine too busy to run the app at all.

Every word is a token of its own (``s007w00042``: the run's seed, the word's
number), so the test can find each one in the archive and check their order.
"""

from __future__ import annotations

import json
import os
import random
import time

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtTest import QTest

BEAT_MS = 100

CTRL = Qt.KeyboardModifier.ControlModifier
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


class Typist(QObject):
    def __init__(self, window, journal_path: str, seed: int) -> None:
        super().__init__(window)
        self.window = window
        self.seed = seed
        self.rng = random.Random(seed)
        self.words = 0
        self.journal = open(journal_path, "a", encoding="utf-8")  # noqa: SIM115 (lives with the app)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.step)
        self.beat = QTimer(self)
        self.beat.setTimerType(Qt.TimerType.PreciseTimer)
        self.beat.timeout.connect(self.heartbeat)
        self._beat_due = 0.0

    def start(self) -> None:
        self.window.activateWindow()
        self.window.focus_notes()
        self._to_end()
        self.write({"start": self.seed, "pid": os.getpid()})
        self.timer.start(100)
        self._beat_due = time.monotonic() + BEAT_MS / 1000
        self.beat.start(BEAT_MS)

    def heartbeat(self) -> None:
        """The event loop ran now: journal it, with how late it was (no fsync: a
        killed process's writes are in the system's cache all the same)."""
        now = time.monotonic()
        lag = max(0.0, now - self._beat_due)
        self._beat_due = now + BEAT_MS / 1000
        self.journal.write(json.dumps({"beat": round(lag, 4), "t": now}) + "\n")
        self.journal.flush()

    # -- the journal -----------------------------------------------------------------

    def write(self, record: dict) -> None:
        record["t"] = time.monotonic()
        self.journal.write(json.dumps(record) + "\n")
        self.journal.flush()
        os.fsync(self.journal.fileno())

    def _where(self) -> dict:
        w = self.window
        return {"m": w.session.meeting.id, "i": w.session.item.id}

    # -- typing ----------------------------------------------------------------------

    def _to_end(self) -> None:
        QTest.keyClick(self.window.editor, Qt.Key.Key_End, CTRL)

    def step(self) -> None:
        w = self.window
        if w.session.meeting is None or w.session.item is None:
            return  # an empty archive: nothing to type into
        roll = self.rng.random()
        if roll < 0.06:
            self.move()
        elif roll < 0.09:
            self.file_action()
        else:
            self.type_word()
        self.timer.start(self.rng.randint(50, 100))

    def type_word(self) -> None:
        editor = self.window.editor
        if not editor.hasFocus():
            self.window.focus_notes()
        word = f"s{self.seed:03d}w{self.words:05d}"
        self.words += 1
        where = self._where()
        for char in word + " ":
            QTest.keyClick(editor, char)
            self.write({**where, "c": char})
        if self.rng.random() < 0.1:
            QTest.keyClick(editor, Qt.Key.Key_Return)
            self.write({**where, "c": "\n"})

    def move(self) -> None:
        items = list(self.window.session.meeting.walk_items())
        last = items and items[-1] is self.window.session.item
        key = Qt.Key.Key_PageUp if last else Qt.Key.Key_PageDown
        QTest.keyClick(self.window.editor, key, CTRL)
        self._to_end()
        self.write({**self._where(), "move": True})

    def file_action(self) -> None:
        where = self._where()
        QTest.keyClick(self.window.editor, Qt.Key.Key_A, CTRL_SHIFT)
        field = self.window.actions_panel.text
        text = f"act{self.seed:03d}n{self.words:05d}"
        self.words += 1
        QTest.keyClicks(field, text)
        QTest.keyClick(field, Qt.Key.Key_Return)
        self.write({**where, "action": text})
        self.window.focus_notes()


def main(argv: list[str]) -> int:
    """The window on ``DATA_DIR``, typed into, keeping ``JOURNAL``, with ``SEED``."""
    from pathlib import Path

    from minutetaker.gui.shell.app import run

    folder, journal, seed = argv
    typists = []

    def start(window) -> None:
        typist = Typist(window, journal, int(seed))
        typists.append(typist)
        QTimer.singleShot(0, typist.start)

    return run(Path(folder), [], on_shown=start)


if __name__ == "__main__":
    import sys

    sys.exit(main(sys.argv[1:]))
