"""The prepared dictionary: what the engine's grammar makes of the shipped
dictionary, worked out once and kept in one compact file beside it.

Hunspell's .dic holds stems with flags and its .aff says which prefixes and
suffixes each flag allows; the engine (spylls) works out at every look-up
whether a word can be taken apart into a stem and affixes, and reading the
.dic into its structures takes ~0.35 s. Here the same grammar has been run the
other way round, once (``minutetaker.checks.prepare``): every word form it
makes, each confirmed by the engine itself, is listed, so "is this word known"
is a set look-up after ~30 ms of reading. The engine stays the truth: the file
records the digest of the .aff and .dic it was made from and is ignored if they
differ, and tests/checks/test_prepared.py compares its answers with the
engine's over the whole dictionary and a large sample of non-words.

The file: a first line naming the format, a line of JSON (the header: the
sources' digest and its own body's, the sections' places, the n-gram index's
shape), then sections each compressed with zlib:

- ``forms``: every word form, exactly as cased in the dictionary, one a line;
- ``lower``: lower-case forms that only an all-capitals word may stand for
  ("paris" for "PARIS": the dictionary has "Paris");
- ``nosuggest``: forms never to be offered as a suggestion (the engine's
  NOSUGGEST flag: the swear words);
- ``stems`` and ``flags``: the stems the engine's n-gram search walks, and
  their flags, ordered by length then lower-case spelling;
- ``grams``: for each letter and each pair of letters, the set of those stems
  holding it, as a bit set compressed on its own, so that a search unpacks
  only the two dozen it needs (``minutetaker.checks.ngram``).

No spylls here: reading the file needs only the standard library.
"""

from __future__ import annotations

import hashlib
import json
import zlib
from dataclasses import dataclass, field
from pathlib import Path

MAGIC = b"minutetaker prepared dictionary, format 1\n"
SUFFIX = ".prepared"
SECTIONS = ("forms", "lower", "nosuggest", "stems", "flags", "grams")
STORED = frozenset({"grams"})  # already compressed, set by set


def prepared_path(base: Path) -> Path:
    """Where the prepared form of ``base`` (.aff and .dic) is kept."""
    return base.with_suffix(SUFFIX)


def source_digest(base: Path) -> str:
    """The SHA-256 of the .aff and the .dic together: what the prepared file
    must have been made from to be used."""
    digest = hashlib.sha256()
    for suffix in (".aff", ".dic"):
        data = base.with_suffix(suffix).read_bytes()
        digest.update(len(data).to_bytes(8, "little"))
        digest.update(data)
    return digest.hexdigest()


def write_prepared(path: Path, header: dict, sections: dict[str, bytes]) -> None:
    """Write the file: ``header`` (its places filled in here) and ``sections``."""
    places: dict[str, list[int]] = {}
    blobs: list[bytes] = []
    offset = 0
    for name in SECTIONS:
        blob = sections[name] if name in STORED else zlib.compress(sections[name], 9)
        places[name] = [offset, len(blob)]
        blobs.append(blob)
        offset += len(blob)
    body = b"".join(blobs)
    header = {**header, "sections": places, "body_sha256": hashlib.sha256(body).hexdigest()}
    line = json.dumps(header, ensure_ascii=False, sort_keys=True).encode("utf-8") + b"\n"
    path.write_bytes(MAGIC + line + body)


@dataclass
class PreparedWords:
    """The prepared dictionary, read: the word forms as sets, the rest kept
    compressed until asked for (only suggestions need it)."""

    header: dict
    forms: frozenset[str]
    _blob: bytes = field(repr=False)
    _start: int = field(repr=False)
    _lower: frozenset[str] | None = field(default=None, repr=False)
    _nosuggest: frozenset[str] | None = field(default=None, repr=False)

    def section(self, name: str) -> bytes:
        """One section, decompressed (the gram sets: as stored, each compressed)."""
        offset, length = self.header["sections"][name]
        start = self._start + offset
        data = self._blob[start : start + length]
        return data if name in STORED else zlib.decompress(data)

    def _lines(self, name: str) -> frozenset[str]:
        text = self.section(name).decode("utf-8")
        return frozenset(text.split("\n")) if text else frozenset()

    @property
    def lower(self) -> frozenset[str]:
        if self._lower is None:
            self._lower = self._lines("lower")
        return self._lower

    @property
    def nosuggest(self) -> frozenset[str]:
        if self._nosuggest is None:
            self._nosuggest = self._lines("nosuggest")
        return self._nosuggest

    def roots(self) -> tuple[list[str], list[str]]:
        """The n-gram search's stems and their flags, in the index's order."""
        stems = self.section("stems").decode("utf-8").split("\n")
        flags = self.section("flags").decode("utf-8").split("\n")
        return stems, flags


def read_prepared(base: Path) -> PreparedWords | None:
    """The prepared form of the dictionary at ``base``; None if there is none,
    or it was made from other .aff/.dic files or in another format (the caller
    then uses the engine alone: slower, never wrong)."""
    path = prepared_path(base)
    try:
        blob = path.read_bytes()
    except OSError:
        return None
    if not blob.startswith(MAGIC):
        return None
    end = blob.find(b"\n", len(MAGIC))
    try:
        header = json.loads(blob[len(MAGIC) : end].decode("utf-8"))
        if not isinstance(header, dict) or header.get("source_sha256") != source_digest(base):
            return None
        if header.get("body_sha256") != hashlib.sha256(memoryview(blob)[end + 1 :]).hexdigest():
            return None  # damaged since it was made
        words = PreparedWords(header, frozenset(), blob, end + 1)
        text = words.section("forms").decode("utf-8")
    except (ValueError, KeyError, TypeError, OSError, zlib.error):
        return None
    words.forms = frozenset(text.split("\n"))
    return words
