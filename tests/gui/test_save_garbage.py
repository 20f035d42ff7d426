"""A save frees what it copied as soon as it is settled (issue 12, point 7).

Each autosave copies the item's blocks for the writer. Held in a reference
cycle, the copy waited for Python's cycle collector, whose runs (several
milliseconds on a long item) then fell on the keys being typed."""

from __future__ import annotations

import gc


def _garbage_of_ours(run) -> list[str]:
    """What ``run`` leaves that only the cycle collector could free: the names of
    our own objects among it."""
    gc.collect()
    gc.set_debug(gc.DEBUG_SAVEALL)
    try:
        run()
        gc.collect()
        return sorted(
            {type(o).__name__ for o in gc.garbage if type(o).__module__.startswith("minutetaker")}
        )
    finally:
        gc.set_debug(0)
        gc.garbage.clear()


def test_saves_waited_for_leave_nothing_to_the_cycle_collector(qtbot, window):
    window.going.go_to("4b")

    def type_and_save() -> None:
        for _ in range(3):
            qtbot.keyClicks(window.editor, " More.")
            assert window.session.save_now()

    assert _garbage_of_ours(type_and_save) == []


def test_saves_after_a_pause_leave_nothing_to_the_cycle_collector(qtbot, window):
    window.going.go_to("4b")
    saver = window.session.autosaver

    def type_and_pause() -> None:
        for _ in range(3):
            qtbot.keyClicks(window.editor, " More.")
            with qtbot.waitSignal(saver.saved, timeout=5000):
                pass  # the pause's save, settled through the writer's signal

    assert _garbage_of_ours(type_and_pause) == []
