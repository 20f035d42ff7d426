"""The engine's own look-up and suggestion code (spylls), standing on the
prepared dictionary instead of its parsed .dic.

spylls decides whether a word is right in two layers: an outer one (curly
apostrophes made straight, numbers, a word broken at its hyphens, the
capitalisations a word may stand for) and an inner one that takes one exact
string apart into stem and affixes against the .dic (``good_forms``). Only
the inner layer is replaced here: a set look-up in the forms the same grammar
makes (``prepared.py``). Its suggestions are its own ``Suggest`` too: the same
edits in the same order, each judged by that set look-up, and its n-gram search
over only the stems that can be among its hundred best (``ngram.py``). So the
answers are the engine's, by its own code, without reading the .dic.

Words with a digit never come here (the dictionary's only compounds are
numbers like "21st"): :class:`~minutetaker.checks.dictionary.Dictionary` gives
them to the full engine.
"""

from __future__ import annotations

import copy
from collections.abc import Callable, Iterable, Iterator

from minutetaker.checks.ngram import RootIndex
from minutetaker.checks.prepared import PreparedWords


class _NoEntries:
    """What the engine's classes are given for the .dic: nothing to walk."""

    words: tuple = ()

    def has_flag(self, *_args, **_kwargs) -> bool:
        return False

    def homonyms(self, *_args, **_kwargs) -> list:
        return []


def read_aff(base):
    """The engine's reading of the .aff alone (a few milliseconds)."""
    from spylls.hunspell.readers import read_aff as read
    from spylls.hunspell.readers.file_reader import FileReader

    aff, _context = read(FileReader(str(base.with_suffix(".aff"))))
    return aff


def prepared_lookup(aff, words: PreparedWords):
    """The engine's ``Lookup`` whose inner layer is the prepared forms."""
    from spylls.hunspell.algo.capitalization import Type as CapType
    from spylls.hunspell.algo.lookup import Lookup

    casing = aff.casing
    forms = words.forms

    class PreparedLookup(Lookup):
        def good_forms(
            self,
            word: str,
            *,
            capitalization: bool = True,
            allow_nosuggest: bool = True,
            affix_forms: bool = True,
            compound_forms: bool = True,
        ) -> Iterable[str]:
            if not affix_forms:  # compounds only: numbers alone, which never come here
                return ()
            if not capitalization:  # the exact string (the suggester's many questions)
                if word in forms and (allow_nosuggest or word not in words.nosuggest):
                    return (word,)
                return ()
            captype, variants = casing.variants(word)
            found = []
            for variant in variants:
                if variant in forms:
                    if allow_nosuggest or variant not in words.nosuggest:
                        found.append(variant)
                elif (
                    captype == CapType.ALL
                    and casing.guess(variant) == CapType.NO
                    and variant in words.lower
                ):
                    found.append(variant)  # "PARIS" for "Paris": the case-blind last resort
            return found

    return PreparedLookup(aff, _NoEntries())


def prepared_suggester(aff, lookup, index: Callable[[], RootIndex]):
    """The engine's ``Suggest`` over ``lookup``: its edits, then its n-gram
    search over ``index()``'s candidates."""
    from spylls.hunspell.algo import ngram_suggest
    from spylls.hunspell.algo.suggest import Suggest
    from spylls.hunspell.data.dic import Word

    full = Suggest(aff, _NoEntries(), lookup)

    def entry(stem: str, flags: str) -> Word:
        """The engine's entry for a stem, as its reading of the .dic makes it."""
        return Word(stem, set(flags), {}, [], aff.casing.guess(stem))

    def ngram_suggestions(word: str, handled: set[str]) -> Iterator[str]:
        # As Suggest.ngram_suggestions, over the stems that can be among the best.
        if aff.MAXNGRAMSUGS == 0:
            return
        misspelling = word.lower()
        roots = [entry(stem, flags) for stem, flags in index().candidates(misspelling)]
        yield from ngram_suggest.ngram_suggest(
            misspelling,
            dictionary_words=roots,
            prefixes=aff.PFX,
            suffixes=aff.SFX,
            known={known.lower() for known in handled},
            maxdiff=aff.MAXDIFF,
            onlymaxdiff=aff.ONLYMAXDIFF,
            has_phonetic=aff.PHONE is not None,
        )

    full.ngram_suggestions = ngram_suggestions
    skip_compound_pass(full)
    return full


def edits_only(suggester):
    """A copy of the engine's suggester with its edit-based suggestions only:
    no n-gram search, and no second pass over the edits as compounds."""
    return gated(suggester, lambda: False)


def gated(suggester, want_ngram: Callable[[], bool]):
    """A copy of the engine's suggester that asks ``want_ngram()`` before its
    n-gram search (after its edits have all been given), and skips its second
    pass over the edits as compounds (:func:`skip_compound_pass`)."""
    copied = copy.copy(suggester)
    search = suggester.ngram_suggestions

    def ngram_suggestions(word: str, handled: set[str]) -> Iterator[str]:
        return search(word, handled) if want_ngram() else iter(())

    copied.ngram_suggestions = ngram_suggestions
    skip_compound_pass(copied)
    return copied


def skip_compound_pass(suggester) -> None:
    """Skip the engine's second pass over the same edits as compound words for a
    word without a digit: in this dictionary compounds can only be numbers
    ("21st": COMPOUNDRULE joins digits; ``prepare`` refuses a dictionary where
    that is not so), so the pass could find nothing."""
    plain_pass = suggester.edit_suggestions
    if getattr(plain_pass, "skips_compounds", False):
        return

    def edit_suggestions(word, handle_found, *, compounds, limit):
        if compounds and not any(char.isdigit() for char in word):
            return iter(())
        return plain_pass(word, handle_found, compounds=compounds, limit=limit)

    edit_suggestions.skips_compounds = True
    suggester.edit_suggestions = edit_suggestions
