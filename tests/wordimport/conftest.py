"""Shared fixtures of the Word import tests: the command line, run in-process."""

from __future__ import annotations

import pytest

from minutetaker.cli.main import main


@pytest.fixture
def cli(data_dir, capsys):
    def run(*args):
        code = main(["--data-dir", str(data_dir), *args])
        out, err = capsys.readouterr()
        return code, out, err

    return run
