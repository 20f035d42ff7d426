"""Render the exports through LibreOffice and read the PDF back, page by page.

Every page must carry the marking at its top and bottom and its "Page X of Y";
the ACTION column must stay where the table grid puts it; nothing may run past
the right margin. The summary of actions arising follows the minutes on their last
page, its heading kept with its table, its heading row repeating on every page it
fills.
"""

from __future__ import annotations

import html
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from tests.export.conftest import export
from tests.export.meetings import long_meeting, meeting_with_many_actions
from tests.samples import sample_meeting

pytestmark = pytest.mark.render

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")
PT_PER_CM = 72 / 2.54
PAGE_WIDTH = 21 * PT_PER_CM
LEFT = RIGHT = 2 * PT_PER_CM
ACTION_COLUMN = LEFT + 14 * PT_PER_CM  # after the 1.5 cm and 12.5 cm columns
# The summary: No. 2, Action 8.5, Owner 2, Due 4 cm.
OWNER_COLUMN = (LEFT + 10.5 * PT_PER_CM, LEFT + 12.5 * PT_PER_CM)
DUE_COLUMN = (LEFT + 12.5 * PT_PER_CM, LEFT + 16.5 * PT_PER_CM)
SUMMARY = "SUMMARY OF ACTIONS ARISING"
SUMMARY_HEAD = ["No.", "Action", "Owner", "Due"]


@pytest.fixture(scope="module")
def pdfs(tmp_path_factory) -> dict[str, Path]:
    if SOFFICE is None:
        pytest.skip("LibreOffice (soffice) is not installed")
    if shutil.which("pdftotext") is None:
        pytest.skip("poppler's pdftotext is not installed")
    folder = tmp_path_factory.mktemp("render")
    docs = {
        "full": export(sample_meeting(), folder, name="full.docx").path,
        "public": export(sample_meeting(), folder, public=True, name="public.docx").path,
        "long": export(long_meeting(), folder, name="long.docx").path,
        "many": export(meeting_with_many_actions(), folder, name="many.docx").path,
        "agreed": export(_agreed(sample_meeting()), folder, name="agreed.docx").path,
    }
    profile = (folder / "lo-profile").as_uri()  # private: parallel runs never clash
    subprocess.run(
        [
            SOFFICE,
            f"-env:UserInstallation={profile}",
            "--headless",
            "--norestore",
            "--convert-to",
            "pdf",
            "--outdir",
            str(folder),
            *map(str, docs.values()),
        ],
        check=True,
        capture_output=True,
        timeout=180,
    )
    out = {name: path.with_suffix(".pdf") for name, path in docs.items()}
    assert all(path.exists() for path in out.values())
    return out


def _agreed(meeting):
    meeting.state = "agreed"
    return meeting


def _pages(pdf: Path) -> list[list[str]]:
    text = subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"], check=True, capture_output=True, text=True
    ).stdout
    pages = text.split("\f")
    if pages and not pages[-1].strip():
        pages.pop()
    return [[line.strip() for line in page.splitlines() if line.strip()] for page in pages]


def _words(pdf: Path) -> list[tuple[int, str, float, float, float]]:
    """(page, word, xMin, xMax, yMin) for every word, from ``pdftotext -bbox``."""
    out = subprocess.run(
        ["pdftotext", "-bbox", str(pdf), "-"], check=True, capture_output=True, text=True
    ).stdout
    words = []
    for number, page in enumerate(out.split("<page ")[1:], start=1):
        for x_min, y_min, x_max, word in re.findall(
            r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="[\d.]+">([^<]*)</word>',
            page,
        ):
            words.append((number, html.unescape(word), float(x_min), float(x_max), float(y_min)))
    return words


def _summary_start(pages: list[list[str]], marked: bool = True) -> tuple[int, int]:
    """(page, line) where the summary's heading stands. It follows the minutes on the
    same page (no page of its own), and is kept with its table: the table's heading
    row is the very next line, on the same page."""
    starts = [
        (n, i) for n, lines in enumerate(pages, start=1) for i, line in enumerate(lines)
        if line == SUMMARY
    ]  # fmt: skip
    assert len(starts) == 1, starts
    page, at = starts[0]
    lines = pages[page - 1]
    assert lines[at + 1].split() == SUMMARY_HEAD, lines[at : at + 3]
    return page, at


def _summary_y(words, page: int) -> float:
    """How far down its page the summary's heading stands (its first word)."""
    return min(y for p, word, _, _, y in words if p == page and word == "SUMMARY")


@pytest.mark.parametrize("name", ["full", "long", "many"])
def test_every_page_carries_the_marking_and_its_page_number(pdfs, name):
    pages = _pages(pdfs[name])
    if name == "long":
        assert len(pages) >= 38, len(pages)
    summary, at = _summary_start(pages)
    assert summary > 1
    minutes_on_summary_page = at > 1  # the heading is not the page's first line
    for index, lines in enumerate(pages, start=1):
        assert lines[0] == "OFFICIAL – DRAFT", (index, lines[:2])  # none is agreed yet
        assert lines[-1] == "OFFICIAL", (index, lines[-2:])
        assert lines[-2] == f"Page {index} of {len(pages)}", (index, lines[-2:])
        if index < summary or (index == summary and minutes_on_summary_page):
            # The ACTION heading row repeats at the top of every page of the minutes.
            assert "ACTION" in lines[1] or "ACTION" in lines[2] or index == 1
        if index < summary:
            assert not any(line.split() == SUMMARY_HEAD for line in lines)
        if index > summary:
            # ... and the summary's heading row at the top of every page of the summary.
            assert SUMMARY_HEAD in (lines[1].split(), lines[2].split()), (index, lines[:3])
            assert "ACTION" not in lines
    if name == "long":
        assert len(pages) - summary >= 1  # 56 actions fill more than one page


def test_an_agreed_record_carries_the_marking_alone(pdfs):
    for lines in _pages(pdfs["agreed"]):
        assert lines[0] == "OFFICIAL"
        assert lines[-1] == "OFFICIAL"
        assert not any("DRAFT" in line for line in lines)


def test_the_summary_follows_the_minutes_on_their_last_page(pdfs):
    """Issue 13, point 15: no page of its own, no blank half page before it."""
    for name in ("full", "public"):
        pages = _pages(pdfs[name])
        page, at = _summary_start(pages, marked=name == "full")
        before = pages[page - 1][:at]
        assert any("DATE OF NEXT MEETING" in line for line in before), (name, before)


def test_the_summary_lists_the_actions_with_owner_and_due_date(pdfs):
    pages = _pages(pdfs["many"])
    page, at = _summary_start(pages)
    lines = pages[page - 1][at:] + [line for later in pages[page:] for line in later]
    rows = [line for line in lines if re.match(r"^\d+[A-Za-z]?(\.\d+)+\s", line)]
    assert [row.split()[0] for row in rows] == [
        "4a.1", "4a.2", "4a.3", "4b.1", "4b.2", "4c.1", "5.1", "5A.1.1"
    ]  # fmt: skip
    # The longest date stays on one line, beside its owner.
    assert any(re.search(r"CEx\s+30 September 2031$", row) for row in rows), rows


def test_public_pages_have_page_numbers_and_no_marking(pdfs):
    pages = _pages(pdfs["public"])
    assert _summary_start(pages, marked=False)[0] == len(pages)
    for index, lines in enumerate(pages, start=1):
        assert lines[-1] == f"Page {index} of {len(pages)}"
        assert not any("OFFICIAL" in line for line in lines)
    text = "\n".join("\n".join(lines) for lines in pages)
    assert pages[0][1].startswith("These notes have been edited to remove information")
    assert "DRAFT" not in text
    assert "This item is not for publication." in text
    assert "horse" not in text and "custody" not in text
    assert "Not for publication" not in text


def test_the_full_version_shows_the_not_for_publication_labels(pdfs):
    text = "\n".join("\n".join(lines) for lines in _pages(pdfs["full"]))
    assert "Not for publication: operationally sensitive" in text
    assert "Not for publication: draft inspection findings" in text


@pytest.mark.parametrize("name", ["full", "long", "many"])
def test_columns_keep_their_widths_and_nothing_overflows(pdfs, name):
    words = _words(pdfs[name])
    assert words
    summary, at = _summary_start(_pages(pdfs[name]))
    top = _summary_y(words, summary)

    def in_summary(page: int, y: float) -> bool:
        return page > summary or (page == summary and y >= top)

    for page, word, x_min, x_max, y in words:
        assert x_min >= LEFT - 2, (page, word, x_min)
        assert x_max <= PAGE_WIDTH - RIGHT + 2, (page, word, x_max)
        if not in_summary(page, y) and word in ("ACTION", "ALL"):
            assert x_min >= ACTION_COLUMN, (page, word, x_min)
        if in_summary(page, y) and word in ("Owner", "ACC", "CC", "CEx", "DCC", "ALL"):
            assert OWNER_COLUMN[0] <= x_min and x_max <= OWNER_COLUMN[1], (page, word)
        if in_summary(page, y) and word in ("Due", "September", "April", "meeting"):
            assert DUE_COLUMN[0] <= x_min and x_max <= DUE_COLUMN[1], (page, word)
    action_heads = {page for page, word, *_ in words if word == "ACTION"}
    minutes_pages = {page for page, *_ in words if page < summary or (page == summary and at > 1)}
    assert action_heads == minutes_pages
