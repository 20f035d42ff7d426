"""The little words English is mostly written with, for ranking suggestions.

Typed fast, a slip of one of them is one edit from several dictionary words:
"wich" from "which", "winch" and "witch"; "wiht" from "with", "whit" and
"wit". The engine ranks them by the shape of the slip alone, and Enter in the
spelling menu takes the first. Someone minuting a meeting meant the little
word far more often than not, so it comes first among the suggestions (after
the British form of an American spelling, which answers the word as typed).

The list is English's closed classes, which make up about half of any text:
articles and determiners, pronouns, prepositions, conjunctions, the forms of
"be", "have" and "do", the modal verbs, and the commonest adverbs of time,
place and degree. Written out here from the grammar, not taken from a list.
"""

from __future__ import annotations

_WRITTEN_OUT = """
    a an the this that these those each every either neither some any no all both
    i me my mine we us our ours you your yours he him his she her hers it its
    they them their theirs who whom whose which what whatever whoever myself
    yourself himself herself itself ourselves themselves one ones
    of to in on at by for from with without within into onto upon about above
    below over under after before between among through throughout during until
    since against towards toward across along around behind beside besides
    beyond near off out up down per via than like
    and or but nor so yet if then because although though while whereas unless
    whether as once when where why how that
    be am is are was were been being have has had having do does did done doing
    will would shall should can could may might must ought
    not also just only still already again even ever never always often here
    there now very too more most much many less least well soon
"""
LITTLE_WORDS = frozenset(_WRITTEN_OUT.split())


def little_words_first(words: list[str]) -> list[str]:
    """``words`` with the little words (in any case) first, each part in its order."""
    little = [w for w in words if w.lower() in LITTLE_WORDS]
    return little + [w for w in words if w.lower() not in LITTLE_WORDS]
