"""The British spellings an American one may stand for: "organize" -> "organise".

The dictionary (SCOWL's en_GB-ise) flags American spellings but, its REP table
of likely replacements having nothing for -ize/-ise or -or/-our, does not put
the British form first among its suggestions. This module
makes the candidates; the dictionary keeps only those it knows, so a rule that
makes a non-word ("doctor" -> "doctour") costs nothing.
"""

from __future__ import annotations

# Endings spelt one way in the United States and another in Britain, longest first
# within each family so that "-izations" is not taken for "-s".
_ENDINGS: tuple[tuple[str, str], ...] = (
    ("izations", "isations"),
    ("ization", "isation"),
    ("izing", "ising"),
    ("izers", "isers"),
    ("izer", "iser"),
    ("izes", "ises"),
    ("ized", "ised"),
    ("ize", "ise"),
    ("yzing", "ysing"),
    ("yzes", "yses"),
    ("yzed", "ysed"),
    ("yze", "yse"),
    ("ense", "ence"),
    ("enses", "ences"),
    ("ogs", "ogues"),
    ("og", "ogue"),
    ("ers", "res"),
    ("ered", "red"),
    ("er", "re"),
    # a final l doubled before a suffix: traveled, canceling, labeler
    ("eled", "elled"),
    ("eling", "elling"),
    ("eler", "eller"),
    ("elers", "ellers"),
    ("aled", "alled"),
    ("aling", "alling"),
    ("ment", "ement"),  # judgment, acknowledgment
    ("llment", "lment"),  # enrollment, installment
    ("llments", "lments"),
    ("ll", "l"),  # enroll, fulfill
    ("lls", "ls"),
)

# Changes inside a word: colour, behaviour (and colourful, neighbourhood), ageing,
# paediatric, manoeuvre, skilful.
_INSIDE: tuple[tuple[str, str], ...] = (
    ("or", "our"),
    ("ging", "geing"),
    ("ped", "paed"),
    ("ane", "anae"),
    ("em", "aem"),
    ("euv", "oeuv"),
    ("llful", "lful"),
    ("ele", "elle"),
)

# Words no rule reaches.
_WORDS: dict[str, str] = {
    "gray": "grey",
    "grays": "greys",
    "aluminum": "aluminium",
    "skeptic": "sceptic",
    "skeptical": "sceptical",
    "skepticism": "scepticism",
    "mold": "mould",
    "molds": "moulds",
    "moldy": "mouldy",
    "plow": "plough",
    "pajamas": "pyjamas",
    "mustache": "moustache",
    "cozy": "cosy",
    "jewelry": "jewellery",
    "artifact": "artefact",
    "artifacts": "artefacts",
    "donut": "doughnut",
    "airplane": "aeroplane",
    "airplanes": "aeroplanes",
    "ax": "axe",
    "mom": "mum",
    "math": "maths",
    "tidbit": "titbit",
    "fetus": "foetus",
    "estrogen": "oestrogen",
    "diarrhea": "diarrhoea",
    "maneuver": "manoeuvre",
    "maneuvers": "manoeuvres",
    "counselor": "counsellor",
    "counselors": "counsellors",
    "program": "programme",  # known in British English too (computing): only a suggestion
    "programs": "programmes",
    "check": "cheque",
    "tire": "tyre",
    "curb": "kerb",
    "whiskey": "whisky",
    "sulfur": "sulphur",
    "omelet": "omelette",
    "licorice": "liquorice",
    "behoove": "behove",
}


def british_forms(word: str) -> list[str]:
    """Candidate British spellings of ``word``, most likely first, in the word's
    own capitalisation (unchecked: the caller keeps those the dictionary knows)."""
    lower = word.lower()
    out: list[str] = []
    if lower in _WORDS:
        out.append(_WORDS[lower])
    for us, gb in _ENDINGS:
        if lower.endswith(us) and len(lower) > len(us) + 1:
            out.append(lower[: -len(us)] + gb)
    for us, gb in _INSIDE:
        start = lower.find(us)
        while start != -1:
            out.append(lower[:start] + gb + lower[start + len(us) :])
            start = lower.find(us, start + 1)
    seen: list[str] = []
    for candidate in out:
        shaped = _shape_like(word, candidate)
        if shaped != word and shaped not in seen:
            seen.append(shaped)
    return seen


def _shape_like(model: str, word: str) -> str:
    """``word`` in the capitalisation of ``model``: all capitals, a capital first, or as is."""
    if model.isupper() and len(model) > 1:
        return word.upper()
    if model[:1].isupper():
        return word[:1].upper() + word[1:]
    return word
