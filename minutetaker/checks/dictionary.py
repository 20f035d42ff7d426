"""The en-GB dictionary: which words are spelt right, and what a misspelt word
might be instead.

The engine is spylls (Hunspell ported to pure Python) reading the dictionary we
ship in ``resources/dictionaries`` (SCOWL's en_GB-ise); docs/spelling.md says why.
Its judgement is the truth. Over it sit two layers of our own, each there for
speed or for the British reader, never to change a judgement:

- every word judged is remembered, so a word is looked up once per process;
- suggestions are the engine's edit-based ones (a swapped, missing, extra or
  wrong letter, two words run together), and its slow n-gram search over the
  whole word list (~0.1 s a word in pure Python) runs only when no edit gives a
  single known word. Splits into a fragment ("travel ed") are left out. An
  American spelling gets its British form first (``british``).

Loading takes ~0.35 s: the window should load it away from the window thread
(:func:`shared_dictionary` is safe to call from any thread).
"""

from __future__ import annotations

import copy
import threading
from pathlib import Path

from minutetaker.checks.british import british_forms
from minutetaker.checks.words import LONGEST_WORD

MAX_SUGGESTIONS = 5
# Short words a word run together with another may hide ("inspite" -> "in spite").
# A split into any other fragment ("traveled" -> "travel ed") is no help to anyone.
_SHORT_WORDS = frozenset(
    {"a", "i", "an", "as", "at", "be", "by", "do", "go", "he", "if", "in", "is", "it"}
    | {"me", "my", "no", "of", "on", "or", "so", "to", "up", "us", "we"}
)
_shared: Dictionary | None = None
_shared_lock = threading.Lock()


class DictionaryMissing(Exception):
    """The dictionary files are not where the program expects them."""


def dictionary_path() -> Path:
    """Where the shipped dictionary is: ``.../dictionaries/en_GB`` (.aff and .dic)."""
    from minutetaker.resources import resource

    return resource("dictionaries", "en_GB")


class Dictionary:
    """The engine over one Hunspell dictionary, with a memory of words judged.

    ``knows`` and ``suggest`` may be called from several threads: the caches are
    plain dicts whose single reads and writes the interpreter keeps whole, and
    a word judged twice at once is only judged twice.
    """

    def __init__(self, path: Path | None = None) -> None:
        from spylls.hunspell import Dictionary as Engine

        base = Path(path) if path is not None else dictionary_path()
        if not base.with_suffix(".aff").is_file() or not base.with_suffix(".dic").is_file():
            raise DictionaryMissing(
                f"The spelling dictionary is missing ({base}.dic); reinstall minutetaker."
            )
        self._engine = Engine.from_files(str(base))
        self._quick = _edits_only(self._engine.suggester)
        self._known: dict[str, bool] = {}
        self._suggested: dict[str, list[str]] = {}

    def knows(self, word: str) -> bool:
        """Whether the engine takes ``word`` as spelt right (its case rules apply:
        "Organise" and "ORGANISE" are known because "organise" is)."""
        known = self._known.get(word)
        if known is None:
            known = bool(self._engine.lookup(word))
            self._known[word] = known
        return known

    def suggest(self, word: str, limit: int = MAX_SUGGESTIONS) -> list[str]:
        """Up to ``limit`` known words that ``word`` may have been meant as, the
        likeliest first; an American spelling's British form comes first."""
        if len(word) > LONGEST_WORD:  # not a word: the engine would take minutes
            return []
        found = self._suggested.get(word)
        if found is None:
            british = [w for w in british_forms(word) if self.knows(w)]
            found = _plain_first(_unique(british + self._suggest_from(self._quick, word)))
            if not any(_is_single(w) for w in found):
                slow = self._suggest_from(self._engine.suggester, word)
                found = _plain_first(_unique(found + slow))
            self._suggested[word] = found
        return found[:limit]

    @staticmethod
    def _suggest_from(suggester, word: str) -> list[str]:
        out: list[str] = []
        for text in suggester(word):
            if text not in out:
                out.append(text)
            if len(out) >= MAX_SUGGESTIONS:
                break
        return out


def _edits_only(suggester):
    """The engine's suggester with its edit-based suggestions only: without the
    word list its n-gram search walks, and without its second pass over the
    same edits as compound words, which in this dictionary can only be numbers
    ("21st": COMPOUNDRULE joins digits; tests/checks/test_dictionary.py keeps
    that true) and the checker never judges a word with a digit."""
    quick = copy.copy(suggester)
    quick.words_for_ngram = []
    plain_pass = suggester.edit_suggestions

    def edit_suggestions(word, handle_found, *, compounds, limit):
        if compounds and not any(char.isdigit() for char in word):
            return iter(())
        return plain_pass(word, handle_found, compounds=compounds, limit=limit)

    quick.edit_suggestions = edit_suggestions
    return quick


def shared_dictionary() -> Dictionary:
    """The process's one dictionary, loaded on first use (from any thread)."""
    global _shared
    with _shared_lock:
        if _shared is None:
            _shared = Dictionary()
        return _shared


def _plain_first(words: list[str]) -> list[str]:
    """Single words before words split in two, and no split into a fragment."""
    single = [w for w in words if _is_single(w)]
    split = [w for w in words if w not in single and _real_parts(w)]
    return single + split


def _is_single(word: str) -> bool:
    return " " not in word and "-" not in word


def _real_parts(split: str) -> bool:
    parts = split.replace("-", " ").split()
    return all(len(part) > 2 or part.lower() in _SHORT_WORDS for part in parts)


def _unique(words: list[str]) -> list[str]:
    out: list[str] = []
    for word in words:
        if word not in out:
            out.append(word)
    return out
