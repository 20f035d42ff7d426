"""British words a spell check can only judge by the words around them.

"program" is British only for a computer's ("a computer program"); everywhere
else minutes mean "programme" (the inspection programme, Police Now's graduate
programme). "license" is British only as the verb ("to license premises"); the
noun is "licence" (a driving licence, a licence holder). Both spellings are in
the dictionary, so the word alone cannot be flagged: :func:`slip_in_context`
looks at the word before and after it, and :func:`british_form` gives the
British word, in the slip's own capitalisation.
"""

from __future__ import annotations

import re

_BRITISH = {
    "program": "programme",
    "programs": "programmes",
    "license": "licence",
    "licenses": "licences",
}


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Before "program": it is a computer's.
_COMPUTING = _words(
    "computer computers software antivirus anti-virus malware spyware malicious coding"
)
# Before "license": it is a noun (a determiner, or a word that names the licence).
_BEFORE_NOUN = _words(
    """
    a an the his her their its our your my this that these those no any each every
    new valid full provisional current same whose two three several many some
    driving premises personal firearms firearm shotgun gun tv television alcohol liquor
    taxi operator operator's music entertainment gaming betting fishing marriage pilot's
    export import software user
    """
)
# After "license": it is a noun ("license holder", "license fee").
_AFTER_NOUN = _words(
    """
    holder holders fee fees plate plates number numbers condition conditions application
    applications renewal renewals suspension revocation breach breaches agreement agreements
    """
)
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")


def british_form(word: str) -> str | None:
    """ "programme" for "program", "Licences" for "Licenses"; None for other words."""
    british = _BRITISH.get(word.casefold())
    if british is None:
        return None
    return british.capitalize() if word[:1].isupper() else british


def slip_in_context(text: str, start: int, end: int) -> bool:
    """Whether the word at ``text[start:end]`` ("program(s)", "license(s)") is the
    American spelling of a British noun, judged by its neighbours."""
    word = text[start:end].casefold()
    if word not in _BRITISH:
        return False
    before = _WORD.findall(text[max(0, start - 40) : start])
    after = _WORD.findall(text[end : end + 40])
    previous = before[-1].casefold().replace("’", "'") if before else ""
    following = after[0].casefold() if after else ""
    if word.startswith("program"):
        return previous not in _COMPUTING
    return previous in _BEFORE_NOUN or following in _AFTER_NOUN
