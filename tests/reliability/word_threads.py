"""Word documents read and written off the main thread while the main thread
makes and collects garbage: the shape of the window during an import or an
export. Run as ``python -m tests.reliability.word_threads SECONDS [bare]``;
it is not part of the program.

One thread reads Word minutes again and again (the import's reading), another
writes them (the export); the main thread meanwhile makes reference cycles
(as any Python program, the window included, does all the time) and now and
then collects them, as Python's automatic collection would on whichever
thread happens to allocate. python-docx documents are full of cycles, so
without care their lxml trees are freed by the main thread's collection while
a worker is inside libxml2 with the same thread's dictionary: the process dies
(SIGSEGV or SIGABRT), which the caller sees as the exit code.

``bare`` opens and saves with python-docx directly, around the app's one
place for Word work (what a new piece of code that forgot it would do);
without it the app's own entry points are called, as the window calls them.
Exit 0 with a line of counts when every thread ran to the end.
"""

from __future__ import annotations

import gc
import sys
import tempfile
import threading
import time
from pathlib import Path

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "word"


class _Node:
    def __init__(self, other: _Node | None = None) -> None:
        self.other = other if other is not None else self
        self.payload = [self, {"node": self}]


def _documents() -> list[Path]:
    return sorted(p for p in FIXTURES.glob("*.docx") if p.name != "password.docx")


def _read_one(path: Path, bare: bool) -> None:
    import docx

    from minutetaker.wordimport.errors import WordImportError
    from minutetaker.wordimport.reader import read_word_minutes

    try:
        if bare:
            document = docx.Document(str(path))
            sum(len(p.text) for p in document.paragraphs)
            [s.name for s in document.styles]
            del document
        else:
            read_word_minutes(path)
    except WordImportError:
        pass  # a fixture the reader refuses is still opened and parsed


def _reader(until: float, counts: dict, failures: list, bare: bool) -> None:
    paths = _documents()
    n = 0
    while time.monotonic() < until:
        try:
            _read_one(paths[n % len(paths)], bare)
        except Exception as error:
            failures.append(f"reader: {type(error).__name__}: {error}")
            return
        n += 1
        counts["read"] += 1


def _writer(until: float, counts: dict, failures: list, bare: bool, folder: Path) -> None:
    import docx

    from minutetaker.export import export_docx
    from tests.samples import sample_meeting

    meeting = sample_meeting()
    n = 0
    while time.monotonic() < until:
        target = folder / f"written-{n % 4}.docx"
        n += 1
        try:
            if bare:
                document = docx.Document()
                for k in range(40):
                    document.add_paragraph(f"Paragraph {k} of the fictional Northshire minutes.")
                document.save(str(target))
                del document
            else:
                export_docx(meeting, target)
        except Exception as error:
            failures.append(f"writer: {type(error).__name__}: {error}")
            return
        counts["written"] += 1


def main(seconds: float, bare: bool, main_reads: bool) -> int:
    gc.set_threshold(200, 2, 2)  # collections often, as in a busy window
    sys.setswitchinterval(1e-5)  # the threads taking turns as often as they can
    counts = {"read": 0, "written": 0, "collections": 0}
    failures: list[str] = []
    until = time.monotonic() + seconds
    paths = _documents()
    with tempfile.TemporaryDirectory() as folder:
        threads = [
            threading.Thread(target=_reader, args=(until, counts, failures, bare), daemon=True),
            threading.Thread(
                target=_writer, args=(until, counts, failures, bare, Path(folder)), daemon=True
            ),
        ]
        for thread in threads:
            thread.start()
        kept: list = []
        n = 0
        while any(t.is_alive() for t in threads):
            for _ in range(300):
                kept.append(_Node(_Node()))
            if len(kept) > 3000:
                kept.clear()  # the cycles become garbage
            if main_reads:
                _read_one(paths[n % len(paths)], bare)
                n += 1
            gc.collect()
            counts["collections"] += 1
            time.sleep(0.0005)
        for thread in threads:
            thread.join()
    print(
        f"read {counts['read']}, written {counts['written']}, "
        f"main-thread collections {counts['collections']}",
        flush=True,
    )
    if failures:
        print("\n".join(failures), file=sys.stderr, flush=True)
        return 1
    if not counts["read"] or not counts["written"]:
        print("a worker did nothing", file=sys.stderr, flush=True)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(float(sys.argv[1]), "bare" in sys.argv[2:], "main-reads" in sys.argv[2:]))
