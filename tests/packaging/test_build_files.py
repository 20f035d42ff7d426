"""The bundle's build files say what the bundle needs (the bundle itself is built
and run by `make package package-test`, not here)."""

from __future__ import annotations

import ast
import re

from minutetaker import __version__
from tests.packaging.conftest import PACKAGING, ROOT

SPEC = PACKAGING / "minutetaker.spec"
ISS = PACKAGING / "windows" / "minutetaker.iss"


def test_the_spec_ships_resources_and_the_libraries_data():
    text = SPEC.read_text("utf-8")
    assert '(str(ROOT / "resources"), "resources")' in text
    for package in ("docx", "jsonschema_specifications"):
        assert f'collect_data_files("{package}")' in text
    assert 'collect_submodules("minutetaker")' in text
    assert 'str(PACKAGING / "launch.py")' in text
    assert 'name="minutetaker"' in text
    # minutetaker/resources.py looks for sys._MEIPASS/resources
    assert '"resources"' in (ROOT / "minutetaker" / "resources.py").read_text("utf-8")


def test_the_spec_reads_the_version_from_the_package():
    tree = ast.parse(SPEC.read_text("utf-8"))
    function = next(
        node
        for node in tree.body
        if isinstance(node, ast.FunctionDef) and node.name == "read_version"
    )
    namespace = {"re": re, "ROOT": ROOT}
    exec(compile(ast.Module([function], []), str(SPEC), "exec"), namespace)
    assert namespace["read_version"]() == __version__


def test_the_launcher_is_the_command_line_entry_point():
    text = (PACKAGING / "launch.py").read_text("utf-8")
    assert "from minutetaker.cli.main import main" in text
    assert "sys.exit(main())" in text


def test_the_windows_installer_is_per_user_with_a_start_menu_entry():
    text = ISS.read_text("utf-8")
    assert re.search(r"^PrivilegesRequired=lowest$", text, re.M)
    assert re.search(r"^DefaultDirName=\{localappdata\}\\Programs\\", text, re.M)
    assert re.search(r'^Name: "\{autoprograms\}\\', text, re.M)
    assert re.search(r'^Source: "\.\.\\\.\.\\dist\\minutetaker\\\*"', text, re.M)
    # the version comes from the file the spec writes, unless given with /DAppVersion
    assert r"..\..\build\version.iss" in text
    assert '"build" / "version.iss"' in SPEC.read_text("utf-8")
    assert "minutetaker-gui" in SPEC.read_text("utf-8")


def test_make_and_ci_build_and_test_the_bundle():
    makefile = (ROOT / "Makefile").read_text("utf-8")
    assert re.search(r"^package-test:", makefile, re.M)
    assert "packaging/smoke_test.py dist/minutetaker" in makefile
    assert "make package package-test" in (ROOT / ".ci" / "run").read_text("utf-8")


def test_the_smoke_test_refuses_a_folder_without_a_bundle(tmp_path, capsys):
    import importlib.util
    import sys

    spec = importlib.util.spec_from_file_location("smoke_test", PACKAGING / "smoke_test.py")
    smoke_test = importlib.util.module_from_spec(spec)
    sys.modules["smoke_test"] = smoke_test  # dataclasses look their module up
    try:
        spec.loader.exec_module(smoke_test)
        assert smoke_test.main([str(tmp_path)]) == 2
    finally:
        del sys.modules["smoke_test"]
    assert "no bundle" in capsys.readouterr().err
