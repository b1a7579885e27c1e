"""The bundled DejaVu Sans, registered once so Cyrillic renders on any machine."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

FAMILY = "DejaVu Sans"
_FILES = ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSans-Oblique.ttf")
_registered: list[str] = []


def font_dir() -> Path | None:
    """``resources/fonts`` of the source tree, or one installed beside the package."""
    here = Path(__file__).resolve()
    for base in (here.parents[2], here.parents[1]):
        candidate = base / "resources" / "fonts"
        if candidate.is_dir():
            return candidate
    return None


def register_fonts() -> list[str]:
    """Add the bundled fonts to Qt's font database (idempotent); returns the families."""
    if _registered:
        return _registered
    folder = font_dir()
    if folder is None:
        return _registered
    for name in _FILES:
        path = folder / name
        if path.exists():
            font_id = QFontDatabase.addApplicationFont(str(path))
            if font_id >= 0:
                _registered.extend(QFontDatabase.applicationFontFamilies(font_id))
    return _registered


def apply_app_font(app: QApplication, point_size: int = 10) -> None:
    """Register the fonts and make DejaVu Sans the application's font."""
    register_fonts()
    font = QFont(FAMILY, point_size)
    app.setFont(font)
