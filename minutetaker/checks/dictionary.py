"""The en-GB dictionary: which words are spelt right, and what a misspelt word
might be instead.

The engine is spylls (Hunspell ported to pure Python) reading the dictionary we
ship in ``resources/dictionaries`` (SCOWL's en_GB-ise); docs/spelling.md says why.
Its judgement is the truth. Over it sit layers of our own, each there for speed
or for the British reader, never to change a judgement:

- the prepared dictionary (``prepared``, made by ``prepare``): every word form
  the engine's grammar makes of the .aff and .dic, read in ~30 ms where the
  engine takes ~0.35 s to read the .dic; a known word is a set look-up, and the
  engine's own look-up and suggestion code stands on it (``engine``), its
  n-gram search handed only the stems that can be among its best (``ngram``).
  The full engine is read only for a word with a digit ("21st"), or if the
  prepared file does not match the dictionary (slower, never wrong);
- every word judged is remembered, so a word is looked up once per process;
- suggestions are the engine's edit-based ones (a swapped, missing, extra or
  wrong letter, two words run together), and its n-gram search runs only when
  no edit gives a single known word. Splits into a fragment ("travel ed") are
  left out. An American spelling gets its British form first (``british``).
  A word with a capital first ("Teh") or in capitals gets its lower-case
  form's suggestions in its own case first ("The"): the engine, given it as
  typed, looks among names and abbreviations first ("Eh", "Th", "Te").

Loading takes ~30 ms (the engine's code, ~40 ms more, is imported at the first
unknown word): the window should still load it away from the window thread
(:func:`shared_dictionary` is safe to call from any thread).
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path

from minutetaker.checks.british import british_forms
from minutetaker.checks.engine import gated, prepared_lookup, prepared_suggester, read_aff
from minutetaker.checks.little_words import little_words_first
from minutetaker.checks.long_lived import kept_for_good
from minutetaker.checks.ngram import RootIndex
from minutetaker.checks.prepared import read_prepared
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
    a word judged twice at once is only judged twice; the engine's parts are
    made once, under a lock, when first needed.
    """

    def __init__(self, path: Path | None = None, *, prepared: bool = True) -> None:
        base = Path(path) if path is not None else dictionary_path()
        if not base.with_suffix(".aff").is_file() or not base.with_suffix(".dic").is_file():
            raise DictionaryMissing(
                f"The spelling dictionary is missing ({base}.dic); reinstall minutetaker."
            )
        self._base = base
        self._lock = threading.RLock()
        self._words = read_prepared(base) if prepared else None
        self._engine = None  # the full engine: words with digits, or no prepared form
        self._lookup = None
        self._suggester = None
        self._index: RootIndex | None = None
        self._known: dict[str, bool] = {}
        self._suggested: dict[str, list[str]] = {}
        if self._words is None:
            self._full_engine()

    def warm_up(self) -> None:
        """Make ready all a verdict may need (the engine's code, ~25 ms), so that
        no later look-up waits for it; the suggestions' index still comes at the
        first word the n-gram search is needed for (~10 ms)."""
        if self._words is not None:
            self._prepared_lookup()

    @property
    def prepared(self) -> bool:
        """Whether the prepared form is used (False: the engine alone, slower)."""
        return self._words is not None

    def knows(self, word: str) -> bool:
        """Whether the engine takes ``word`` as spelt right (its case rules apply:
        "Organise" and "ORGANISE" are known because "organise" is)."""
        known = self._known.get(word)
        if known is None:
            known = self._judge(word)
            self._known[word] = known
        return known

    def _judge(self, word: str) -> bool:
        words = self._words
        if words is None:
            return bool(self._full_engine().lookup(word))
        if word in words.forms:
            return True
        if any(char.isdigit() for char in word):
            return bool(self._full_engine().lookup(word))
        if word.isascii() and "-" not in word:
            # The engine's look-up of a plain word, in short: the word as typed,
            # or the lower-case (or capitalised) form it may stand for.
            if word.islower():
                return False
            lower = word.lower()
            if word.isupper():
                forms = words.forms
                return lower in forms or word.capitalize() in forms or lower in words.lower
            if word[:1].isupper() and word[1:].islower():
                return lower in words.forms
        # Hyphens, curly apostrophes, accents, mixed capitals: the engine's own code.
        return bool(self._prepared_lookup()(word))

    def suggest(self, word: str, limit: int = MAX_SUGGESTIONS) -> list[str]:
        """Up to ``limit`` known words that ``word`` may have been meant as, the
        likeliest first; an American spelling's British form comes first."""
        if len(word) > LONGEST_WORD:  # not a word: the engine would take minutes
            return []
        found = self._suggested.get(word)
        if found is None:
            found = self._suggested[word] = self._suggest_in_its_case(word)
        return found[:limit]

    def _suggest_in_its_case(self, word: str) -> list[str]:
        """A word with a capital first ("Teh", at a sentence's start) or in
        capitals ("TEH") is offered what its lower-case form is, in its case
        ("The"), before the engine's own suggestions for it as typed, which
        look among names and abbreviations first ("Eh", "Th", "Te")."""
        recase = _recasing(word)
        if recase is None:
            return self._suggest_as_typed(word)
        found = _unique([recase(text) for text in self.suggest(word.lower())])
        if len(found) < MAX_SUGGESTIONS:
            found = _unique(found + self._suggest_as_typed(word))
        return _plain_first(found)

    def _suggest_as_typed(self, word: str) -> list[str]:
        """The engine's suggestions for ``word`` as typed, an American spelling's
        British forms first."""
        british = [w for w in british_forms(word) if self.knows(w)]
        given: list[str] = []
        # The engine's edits come first; its n-gram search only if neither
        # they nor the British forms give a single known word.
        suggester = gated(
            self._suggester_for(word),
            lambda: not any(_is_single(w) for w in british + given),
        )
        for text in suggester(word):
            if text not in given:
                given.append(text)
            if len(given) >= MAX_SUGGESTIONS:
                break
        return _plain_first(_unique(british + little_words_first(given)))

    # The engine's parts, made when first needed.

    def _full_engine(self):
        with self._lock:
            if self._engine is None:
                from spylls.hunspell import Dictionary as Engine

                self._engine = kept_for_good(Engine.from_files(str(self._base)))
            return self._engine

    def _prepared_lookup(self):
        with self._lock:
            if self._lookup is None:
                self._lookup = kept_for_good(prepared_lookup(read_aff(self._base), self._words))
            return self._lookup

    def _suggester_for(self, word: str):
        """The engine's suggester: on the prepared dictionary unless the word has a digit."""
        if self._words is None or any(char.isdigit() for char in word):
            return self._full_engine().suggester
        with self._lock:
            if self._suggester is None:
                lookup = self._prepared_lookup()
                self._suggester = kept_for_good(
                    prepared_suggester(lookup.aff, lookup, self._root_index)
                )
            return self._suggester

    def _root_index(self) -> RootIndex:
        with self._lock:
            if self._index is None:
                self._index = kept_for_good(RootIndex.of_prepared(self._words))
            return self._index


def shared_dictionary() -> Dictionary:
    """The process's one dictionary, loaded and warmed up on first use (from any
    thread: the window should ask for it away from the window thread)."""
    global _shared
    with _shared_lock:
        if _shared is None:
            dictionary = Dictionary()
            dictionary.warm_up()
            _shared = dictionary
        return _shared


def _recasing(word: str) -> Callable[[str], str] | None:
    """How to give a lower-case suggestion the case of ``word``: a capital first,
    or all capitals; None for a word in lower case or mixed ("McDonlad")."""
    letters = [char for char in word if char.isalpha()]
    if len(letters) < 2 or not word[:1].isupper():
        return None
    if word.isupper():
        return str.upper
    if word[1:] == word[1:].lower():
        return lambda text: text[:1].upper() + text[1:]
    return None


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
