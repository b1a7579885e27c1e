"""Exporting the audit trail: the entries a filter lets through, in words, to CSV or XLSX
(read back here), newest first; the export itself is recorded; only an admin exports, and a
refused export writes neither a file nor an entry."""

from __future__ import annotations

import csv
from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook

from ombuds_desk.domain.accounts import User
from ombuds_desk.domain.enums import AuditAction
from ombuds_desk.domain.errors import PermissionDeniedError
from ombuds_desk.services.cases.notes import add_note
from ombuds_desk.services.core.audit_trail import TrailFilter, browse_ids, browse_rows
from ombuds_desk.services.core.unit_of_work import unit_of_work
from ombuds_desk.services.lists.trail_export import (
    TRAIL_HEADERS,
    export_trail,
    filter_words,
    write_trail,
)
from ombuds_desk.store.database import Database
from tests.services.helpers import id_of, register


@pytest.fixture
def noted(db: Database, caseworker: User, supervisor: User, today: date) -> int:
    """A case with two notes by the supervisor; returns the case's id."""
    person_id = id_of(register(db, caseworker, today, family_name="Ґудзь"))
    for text in ("Перший запис", "Другий запис"):
        with unit_of_work(db, supervisor) as session:
            add_note(session, supervisor, person_id, text)
    return person_id


def _read(path: Path) -> list[list[str]]:
    if path.suffix == ".csv":
        with path.open(encoding="utf-8-sig", newline="") as handle:
            return list(csv.reader(handle))
    sheet = load_workbook(path, read_only=True).active
    assert sheet is not None
    return [["" if v is None else str(v) for v in row] for row in sheet.iter_rows(values_only=True)]


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_the_entries_filtered_are_written_in_words(
    db: Database, admin: User, supervisor: User, noted: int, tmp_path: Path, suffix: str
) -> None:
    path = tmp_path / f"Журнал{suffix}"
    filt = TrailFilter(user_id=supervisor.id)
    with unit_of_work(db, admin) as session:
        assert export_trail(session, admin, path, filt) == 2
    rows = _read(path)
    assert rows[0] == list(TRAIL_HEADERS)
    assert [r[2:6] for r in rows[1:]] == [
        ["Світлана Мельник", "Added", rows[1][4], "Note written: Другий запис"],
        ["Світлана Мельник", "Added", rows[2][4], "Note written: Перший запис"],
    ]
    assert rows[1][4].startswith("Note · CAP-")
    assert int(rows[1][0]) > int(rows[2][0])  # newest first
    assert rows[1][1][:4].isdigit()  # a moment: "2026-…" (ISO in CSV, a date cell in XLSX)

    with db.reading() as session:
        newest = browse_ids(session, admin, TrailFilter())[0]
        row = browse_rows(session, admin, [newest])[newest]
    assert row.kind is AuditAction.EXPORT and row.who == "Адміністратор"
    assert row.what.splitlines() == [
        "Audit trail exported",
        f"File: {path}",
        "Rows: 2",
        "Filter: by Світлана Мельник",
    ]


def test_only_an_admin_exports_and_a_refusal_leaves_nothing(
    db: Database, admin: User, supervisor: User, noted: int, tmp_path: Path
) -> None:
    out = tmp_path / "exports"
    out.mkdir()
    path = out / "trail.csv"
    with db.reading() as session:
        before = browse_ids(session, admin, TrailFilter())
    with pytest.raises(PermissionDeniedError, match="Only an admin can browse and export"):
        with unit_of_work(db, supervisor) as session:
            write_trail(session, supervisor, path, TrailFilter())
    assert list(out.iterdir()) == []  # not even a partial file
    with db.reading() as session:
        assert browse_ids(session, admin, TrailFilter()) == before


def test_the_filter_in_words(db: Database, supervisor: User) -> None:
    with db.reading() as session:
        assert filter_words(session, TrailFilter()) == "the whole trail"
        assert filter_words(
            session,
            TrailFilter(
                user_id=supervisor.id,
                action=AuditAction.UPDATE,
                entity="contact",
                since=date(2026, 11, 1),
                until=date(2026, 11, 30),
                text="Їжакевич",
            ),
        ) == (
            "by Світлана Мельник; kind: Changed; record: Contact; from 01.11.2026; "
            "to 30.11.2026; text: Їжакевич"
        )
        assert filter_words(session, TrailFilter(by_app=True)) == "by the app itself"
