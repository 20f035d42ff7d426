"""A full round of Python's cycle collector in the open window (issue 12,
point 7): it holds the interpreter while it walks every container alive, so a
key typed meanwhile waits for it. Taken once the spelling engine has made all
its parts (the dictionary loaded, suggestions asked for), against the same
round in a bare PySide6 window started the same way (see docs/performance.md)."""

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


def full_rounds() -> list[dict]:
    from minutetaker.checks.dictionary import shared_dictionary

    dictionary = shared_dictionary()
    dictionary.suggest("recieved")  # the suggester and its index
    dictionary.knows("M54")  # the whole engine (a word with a digit)
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
            "a full round of the cycle collector, window open, spelling engine made",
            times,
            "the same in a bare PySide6 window",
            bare,
        )
    ]
