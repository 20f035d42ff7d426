"""The window: a key press to its character on screen in a 20,000-word meeting with
autosave running, with spelling checked as you type and without, a key pressed
just as an autosave starts (quiet, and with two busy processes beside it), an
autosave's cost, opening a 5,000-word item with spelling checked (its every
word judged afresh) and without, a full round of the cycle collector with the
window open (benchmarks/collector.py), and the process start to the window shown.

Floors: the same key presses into a bare QTextEdit holding the same text, the
same item opened with spelling off, and a bare PySide6 QMainWindow started the
same way as the app. Both starts may keep
their compiled bytecode (in a temporary folder), as an installed copy does. Qt
draws offscreen here (QT_QPA_PLATFORM=offscreen) unless a display is set by the
caller.
"""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.collector import full_rounds, make_engine_parts
from benchmarks.key_during_save import busy_processes, key_during_save, press, typed_key
from benchmarks.timing import row

ROOT = Path(__file__).resolve().parents[1]
WORDS = 20_000
CURRENT_ITEM_WORDS = 5_000  # the item typed into holds a quarter of the meeting
KEYS = 500
PARAGRAPH_WORDS = 30  # about the length of a minuted paragraph
STARTS = 7


def _paragraphs(folder: Path) -> tuple[list[str], list[str]]:
    """Varied fictional prose (the demo's paragraphs, a slip planted in every
    1,000 words, as bench_spelling plants them), and the office dictionary a
    real office would hold for it (the demo force's towns)."""
    from benchmarks.bench_spelling import SLIPS, _demo_paragraphs

    texts, office = _demo_paragraphs(folder)
    out, total, slips, paragraph = [], 0, list(SLIPS), []
    for text in texts:
        paragraph.append(text)
        words = sum(len(t.split()) for t in paragraph)
        if words < PARAGRAPH_WORDS:  # the demo's sentences, a few to a paragraph
            continue
        text = " ".join(paragraph)
        paragraph = []
        if slips and total // 1000 >= len(SLIPS) - len(slips):
            text = f"{text} The {slips.pop(0)} was noted."
        out.append(text)
        total += len(text.split())
        if total >= WORDS:
            break
    return out, office


def _big_meeting(folder: Path):
    from minutetaker.domain.model import Block
    from minutetaker.resources import load_agenda

    paragraphs, office = _paragraphs(folder)
    meeting = load_agenda("monthly-assurance").new_meeting(dt.date(2031, 3, 18))
    items = [i for i in meeting.walk_items() if i.kind == "notes"]
    current, others = items[0], items[1:]
    words = 0
    for n, text in enumerate(paragraphs):
        item = current if words < CURRENT_ITEM_WORDS else others[n % len(others)]
        item.blocks.append(Block("paragraph", text))
        words += len(text.split())
    return meeting, current.number, office


def _type_into(app, widget, count: int, pause_every: int = 0) -> list[float]:
    """Milliseconds from each key press to the editor drawn again with its character."""
    times = []
    for n in range(count):
        key, char = typed_key(n)
        start = time.perf_counter()
        press(app, widget, key, char)
        widget.viewport().repaint()  # draw now: the character is on screen
        app.processEvents()
        times.append((time.perf_counter() - start) * 1000)
        if pause_every and n % pause_every == pause_every - 1:
            # a pause in speech: the autosave runs (outside the timed key presses)
            deadline = time.perf_counter() + 0.8
            while time.perf_counter() < deadline:
                app.processEvents()
                time.sleep(0.005)
    return times


def _typing() -> list[dict]:
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication, QTextEdit

    from minutetaker.gui.shell.main_window import MainWindow
    from minutetaker.store import Archive

    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as folder:
        archive = Archive.open(Path(folder) / "archive")
        meeting, number, office = _big_meeting(Path(folder))
        archive.add_meeting(meeting)
        for word in office:
            archive.words.add(word)
        settings = QSettings(str(Path(folder) / "settings.ini"), QSettings.Format.IniFormat)
        window = MainWindow(archive, settings=settings)
        window.resize(1280, 800)
        window.show()
        _spelling_ready(app, window)
        make_engine_parts()  # (before the work a full round is to walk)
        opening = _open_item_times(app, window, number)
        window.going.go_to(number)
        app.processEvents()
        saves: list = []
        window.session.autosaver.saved.connect(saves.append)
        times: list[float] = []
        unchecked: list[float] = []
        switch = window.commands.check_spelling
        for _ in range(KEYS // 100):  # on and off in turn, so both meet the same machine
            times += _type_into(app, window.editor, 100, pause_every=100)
            switch.trigger()  # off
            unchecked += _type_into(app, window.editor, 100, pause_every=100)
            switch.trigger()  # on again, as it is by default
        text = window.editor.toPlainText()
        flush = _flush_times(app, window)

        bare = QTextEdit()
        bare.resize(900, 600)
        bare.setPlainText(text)
        bare.show()
        app.processEvents()
        bare.moveCursor(bare.textCursor().MoveOperation.End)
        floor = _type_into(app, bare, KEYS)
        bare.close()

        worst = key_during_save(app, window, floor, "")
        with busy_processes(2):
            loaded = key_during_save(app, window, floor, ", two busy processes beside it")
        collector = full_rounds()
        window.close()
        archive.close()
    assert saves, "the autosave never ran during the typing"
    return [
        row(
            f"key to screen, {WORDS:,}-word meeting, autosave on, spelling checked (p99)",
            times,
            "bare QTextEdit, same text",
            floor,
            p=99,
        ),
        row(
            f"key to screen, {WORDS:,}-word meeting, autosave on, spelling off (p99)",
            unchecked,
            "bare QTextEdit, same text",
            floor,
            p=99,
        ),
        *opening,
        *worst,
        *loaded,
        *flush,
        *collector,
    ]


def _spelling_ready(app, window) -> None:
    """Until the window's dictionary is loaded (on its own thread, at start)."""
    deadline = time.perf_counter() + 30
    while not window.spelling.is_ready:
        if time.perf_counter() > deadline:
            raise RuntimeError("the spelling dictionary never loaded")
        app.processEvents()
        time.sleep(0.005)


def _open_item_times(app, window, number: str) -> list[dict]:
    """Opening the 5,000-word item for the first time in the meeting (its notes
    made into a document, laid out and drawn) with spelling checked, every word
    judged afresh, against the same with spelling off."""
    session = window.session
    meeting_id = session.meeting.id
    elsewhere = next(i for i in session.walk_items() if i.number != number).id

    def open_once() -> float:
        session.open_meeting(meeting_id, elsewhere)  # its documents made afresh
        checker = window.spelling.checker
        checker.set_room(checker.room)  # and every verdict forgotten
        app.processEvents()
        start = time.perf_counter()
        window.going.go_to(number)
        window.editor.viewport().repaint()
        app.processEvents()
        return (time.perf_counter() - start) * 1000

    switch = window.commands.check_spelling
    checked, unchecked = [], []
    for n in range(17):  # on and off in turn, so both meet the same machine
        on = open_once()
        switch.trigger()  # off
        off = open_once()
        switch.trigger()
        if n >= 2:  # (two rounds to warm up)
            checked.append(on)
            unchecked.append(off)
    return [
        row(
            f"open a {CURRENT_ITEM_WORDS:,}-word item, spelling checked (words judged afresh)",
            checked,
            "the same, spelling off",
            unchecked,
        )
    ]


def _flush_times(app, window) -> list[dict]:
    """One autosave of the 5,000-word item: until committed (the snapshot on the
    window's thread, then the writer's transaction), and the window thread's share
    alone; against the archive's save of the same item alone."""
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent

    session = window.session

    def touch() -> None:
        event = QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_A, Qt.KeyboardModifier.NoModifier, "a")
        app.sendEvent(window.editor, event)

    whole, share, alone = [], [], []
    for _ in range(30):
        touch()
        start = time.perf_counter()
        session.save_now()
        whole.append((time.perf_counter() - start) * 1000)
        touch()
        start = time.perf_counter()
        session.flush()
        share.append((time.perf_counter() - start) * 1000)
        session.save_now()
        start = time.perf_counter()
        session.archive.save_item(session.meeting.id, session.item, actions_changed=False)
        alone.append((time.perf_counter() - start) * 1000)
    return [
        row(
            f"autosave of the current item ({CURRENT_ITEM_WORDS:,} words), until committed",
            whole,
            "Archive.save_item alone",
            alone,
        ),
        row(
            "the window thread's share of that autosave (the snapshot handed over)",
            share,
            "Archive.save_item alone",
            alone,
        ),
    ]


APP_CODE = (
    "import sys, pathlib\n"
    "from minutetaker.gui.shell.app import run\n"
    "sys.exit(run(pathlib.Path(sys.argv[1]), []))\n"
)
FLOOR_CODE = """
import sys, time
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv[:1])
window = QMainWindow()
window.resize(1280, 800)
class Watch(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Expose and watched.isExposed():
            print(f"shown {time.time():.6f}", flush=True)
            watched.removeEventFilter(self)
            QTimer.singleShot(0, app.quit)
        return False
watch = Watch()
window.winId()
window.windowHandle().installEventFilter(watch)
window.show()
app.exec()
"""


def _start(code: str, folder: Path, env: dict) -> float:
    start = time.time()
    done = subprocess.run(
        [sys.executable, "-c", code, str(folder)],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        cwd=ROOT,
    )
    for line in done.stdout.splitlines():
        if line.startswith("shown "):
            return (float(line.split()[1]) - start) * 1000
    raise RuntimeError(f"the window was never shown: {done.stderr[-400:]}")


def _startup() -> dict:
    from minutetaker.demo import fill_demo
    from minutetaker.store import Archive

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "archive"
        with Archive.open(folder) as archive:
            fill_demo(archive, meetings=24)
        env = start_env(Path(tmp))
        _start(APP_CODE, folder, env)  # warm the file cache
        _start(FLOOR_CODE, folder, env)
        app_times, floor_times = [], []
        for _ in range(STARTS):
            app_times.append(_start(APP_CODE, folder, env))
            floor_times.append(_start(FLOOR_CODE, folder, env))
    return row(
        "process start to main window shown",
        app_times,
        "bare PySide6 QMainWindow",
        floor_times,
    )


def start_env(tmp: Path) -> dict[str, str]:
    """The environment of a timed start: the window quits once shown, settings
    and compiled bytecode go to ``tmp`` (compiled once, as an installed copy
    runs, and never into the checkout)."""
    env = {
        **os.environ,
        "MINUTETAKER_QUIT_WHEN_SHOWN": "1",
        "MINUTETAKER_SETTINGS_DIR": str(tmp / "settings"),
        "PYTHONPATH": str(ROOT),
        "PYTHONPYCACHEPREFIX": str(tmp / "pycache"),
    }
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    return env


def run() -> list[dict]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    rows = _typing()
    rows.append(_startup())
    return rows


if __name__ == "__main__":
    for figure in run():
        print(figure)
