"""Why a paragraph is withheld from the public version.

An office that withholds part of its published minutes cites, where it can, the
Freedom of Information Act 2000 exemption that covers it: the same reasons it
would give if the minutes were asked for under the Act. A reason is kept as the
person gave it ("s40", or free text such as "operationally sensitive");
:func:`describe_reason` turns a cited exemption into words a reader of the
redaction log understands.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from minutetaker.domain.text import clean_line


@dataclass(frozen=True)
class Exemption:
    code: str  # "s31": how it is kept and typed
    section: int
    subject: str  # "law enforcement"

    @property
    def label(self) -> str:
        """``s31 – law enforcement``: how a list of choices shows it."""
        return f"{self.code} – {self.subject}"


# The exemptions an OPCC cites most, in the order the window offers them.
EXEMPTIONS: tuple[Exemption, ...] = (
    Exemption("s31", 31, "law enforcement"),
    Exemption("s38", 38, "health and safety"),
    Exemption("s40", 40, "personal information"),
    Exemption("s41", 41, "information provided in confidence"),
    Exemption("s43", 43, "commercial interests"),
    Exemption("s36", 36, "prejudice to the effective conduct of public affairs"),
)
_BY_SECTION = {exemption.section: exemption for exemption in EXEMPTIONS}

# "s31", "S.31", "s 31", "section 31", "Section 31 FOIA", "s31 – law enforcement": a
# cited section at the start of the reason, alone or followed by words of its own.
_CITED = re.compile(
    r"^\s*s(?:ection)?\.?\s*(\d{2})((?:\(\d\))?(?:\([a-z]\))?)(?!\d)\s*[-–—:,(]?\s*(.*)$", re.I
)


def exemption_of(reason: str) -> Exemption | None:
    """The FOI exemption ``reason`` cites, if it starts by citing one we know."""
    match = _CITED.match(clean_line(reason or ""))
    if match is None:
        return None
    return _BY_SECTION.get(int(match.group(1)))


def describe_reason(reason: str) -> str:
    """The reason in full words: ``s40`` becomes ``s40 (personal information)``.

    Words the person added after the code are kept (``s31: live operation in
    Eastport`` becomes ``s31 (law enforcement): live operation in Eastport``);
    free text is returned as it was given, tidied; no reason gives ``""``.
    """
    text = clean_line(reason or "").strip()
    exemption = exemption_of(text)
    if exemption is None:
        return text
    match = _CITED.match(text)
    code = exemption.code + match.group(2).lower()  # "s40(2)" keeps its subsection
    rest = match.group(3).strip().rstrip(")").strip()
    if rest.casefold() in ("", exemption.subject.casefold(), "foia", "foi"):
        return f"{code} ({exemption.subject})"
    return f"{code} ({exemption.subject}): {rest}"
