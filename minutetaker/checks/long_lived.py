"""What lives as long as the program, taken out of the cycle collector's rounds.

Python frees most objects when their last reference goes; its cycle collector
is for the rest, and a full round of it walks every container alive, holding
the interpreter while it does. The spelling engine's parts (the prepared words,
the engine's tables, the suggestions' index) are some 200,000 of them: a full
round then took 100 to 190 ms, and in the window a key typed meanwhile waited
for it (issue 12, point 7; docs/performance.md). ``gc.freeze`` moves everything
alive into a generation that no round walks again; they are still freed as
usual if their references go.

Young garbage is collected first, so that it is not kept for good; older
garbage alive at that moment would be, and there is little: nothing in this
program leaves garbage as it runs (``tests/gui/test_save_garbage.py``).
"""

from __future__ import annotations

import gc
from typing import TypeVar

T = TypeVar("T")


def kept_for_good(part: T) -> T:
    """``part``, just made and kept until the program ends, with all else alive
    now, out of the cycle collector's rounds."""
    gc.collect(1)
    gc.freeze()
    return part
