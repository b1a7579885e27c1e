"""Writing the CSV and XLSX files import tests read, as Excel would write them."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from openpyxl import Workbook


def write_csv(
    path: Path, rows: Sequence[Sequence[Any]], encoding: str = "utf-8", delimiter: str = ","
) -> Path:
    lines = []
    for row in rows:
        cells = ["" if c is None else str(c) for c in row]
        cells = [f'"{c}"' if any(ch in c for ch in ',;\t"\n') else c for c in cells]
        lines.append(delimiter.join(cells))
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode(encoding))
    return path


def write_xlsx(path: Path, rows: Sequence[Sequence[Any]]) -> Path:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    for row in rows:
        sheet.append(list(row))
    book.save(path)
    return path
