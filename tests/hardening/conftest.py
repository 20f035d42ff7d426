"""Issue 11's points replayed from the command line, each on a fresh archive.

``cli`` runs ``main([...])`` in-process; ``run_process`` runs the real command in
a process of its own, for what is about processes, permissions or special files.
"""

from __future__ import annotations

import json
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from lxml import etree

from minutetaker.cli.main import main
from minutetaker.interchange import meeting_to_json


@pytest.fixture
def cli(data_dir, capsys):
    def run(*args, folder: Path | None = None):
        try:
            code = main(["--data-dir", str(folder or data_dir), *args])
        except SystemExit as stop:  # argparse: the command line itself is wrong
            code = stop.code
        out, err = capsys.readouterr()
        return code, out, err

    return run


def run_process(folder: Path, *args: str, timeout: float = 60, **kwargs):
    """``minutetaker --data-dir FOLDER ARGS`` in a process of its own."""
    return subprocess.run(
        [sys.executable, "-m", "minutetaker", "--data-dir", str(folder), *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        errors="replace",
        timeout=timeout,
        **kwargs,
    )


def write_meeting(path: Path, meeting) -> Path:
    """A meeting file as another program might write it: a Meeting or a plain dict."""
    text = meeting_to_json(meeting) if not isinstance(meeting, dict) else json.dumps(meeting)
    path.write_text(text, encoding="utf-8")
    return path


def package_text(path: Path) -> str:
    """Every word in every XML part of a .docx package, as one text."""
    texts = []
    with zipfile.ZipFile(path) as package:
        for name in package.namelist():
            data = package.read(name)
            if name.endswith((".xml", ".rels")):
                texts.append(" ".join(etree.fromstring(data).itertext()))
                texts.append(data.decode("utf-8", "replace"))  # attributes too
    return "\n".join(texts)


def one_sentence(err: str) -> bool:
    """What the person is told: one line starting ``minutetaker:``, no traceback."""
    lines = [line for line in err.splitlines() if line.strip()]
    return len(lines) == 1 and lines[0].startswith("minutetaker: ") and "Traceback" not in err
