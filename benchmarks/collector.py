"""A full round of Python's cycle collector in the open window (issue 12,
point 7): it holds the interpreter while it walks every container alive, so a
key typed meanwhile waits for it. The spelling engine makes all its parts (the
dictionary loaded, suggestions asked for) before the window's typing rounds,
and the round is taken after them: each part is frozen as it is made, with all
else then alive, so a round taken just after would walk next to nothing
whatever the window does. Against the same round in a bare PySide6 window
started the same way (see docs/performance.md)."""

from __future__ import annotations

import gc
import json
import subprocess
import sys
import time

from benchmarks.timing import row

ROUNDS = 15

BARE = (
    "import gc, json, time\n"
    "from PySide6.QtWidgets import QApplication, QMainWindow\n"
    "app = QApplication([])\n"
    "window = QMainWindow()\n"
    "window.show()\n"
    "app.processEvents()\n"
    "times = []\n"
    f"for _ in range({ROUNDS}):\n"
    "    start = time.perf_counter()\n"
    "    gc.collect()\n"
    "    times.append((time.perf_counter() - start) * 1000)\n"
    "print(json.dumps(times))\n"
)


def make_engine_parts() -> None:
    """All the spelling engine's parts made now, before the work the round is to
    walk (as after the first suggestion of a session)."""
    from minutetaker.checks.dictionary import shared_dictionary

    dictionary = shared_dictionary()
    dictionary.suggest("recieved")  # the suggester and its index
    dictionary.knows("M54")  # the whole engine (a word with a digit)


def full_rounds() -> list[dict]:
    """Full rounds now, after the window's work since :func:`make_engine_parts`."""
    times = []
    for _ in range(ROUNDS):
        start = time.perf_counter()
        gc.collect()
        times.append((time.perf_counter() - start) * 1000)
    done = subprocess.run(
        [sys.executable, "-c", BARE], capture_output=True, text=True, check=True, timeout=120
    )
    bare = json.loads(done.stdout.strip().splitlines()[-1])
    return [
        row(
            "a full round of the cycle collector, window open after typing, spelling engine made",
            times,
            "the same in a bare PySide6 window",
            bare,
        )
    ]
