"""Why a meeting file was refused: the file, the place in it, and what was expected."""

from __future__ import annotations


class InterchangeError(ValueError):
    """A meeting file that cannot be read. ``str()`` names the file, the place
    (``items[3].blocks[2].type``) and what was expected there."""

    def __init__(self, source: str, place: str, expected: str) -> None:
        self.source = source
        self.place = place
        self.expected = expected
        where = f"{source}: {place}" if place else source
        super().__init__(f"{where}: {expected}")


def place_of(path) -> str:
    """``items[3].blocks[2].type`` from a sequence of keys and indexes."""
    text = ""
    for part in path:
        if isinstance(part, int):
            text += f"[{part}]"
        else:
            text += f".{part}" if text else str(part)
    return text
