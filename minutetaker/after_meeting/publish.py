"""Publishing: the check first, then the public version and its redaction log,
and the record marked published with the version published: all, or nothing."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from minutetaker.after_meeting.check import check, describe
from minutetaker.checks.findings import Finding
from minutetaker.export.writer import ExportReport, prepare_docx
from minutetaker.store import Archive
from minutetaker.store.versions import VersionInfo


class FindingsUnresolved(Exception):
    """The check found what may not be fit to publish; nothing was written."""

    def __init__(self, findings: list[Finding]) -> None:
        self.findings = findings
        count = len(findings)
        super().__init__(
            f"The check found {count} thing{'s' if count != 1 else ''} that may not be fit "
            "to publish, so nothing was published; withhold each one's paragraph or accept "
            "it as fine first."
        )


@dataclass
class Published:
    version: VersionInfo
    path: Path
    log_path: Path
    withheld: list[str]
    overridden: list[Finding] = field(default_factory=list)  # published anyway


def publish(archive: Archive, meeting_id: int, path: Path, anyway: bool = False) -> Published:
    """Run the check for personal data; refuse (FindingsUnresolved) while findings are unresolved,
    unless ``anyway``; then write the public version and its redaction log and mark
    the agreed record published, keeping the version published (the store's
    WrongState if the record is not agreed yet)."""
    findings = check(archive, meeting_id, spelling=False).findings
    if findings and not anyway:
        raise FindingsUnresolved(findings)
    written: list[ExportReport] = []

    def write(version: VersionInfo) -> None:
        meeting = archive.load_meeting(meeting_id)
        report = prepare_docx(meeting, path, public=True, archive_folder=archive.path.parent)
        written.append(report)
        report.place()

    detail = Path(path).name
    if findings:
        listed = "; ".join(describe(f) for f in findings)
        detail += f" (published anyway, {len(findings)} unresolved: {listed})"
    try:
        version = archive.record(meeting_id).publish(detail=detail, before_commit=write)
    except BaseException:
        for report in written:
            report.undo()
        raise
    report = written[0]
    report.keep()
    assert report.log_path is not None
    return Published(version, report.path, report.log_path, report.withheld, findings)
