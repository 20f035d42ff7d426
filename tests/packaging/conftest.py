"""Paths shared by the packaging tests: they read files, and build nothing."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"
APP_ID = "org.minutetaker.MinuteTaker"


@pytest.fixture
def desktop_file() -> Path:
    return PACKAGING / "linux" / f"{APP_ID}.desktop"


@pytest.fixture
def metainfo_file() -> Path:
    return PACKAGING / "linux" / f"{APP_ID}.metainfo.xml"
