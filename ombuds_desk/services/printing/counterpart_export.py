"""The export for the counterpart: one row per case, the allow-list's fields and no others.

Each row is made from the case's :class:`CounterpartSheetData` (read from the allow-list in
``counterpart_sheet.py``), so the export can hold no more than the counterpart case sheet:
identity, captivity or evacuation facts, status and its date, a shareable obstacle, the
relatives who said yes to being named, correspondence counts and dates, parcel counts, and
the office that sends it. Written as XLSX (text cells never formulas) or CSV (UTF-8 with a
BOM; a cell starting with = + - @, tab or CR is prefixed with ' so no spreadsheet runs it),
readable by its owner only, under a temporary name renamed at the end.
"""

from __future__ import annotations

import csv
import os
from collections.abc import Iterable, Sequence
from datetime import date
from pathlib import Path
from typing import Any

from sqlmodel import Session

from ombuds_desk.domain.accounts import User
from ombuds_desk.domain.errors import ValidationError
from ombuds_desk.services.core.formula_cells import neutralise
from ombuds_desk.services.core.permissions import Action, require
from ombuds_desk.services.printing import counterpart_fields as allow
from ombuds_desk.services.printing.counterpart_sheet import (
    CounterpartSheetData,
    counterpart_sheets_data,
)
from ombuds_desk.services.printing.languages import (
    DocumentLanguage,
    both,
    counterpart_language,
    speaking,
)
from ombuds_desk.store.private_files import create_private

FORMATS = (".xlsx", ".csv")


def _labels(fields: Sequence[allow.Allowed], names: Sequence[str]) -> list[str]:
    by_name = {f.name: f.label for f in fields}
    return [by_name[n] for n in names]


_IDENTITY_NAMES = ("date_of_birth", "sex", "citizenship", "home_region")
HEADERS = (
    "Case number",
    "Category",
    "Name",
    "Name (Latin)",
    *_labels(allow.IDENTITY, _IDENTITY_NAMES),
    *(f.label for f in allow.CAPTIVITY),
    *(f.label for f in allow.EVACUATION),
    "Status",
    "Status since",
    "Obstacle",
    "Relatives (with their consent)",
    "Items to the person",
    "Latest item to the person",
    "Items from the person",
    "Latest item from the person",
    "Parcels",
    "Latest parcel",
    "Latest parcel date",
    "Sent by",
)


def _mail(sheet: CounterpartSheetData, to_person: bool) -> tuple[int, date | None]:
    counts = [c for c in sheet.mail_counts if c.to_person is to_person]
    dates = [c.last_on for c in counts if c.last_on is not None]
    return sum(c.count for c in counts), max(dates) if dates else None


def export_row(sheet: CounterpartSheetData) -> list[Any]:
    """One case as the export writes it (values in the order of :data:`HEADERS`), in the
    language the sheet was read in (its facts are found by their printed labels)."""
    identity = dict(sheet.identity)
    details = dict(sheet.details)
    to_count, to_last = _mail(sheet, True)
    from_count, from_last = _mail(sheet, False)

    def label(text: str) -> str:
        return both.translate("PersonFields", text)

    latest = sheet.latest_parcels[0] if sheet.latest_parcels else None
    return [
        sheet.case_number,
        sheet.category,
        sheet.name,
        sheet.latin_name,
        *(identity.get(label(name), "") for name in _labels(allow.IDENTITY, _IDENTITY_NAMES)),
        *(details.get(label(f.label), "") for f in allow.CAPTIVITY),
        *(details.get(label(f.label), "") for f in allow.EVACUATION),
        sheet.status,
        sheet.status_since,
        sheet.obstacle,
        "; ".join(f"{r.name} ({r.relationship.lower()})" for r in sheet.relatives),
        to_count,
        to_last,
        from_count,
        from_last,
        sheet.parcels_total,
        latest.parcel_number if latest else "",
        latest.on if latest else None,
        sheet.office.name,
    ]


def _csv_value(value: Any) -> Any:
    if value is None:
        return ""
    if isinstance(value, date):
        return value.isoformat()
    return neutralise(value) if isinstance(value, str) else value


def _write_csv(path: Path, rows: Iterable[Sequence[Any]]) -> None:
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(HEADERS)
        for row in rows:
            writer.writerow([_csv_value(v) for v in row])


def _write_xlsx(path: Path, rows: Iterable[Sequence[Any]]) -> None:
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font

    book = Workbook(write_only=True)
    # The sheet's title in the reader's language; the column headers stay as they are: the
    # other side's import reads them.
    sheet = book.create_sheet(_sheet_title())
    header = [WriteOnlyCell(sheet, value=name) for name in HEADERS]
    for cell in header:
        cell.font = Font(bold=True)
    sheet.append(header)
    for row in rows:
        cells: list[Any] = []
        for value in row:
            cell = WriteOnlyCell(sheet, value=value)
            if isinstance(value, date):
                cell.number_format = "DD.MM.YYYY"
            elif isinstance(value, str):
                cell.data_type = "s"  # text, never a formula
            cells.append(cell)
        sheet.append(cells)
    book.save(path)


def _sheet_title() -> str:
    title = both.translate("CounterpartExport", "For the counterpart")
    for bad in "[]:*?/\\":
        title = title.replace(bad, "-")
    return title[:31]  # a worksheet's title is at most 31 characters


def check_export_path(path: Path) -> None:
    if path.suffix.lower() not in FORMATS:
        raise ValidationError(
            f"{path.name}: the export for the counterpart is written as .xlsx or .csv. "
            "Give the file one of these extensions. Nothing was written."
        )


def export_for_counterpart(
    session: Session,
    actor: User,
    person_ids: Sequence[int],
    path: str | Path,
    *,
    today: date,
    language: DocumentLanguage | None = None,
) -> int:
    """Write the counterpart export of ``person_ids`` (in that order) to ``path``; returns
    how many cases it holds. Supervisors only, like every export of personal data; the
    caller records the disclosure. Its words (statuses, the sheet's title) are in
    ``language``, by default the counterpart's (office settings); its column headers are
    always the same English ones, which the other side's import reads."""
    require(actor, Action.EXPORT_PERSONAL_DATA)
    target = Path(path)
    check_export_path(target)
    with speaking(language or counterpart_language(session)):
        sheets = counterpart_sheets_data(session, person_ids, today=today)
        rows = [export_row(s) for s in sheets]
        _write(target, rows)
    return len(rows)


def _write(target: Path, rows: list[list[Any]]) -> None:
    partial = target.with_name(f".{target.name}.part")
    try:
        create_private(partial)  # its owner's only, before anything is written into it
        if target.suffix.lower() == ".xlsx":
            _write_xlsx(partial, rows)
        else:
            _write_csv(partial, rows)
        os.replace(partial, target)
    finally:
        partial.unlink(missing_ok=True)
