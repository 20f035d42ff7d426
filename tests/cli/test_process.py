"""The command as a person runs it: a real process, its exit status and output."""

import subprocess
import sys

from minutetaker import __version__


def _run(*args, env_dir):
    return subprocess.run(
        [sys.executable, "-m", "minutetaker", "--data-dir", str(env_dir), *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=60,
    )


def test_version(tmp_path):
    done = _run("--version", env_dir=tmp_path)
    assert done.returncode == 0 and done.stdout.strip() == f"minutetaker {__version__}"


def test_list_on_a_new_archive_and_a_clean_failure(tmp_path):
    done = _run("list", env_dir=tmp_path / "a")
    assert done.returncode == 1 and done.stdout == ""
    assert done.stderr.startswith(f"minutetaker: There is no archive in {tmp_path / 'a'}: ")
    assert "minutetaker new" in done.stderr and not (tmp_path / "a").exists()
    done = _run("new", "--date", "2031-03-18", env_dir=tmp_path / "a")
    assert done.returncode == 0 and str(tmp_path / "a" / "archive.sqlite") in done.stdout
    done = _run("list", env_dir=tmp_path / "a")
    assert done.returncode == 0 and "2031-03-18" in done.stdout
    done = _run("show", "7", env_dir=tmp_path / "a")
    assert done.returncode == 1
    assert done.stderr.strip() == "minutetaker: There is no meeting with id 7 in the archive."


def test_the_command_line_does_not_load_qt(tmp_path):
    code = (
        "import sys; from minutetaker.cli.main import main; "
        f"main(['--data-dir', {str(tmp_path)!r}, 'list']); "
        "print('PySide6' in sys.modules)"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert done.stdout.strip().endswith("False")


def test_list_loads_only_the_listing(tmp_path):
    """`minutetaker list` is the quickest command (benchmarks/bench_store.py times
    its start): it reads the list of meetings and loads nothing that writes,
    searches, lists actions or builds whole meetings; nor ``dataclasses``, whose
    ``inspect`` costs more than the rest of the store together."""
    assert _run("new", "--date", "2031-03-18", env_dir=tmp_path).returncode == 0
    code = (
        "import sys; from minutetaker.cli.main import main; "
        f"main(['--data-dir', {str(tmp_path)!r}, 'list']); "
        "print(sorted(m for m in sys.modules if m in NAMES))"
    ).replace("NAMES", repr(_NOT_FOR_LIST))
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert "2031-03-18" in done.stdout
    assert done.stdout.strip().splitlines()[-1] == "[]"


_NOT_FOR_LIST = (
    "dataclasses",
    "inspect",
    "json",
    "typing",
    "minutetaker.domain.model",
    "minutetaker.store.meetings",
    "minutetaker.store.loading",
    "minutetaker.store.lifecycle",
    "minutetaker.store.versions",
    "minutetaker.store.actions",
    "minutetaker.store.search",
)
