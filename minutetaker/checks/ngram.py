"""The engine's n-gram search, without its walk over the whole word list.

When no small edit of a misspelling makes a word, the engine (spylls, as
Hunspell) scores every stem of the dictionary against it, keeps the hundred
best and makes its suggestions from those: ~0.1-0.3 s a word in pure Python,
almost all of it in scoring 49,571 stems one by one. A stem's score is

    u + [u >= 2] * (b + [b >= 2] * t)  -  max(0, len(stem) - len(word) - 2)
      + the length of their common start

where u, b and t count the letters, pairs and triples of the misspelling
(position by position) found anywhere in the stem, and stems more than four
letters longer or shorter are not scored at all.

Here the same scores are worked out for all stems at once. Each stem is a bit
in a set; the prepared dictionary holds, for every letter and every pair of
letters, the set of stems holding it; counting is done on "bit-sliced"
counters (plane k holds bit k of every stem's count), so adding a set to every
stem's count is a handful of operations on Python's big integers, and the
stems sharing the misspelling's first k letters are a run of the index, which
is sorted. Triples are not indexed: a stem holding a triple holds both its
pairs, so counting positions where both pairs are held gives an upper bound
of t. With the lower bound (t = 0) that makes:

- the hundredth best lower bound is a floor no stem of the true hundred best
  falls under;
- every stem whose upper bound reaches that floor is a candidate: a few
  hundred, among them all of the true hundred best.

Only the candidates are handed to the engine's own n-gram search, which scores
them exactly and goes on as it always does: its suggestions are the same as
over the whole list (its choice of the hundred best depends only on scores and
stems, and the stems are distinct). tests/checks/test_prepared.py compares the
two.
"""

from __future__ import annotations

import zlib
from bisect import bisect_left
from collections import Counter
from itertools import pairwise

MAX_ROOTS = 100  # the engine's number of stems kept (spylls ngram_suggest.MAX_ROOTS)
MAX_LENGTH_GAP = 4  # stems further from the misspelling's length are not scored
LAST_CHAR = "\U0010ffff"


class BitCounter:
    """A small count per stem, for all stems at once: ``planes[k]`` has bit i
    set when bit k of stem i's count is 1."""

    __slots__ = ("planes",)

    def __init__(self) -> None:
        self.planes: list[int] = []

    def add(self, bits: int, times: int = 1) -> None:
        """Add ``times`` to the count of every stem in ``bits``."""
        level = 0
        while times:
            if times & 1:
                self._add_at(bits, level)
            times >>= 1
            level += 1

    def _add_at(self, carry: int, level: int) -> None:
        planes = self.planes
        while carry:
            if level >= len(planes):
                planes.extend([0] * (level - len(planes)))
                planes.append(carry)
                return
            plane = planes[level]
            planes[level] = plane ^ carry
            carry &= plane
            level += 1

    def add_counter(self, other: BitCounter, mask: int = -1) -> None:
        """Add ``other``'s counts of the stems in ``mask`` to these."""
        for level, plane in enumerate(other.planes):
            self._add_at(plane & mask, level)

    def at_least(self, value: int, universe: int) -> int:
        """The stems of ``universe`` whose count is ``value`` or more."""
        if value <= 0:
            return universe
        if value >> len(self.planes):
            return 0
        greater, equal = 0, universe
        for level in reversed(range(len(self.planes))):
            plane = self.planes[level]
            if (value >> level) & 1:
                equal &= plane
            else:
                greater |= equal & plane
                equal &= ~plane
        return greater | equal

    def copy(self) -> BitCounter:
        twin = BitCounter()
        twin.planes = list(self.planes)
        return twin


class RootIndex:
    """The n-gram search's stems, sorted by length then lower-case spelling,
    with the bit sets of the stems holding each letter and pair of letters."""

    def __init__(
        self,
        stems: list[str],
        flags: list[str],
        groups: dict[int, tuple[int, int]],
        gram_places: dict[str, list[int]],
        gram_bytes: bytes,
    ) -> None:
        self.stems = stems
        self.flags = flags
        self.lowers = "\n".join(stems).lower().split("\n")
        self.groups = groups
        self._places = gram_places
        self._bytes = gram_bytes
        self._sets: dict[str, int] = {}

    @classmethod
    def of_prepared(cls, words) -> RootIndex:
        """The index held by a :class:`~minutetaker.checks.prepared.PreparedWords`."""
        header = words.header
        groups = {int(length): (span[0], span[1]) for length, span in header["groups"].items()}
        stems, flags = words.roots()
        return cls(stems, flags, groups, header["grams"], words.section("grams"))

    def holding(self, gram: str) -> int:
        """The set of stems holding ``gram`` (a letter or a pair of letters)."""
        bits = self._sets.get(gram)
        if bits is None:
            place = self._places.get(gram)
            if place is None:
                bits = 0
            else:
                offset, length = place
                packed = zlib.decompress(self._bytes[offset : offset + length])
                bits = int.from_bytes(packed, "little")
            self._sets[gram] = bits
        return bits

    def _span(self, low: int, high: int) -> int:
        return (1 << high) - (1 << low)

    def candidates(self, misspelling: str, keep: int = MAX_ROOTS) -> list[tuple[str, str]]:
        """Stems among which the engine's ``keep`` best for ``misspelling``
        (lower case, as the engine scores it) are sure to be, with their flags."""
        size = len(misspelling)
        lengths = range(size - MAX_LENGTH_GAP, size + MAX_LENGTH_GAP + 1)
        near = [length for length in lengths if length in self.groups]
        universe = 0
        for length in near:
            universe |= self._span(*self.groups[length])
        if universe.bit_count() <= keep:
            return self._stems(universe)
        lower, upper = self._bounds(misspelling, near, universe)
        floor = self._floor(lower, universe, keep)
        return self._stems(upper.at_least(floor, universe))

    def _bounds(self, word: str, near: list[int], universe: int) -> tuple[BitCounter, BitCounter]:
        size = len(word)
        letters, pairs, both = BitCounter(), BitCounter(), BitCounter()
        for letter, times in Counter(word).items():
            letters.add(self.holding(letter) & universe, times)
        pair_sets = [self.holding(word[i : i + 2]) & universe for i in range(size - 1)]
        for pair, times in Counter(word[i : i + 2] for i in range(size - 1)).items():
            pairs.add(self.holding(pair) & universe, times)
        for first, second in pairwise(pair_sets):
            both.add(first & second)

        lower = BitCounter()
        lower.add_counter(letters)
        enough_letters = letters.at_least(2, universe)
        lower.add_counter(pairs, enough_letters)
        # The penalty for a longer stem, as 2 minus it so that no count goes below 0.
        for length in near:
            gap = length - size - 2
            if gap < 2:
                lower.add(self._span(*self.groups[length]), 2 - max(gap, 0))
        # The common start: one for each of the misspelling's first k letters it shares.
        for k in range(1, size + 1):
            start = 0
            prefix = word[:k]
            for length in near:
                if length < k:
                    continue
                low, high = self.groups[length]
                first = bisect_left(self.lowers, prefix, low, high)
                last = bisect_left(self.lowers, prefix + LAST_CHAR, first, high)
                if last > first:
                    start |= self._span(first, last)
            if not start:
                break
            lower.add(start)

        upper = lower.copy()
        upper.add_counter(both, enough_letters & pairs.at_least(2, universe))
        return lower, upper

    @staticmethod
    def _floor(lower: BitCounter, universe: int, keep: int) -> int:
        """The highest value that at least ``keep`` stems' lower bounds reach."""
        low, high = 0, 1 << len(lower.planes)  # reached by all / by none
        while high - low > 1:
            middle = (low + high) // 2
            if lower.at_least(middle, universe).bit_count() >= keep:
                low = middle
            else:
                high = middle
        return low

    def _stems(self, bits: int) -> list[tuple[str, str]]:
        text = format(bits, "b")[::-1] if bits else ""
        out = []
        index = text.find("1")
        while index != -1:
            out.append((self.stems[index], self.flags[index]))
            index = text.find("1", index + 1)
        return out
