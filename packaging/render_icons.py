"""Draw the program's icons from resources/icons/minutetaker.svg.

    QT_QPA_PLATFORM=offscreen .venv/bin/python packaging/render_icons.py [--preview FILE]

Writes resources/icons/hicolor/<N>x<N>/apps/org.minutetaker.MinuteTaker.png at
16, 32, 48, 64, 128, 256 and 512 pixels, and the SVG as hicolor/scalable (the
layout of a Linux icon theme, to copy as it is), and resources/icons/minutetaker.ico
(16 to 256 pixels, PNG-compressed entries) for Windows. The window can use any of
these, or minutetaker.svg itself. The PNGs are committed; run this again only when the SVG changes.
``--preview`` also writes the small sizes enlarged side by side, to look at.
"""

from __future__ import annotations

import argparse
import struct
import sys
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, Qt
from PySide6.QtGui import QColor, QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ROOT = Path(__file__).resolve().parent.parent
ICONS = ROOT / "resources" / "icons"
SVG = ICONS / "minutetaker.svg"
APP_ID = "org.minutetaker.MinuteTaker"
SIZES = (16, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)


def render(renderer: QSvgRenderer, size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()
    return image.convertToFormat(QImage.Format.Format_ARGB32)


def png_bytes(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data.data())


def ico_bytes(pngs: dict[int, bytes]) -> bytes:
    """An .ico file whose entries are PNGs (read by Windows Vista and later)."""
    header = struct.pack("<HHH", 0, 1, len(pngs))
    offset = len(header) + 16 * len(pngs)
    entries, blobs = b"", b""
    for size, blob in sorted(pngs.items()):
        side = 0 if size >= 256 else size  # 0 means 256 in an icon directory
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(blob), offset)
        blobs += blob
        offset += len(blob)
    return header + entries + blobs


def preview(renderer: QSvgRenderer, path: Path) -> None:
    """The small sizes enlarged eight times without smoothing, on light and dark."""
    scale, gap = 8, 16
    sizes = (16, 24, 32, 48)
    width = sum(s * scale for s in sizes) + gap * (len(sizes) + 1)
    height = 48 * scale * 2 + gap * 3
    sheet = QImage(width, height, QImage.Format.Format_ARGB32)
    sheet.fill(QColor("#e8e8e8"))
    painter = QPainter(sheet)
    painter.fillRect(0, height // 2, width, height // 2, QColor("#303030"))
    for row in range(2):
        x = gap
        for size in sizes:
            big = render(renderer, size).scaled(size * scale, size * scale)  # nearest pixel
            painter.drawImage(x, gap + row * (48 * scale + gap), big)
            x += size * scale + gap
    painter.end()
    sheet.save(str(path))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--preview", type=Path, help="also write an enlarged preview here")
    args = parser.parse_args(argv)
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # noqa: F841
    renderer = QSvgRenderer(str(SVG))
    if not renderer.isValid():
        print(f"render_icons: cannot read {SVG}", file=sys.stderr)
        return 1
    for size in SIZES:
        image = render(renderer, size)
        theme = ICONS / "hicolor" / f"{size}x{size}" / "apps"
        theme.mkdir(parents=True, exist_ok=True)
        image.save(str(theme / f"{APP_ID}.png"))
    scalable = ICONS / "hicolor" / "scalable" / "apps"
    scalable.mkdir(parents=True, exist_ok=True)
    (scalable / f"{APP_ID}.svg").write_bytes(SVG.read_bytes())
    pngs = {size: png_bytes(render(renderer, size)) for size in ICO_SIZES}
    (ICONS / "minutetaker.ico").write_bytes(ico_bytes(pngs))
    if args.preview:
        preview(renderer, args.preview)
    print(f"Drew {len(SIZES)} PNG sizes, the theme folders and minutetaker.ico in {ICONS}.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
