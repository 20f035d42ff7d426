"""The check before publishing, with the choices the person made about its findings.

``check(archive, meeting_id)`` gives the findings still to resolve; each is
resolved by :func:`accept` (fine to publish, remembered) or :func:`withhold` (its
paragraph marked not for publication, with a reason). :func:`findings_of` is the
pure part, for a meeting already loaded: it may run off the window's thread.
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


def findings_of(meeting: Meeting, known_terms: Iterable[str] = ()) -> list[Finding]:
    """Every finding of every check for ``meeting``, in agenda order."""
    found = find_personal_data(meeting, known_terms)
    # Another kind of check joins here, e.g.: found += spelling_findings(meeting, ...)
    return found


def check(archive: Archive, meeting_id: int) -> CheckResult:
    """The findings of ``meeting_id`` not yet judged fine to publish."""
    record = archive.record(meeting_id)
    meeting = archive.load_meeting(meeting_id)
    found = findings_of(meeting, record.known_terms())
    accepted = record.accepted_findings()
    open_ = [f for f in found if f.key not in accepted]
    return CheckResult(meeting, open_, len(found) - len(open_))


def describe(finding: Finding) -> str:
    """``name “Sarah Green” in item 4a``: a finding in a few words."""
    kind = KIND_WORDS.get(finding.kind, finding.kind)
    return f"{kind} “{finding.text}” in item {finding.item_number}"


def accept(archive: Archive, meeting_id: int, finding: Finding) -> None:
    """Judge a finding fine to publish; the choice is remembered (and in the history)."""
    archive.record(meeting_id).accept_finding(finding.key, describe(finding))


def withhold(archive: Archive, meeting_id: int, finding: Finding, reason: str) -> str:
    """Mark the paragraph holding ``finding`` not for publication (the whole item when
    the finding is in its heading, topic or actions), with ``reason``."""
    return archive.record(meeting_id).withhold(finding.item_number, finding.place, reason)
