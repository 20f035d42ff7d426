"""Shared test set-up: Qt offscreen, and every test on an archive of its own."""

from __future__ import annotations

import os

# Qt aborts without a display unless told to draw offscreen; set before any Qt import.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import datetime as dt
from pathlib import Path

import pytest

from minutetaker.store import Archive


@pytest.fixture(autouse=True)
def _private_data_dir(tmp_path_factory, monkeypatch):
    """No test may touch the person's real archive: point the default elsewhere."""
    folder = tmp_path_factory.mktemp("default-data")
    monkeypatch.setenv("MINUTETAKER_DATA_DIR", str(folder))
    yield folder


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "archive"


@pytest.fixture
def archive(data_dir: Path):
    with Archive.open(data_dir) as opened:
        yield opened


@pytest.fixture
def sample_meeting():
    from tests.samples import sample_meeting

    return sample_meeting()


@pytest.fixture
def today() -> dt.date:
    return dt.date(2031, 3, 18)
