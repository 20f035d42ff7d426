"""What lives as long as the program, taken out of the cycle collector's rounds.

Python frees most objects when their last reference goes; its cycle collector
is for the rest, and a full round of it walks every container alive, holding
the interpreter while it does. The spelling engine's parts (the prepared words,
the engine's tables, the suggestions' index) are some 200,000 of them: a full
round then took 100 to 190 ms, and in the window a key typed meanwhile waited
for it (issue 12, point 7; docs/performance.md). ``gc.freeze`` moves everything
alive into a generation that no round walks again. What is frozen is still
freed when its last reference goes, but never by the collector: anything then
in a reference cycle (the engine's tables are full of them) stays until the
program ends. So only what truly lives that long may be frozen: the parts of
the process's one dictionary (``shared_dictionary``), never those of a
dictionary that will be let go.

Everything else alive at that moment is frozen with them. What later becomes
cyclic garbage is kept for good as well: a window closed afterwards (in the
tests, which open many), or a Word document another thread is reading at that
moment, whose cycles ``export/word_work.py`` would otherwise collect.

Garbage waiting for the collector at that moment is kept for good too. It is
not collected first on purpose: the parts are made on other threads than the
window's (loading, suggestions), and a collection there would free whatever
the garbage holds, Qt's objects included, on the wrong thread. There is
little of it: nothing in this program leaves garbage as it runs
(``tests/gui/test_save_garbage.py``), and this happens a few times a run.
"""

from __future__ import annotations

import gc
from typing import TypeVar

T = TypeVar("T")


def kept_for_good(part: T) -> T:
    """``part``, just made and kept until the program ends, with all else alive
    now, out of the cycle collector's rounds."""
    gc.freeze()
    return part
