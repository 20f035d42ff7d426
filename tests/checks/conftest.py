"""The dictionary takes ~0.35 s to load: the checks' tests share one."""

from __future__ import annotations

import pytest

from minutetaker.checks.dictionary import Dictionary, shared_dictionary


@pytest.fixture(scope="session")
def dictionary() -> Dictionary:
    return shared_dictionary()
