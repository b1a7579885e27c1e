"""Batch case sheets: one PDF, a new page and page count per person, progress and cancel."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from ombuds_desk.domain.accounts import User
from ombuds_desk.reports import batch
from ombuds_desk.reports.batch import write_case_sheets
from ombuds_desk.services.cases.persons import get_person
from ombuds_desk.services.printing import SheetVersion
from ombuds_desk.store.database import Database
from tests.reports.builders import CaseFile
from tests.reports.pdf_checks import assert_only_dejavu, page_texts
from tests.services.helpers import id_of, register


def _folder(tmp_path: Path) -> Path:
    """An empty folder for the PDF (the test database lives in ``tmp_path``)."""
    folder = tmp_path / "out"
    folder.mkdir()
    return folder


def _ids(case_file: CaseFile) -> list[int]:
    return [case_file.captive_id, case_file.evacuee_id, case_file.russian_id]


def test_batch_puts_each_person_on_new_pages(
    db: Database, case_file: CaseFile, caseworker: User, today: date, tmp_path: Path
) -> None:
    extra = [
        id_of(register(db, caseworker, today, family_name="Ґонта", given_name=g))
        for g in ("Їрина", "Ігор", "Єва", "Ян")
    ]
    ids = _ids(case_file) + extra
    seen: list[tuple[int, int]] = []
    path = _folder(tmp_path) / "batch.pdf"
    result = write_case_sheets(
        db,
        ids,
        path,
        today=today,
        generated_by="Олег Бондар",
        progress=lambda d, t: seen.append((d, t)),
    )
    assert result.completed and result.sheets == len(ids)
    pages = page_texts(path)
    assert len(pages) == result.pages >= len(ids)
    firsts = [text for text in pages if "Page 1 of" in text]
    assert len(firsts) == len(ids)
    with db.reading() as session:
        cases = [get_person(session, i).case_number for i in ids]
    for case_number, first in zip(cases, firsts, strict=True):
        assert f"Case {case_number}" in first
    assert seen[0] == (0, len(ids)) and seen[-1] == (len(ids), len(ids))
    assert [d for d, _ in seen] == sorted(d for d, _ in seen)
    assert_only_dejavu(path)
    assert list(path.parent.iterdir()) == [path]


def test_counterpart_batch_is_marked_on_every_page(
    db: Database, case_file: CaseFile, today: date, tmp_path: Path
) -> None:
    path = tmp_path / "batch.pdf"
    write_case_sheets(
        db, _ids(case_file), path, today=today, generated_by="", version=SheetVersion.COUNTERPART
    )
    assert all("Counterpart version" in text for text in page_texts(path))


def test_cancel_leaves_no_file(
    db: Database,
    case_file: CaseFile,
    caseworker: User,
    today: date,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(batch, "CHUNK_SIZE", 2)  # several chunks for a few persons
    ids = _ids(case_file) + [id_of(register(db, caseworker, today)) for _ in range(3)]
    path = _folder(tmp_path) / "batch.pdf"
    calls: list[int] = []
    done: list[int] = []

    def cancelled() -> bool:
        calls.append(1)
        return len(calls) > 4  # mid-way through the layout

    result = write_case_sheets(
        db,
        ids,
        path,
        today=today,
        generated_by="x",
        is_cancelled=cancelled,
        progress=lambda d, t: done.append(d),
    )
    assert not result.completed
    assert 0 < max(done) < len(ids)  # it had started, and stopped before the end
    assert list(path.parent.iterdir()) == []


def test_cancel_keeps_an_earlier_file_and_errors_clean_up(
    db: Database, case_file: CaseFile, today: date, tmp_path: Path
) -> None:
    path = _folder(tmp_path) / "batch.pdf"
    path.write_bytes(b"earlier")
    result = write_case_sheets(
        db, _ids(case_file), path, today=today, generated_by="x", is_cancelled=lambda: True
    )
    assert not result.completed and path.read_bytes() == b"earlier"

    def broken(done: int, total: int) -> None:
        if done == 1:
            raise RuntimeError("disk full")

    with pytest.raises(RuntimeError, match="disk full"):
        write_case_sheets(db, _ids(case_file), path, today=today, generated_by="x", progress=broken)
    assert [p.name for p in path.parent.iterdir()] == ["batch.pdf"]
    assert path.read_bytes() == b"earlier"


def test_a_batch_of_vanished_cases_still_makes_a_pdf(
    db: Database, today: date, tmp_path: Path
) -> None:
    path = tmp_path / "batch.pdf"
    result = write_case_sheets(db, [424242], path, today=today, generated_by="x")
    assert result.completed and result.sheets == 0
    assert "None of the selected cases exists any more." in page_texts(path)[0]
