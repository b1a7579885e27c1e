"""The formula cells of an XLSX sheet that have no saved result.

Excel and LibreOffice save each formula's result beside it; a file written by a program
that does not calculate (a script, some exports) saves the formula alone. openpyxl reads the
saved result or, without one, nothing: the cell would import as empty. This module reads the
sheet's XML once more, only when it holds a formula at all, and names those cells.
"""

from __future__ import annotations

import re
import zipfile
from pathlib import Path
from xml.etree.ElementTree import iterparse

from openpyxl.utils.cell import coordinate_to_tuple

_ANY_FORMULA = re.compile(rb"<(?:\w+:)?f[\s>/]")
_CHUNK = 1 << 20


def _has_formula(path: Path, member: str) -> bool:
    tail = b""
    with zipfile.ZipFile(path) as archive, archive.open(member) as source:
        while chunk := source.read(_CHUNK):
            if _ANY_FORMULA.search(tail + chunk):
                return True
            tail = chunk[-16:]
    return False


def formulas_without_result(path: Path, member: str) -> dict[tuple[int, int], str]:
    """(row, column) from 1 → the formula, for each formula cell of sheet ``member`` (its
    path in the archive, ``xl/worksheets/sheet1.xml``) saved without a result."""
    try:
        if not member or not _has_formula(path, member):
            return {}
    except (KeyError, zipfile.BadZipFile, OSError):
        return {}
    found: dict[tuple[int, int], str] = {}
    with zipfile.ZipFile(path) as archive, archive.open(member) as source:
        for _event, element in iterparse(source, events=("end",)):
            tag = element.tag.rsplit("}", 1)[-1]
            if tag == "c":
                formula = value = None
                for child in element:
                    name = child.tag.rsplit("}", 1)[-1]
                    if name == "f":
                        formula = child
                    elif name == "v":
                        value = child
                where = element.get("r")
                # <v/> is no result either (what openpyxl writes); an empty text result
                # is saved as an empty <v> in a cell of type "str".
                empty = value is None or (not value.text and element.get("t") != "str")
                if formula is not None and empty and where:
                    found[coordinate_to_tuple(where)] = formula.text or "…"
            elif tag == "row":
                element.clear()
    return found
