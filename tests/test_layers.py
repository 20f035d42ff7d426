"""The design, executable: the arrows between layers, Qt only where it belongs,
no SQL in the window, and files and classes small enough to read.

The layers (docs: README "How it is built"; arrows point down, nothing up):

    cli -> gui -> after_meeting -> export / wordimport / interchange / checks / demo
        -> store -> domain

``resources`` (loading the shipped data) sits just above the domain;
``after_meeting`` (circulate, agree, publish, corrections) uses the export, the
checks and the Word reader. A new
package of minutetaker gets a line in ALLOWED before anything may import it.
"""

from __future__ import annotations

import ast
import pathlib
import re
import subprocess
import sys

PACKAGE = pathlib.Path(__file__).resolve().parent.parent / "minutetaker"
CORE = (
    "domain",
    "resources",
    "store",
    "interchange",
    "export",
    "wordimport",
    "checks",
    "demo",
    "after_meeting",
)
LIMIT = 400  # lines, for a file and for a class

# What each part of minutetaker may import of minutetaker (besides itself and the
# package's version): the layers below it.
_BESIDE_STORE = {"domain", "resources", "store", "interchange", "export", "wordimport", "checks"}
_UNDER_GUI = _BESIDE_STORE | {"after_meeting"}
ALLOWED = {
    "domain": set(),
    "resources": {"domain"},
    "store": {"domain", "resources"},
    "checks": {"domain", "resources"},  # text in, findings out: no SQL, no Qt
    "interchange": {"domain", "resources", "store"},
    "export": {"domain", "resources", "store", "interchange"},
    # the Word reader shares what it knows of the house format with the export
    "wordimport": {"domain", "resources", "store", "interchange", "export"},
    "demo": {"domain", "resources", "store", "interchange"},
    "after_meeting": _BESIDE_STORE,
    "gui": _UNDER_GUI | {"demo"},
    "cli": _UNDER_GUI | {"demo", "gui"},  # gui only lazily: see below
    "__main__": {"cli"},
}


def _modules() -> list[tuple[str, pathlib.Path]]:
    """(part, path) of every module: the part is its first package under minutetaker."""
    found = []
    for path in sorted(PACKAGE.rglob("*.py")):
        parts = path.relative_to(PACKAGE).parts
        if parts == ("__init__.py",):
            continue
        part = parts[0] if len(parts) > 1 else parts[0].removesuffix(".py")
        found.append((part, path))
    return found


def _imports(tree: ast.AST, top_level_only: bool = False):
    """(line, module) of each import in ``tree`` (at module level only, if asked)."""
    nodes = tree.body if top_level_only else ast.walk(tree)
    for node in nodes:
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield node.lineno, alias.name
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            if node.module == "minutetaker":
                for alias in node.names:
                    yield node.lineno, f"minutetaker.{alias.name}"
            else:
                yield node.lineno, node.module
        elif top_level_only and isinstance(node, ast.If):  # if TYPE_CHECKING: and the like
            yield from _imports(ast.Module(body=node.body + node.orelse, type_ignores=[]), True)


def test_every_part_of_minutetaker_has_its_place_in_the_layers():
    parts = {part for part, _ in _modules()}
    assert parts <= set(ALLOWED), f"give {sorted(parts - set(ALLOWED))} a line in ALLOWED"


def test_the_arrows_point_down():
    wrong = []
    for part, path in _modules():
        for line, module in _imports(ast.parse(path.read_text("utf-8"))):
            names = module.split(".")
            if names[0] != "minutetaker" or len(names) == 1:
                continue
            target = names[1]
            if target in (part, "__version__") or target in ALLOWED.get(part, set()):
                continue
            wrong.append(f"{path.relative_to(PACKAGE)}:{line} imports {module}")
    assert not wrong, "\n".join(wrong)


def test_the_core_imports_no_qt():
    modules = [
        "minutetaker." + path.relative_to(PACKAGE).with_suffix("").as_posix().replace("/", ".")
        for part, path in _modules()
        if part in CORE
    ]
    assert any(m.startswith("minutetaker.store.") for m in modules)
    code = (
        "import sys\n"
        + "".join(f"import {m.removesuffix('.__init__')}\n" for m in modules)
        + "print(sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken'))))"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"


def test_the_command_line_loads_qt_only_to_open_the_window():
    """Importing every module of the command line loads no Qt and no window; and in
    its source the window and Qt are imported inside functions only."""
    cli = [path for part, path in _modules() if part == "cli"]
    for path in cli:
        for line, module in _imports(ast.parse(path.read_text("utf-8")), top_level_only=True):
            assert not module.startswith(("PySide6", "minutetaker.gui")), f"{path.name}:{line}"
    code = (
        "import sys\n"
        + "".join(f"import minutetaker.cli.{p.stem}\n" for p in cli if p.stem != "__init__")
        + "print(sorted(m for m in sys.modules if m.startswith(('PySide6', 'minutetaker.gui'))))"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"


def test_the_domain_imports_only_the_standard_library_and_itself():
    allowed = set(sys.stdlib_module_names) | {"__future__"}
    for part, path in _modules():
        if part != "domain":
            continue
        for line, module in _imports(ast.parse(path.read_text("utf-8"))):
            top = module.split(".")[0]
            assert top in allowed or module.startswith("minutetaker.domain"), (
                f"{path.name}:{line}: {module}"
            )


def test_the_gui_writes_no_sql_and_opens_no_connection():
    pattern = re.compile(r"\.execute\(|\bINSERT INTO\b|\bUPDATE\b\s+\w+\s+SET\b", re.I)
    for part, path in _modules():
        if part != "gui":
            continue
        text = path.read_text("utf-8")
        assert not pattern.search(text), path.name
        for line, module in _imports(ast.parse(text)):
            assert module.split(".")[0] != "sqlite3", f"{path.name}:{line}"


def test_no_file_and_no_class_is_past_the_limit():
    too_long = []
    for _, path in _modules():
        text = path.read_text("utf-8")
        lines = len(text.splitlines())
        if lines > LIMIT:
            too_long.append(f"{path.relative_to(PACKAGE)}: {lines} lines")
        for node in ast.walk(ast.parse(text)):
            if isinstance(node, ast.ClassDef):
                size = node.end_lineno - node.lineno + 1
                if size > LIMIT:
                    too_long.append(f"{path.relative_to(PACKAGE)}: class {node.name}, {size}")
    assert not too_long, "split by idea:\n" + "\n".join(too_long)


def test_the_checks_find_what_they_look_for(tmp_path):
    """The checks above are not blind: an upward import and a long class are caught."""
    upward = ast.parse("from minutetaker.gui.session import MeetingSession\n")
    assert [m for _, m in _imports(upward)] == ["minutetaker.gui.session"]
    assert "gui" not in ALLOWED["store"]
    fenced = ast.parse("if TYPE_CHECKING:\n    from PySide6.QtCore import QObject\n")
    assert [m for _, m in _imports(fenced, top_level_only=True)] == ["PySide6.QtCore"]
    lazy = ast.parse("def f():\n    import PySide6\n")
    assert list(_imports(lazy, top_level_only=True)) == []
    long_class = "class A:\n" + "    x = 1\n" * LIMIT
    (node,) = ast.parse(long_class).body
    assert node.end_lineno - node.lineno + 1 > LIMIT


def test_the_checks_take_text_and_give_findings_without_the_archive_or_sql():
    """checks/ is text in, findings out: it reads no archive and writes no SQL."""
    for part, path in _modules():
        if part != "checks":
            continue
        for line, module in _imports(ast.parse(path.read_text("utf-8"))):
            assert not module.startswith(("minutetaker.store", "minutetaker.gui", "sqlite3")), (
                f"{path.name}:{line}: {module}"
            )
