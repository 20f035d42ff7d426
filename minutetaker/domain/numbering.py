"""The numbers of an agenda's items, worked out again after one is added,
deleted or moved.

Top-level items are numbered 1, 2, 3…. Sub-items follow the scheme their
siblings already use: letters after a parent whose number ends in a digit
(4a, 4b, 4c) when the siblings are lettered, else dotted numbers (5.1, 5.2).
A parent with no sub-items yet gets dotted ones. Letters run a…z, then
aa, ab… so that a long list never runs out.
"""

from __future__ import annotations

import re
import string

TOP = "top"
LETTERS = "letters"
DOTTED = "dotted"


def letters(n: int) -> str:
    """The ``n``-th (from 1) letter label: a…z, aa, ab…"""
    if n < 1:
        raise ValueError("letter labels start at 1")
    out = ""
    while n:
        n, rest = divmod(n - 1, 26)
        out = string.ascii_lowercase[rest] + out
    return out


def sibling_style(parent: str | None, numbers: list[str]) -> str:
    """How the sub-items of ``parent`` are numbered, judged from the numbers they
    have (blank ones, such as a new item's, are passed over). The first number
    that follows a known scheme decides; none does: dotted."""
    if parent is None:
        return TOP
    lettered = re.compile(re.escape(parent) + r"[a-z]+")
    dotted = re.compile(re.escape(parent) + r"\.\d+")
    for number in numbers:
        number = number.strip().lower()
        if parent[-1:].isdigit() and lettered.fullmatch(number):
            return LETTERS
        if dotted.fullmatch(number):
            return DOTTED
    return DOTTED


def label(parent: str | None, style: str, n: int) -> str:
    """The number of the ``n``-th (from 1) sub-item of ``parent`` in ``style``."""
    if parent is None or style == TOP:
        return str(n)
    if style == LETTERS and parent[-1:].isdigit():
        return parent + letters(n)
    return f"{parent}.{n}"


def renumber(parent: str | None, numbers: list[str], old_parent: str | None = None) -> list[str]:
    """The numbers a list of siblings should carry, in their order.

    ``parent`` is the parent's number now (None at the top level); ``numbers``
    are the siblings' numbers as they stand, which show their scheme relative
    to ``old_parent`` (the parent's number before it changed, if it did).
    """
    before = parent if old_parent is None else old_parent
    style = TOP if parent is None else sibling_style(before, numbers)
    return [label(parent, style, n) for n in range(1, len(numbers) + 1)]
