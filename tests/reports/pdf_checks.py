"""Reading back what a PDF says: its text (pypdf, and pdftotext where installed) and fonts."""

from __future__ import annotations

import re
import shutil
import subprocess
from io import BytesIO
from pathlib import Path
from typing import Any

from pypdf import PdfReader
from pypdf.generic import DictionaryObject

HAS_PDFTOTEXT = shutil.which("pdftotext") is not None
HAS_PDFTOPPM = shutil.which("pdftoppm") is not None


def _flat(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def _reader(pdf: Path | bytes) -> PdfReader:
    return PdfReader(BytesIO(pdf) if isinstance(pdf, bytes) else pdf)


def page_texts(pdf: Path | bytes) -> list[str]:
    """The text of each page (pypdf), whitespace folded to single spaces."""
    return [_flat(page.extract_text() or "") for page in _reader(pdf).pages]


def poppler_text(pdf: Path) -> str | None:
    """The whole text as pdftotext reads it, or None when poppler is not installed."""
    if not HAS_PDFTOTEXT:
        return None
    out = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(pdf), "-"], capture_output=True, check=True
    )
    return _flat(out.stdout.decode("utf-8"))


def texts(pdf: Path) -> list[str]:
    """The whole text by every extractor available: assertions must hold for each."""
    found = [" ".join(page_texts(pdf))]
    poppler = poppler_text(pdf)
    if poppler is not None:
        found.append(poppler)
    return found


def assert_says(pdf: Path, *expected: str) -> None:
    for text in texts(pdf):
        for item in expected:
            assert item in text, f"{item!r} not found in the PDF text: {text[:400]}…"


def assert_omits(pdf: Path, *unexpected: str) -> None:
    for text in texts(pdf):
        for item in unexpected:
            assert item not in text, f"{item!r} must not be in the PDF"


def _fonts_in(resources: Any, found: set[str]) -> None:
    if resources is None:
        return
    resources = resources.get_object()
    fonts = resources.get("/Font")
    if fonts is not None:
        for ref in fonts.get_object().values():
            found.add(str(ref.get_object().get("/BaseFont")))
    xobjects = resources.get("/XObject")
    if xobjects is not None:
        for ref in xobjects.get_object().values():
            _fonts_in(ref.get_object().get("/Resources"), found)


def base_fonts(pdf: Path | bytes) -> set[str]:
    """Every /BaseFont used by any page or form of the PDF."""
    found: set[str] = set()
    for page in _reader(pdf).pages:
        _fonts_in(page.get("/Resources"), found)
    return found


def assert_only_dejavu(pdf: Path | bytes) -> None:
    fonts = base_fonts(pdf)
    assert fonts, "the PDF uses no font at all"
    assert all("DejaVu" in f for f in fonts), fonts
    assert not any(b in f for f in fonts for b in ("Helvetica", "Times", "Courier", "Symbol"))
    reader = _reader(pdf)
    for page in reader.pages:
        resources = page["/Resources"].get_object()
        assert isinstance(resources, DictionaryObject)
        page_fonts = resources["/Font"].get_object()
        assert isinstance(page_fonts, DictionaryObject)
        for ref in page_fonts.values():
            descriptor = ref.get_object().get("/DescendantFonts") or [ref]
            for font in descriptor:
                fd = font.get_object().get("/FontDescriptor")
                if fd is not None:
                    assert "/FontFile2" in fd.get_object(), "font not embedded"
