"""Word work (python-docx and lxml) safe on any thread: one at a time, its
garbage freed on the thread that made it.

libxml2, under lxml, gives each thread a dictionary of the names its parser
has seen, and every document parsed on that thread points into it. A
python-docx document is full of reference cycles (the package and its parts
point at each other), so it is freed not when its last reference goes but by
Python's cyclic garbage collection, on whichever thread happens to trigger
one: often the window's, while the thread that parsed the document is inside
libxml2 with the same dictionary, parsing the next. That crashed the process.

Every piece of the program's Word work (reading minutes, writing a document,
reading a returned draft's properties) runs through :func:`word_work`, which

1. takes one process-wide lock, so that two threads never work on Word
   documents at once (a re-entrant lock: Word work may call Word work);
2. pauses Python's automatic collection while the work runs, so that no other
   thread's allocations start a collection that would free the work's
   documents;
3. at the end, with the work's frame gone (and an exception's frames cleared
   of what they held), collects the work's garbage on its own thread, still
   under the lock: the youngest generation, where everything made during the
   work still is, unless another thread collected in between (an explicit
   ``gc.collect()``), when everything is collected. If another thread is
   collecting at that moment (``gc.collect`` then does nothing), it waits for
   that collection to end and collects again;
4. resumes automatic collection (if it was on) and lets the lock go.

What the work returns must hold no lxml object (plain records, bytes, paths):
anything that still held one would be freed later, anywhere. The window's own
thread never does Word work, so it never waits for this lock; a worker waits
at most for another worker's document. The command line, on one thread, pays
only a young-generation collection per document.
"""

from __future__ import annotations

import gc
import threading
import time
import traceback
from collections.abc import Callable
from typing import ParamSpec, TypeVar

P = ParamSpec("P")
T = TypeVar("T")

_lock = threading.RLock()
_local = threading.local()  # depth: how deep in Word work; collected: this thread's collections
_collections = {"started": 0, "running": None}  # counted by _watch, on the collecting thread


def _watch(phase: str, info: dict) -> None:
    """A gc callback: which thread is collecting now, how many collections have
    started, and how many on this thread."""
    if phase == "start":
        _collections["started"] += 1
        _collections["running"] = threading.get_ident()
        _local.collected = getattr(_local, "collected", 0) + 1
    else:
        _collections["running"] = None


if _watch not in gc.callbacks:
    gc.callbacks.append(_watch)


def word_work(work: Callable[P, T], *args: P.args, **kwargs: P.kwargs) -> T:
    """``work(*args, **kwargs)`` run as safe Word work (see the module): its result,
    or its exception raised here."""
    depth = getattr(_local, "depth", 0)
    if depth:  # already inside Word work on this thread: the outer call collects
        _local.depth = depth + 1
        try:
            return work(*args, **kwargs)
        finally:
            _local.depth = depth
    with _lock:
        was_enabled = gc.isenabled()
        gc.disable()
        _local.depth = 1
        started = _collections["started"]
        try:
            return _run(work, args, kwargs)
        finally:
            _local.depth = 0
            _collect(everything=_collections["started"] != started)
            if was_enabled:
                gc.enable()


def _run(work: Callable[..., T], args: tuple, kwargs: dict) -> T:
    """The work, in a frame of its own that is gone once it returns; an exception
    leaves with its frames (and those of its causes) cleared of their locals."""
    try:
        return work(*args, **kwargs)
    except BaseException as error:
        _clear_frames(error)
        raise


def _clear_frames(error: BaseException) -> None:
    seen: set[int] = set()
    while error is not None and id(error) not in seen:
        seen.add(id(error))
        if error.__traceback__ is not None:
            traceback.clear_frames(error.__traceback__)
        error = error.__cause__ or error.__context__


def _collect(everything: bool) -> None:
    """Collect on this thread; if another thread's collection was running (ours
    then did nothing), wait for it to end and collect again."""
    me = threading.get_ident()
    while True:
        running = _collections["running"]
        if running is not None and running != me:
            time.sleep(0.001)  # another thread is collecting: it holds the GIL but briefly
            continue
        before = getattr(_local, "collected", 0)
        gc.collect(2 if everything else 0)
        if getattr(_local, "collected", 0) != before:
            return  # ours ran (a collection is never cut short)
        everything = True  # another collection got in first: ours must take in everything
