"""The check before circulating or publishing, with the person's choices about it.

``check(archive, meeting_id)`` gives the findings still to resolve: misspelt
words, and personal data in the paragraphs the public version would contain.
Each is resolved by :func:`accept` (fine as it is, remembered) or, for personal
data, :func:`withhold` (its paragraph marked not for publication, with a
reason); a misspelt word is also resolved by correcting it, or by the office
dictionary or the meeting's ignored words (``archive.words``).
:func:`findings_of` is the pure part, for a meeting already loaded: it may run
off the window's thread.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from minutetaker.checks.findings import Finding
from minutetaker.checks.personal import KIND_WORDS, find_personal_data
from minutetaker.domain.model import Meeting
from minutetaker.store import Archive


@dataclass(frozen=True)
class CheckResult:
    meeting: Meeting
    findings: list[Finding]  # still to resolve, in agenda order
    accepted: int  # findings judged fine earlier, not listed again


def findings_of(
    meeting: Meeting,
    office_words: Iterable[str] = (),
    ignored_words: Iterable[str] = (),
    *,
    spelling: bool = True,
) -> list[Finding]:
    """Every finding of every check for ``meeting``, in agenda order. The office
    dictionary's words are never misspelt nor names; ``spelling=False`` leaves the
    spell check out (publishing looks at personal data only)."""
    office_words = list(office_words)
    found = find_personal_data(meeting, office_words)
    if spelling:
        from minutetaker.checks.spelling import Room, SpellChecker, spelling_findings

        room = Room.of_meeting(meeting, office_words, ignored_words)
        found += spelling_findings(meeting, SpellChecker(room=room))
    order = {item.number: n for n, item in enumerate(meeting.walk_items())}
    return sorted(found, key=lambda f: order.get(f.item_number, len(order)))


def check(archive: Archive, meeting_id: int, *, spelling: bool = True) -> CheckResult:
    """The findings of ``meeting_id`` not yet judged fine."""
    meeting = archive.load_meeting(meeting_id)
    found = findings_of(
        meeting, archive.words.office(), archive.words.ignored(meeting_id), spelling=spelling
    )
    accepted = archive.record(meeting_id).accepted_findings()
    open_ = [f for f in found if f.key not in accepted]
    return CheckResult(meeting, open_, len(found) - len(open_))


def describe(finding: Finding) -> str:
    """``name “Sarah Green” in item 4a``: a finding in a few words."""
    kind = KIND_WORDS.get(finding.kind, finding.kind)
    return f"{kind} “{finding.text}” in item {finding.item_number}"


def accept(archive: Archive, meeting_id: int, finding: Finding) -> None:
    """Judge a finding fine to publish; the choice is remembered (and in the history)."""
    archive.record(meeting_id).accept_finding(finding.key, describe(finding))


class NotWithheld(ValueError):
    """A misspelt word is corrected or accepted, not withheld."""


def withhold(archive: Archive, meeting_id: int, finding: Finding, reason: str) -> str:
    """Mark the paragraph holding ``finding`` not for publication (the whole item when
    the finding is in its heading, topic or actions), with ``reason``."""
    if finding.kind == "spelling":
        raise NotWithheld(
            f"“{finding.text}” is a spelling finding: correct it, or accept it as it is; "
            "only personal data is withheld."
        )
    return archive.record(meeting_id).withhold(finding.item_number, finding.place, reason)
