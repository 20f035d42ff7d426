"""Results of work on other threads come back on the window's thread, and only
to a part of the window that still exists."""

from __future__ import annotations

import threading
from concurrent.futures import ThreadPoolExecutor

import shiboken6
from PySide6.QtCore import QObject

from minutetaker.gui.window_thread import on_window_thread


def test_a_result_from_another_thread_is_handled_on_the_window_thread(qtbot):
    owner = QObject()
    handled = []
    tell = on_window_thread(owner, lambda value: handled.append((value, threading.get_ident())))
    with ThreadPoolExecutor(1) as pool:
        pool.submit(tell, "found").result()
    assert handled == []  # not on the worker's thread, not yet
    qtbot.waitUntil(lambda: bool(handled), timeout=10000)
    assert handled == [("found", threading.get_ident())]


def test_a_result_for_a_part_of_the_window_deleted_meanwhile_is_dropped(qtbot):
    owner = QObject()
    handled = []
    tell = on_window_thread(owner, handled.append)
    release = threading.Event()

    def work():
        release.wait(10)
        tell("too late")

    worker = threading.Thread(target=work)
    worker.start()
    shiboken6.delete(owner)  # the window closed while the work ran
    release.set()
    worker.join(10)
    qtbot.wait(100)
    assert handled == []


def test_a_result_sent_from_the_window_thread_itself_waits_for_the_event_loop(qtbot):
    owner = QObject()
    handled = []
    on_window_thread(owner, handled.append)("at once")
    assert handled == []  # the caller has returned before it is handled
    qtbot.waitUntil(lambda: handled == ["at once"], timeout=10000)
