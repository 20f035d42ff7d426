"""Issue 11's points replayed from the command line, each on a fresh archive.

``cli`` runs ``main([...])`` in-process; ``run_process`` runs the real command in
a process of its own, for what is about processes, permissions or special files.
"""

from __future__ import annotations

import json
import os
import shutil
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


@pytest.fixture
def full_disk(tmp_path):
    """A small file system of its own (tmpfs), filled to the last byte: a real
    full disk. Needs root and mount (as on the project's machines and CI);
    skipped where a file system cannot be mounted."""
    if sys.platform != "linux" or os.geteuid() != 0 or shutil.which("mount") is None:
        pytest.skip("mounting a small file system needs root on Linux")
    point = tmp_path / "small-disk"
    point.mkdir()
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=2m,mode=0755", "tmpfs", str(point)],
        capture_output=True,
        text=True,
    )
    if done.returncode != 0:
        pytest.skip(f"cannot mount a small file system here: {done.stderr.strip()}")
    try:
        yield point
    finally:
        subprocess.run(["umount", "-l", str(point)], capture_output=True)


def fill(folder: Path) -> None:
    """Fill the file system holding ``folder`` to the last byte."""
    for name, size in (("filler", 4096), ("filler-2", 1)):
        with open(folder / name, "wb", buffering=0) as handle:
            try:
                while True:
                    handle.write(b"\0" * size)
            except OSError:
                pass


def as_normal_user(argv: list[str], **kwargs):
    """Run ``argv`` without the power to override file permissions: as root,
    through setpriv with CAP_DAC_OVERRIDE and CAP_DAC_READ_SEARCH dropped; as
    any other user, as it is."""
    if os.name != "posix":
        pytest.skip("POSIX permissions")
    if os.geteuid() == 0:
        setpriv = shutil.which("setpriv")
        if setpriv is None:
            pytest.skip("setpriv is needed to give up root's powers")
        caps = "-dac_override,-dac_read_search"
        argv = [setpriv, f"--inh-caps={caps}", f"--bounding-set={caps}", *argv]
    return subprocess.run(
        argv, capture_output=True, text=True, encoding="utf-8", errors="replace", **kwargs
    )
