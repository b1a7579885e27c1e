"""Exporting lists: the filtered person list, a case's items, a shipment's parcels.

CSV is written in UTF-8 with a BOM (so Excel shows Cyrillic) with ISO dates, its text cells
guarded against spreadsheet formulas (``formula_cells``); XLSX and ODS
(``ods_files``, for offices on LibreOffice) with real date cells (a partial date such as
``1985`` stays text). A name with any other extension (``.txt``) is refused
(:func:`check_export_path`) rather than given CSV it does not announce. The file is written
under a temporary name and renamed at the end: a failed or cancelled export leaves nothing
behind. Every file is readable by its owner only (mode 0600); with a password the file goes
into an AES-encrypted ZIP archive (``archives``) instead, built in memory.

The person export has exactly the columns the person import reads
(``import_columns.PERSON_COLUMNS``), with enum values as the app names them, so an export
imports back unchanged; ``notes`` carries the case's latest note.
"""

from __future__ import annotations

import csv
import errno
import io
import os
from collections.abc import Iterable, Iterator, Sequence
from datetime import date, datetime
from pathlib import Path
from typing import Any, BinaryIO

from sqlalchemy import func
from sqlmodel import Session, col, select

from ombuds_desk.domain.accounts import User
from ombuds_desk.domain.errors import NotFoundError, ValidationError
from ombuds_desk.domain.i18n import translate
from ombuds_desk.domain.mail import CorrespondenceItem, Parcel, Shipment
from ombuds_desk.domain.partial_dates import PartialDate
from ombuds_desk.domain.people import CaseNote, Person
from ombuds_desk.domain.status_rules import StalledRule
from ombuds_desk.services.cases.person_query import PersonFilter, person_ids
from ombuds_desk.services.cases.persons import get_person
from ombuds_desk.services.core.formula_cells import neutralise
from ombuds_desk.services.core.long_work import Cancelled, Progress, check_cancelled
from ombuds_desk.services.lists.archives import (
    archive_path,
    check_archive_password,
    write_encrypted,
)
from ombuds_desk.services.lists.import_columns import (
    ITEM_COLUMNS,
    ITEM_EXTRA_COLUMNS,
    PERSON_COLUMNS,
)
from ombuds_desk.store.private_files import create_private

BATCH = 500
EXPORT_FORMATS = {".csv": "CSV", ".xlsx": "Excel", ".ods": "OpenDocument"}
PARCEL_COLUMNS = (
    "parcel_number",
    "case_number",
    "family_name",
    "given_name",
    "patronymic",
    "status",
    "contents",
    "weight_grams",
    "seal_number",
    "packed_on",
    "dispatched_on",
    "delivered_on",
    "status_reason",
)
# What each export's file holds, for its audit entry (``{"columns": [...]}``).
COLUMNS_OF: dict[str, tuple[str, ...]] = {
    "persons": PERSON_COLUMNS,
    "items": (*ITEM_COLUMNS, *ITEM_EXTRA_COLUMNS),
    "parcels": PARCEL_COLUMNS,
}
# An encrypted export's audit entry says so ("Encrypted: AES-256 zip archive").
ENCRYPTED = "AES-256 zip archive, password given separately"
_PARTIAL_DATES = {"date_of_birth", "captured_on", "evacuated_on"}


def _csv_value(value: Any) -> Any:
    if value is None:
        return ""
    if isinstance(value, date | datetime):
        return value.isoformat()
    if isinstance(value, str):
        return neutralise(value)  # shown as text, never run as a formula
    return value


def _write_csv(handle: BinaryIO, headers: Sequence[str], rows: Iterable[Sequence[Any]]) -> None:
    text = io.TextIOWrapper(handle, encoding="utf-8-sig", newline="")
    try:
        writer = csv.writer(text)
        writer.writerow(headers)
        for row in rows:
            writer.writerow([_csv_value(v) for v in row])
        text.flush()
    finally:
        text.detach()  # the caller closes the file (or keeps the buffer)


def _write_xlsx(
    handle: BinaryIO, headers: Sequence[str], rows: Iterable[Sequence[Any]], title: str
) -> None:
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font

    book = Workbook(write_only=True)
    sheet = book.create_sheet(title[:31])
    bold = Font(bold=True)
    header = [WriteOnlyCell(sheet, value=name) for name in headers]
    for cell in header:
        cell.font = bold
    sheet.append(header)
    for row in rows:
        cells: list[Any] = []
        for value in row:
            if isinstance(value, date) and not isinstance(value, datetime):
                cell = WriteOnlyCell(sheet, value=value)
                cell.number_format = "DD.MM.YYYY"
                cells.append(cell)
            elif isinstance(value, str) and value.startswith("="):
                cell = WriteOnlyCell(sheet, value=value)
                cell.data_type = "s"  # text, never a formula
                cells.append(cell)
            else:
                cells.append(value)
        sheet.append(cells)
    book.save(handle)


def check_export_path(path: str | Path) -> None:
    """Refuse a file name whose extension the export does not write (``ValidationError``)."""
    path = Path(path)
    if path.suffix.lower() not in EXPORT_FORMATS:
        what = f"“{path.suffix}”" if path.suffix else translate("Export", "no extension")
        raise ValidationError(
            translate(
                "Export",
                "{file} has {extension}: an export is written as .csv, .xlsx or .ods. "
                "Give the file one of these extensions. Nothing was written.",
            ).format(file=path.name, extension=what)
        )


def _check_folder(path: Path) -> None:
    """Refuse a file in a folder that is not there, naming the folder (not the temporary
    file the export writes first)."""
    if not path.parent.is_dir():
        raise ValidationError(
            translate(
                "Export",
                "{file} cannot be written: the folder {folder} does not exist. Choose a folder "
                "that does, or create it first. Nothing was written.",
            ).format(file=path.name, folder=path.parent)
        )


def exported_path(path: str | Path, password: str | None) -> Path:
    """The file an export of ``path`` writes: ``path`` itself, or with a password the
    encrypted archive ``path.zip`` holding it."""
    return archive_path(path) if password is not None else Path(path)


def export_details(
    kind: str, path: str | Path, rows: int, via: str, password: str | None
) -> dict[str, Any]:
    """What an export's audit entries say: which list, the file written, how many rows,
    how, the columns it holds and, if so, that it was encrypted (never the password)."""
    details: dict[str, Any] = {
        "export": kind,
        "file": exported_path(path, password).name,
        "rows": rows,
        "via": via,
        "columns": ", ".join(COLUMNS_OF[kind]),
    }
    if password is not None:
        details["encrypted"] = ENCRYPTED
    return details


def _write_to(
    handle: BinaryIO,
    suffix: str,
    headers: Sequence[str],
    rows: Iterable[Sequence[Any]],
    title: str,
) -> None:
    from ombuds_desk.services.lists.ods_files import write_ods

    if suffix == ".xlsx":
        _write_xlsx(handle, headers, rows, title)
    elif suffix == ".ods":
        write_ods(handle, headers, rows, title)
    else:
        _write_csv(handle, headers, rows)


def table_bytes(
    name: str, headers: Sequence[str], rows: Iterable[Sequence[Any]], *, title: str
) -> bytes:
    """A table as the file ``name`` (by its extension) would hold it, in memory: for an
    archive, so no plain copy is written to the disk."""
    check_export_path(name)
    buffer = io.BytesIO()
    _write_to(buffer, Path(name).suffix.lower(), headers, rows, title)
    return buffer.getvalue()


def write_table(
    path: str | Path,
    headers: Sequence[str],
    rows: Iterable[Sequence[Any]],
    *,
    title: str,
    password: str | None = None,
) -> Path:
    """Write CSV (UTF-8 with BOM), XLSX or ODS, by the file's extension, readable by its
    owner only; all or nothing. With ``password``, the file goes into an AES-encrypted ZIP
    (``path.zip``) instead. Returns the file written."""
    path = Path(path)
    check_export_path(path)
    _check_folder(path)
    if password is not None:
        check_archive_password(password)  # before the (maybe long) work
        content = table_bytes(path.name, headers, rows, title=title)
        try:
            return write_encrypted(archive_path(path), {path.name: content}, password)
        except OSError as exc:
            raise _not_written(archive_path(path), exc) from None
    suffix = path.suffix.lower()
    partial = path.with_name(path.name + ".part")
    try:
        if suffix == ".csv":
            with create_private(partial).open("wb") as handle:
                _write_to(handle, suffix, headers, rows, title)
        else:
            # A workbook is a ZIP archive, built in memory and then written: on a full disk
            # the archive half-written to the file failed again as it was collected (a
            # traceback on the terminal after the error).
            content = table_bytes(path.name, headers, rows, title=title)
            with create_private(partial).open("wb") as handle:
                handle.write(content)
        os.replace(partial, path)
    except OSError as exc:
        raise _not_written(path, exc) from None
    finally:
        partial.unlink(missing_ok=True)
    return path


def _not_written(path: Path, exc: OSError) -> ValidationError:
    """Why ``path`` could not be written, in words to act on (it said "[Errno 28] No space
    left on device", or in the window "an unexpected problem")."""
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        text = translate(
            "Export",
            "{file} cannot be written: the disk is full. Free some space in {folder}, or "
            "choose another folder. Nothing was written.",
        )
    elif exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        text = translate(
            "Export",
            "{file} cannot be written: you may not write to the folder {folder}. Choose "
            "another folder. Nothing was written.",
        )
    else:
        return ValidationError(
            translate("Export", "{file} cannot be written ({error}). Nothing was written.").format(
                file=path.name, error=exc.strerror or exc
            )
        )
    return ValidationError(text.format(file=path.name, folder=path.parent))


def _partial(text: str | None) -> date | str | None:
    """A stored partial date: a real date when complete (for an XLSX date cell)."""
    if not text:
        return None
    parsed = PartialDate.parse(text)
    return parsed.earliest() if parsed.day is not None else text


def _value(value: Any) -> Any:
    return getattr(value, "value", value)


def person_row(person: Person, assigned_to: str | None, note: str | None) -> list[Any]:
    """One person as the export writes them, in ``PERSON_COLUMNS`` order."""
    special: dict[str, Any] = {
        "status": person.status.value,
        "status_date": person.status_since,
        "blocked_reason": person.blocked_reason if person.blocked else None,
        "assigned_to": assigned_to,
        "notes": note,
    }
    row: list[Any] = []
    for name in PERSON_COLUMNS:
        if name in special:
            row.append(special[name])
        elif name in _PARTIAL_DATES:
            row.append(_partial(getattr(person, name)))
        else:
            row.append(_value(getattr(person, name)))
    return row


def _person_rows(
    session: Session, ids: list[int], progress: Progress | None, is_cancelled: Cancelled | None
) -> Iterator[list[Any]]:
    for start in range(0, len(ids), BATCH):
        check_cancelled(is_cancelled)
        chunk = ids[start : start + BATCH]
        found = session.exec(
            select(Person, User.username)
            .join(User, col(User.id) == Person.assigned_to_id, isouter=True)
            .where(col(Person.id).in_(chunk))
        ).all()
        latest = (
            select(func.max(CaseNote.id))
            .where(col(CaseNote.person_id).in_(chunk))
            .group_by(col(CaseNote.person_id))
        )
        notes = dict(
            session.exec(
                select(CaseNote.person_id, CaseNote.text).where(col(CaseNote.id).in_(latest))
            ).all()
        )
        by_id = {p.id: (p, username) for p, username in found}
        for person_id in chunk:
            person, username = by_id[person_id]
            yield person_row(person, username, notes.get(person_id))
        if progress:
            progress(min(start + BATCH, len(ids)), len(ids))


def export_persons(
    session: Session,
    filt: PersonFilter,
    path: str | Path,
    *,
    today: date,
    threshold_days: StalledRule | int,
    progress: Progress | None = None,
    is_cancelled: Cancelled | None = None,
    password: str | None = None,
) -> int:
    """Write the persons the filter shows, in case-number order; returns how many. With
    ``password``, into an encrypted archive (:func:`exported_path`)."""
    ids = person_ids(session, filt, today=today, threshold_days=threshold_days)
    rows = _person_rows(session, ids, progress, is_cancelled)
    write_table(path, PERSON_COLUMNS, rows, title="Persons", password=password)
    return len(ids)


def export_person_template(path: str | Path) -> None:
    """An empty file with the person import's headers, for filling in."""
    write_table(path, PERSON_COLUMNS, [], title="Persons")


def _item_row(case_number: str, item: CorrespondenceItem, parcel_number: str | None) -> list[Any]:
    return [
        case_number,
        item.kind.value,
        item.direction.value,
        item.author_name,
        _value(item.author_relationship),
        item.received_on,
        item.language,
        item.pages,
        item.description,
        item.status.value,
        parcel_number,
    ]


def _parcel_row(parcel: Parcel, person: Person) -> list[Any]:
    return [
        parcel.parcel_number,
        person.case_number,
        person.family_name,
        person.given_name,
        person.patronymic,
        parcel.status.value,
        parcel.contents,
        parcel.weight_grams,
        parcel.seal_number,
        parcel.packed_on,
        parcel.dispatched_on,
        parcel.delivered_on,
        parcel.status_reason,
    ]


def export_items(
    session: Session,
    person_id: int,
    path: str | Path,
    *,
    is_cancelled: Cancelled | None = None,
    password: str | None = None,
) -> int:
    """Write a case's correspondence items, oldest first; the import reads them back."""
    person = get_person(session, person_id)
    items = session.exec(
        select(CorrespondenceItem, Parcel.parcel_number)
        .join(Parcel, col(Parcel.id) == CorrespondenceItem.parcel_id, isouter=True)
        .where(CorrespondenceItem.person_id == person_id)
        .order_by(col(CorrespondenceItem.received_on), col(CorrespondenceItem.id))
    ).all()
    check_cancelled(is_cancelled)
    rows = [_item_row(person.case_number, item, number) for item, number in items]
    write_table(
        path,
        (*ITEM_COLUMNS, *ITEM_EXTRA_COLUMNS),
        rows,
        title=person.case_number,
        password=password,
    )
    return len(rows)


def export_parcels(
    session: Session,
    shipment_id: int,
    path: str | Path,
    *,
    is_cancelled: Cancelled | None = None,
    password: str | None = None,
) -> int:
    """Write a shipment's parcels in parcel-number order (the manifest as a table)."""
    shipment = session.get(Shipment, shipment_id)
    if shipment is None:
        raise NotFoundError(translate("Export", "No shipment with id {id}.").format(id=shipment_id))
    found = session.exec(
        select(Parcel, Person)
        .join(Person, col(Person.id) == Parcel.person_id)
        .where(Parcel.shipment_id == shipment_id)
        .order_by(col(Parcel.parcel_number))
    ).all()
    check_cancelled(is_cancelled)
    rows = [_parcel_row(parcel, person) for parcel, person in found]
    write_table(path, PARCEL_COLUMNS, rows, title=shipment.reference, password=password)
    return len(rows)
