"""After the meeting: comparing two versions of a 40-page meeting, the personal-data
check of a 40-page meeting, and the tracked-changes Word file, each against its floor.

- compare: :func:`domain.compare.compare_meetings` (items lined up, paragraphs
  paired, changed words marked, actions, details) against plain difflib over the
  same texts (one ``unified_diff`` of the two versions' paragraphs, line by line).
- check: :func:`checks.personal.find_personal_data` (every pattern, then the
  names) against the same regular expressions run over the same text at once.
- compare --out: the later version with its changes as Word tracked changes,
  against the plain Word export of the same version.
"""

from __future__ import annotations

import copy
import datetime as dt
import difflib
import tempfile
from pathlib import Path

from benchmarks.bench_export import forty_pages
from benchmarks.timing import measure, row
from minutetaker.checks import names, personal
from minutetaker.domain.compare import compare_meetings
from minutetaker.domain.model import Action, Block, Meeting
from minutetaker.domain.units import item_units
from minutetaker.export import export_docx
from minutetaker.export.tracked import export_tracked

WHEN = dt.datetime(2031, 3, 20, 14, 2, tzinfo=dt.UTC)


def reviewed(meeting: Meeting) -> Meeting:
    """The meeting as a reviewer leaves it: one paragraph in ten reworded, one
    in twenty removed, a bullet added to every fifth item, owners changed."""
    later = copy.deepcopy(meeting)
    for n, item in enumerate(later.walk_items()):
        for k, block in enumerate(item.blocks):
            if (n + k) % 10 == 0:
                block.text = block.text.replace("strengthened", "reinforced").replace(
                    "every week", "each fortnight"
                )
        if n % 20 == 3 and item.blocks:
            item.blocks.pop()
        if n % 5 == 1:
            item.blocks.append(Block("bullet", "The PCC asked for the figures by ward."))
        if n % 7 == 2 and item.actions:
            item.actions[0].owner = "DCC"
        if n % 11 == 4:
            item.actions.append(Action("Report the ward figures.", "ACC", id=f"added-{n}"))
    return later


def planted(meeting: Meeting) -> Meeting:
    """A 40-page meeting with some personal data in it (a few findings a page)."""
    planted = copy.deepcopy(meeting)
    for n, item in enumerate(planted.walk_items()):
        if n % 3 == 0 and item.blocks:
            item.blocks[0].text += (
                " Mrs Eleanor Whitfield (07700 900456, NS1 4QT) met DC Harlow about "
                "crime reference 31/204816/31."
            )
    return planted


def _texts(meeting: Meeting) -> list[str]:
    return [unit.text for item in meeting.walk_items() for unit in item_units(item)]


def _public_text(meeting: Meeting) -> str:
    return "\n".join(p.text for p in personal.public_passages(meeting))


_PATTERNS = (
    personal._EMAIL,
    personal._PHONE,
    personal._BIRTH,
    personal._NUMERIC_DATE,
    personal._REFERENCE,
    personal._REFERENCE_SHAPE,
    personal._COLLAR,
    personal._POSTCODE,
    personal._VEHICLE,
    names.WORD,
)


def run() -> list[dict]:
    before = forty_pages()
    after = reviewed(before)
    assert not compare_meetings(before, after).unchanged
    a, b = _texts(before), _texts(after)
    compare = measure(lambda: compare_meetings(before, after), repeat=15)
    compare_floor = measure(lambda: list(difflib.unified_diff(a, b, lineterm="")), repeat=15)

    meeting = planted(before)
    assert personal.find_personal_data(meeting)
    text = _public_text(meeting)
    check = measure(lambda: personal.find_personal_data(meeting), repeat=15)
    check_floor = measure(
        lambda: [m.span() for pattern in _PATTERNS for m in pattern.finditer(text)], repeat=15
    )

    with tempfile.TemporaryDirectory() as folder:
        target = Path(folder) / "changes.docx"
        tracked = measure(
            lambda: export_tracked(before, after, target, author="minutetaker", when=WHEN),
            repeat=7,
            warmup=1,
        )
        plain = measure(lambda: export_docx(after, Path(folder) / "plain.docx"), repeat=7, warmup=1)
    return [
        row(
            "compare two versions, 40-page meeting",
            compare,
            "difflib.unified_diff of the same paragraphs",
            compare_floor,
        ),
        row(
            "personal-data check, 40-page meeting",
            check,
            "the same regular expressions over the same text",
            check_floor,
        ),
        row(
            "compare --out (tracked changes), 40 pages",
            tracked,
            "Word export of the later version",
            plain,
        ),
    ]


if __name__ == "__main__":
    for result in run():
        print(result)
