"""The icons drawn for the program: an SVG, and PNGs at every size the menus ask for."""

from __future__ import annotations

import struct
import xml.etree.ElementTree as ET

import pytest

from tests.packaging.conftest import APP_ID, ROOT

ICONS = ROOT / "resources" / "icons"
SIZES = (16, 32, 48, 64, 128, 256, 512)


def png_size(path) -> tuple[int, int]:
    head = path.read_bytes()[:24]
    assert head[:8] == b"\x89PNG\r\n\x1a\n", f"{path} is not a PNG"
    return struct.unpack(">II", head[16:24])


def test_the_svg_is_square_and_well_formed():
    root = ET.parse(ICONS / "minutetaker.svg").getroot()
    assert root.tag == "{http://www.w3.org/2000/svg}svg"
    assert root.get("viewBox") == "0 0 256 256"
    scalable = ICONS / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg"
    assert scalable.read_bytes() == (ICONS / "minutetaker.svg").read_bytes()


@pytest.mark.parametrize("size", SIZES)
def test_a_png_of_each_size_in_the_icon_theme_layout(size):
    path = ICONS / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
    assert png_size(path) == (size, size)


def test_the_windows_icon_holds_16_to_256_pixels():
    data = (ICONS / "minutetaker.ico").read_bytes()
    reserved, kind, count = struct.unpack("<HHH", data[:6])
    assert (reserved, kind) == (0, 1)
    sides = set()
    for n in range(count):
        width, height = data[6 + 16 * n], data[7 + 16 * n]
        size, offset = struct.unpack("<II", data[14 + 16 * n : 22 + 16 * n])
        assert data[offset : offset + 8] == b"\x89PNG\r\n\x1a\n"
        assert offset + size <= len(data)
        sides.add(width or 256)
        assert width == height
    assert {16, 32, 48, 256} <= sides
