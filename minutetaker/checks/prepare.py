"""Make the prepared dictionary (``en_GB.prepared``) from the .aff and .dic, with
the engine itself deciding every word form.

    python -m minutetaker.checks.prepare            # the shipped dictionary
    python -m minutetaker.checks.prepare PATH/en_GB # another one (PATH/en_GB.aff, .dic)

Run it whenever the .aff or the .dic changes (a test fails until it is). Every
affix each stem's flags allow is applied to it, with prefix and suffix together
where both allow it; the engine (spylls) then judges each form made, and only
those it takes are written. The file records the digest of the two sources.

The prepared layer reproduces the engine for the features this dictionary uses;
a dictionary using one it does not (forbidden or keep-case words, affixes on
affixes, compounding by flags, phonetic tables, German or Turkic casing, input
conversions of plain letters, breaking words elsewhere than at hyphens) is
refused with a sentence saying which, rather than prepared wrongly.
"""

from __future__ import annotations

import sys
import zlib
from pathlib import Path

from minutetaker.checks.prepared import prepared_path, source_digest, write_prepared

FORMAT = 1


class CannotPrepare(Exception):
    """The dictionary uses a feature the prepared layer does not reproduce."""


def build(base: Path) -> tuple[dict, dict[str, bytes]]:
    """The prepared dictionary of ``base``: its header and its sections."""
    from importlib.metadata import version

    from spylls.hunspell import Dictionary as Engine
    from spylls.hunspell.algo.capitalization import Type as CapType

    engine = Engine.from_files(str(base))
    aff, lookup = engine.aff, engine.lookuper
    _refuse_unsupported(engine)

    exact, lowered = _candidate_forms(engine)
    forms = {
        c for c in exact if any(lookup.good_forms(c, capitalization=False, compound_forms=False))
    }
    # A lower-case form an all-capitals word may stand for although the
    # dictionary has it capitalised: the engine's case-blind last resort.
    lower = {
        c
        for c in lowered - forms
        if aff.casing.guess(c) == CapType.NO and any(lookup.affix_forms(c, captype=CapType.ALL))
    }
    nosuggest = {
        c
        for c in forms
        if not any(
            lookup.good_forms(c, capitalization=False, compound_forms=False, allow_nosuggest=False)
        )
    }
    for form in forms | lower:
        for pattern, _ in aff.ICONV.pairs if aff.ICONV else ():
            if pattern in form:
                raise CannotPrepare(f"the form {form!r} holds {pattern!r}, which ICONV changes")

    roots = sorted(
        engine.suggester.words_for_ngram,
        key=lambda word: (len(word.stem), word.stem.lower(), word.stem),
    )
    stems = [word.stem for word in roots]
    if len(set(stems)) != len(stems):
        raise CannotPrepare("two entries share a stem: the n-gram search's order would matter")
    grams, groups = _gram_sets(stems)
    set_bytes = (len(roots) + 7) // 8
    packed, places = [], {}
    offset = 0
    for gram in sorted(grams):
        blob = zlib.compress(bytes(grams[gram]), 9)
        places[gram] = [offset, len(blob)]
        packed.append(blob)
        offset += len(blob)

    header = {
        "format": FORMAT,
        "dictionary": base.name,
        "source_sha256": source_digest(base),
        "made_by": f"spylls {version('spylls')}",
        "counts": {"forms": len(forms), "lower": len(lower), "nosuggest": len(nosuggest)},
        "roots": len(roots),
        "set_bytes": set_bytes,
        "groups": {str(length): span for length, span in groups.items()},
        "grams": places,
    }
    sections = {
        "forms": _lines(forms),
        "lower": _lines(lower),
        "nosuggest": _lines(nosuggest),
        "stems": "\n".join(stems).encode("utf-8"),
        "flags": "\n".join("".join(sorted(w.flags)) for w in roots).encode("utf-8"),
        "grams": b"".join(packed),
    }
    return header, sections


def _candidate_forms(engine) -> tuple[set[str], set[str]]:
    """Every form the stems' flags may make (a superset: the engine decides),
    as cased in the dictionary, and from each stem written in lower case."""
    from spylls.hunspell.algo.capitalization import Type as CapType

    aff = engine.aff
    exact: set[str] = set()
    lowered: set[str] = set()
    by_letter: dict[str, set[frozenset[str]]] = {}
    for word in engine.dic.words:
        _forms_of(aff, word.stem, word.flags, exact)
        _forms_of(aff, word.stem.lower(), word.flags, lowered)
        if word.captype == CapType.NO:
            for letter in word.stem:
                by_letter.setdefault(letter, set()).add(frozenset(word.flags))
    # The engine's case-blind last resort finds an all-lower-case entry under
    # each of its letters (spylls indexes such entries letter by letter), so a
    # word in capitals made of a one-letter stem and affixes any entry holding
    # that letter allows is taken: "RETS" (re + t + s). Its verdicts are kept,
    # this one too.
    for letter, flag_sets in by_letter.items():
        for flags in flag_sets:
            _forms_of(aff, letter, flags, lowered)
    return exact, lowered


def _forms_of(aff, stem: str, flags, out: set[str]) -> None:
    """Add to ``out`` the stem and what each affix its flags allow makes of it."""
    out.add(stem)
    suffixes = [s for flag in flags for s in aff.SFX.get(flag, ())]
    prefixes = [p for flag in flags for p in aff.PFX.get(flag, ())]
    for suffix in suffixes:
        made = _with_suffix(stem, suffix)
        if made is None:
            continue
        out.add(made)
        if suffix.crossproduct:
            for prefix in prefixes:
                both = _with_prefix(made, prefix) if prefix.crossproduct else None
                if both is not None:
                    out.add(both)
    for prefix in prefixes:
        made = _with_prefix(stem, prefix)
        if made is not None:
            out.add(made)


def _with_suffix(stem: str, suffix) -> str | None:
    if not stem.endswith(suffix.strip) or not suffix.cond_regexp.search(stem):
        return None
    return stem[: len(stem) - len(suffix.strip)] + suffix.add


def _with_prefix(stem: str, prefix) -> str | None:
    if not stem.startswith(prefix.strip) or not prefix.cond_regexp.search(stem):
        return None
    return prefix.add + stem[len(prefix.strip) :]


def _gram_sets(stems: list[str]) -> tuple[dict[str, bytearray], dict[int, list[int]]]:
    """For each letter and pair of letters of the (lower-case) stems, the bit set
    of the stems holding it; and where each length's stems start and end."""
    size = (len(stems) + 7) // 8
    grams: dict[str, bytearray] = {}
    groups: dict[int, list[int]] = {}
    for index, stem in enumerate(stems):
        low = stem.lower()
        groups.setdefault(len(low), [index, index])[1] = index + 1
        held = {low[i : i + n] for n in (1, 2) for i in range(len(low) - n + 1)}
        for gram in held:
            bits = grams.get(gram)
            if bits is None:
                bits = grams[gram] = bytearray(size)
            bits[index >> 3] |= 1 << (index & 7)
    return grams, groups


def _lines(words: set[str]) -> bytes:
    return "\n".join(sorted(words)).encode("utf-8")


def _refuse_unsupported(engine) -> None:
    from spylls.hunspell.algo.capitalization import Casing

    aff = engine.aff
    unsupported = {
        "FORBIDDENWORD": aff.FORBIDDENWORD,
        "KEEPCASE": aff.KEEPCASE,
        "NEEDAFFIX": aff.NEEDAFFIX,
        "CIRCUMFIX": aff.CIRCUMFIX,
        "CHECKSHARPS": aff.CHECKSHARPS,
        "FORCEUCASE": aff.FORCEUCASE,
        "COMPLEXPREFIXES": aff.COMPLEXPREFIXES,
        "COMPOUNDFLAG": aff.COMPOUNDFLAG,
        "COMPOUNDBEGIN": aff.COMPOUNDBEGIN,
        "COMPOUNDMIDDLE": aff.COMPOUNDMIDDLE,
        "COMPOUNDEND": aff.COMPOUNDEND,
        "PHONE": aff.PHONE,
        "IGNORE": aff.IGNORE,
    }
    used = [name for name, value in unsupported.items() if value]
    if type(aff.casing) is not Casing:
        used.append(f"LANG {aff.LANG} (its own casing)")
    affixes = [affix for table in (aff.SFX, aff.PFX) for group in table.values() for affix in group]
    if any(affix.flags for affix in affixes):
        used.append("affixes with flags of their own")
    if any(word.alt_spellings for word in engine.dic.words):
        used.append("ph: alternative spellings")
    if any(char.isdigit() for char in aff.TRY or ""):
        used.append("digits in TRY")
    # A plain word (ASCII, no hyphen) is judged without the engine's outer layer.
    if aff.ICONV and any(pattern.isascii() for pattern, _ in aff.ICONV.pairs):
        used.append("ICONV changing plain letters")
    if any(set(pattern.pattern) - set("-^$") for pattern in aff.BREAK):
        used.append("BREAK at something other than a hyphen")
    rule_flags = {flag for rule in aff.COMPOUNDRULE for flag in rule.flags}
    for word in engine.dic.words:
        if rule_flags & word.flags and not any(char.isdigit() for char in word.stem):
            used.append(f"compound rules over words without digits ({word.stem})")
            break
    if used:
        raise CannotPrepare(
            "The prepared dictionary cannot reproduce the engine for: " + ", ".join(used) + "."
        )


def main(argv: list[str] | None = None) -> int:
    from minutetaker.checks.dictionary import dictionary_path

    args = sys.argv[1:] if argv is None else argv
    base = Path(args[0]) if args else dictionary_path()
    try:
        header, sections = build(base)
    except CannotPrepare as error:
        print(error, file=sys.stderr)
        return 1
    path = prepared_path(base)
    write_prepared(path, header, sections)
    counts = header["counts"]
    print(
        f"{path}: {counts['forms']:,} forms, {counts['lower']:,} for capitals only, "
        f"{header['roots']:,} stems for the n-gram search, {path.stat().st_size:,} bytes."
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
