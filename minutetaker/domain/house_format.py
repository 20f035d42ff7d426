"""The words of the house format, known to both the Word export and the Word reader.

The export writes these words into a document and the reader looks for them in
one (a document minutetaker wrote, or one typed by hand in the same layout), so
they live here once: the labels of the details and the attendance, the ACTION
heading, the brought-forward line, the decisions, the "Not for publication"
label, the house labels "Update", "Findings:" and "Actions arising", role codes
in brackets, and how an agenda heading is compared with what someone typed.

The look of the document (fonts, sizes, widths) is the export's business
(``minutetaker.export.house_style``); its wording defaults come from here.
Standard library only.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from functools import lru_cache

from minutetaker.domain.dates import MONTHS, month_year

# -- the opening block ---------------------------------------------------------------

TITLE_PATTERN = "{title} {month_year} – Meeting Notes"
TITLE_SUFFIX = "Meeting Notes"
LABEL_DATE = "Date:"
LABEL_CHAIR = "Chair:"
LABEL_MINUTES = "Minutes:"
LABEL_VENUE = "Venue:"
LABEL_NAME = "Name:"
LABEL_CAPACITY = "Capacity:"
LABEL_ATTENDANCE = "Attendance:"
LABEL_APOLOGIES = "Apologies:"

# -- the minutes table ---------------------------------------------------------------

ACTION_HEADING = "ACTION"
# What else people head the ACTION column with (read as its heading in the minutes
# table's first row only: elsewhere such a word is kept as notes).
ACTION_HEADINGS = ("Action", "Actions", "Action by", "Action owner", "Owner", "Lead", "By whom",
                   "Responsible", "Who")  # fmt: skip
NEXT_MEETING_OWNER = "ALL"
NEXT_MEETING_UNKNOWN = "To be confirmed."
BROUGHT_FORWARD_PATTERN = "{number} – Action arising from the {month_year} meeting:"
BROUGHT_FORWARD_UNDATED = "{number} – Action arising from an earlier meeting:"
LABEL_OWNER = "Owner:"
LABEL_UPDATE = "Update"
LABEL_DECISION = "Decision:"
LABEL_FINDINGS = "Findings:"
LABEL_ACTIONS_ARISING = "Actions arising"
DECISION_WORDS = {
    "pending": "Pending.",
    "discharged": "Discharged.",
    "carried forward": "Carried forward to the next meeting.",
}
WITHHELD_ITEM_TEXT = "This item is not for publication."
RESTRICTED_LABEL = "Not for publication"

# -- the versions of the document after the meeting ----------------------------------

# The full version's header while the record is not agreed: "OFFICIAL – DRAFT".
DRAFT_LABEL = "DRAFT"
DRAFT_PATTERN = "{marking} – {draft}"
# The public version, under its title, whenever anything was withheld.
EDITED_NOTICE = "These notes have been edited to remove information that is not for publication."

# -- the summary of actions arising -------------------------------------------------

SUMMARY_HEADING = "Summary of actions arising"
SUMMARY_LABELS = ("No.", "Action", "Owner", "Due")
SUMMARY_NO_DUE = "Next meeting"

# A label the export adds on its own ("Update" before a brought-forward update,
# "Findings:" under a question) carries a hidden bookmark whose name starts with
# this, so that reading the document back can tell it from one the minute-taker
# typed (Word keeps hidden bookmarks, and shows none of them).
GENERATED_MARK = "_mtHouseLabel"


# -- words compared as a person means them ---------------------------------------------

_DASHES = str.maketrans({c: "-" for c in "\u2010\u2011\u2012\u2013\u2014\u2015\u2212"})
_WORD = re.compile(r"[^\W_]+", re.UNICODE)


def plain(text: str) -> str:
    """``text`` with typographic dashes and quotes made plain and spaces collapsed."""
    if text.isascii():
        return " ".join(text.split())
    text = unicodedata.normalize("NFKC", text).translate(_DASHES)
    text = text.replace("\u2018", "'").replace("\u2019", "'")
    text = text.replace("\u201c", '"').replace("\u201d", '"').replace("\u00a0", " ")
    return " ".join(text.split())


@lru_cache(maxsize=4096)
def heading_words(text: str) -> tuple[str, ...]:
    """The words of a heading as compared with the agenda's: case, punctuation and
    ``&`` / ``and`` make no difference (``Chief Officer Meeting & Executive Board``
    and ``CHIEF OFFICER MEETING / EXECUTIVE BOARD – UPDATE:`` share their words).
    Kept for the texts seen last: a line is compared with many labels."""
    words = _WORD.findall(plain(text).casefold().replace("&", " and "))
    return tuple(word for word in words if word != "and")


def heading_key(text: str) -> str:
    return " ".join(heading_words(text))


def words_with_spans(text: str) -> list[tuple[str, int, int]]:
    """Each compared word of ``text`` with where it stands (for splitting a heading
    typed on the same line as the first sentence of its notes)."""
    out = []
    for match in _WORD.finditer(text.replace("&", " ")):
        word = match.group().casefold()
        if word != "and":
            out.append((word, match.start(), match.end()))
    return out


# -- role codes in brackets --------------------------------------------------------------

_CODE = r"[A-Z][A-Za-z0-9&]{1,9}"
_TRAILING_CODE = re.compile(r"\s*\((" + _CODE + r")\)\s*$")
_OWNER_SEPARATORS = re.compile(r"\s*(?:/|&|,|\band\b|\+)\s*")


def is_role_code(text: str) -> bool:
    """``CC``, ``ACC``, ``CEx``, ``OPCC``, ``ALL``: two to ten letters, at least
    two of them capitals (so that ``Noted`` or ``Yes`` is not taken for one)."""
    text = text.strip()
    return bool(re.fullmatch(_CODE, text)) and sum(c.isupper() for c in text) >= 2


def owner_codes(text: str) -> list[str]:
    """The role codes an ACTION cell holds (``ACC``; ``CC / ACC``; ``CC & DCC``),
    or ``[]`` when the cell holds anything else."""
    text = plain(text).strip().rstrip(".")
    if not text:
        return []
    parts = [part for part in _OWNER_SEPARATORS.split(text) if part]
    if parts and all(is_role_code(part) for part in parts):
        return parts
    return []


def split_role(capacity: str) -> tuple[str, str]:
    """``Chief Constable (CC)`` -> (``Chief Constable``, ``CC``); a capacity with no
    code in brackets at its end comes back whole with an empty code."""
    match = _TRAILING_CODE.search(capacity)
    if match and is_role_code(match.group(1)):
        return capacity[: match.start()].strip(), match.group(1)
    return capacity.strip(), ""


# -- "Not for publication" ------------------------------------------------------------------


def restricted_label(reason: str) -> str:
    """``Not for publication: operationally sensitive`` (no reason: the bare label)."""
    reason = " ".join(reason.split())
    return f"{RESTRICTED_LABEL}: {reason}" if reason else RESTRICTED_LABEL


_RESTRICTED = re.compile(
    r"^\s*\[?\s*not\s+for\s+publication\s*(?:[:\-–—]\s*(?P<reason>.*?))?\s*\]?\s*\.?\s*$",
    re.IGNORECASE | re.DOTALL,
)


def parse_restricted_label(text: str) -> str | None:
    """The reason of a ``Not for publication: REASON`` label ("" for the bare
    label), or None when ``text`` is not such a label."""
    match = _RESTRICTED.match(text)
    if match is None:
        return None
    return " ".join((match.group("reason") or "").split())


# -- brought forward -------------------------------------------------------------------------

_MONTH_NAMES = "|".join(MONTHS + tuple(m[:3] for m in MONTHS) + ("Sept",))
_BROUGHT_FORWARD = re.compile(
    r"^\s*(?:(?P<number>\d+(?:\.\d+)+)\.?\s*(?:[-:)]\s*)?)?"
    r"actions?\s+arising\s+(?:from|at)\s+(?:the\s+)?"
    # "the meeting held on Tuesday 15 February 2028", "the meeting of 17/01/2028"
    r"(?:meeting\s+(?:held\s+)?(?:on|in|of)\s+(?:the\s+)?)?"
    r"(?:(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?"
    r"(?:\d{1,2}(?:st|nd|rd|th)?\s+)?(?P<month>" + _MONTH_NAMES + r")\.?,?\s+(?P<year>\d{4})"
    r"|\d{1,2}[/.](?P<number_month>\d{1,2})[/.](?P<number_year>\d{4}|\d{2})\b"
    r"|(?:an?\s+)?(?:earlier|previous|last))"
    r"(?:\s+(?:meeting|mtg))?\s*[:.]?\s*(?P<rest>.*)$",
    re.IGNORECASE | re.DOTALL,
)


def brought_forward_line(number: str, from_date: dt.date | None) -> str:
    """``1.1 – Action arising from the June 2017 meeting:``."""
    if from_date is None:
        return BROUGHT_FORWARD_UNDATED.format(number=number)
    return BROUGHT_FORWARD_PATTERN.format(number=number, month_year=month_year(from_date))


def parse_brought_forward_line(text: str) -> tuple[str, dt.date | None, str] | None:
    """(number, first day of the month it arose or None, any text after the line, as
    typed) for ``1.2 - Action arising from the July 2017 meeting:``; None otherwise."""
    plain_text = plain(text)
    match = _BROUGHT_FORWARD.match(plain_text)
    if match is None:
        return None
    when = None
    if match.group("month"):
        name = match.group("month").casefold()
        month = next(n for n, m in enumerate(MONTHS, 1) if m.casefold().startswith(name[:3]))
        when = dt.date(int(match.group("year")), month, 1)
    elif match.group("number_month"):
        year, month = int(match.group("number_year")), int(match.group("number_month"))
        if not 1 <= month <= 12:
            return None
        when = dt.date(year + 2000 if year < 100 else year, month, 1)
    rest = ""
    if match.group("rest").strip():
        rest = _typed_tail(text, len(plain_text[: match.start("rest")].rstrip()))
    return match.group("number"), when, rest


def _typed_tail(text: str, plain_length: int) -> str:
    """What follows the first ``plain_length`` characters of ``plain(text)`` in
    ``text`` itself, its dashes and quotes as typed."""
    for end in range(len(text) + 1):
        if len(plain(text[:end])) >= plain_length:
            return text[end:].strip()
    return ""


def parse_decision(text: str) -> str | None:
    """The decision a ``Decision: Discharged.`` line states, or None."""
    label = LABEL_DECISION.rstrip(":").casefold()
    cleaned = plain(text).strip()
    if not cleaned.casefold().startswith(label):
        return None
    rest = cleaned[len(label) :].lstrip(" :").strip().casefold().rstrip(".")
    for decision, words in DECISION_WORDS.items():
        if rest in (decision, words.casefold().rstrip(".")):
            return decision
    return None


def is_action_heading(text: str) -> bool:
    """``ACTION``, ``Action by``, ``Owner``…: a heading of the ACTION column."""
    key = heading_key(text)
    return bool(key) and any(key == heading_key(h) for h in ACTION_HEADINGS)


def is_label(text: str, label: str) -> bool:
    """Whether a paragraph is the house label ``label`` (case, a trailing colon
    or full stop and spaces make no difference)."""
    return heading_key(text) == heading_key(label) and bool(heading_key(label))
