"""The Linux menu entry and AppStream metainfo: valid, and in step with the code."""

from __future__ import annotations

import configparser
import shutil
import subprocess
import xml.etree.ElementTree as ET

import pytest

from minutetaker import __version__
from tests.packaging.conftest import APP_ID, ROOT


def desktop_entry(path) -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # keys are case-sensitive
    parser.read(path, encoding="utf-8")
    return parser["Desktop Entry"]


@pytest.mark.skipif(not shutil.which("desktop-file-validate"), reason="desktop-file-utils absent")
def test_desktop_file_passes_desktop_file_validate(desktop_file):
    result = subprocess.run(
        ["desktop-file-validate", str(desktop_file)], capture_output=True, text=True
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.strip() == "", result.stdout  # not even a hint


@pytest.mark.skipif(not shutil.which("appstreamcli"), reason="appstream absent")
def test_metainfo_passes_appstreamcli_validate(metainfo_file):
    result = subprocess.run(
        ["appstreamcli", "validate", "--no-net", str(metainfo_file)],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_desktop_entry_runs_the_program_with_our_icon(desktop_file):
    entry = desktop_entry(desktop_file)
    assert entry["Type"] == "Application"
    assert entry["Exec"].split()[0] == "minutetaker"
    assert entry["Terminal"] == "false"
    assert entry["Icon"] == APP_ID
    assert (
        ROOT / "resources" / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg"
    ).is_file()


def test_metainfo_names_the_desktop_file_licences_and_current_version(metainfo_file, desktop_file):
    component = ET.parse(metainfo_file).getroot()
    assert component.get("type") == "desktop-application"
    assert component.findtext("id") == APP_ID
    assert component.findtext("launchable") == desktop_file.name
    assert component.findtext("project_license") == "GPL-3.0-or-later"
    assert component.findtext("metadata_license") == "CC0-1.0"
    assert component.findtext("developer/name")
    assert component.find("content_rating") is not None
    releases = component.findall("releases/release")
    assert releases, "the metainfo lists no release"
    assert releases[0].get("version") == __version__, (
        "add a <release> for the version in minutetaker/__init__.py, newest first"
    )
