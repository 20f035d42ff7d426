"""The core runs without Qt, and the GUI writes no SQL."""

import ast
import pathlib
import re
import subprocess
import sys

PACKAGE = pathlib.Path(__file__).resolve().parent.parent / "minutetaker"
CORE = (
    "domain",
    "store",
    "interchange",
    "export",
    "wordimport",
    "demo",
    "checks",
    "after_meeting",
)


def test_the_core_imports_no_qt():
    modules = [
        f"minutetaker.{path.relative_to(PACKAGE).with_suffix('').as_posix().replace('/', '.')}"
        for layer in CORE
        for path in (PACKAGE / layer).rglob("*.py")
    ]
    code = (
        "import sys\n"
        + "".join(f"import {m}\n" for m in modules)
        + ("print(sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken'))))")
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"


def test_the_domain_imports_only_the_standard_library_and_itself():
    allowed = set(sys.stdlib_module_names) | {"__future__"}
    for path in (PACKAGE / "domain").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom):
                names = [node.module or ""]
            else:
                continue
            for name in names:
                top = name.split(".")[0]
                assert top in allowed or name.startswith("minutetaker.domain"), f"{path}: {name}"


def test_the_gui_writes_no_sql():
    pattern = re.compile(r"\.execute\(|\bINSERT INTO\b|\bUPDATE\b\s+\w+\s+SET\b", re.I)
    for path in (PACKAGE / "gui").rglob("*.py"):
        assert not pattern.search(path.read_text("utf-8")), path.name


def test_the_checks_take_text_and_give_findings_without_the_archive_or_sql():
    """checks/ is text in, findings out: it reads no archive and writes no SQL."""
    for path in (PACKAGE / "checks").rglob("*.py"):
        source = path.read_text("utf-8")
        for node in ast.walk(ast.parse(source)):
            if isinstance(node, ast.ImportFrom):
                names = [node.module or ""]
            elif isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            else:
                continue
            for name in names:
                assert not name.startswith(("minutetaker.store", "minutetaker.gui", "sqlite3")), (
                    f"{path.name}: {name}"
                )
