"""Render the application icon (``packaging/icons/ombuds-desk.svg``) to the PNG sizes a Linux
desktop looks for (hicolor theme) and to the Windows ``.ico`` the PyInstaller spec uses.

    QT_QPA_PLATFORM=offscreen python packaging/render_icons.py

Run it again after changing the SVG and commit what it writes: the build does not need Qt's
SVG renderer or Pillow, only these files.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PIL import Image
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ICONS = Path(__file__).resolve().parent / "icons"
SVG = ICONS / "ombuds-desk.svg"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)


def render(size: int) -> Path:
    renderer = QSvgRenderer(str(SVG))
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    path = ICONS / f"ombuds-desk-{size}.png"
    image.save(str(path))
    return path


def main() -> int:
    QGuiApplication(sys.argv)
    for size in PNG_SIZES:
        render(size)
    largest = Image.open(ICONS / "ombuds-desk-256.png")
    largest.save(ICONS / "ombuds-desk.ico", sizes=[(s, s) for s in ICO_SIZES])
    print(f"wrote {len(PNG_SIZES)} PNGs and ombuds-desk.ico into {ICONS}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
