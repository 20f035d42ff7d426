"""Places and names of the United Kingdom that the dictionary lacks.

SCOWL's en_GB-ise (size 60) knows few British places or family names: a real
meeting's "Telford", "Warwickshire", "Hindlip", "Kidderminster" or "Shrewsbury"
would be flagged every time it is written. LibreOffice's en_GB dictionary, by
Marco A. G. Pinto and others, holds tens of thousands of them (towns, villages,
counties, parishes, family and given names). It cannot be the dictionary (it
accepts "organize" as well as "organise"), but its proper nouns can stand beside
ours: ``resources/dictionaries/en_GB-proper-nouns.txt`` holds every entry of it
written with a capital and then small letters that our dictionary does not know,
less the few that are an American spelling of a common word ("Center",
"Harbor"). They are right only as written, with the capital: "Telford" is
right, "telford" is not, so a slip in an ordinary word is never hidden by one.

Made by ``python -m minutetaker.checks.proper_nouns /usr/share/hunspell/en_GB.dic``
(Debian's hunspell-en-gb); its licence is the LGPL, the file's README travels
with it (``en_GB-proper-nouns-README.txt``).
"""

from __future__ import annotations

import functools
import re
import sys
from pathlib import Path

FILE_NAME = "en_GB-proper-nouns.txt"
_ENTRY = re.compile(r"[^\W\d_]+(?:['’.-][^\W\d_]+)*")
# American spellings of common nouns that the source also holds as names of
# places in the United States; written with a capital in minutes they are slips.
_AMERICAN_NOUNS = re.compile(r"(?:or|ors|center|centers|theater|theaters)$")

_HEADER = """\
# Proper nouns (places, family and given names) of LibreOffice's en_GB Hunspell
# dictionary (Marco A. G. Pinto and others; LGPL, see en_GB-proper-nouns-README.txt)
# that minutetaker's dictionary (SCOWL en_GB-ise 60) does not know. Right only as
# written here, with the capital. Made by python -m minutetaker.checks.proper_nouns.
"""


@functools.cache
def proper_nouns() -> frozenset[str]:
    """The shipped proper nouns, as written ("Telford", "Stratford-upon-Avon")."""
    from minutetaker.resources import resource

    path = resource("dictionaries", FILE_NAME)
    if not path.is_file():
        return frozenset()
    lines = (line.strip() for line in path.read_text(encoding="utf-8").splitlines())
    return frozenset(line for line in lines if line and not line.startswith("#"))


def make(source: Path) -> list[str]:
    """The proper nouns of the Hunspell .dic at ``source`` that our dictionary lacks."""
    from minutetaker.checks.british import british_forms
    from minutetaker.checks.dictionary import shared_dictionary

    dictionary = shared_dictionary()
    found: set[str] = set()
    lines = source.read_text(encoding="utf-8").splitlines()[1:]  # the first is a count
    for line in lines:
        stem = re.split(r"[\t/ ]", line.strip(), maxsplit=1)[0]
        if not stem[:1].isupper() or not _ENTRY.fullmatch(stem):
            continue
        if len(stem) > 2 and stem[1:].isupper():
            continue  # a code: never flagged anyway
        found.add(stem)
    kept = []
    for word in sorted(found):
        if dictionary.knows(word):
            continue
        lower = word.lower()
        if _AMERICAN_NOUNS.search(lower) and any(
            dictionary.knows(form) for form in british_forms(lower)
        ):
            continue
        kept.append(word)
    return kept


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print("usage: python -m minutetaker.checks.proper_nouns EN_GB.dic", file=sys.stderr)
        return 2
    out = Path(__file__).resolve().parents[2] / "resources" / "dictionaries" / FILE_NAME
    words = make(Path(argv[0]))
    out.write_text(_HEADER + "\n".join(words) + "\n", encoding="utf-8", newline="\n")
    print(f"Wrote {len(words)} proper nouns to {out}.")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
