"""Closing the window while its dictionary is still loading: the loading thread
finishes later and must not bring the program down, nor call into the deleted
window (pytest-qt fails the test on an exception in a slot). Found as a
segfault in a run of the tests: the thread sent its result on the controller
while the window's thread deleted it. That race cannot be forced from here;
this test holds the path it took: the window closed and deleted while the
thread loads, then the thread done."""

from __future__ import annotations

import threading

import shiboken6


def test_the_window_closed_while_the_dictionary_loads_does_not_crash(
    qtbot, archive, settings, stored_meeting, monkeypatch
):
    import minutetaker.checks.dictionary as dictionary
    from minutetaker.gui.shell.main_window import MainWindow

    real = dictionary.shared_dictionary
    started, release = threading.Event(), threading.Event()

    def slow():
        started.set()
        release.wait(30)
        return real()

    monkeypatch.setattr(dictionary, "shared_dictionary", slow)
    window = MainWindow(archive, settings=settings)  # (not the fixture's: it is deleted here)
    window.show()
    qtbot.waitUntil(started.is_set, timeout=30000)  # (it starts once the window shows)
    controller = window.spelling
    window.close()
    window.deleteLater()
    qtbot.waitUntil(lambda: not shiboken6.isValid(controller), timeout=10000)
    loader = next(t for t in threading.enumerate() if t.name == "dictionary")
    release.set()
    loader.join(30)
    assert not loader.is_alive()
    qtbot.wait(50)  # what it sent, if anything, is delivered (to nobody)
