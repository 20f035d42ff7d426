"""Render the exports through LibreOffice and read the PDF back, page by page.

Every page must carry the marking at its top and bottom and its "Page X of Y";
the ACTION column must stay where the table grid puts it; nothing may run past
the right margin.
"""

from __future__ import annotations

import html
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from tests.export.conftest import export
from tests.export.meetings import long_meeting
from tests.samples import sample_meeting

pytestmark = pytest.mark.render

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")
PT_PER_CM = 72 / 2.54
PAGE_WIDTH = 21 * PT_PER_CM
LEFT = RIGHT = 2 * PT_PER_CM
ACTION_COLUMN = LEFT + 14 * PT_PER_CM  # after the 1.5 cm and 12.5 cm columns


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


def _pages(pdf: Path) -> list[list[str]]:
    text = subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"], check=True, capture_output=True, text=True
    ).stdout
    pages = text.split("\f")
    if pages and not pages[-1].strip():
        pages.pop()
    return [[line.strip() for line in page.splitlines() if line.strip()] for page in pages]


def _words(pdf: Path) -> list[tuple[int, str, float, float]]:
    """(page, word, xMin, xMax) for every word, from ``pdftotext -bbox``."""
    out = subprocess.run(
        ["pdftotext", "-bbox", str(pdf), "-"], check=True, capture_output=True, text=True
    ).stdout
    words = []
    for number, page in enumerate(out.split("<page ")[1:], start=1):
        for x_min, x_max, word in re.findall(
            r'<word xMin="([\d.]+)" yMin="[\d.]+" xMax="([\d.]+)" yMax="[\d.]+">([^<]*)</word>',
            page,
        ):
            words.append((number, html.unescape(word), float(x_min), float(x_max)))
    return words


@pytest.mark.parametrize("name", ["full", "long"])
def test_every_page_carries_the_marking_and_its_page_number(pdfs, name):
    pages = _pages(pdfs[name])
    if name == "long":
        assert len(pages) >= 38, len(pages)
    for index, lines in enumerate(pages, start=1):
        assert lines[0] == "OFFICIAL", (index, lines[:2])
        assert lines[-1] == "OFFICIAL", (index, lines[-2:])
        assert lines[-2] == f"Page {index} of {len(pages)}", (index, lines[-2:])
        # The ACTION heading row repeats at the top of every page.
        assert "ACTION" in lines[1] or "ACTION" in lines[2] or index == 1


def test_public_pages_have_page_numbers_and_no_marking(pdfs):
    pages = _pages(pdfs["public"])
    for index, lines in enumerate(pages, start=1):
        assert lines[-1] == f"Page {index} of {len(pages)}"
        assert not any("OFFICIAL" in line for line in lines)
    text = "\n".join("\n".join(lines) for lines in pages)
    assert "This item is not for publication." in text
    assert "horse" not in text and "custody" not in text


@pytest.mark.parametrize("name", ["full", "long"])
def test_columns_keep_their_widths_and_nothing_overflows(pdfs, name):
    words = _words(pdfs[name])
    assert words
    for page, word, x_min, x_max in words:
        assert x_min >= LEFT - 2, (page, word, x_min)
        assert x_max <= PAGE_WIDTH - RIGHT + 2, (page, word, x_max)
        if word in ("ACTION", "ALL"):
            assert x_min >= ACTION_COLUMN, (page, word, x_min)
    action_heads = {page for page, word, _, _ in words if word == "ACTION"}
    assert action_heads == {page for page, *_ in words}
