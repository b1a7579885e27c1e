"""Batch case sheets laid out by several processes: the same document as one process."""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from ombuds_desk.domain.accounts import User
from ombuds_desk.reports import batch_parts
from ombuds_desk.reports.batch import write_case_sheets
from ombuds_desk.services.printing import SheetVersion
from ombuds_desk.store.database import Database
from tests.reports.builders import CaseFile
from tests.reports.pdf_checks import assert_only_dejavu, page_texts
from tests.services.helpers import id_of, register


def _batch(db: Database, case_file: CaseFile, caseworker: User, today: date) -> list[int]:
    extra = [
        id_of(register(db, caseworker, today, family_name="Пʼятничук", given_name=g))
        for g in ("Їрина", "Ігор", "Єва", "Ґанна", "Ян")
    ]
    return [case_file.captive_id, case_file.evacuee_id, 424242, case_file.russian_id, *extra]


def test_two_processes_write_the_same_text_as_one(
    db: Database, case_file: CaseFile, caseworker: User, today: date, tmp_path: Path
) -> None:
    ids = _batch(db, case_file, caseworker, today)  # one id no longer in the register
    one, two = tmp_path / "one.pdf", tmp_path / "two.pdf"
    seen: list[tuple[int, int]] = []
    single = write_case_sheets(db, ids, one, today=today, generated_by="Олег Бондар", processes=1)
    parallel = write_case_sheets(
        db,
        ids,
        two,
        today=today,
        generated_by="Олег Бондар",
        processes=2,
        progress=lambda d, t: seen.append((d, t)),
    )
    assert parallel == single and single.sheets == len(ids) - 1
    assert single.cpu_seconds > 0 and parallel.cpu_seconds > 0  # the workers' time counted
    texts = page_texts(two)
    assert texts == page_texts(one) and len(texts) == single.pages
    assert sum("Page 1 of" in t for t in texts) == len(ids) - 1
    assert "Пʼятничук Ґанна" in " ".join(texts)
    assert seen[-1] == (len(ids), len(ids)) and [d for d, _ in seen] == sorted(d for d, _ in seen)
    assert_only_dejavu(two)
    joined, alone = PdfReader(two).metadata, PdfReader(one).metadata
    assert joined is not None and alone is not None
    assert joined.title == alone.title and joined.author == alone.author
    title = joined.title or ""
    assert title.startswith(f"Case sheets {case_file.captive_case} … ")
    assert title.endswith(f"({len(ids) - 1} cases) — internal version")
    assert joined.subject == alone.subject
    assert sorted(p.name for p in tmp_path.iterdir() if p.suffix == ".pdf") == [
        "one.pdf",
        "two.pdf",
    ]
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")]  # parts cleaned up


def test_the_counterpart_version_in_parts_is_marked_on_every_page(
    db: Database, case_file: CaseFile, caseworker: User, today: date, tmp_path: Path
) -> None:
    path = tmp_path / "batch.pdf"
    ids = _batch(db, case_file, caseworker, today)
    write_case_sheets(
        db, ids, path, today=today, generated_by="", version=SheetVersion.COUNTERPART, processes=2
    )
    texts = page_texts(path)
    assert texts and all("Counterpart version" in text for text in texts)


def test_a_cancelled_batch_in_parts_leaves_no_file(
    db: Database, case_file: CaseFile, caseworker: User, today: date, tmp_path: Path
) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    path = folder / "batch.pdf"
    path.write_bytes(b"earlier")
    ids = _batch(db, case_file, caseworker, today)
    asked: list[int] = []

    def cancelled() -> bool:
        asked.append(1)
        return len(asked) > 1  # once the workers are started

    result = write_case_sheets(
        db, ids, path, today=today, generated_by="x", processes=2, is_cancelled=cancelled
    )
    assert not result.completed
    assert [p.name for p in folder.iterdir()] == ["batch.pdf"] and path.read_bytes() == b"earlier"


def test_parts_of_vanished_cases_still_make_the_one_process_pdf(
    db: Database, today: date, tmp_path: Path
) -> None:
    path = tmp_path / "batch.pdf"
    result = write_case_sheets(
        db, [424242, 424243], path, today=today, generated_by="x", processes=2
    )
    assert result.completed and result.sheets == 0
    assert "None of the selected cases exists any more." in page_texts(path)[0]


def test_a_batch_is_split_in_order_and_only_big_ones_across_processes() -> None:
    ids = list(range(1, 2_001))
    parts = batch_parts.split(ids, 2)
    assert [i for part in parts for i in part] == ids
    assert len(parts) >= 8 and max(len(p) for p in parts) <= batch_parts.MAX_PART
    # The last parts are smaller: neither process waits long for the other at the end.
    assert [len(p) for p in parts[-6:]] == [50, 50, 25, 25, 25, 25]
    assert [len(p) for p in batch_parts.split(ids[:1200], 1)] == [100] * 12
    assert batch_parts.split([7, 8, 9], 4) == [(7,), (8,), (9,)]
    assert batch_parts.split([], 2) == []
    assert batch_parts.processes_for(2_000, cores=2) == 2
    assert batch_parts.processes_for(2_000, cores=16) == 6
    assert batch_parts.processes_for(500, cores=8) == 1


def test_an_error_while_in_parts_is_raised_once_and_leaves_no_file(
    db: Database, case_file: CaseFile, caseworker: User, today: date, tmp_path: Path
) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    path = folder / "batch.pdf"
    ids = _batch(db, case_file, caseworker, today) * 3  # more parts than processes
    seen: list[int] = []

    def broken(done: int, total: int) -> None:
        seen.append(done)
        raise RuntimeError("disk full")

    with pytest.raises(RuntimeError, match="disk full"):
        write_case_sheets(
            db, ids, path, today=today, generated_by="x", processes=2, progress=broken
        )
    assert len(seen) == 1 and seen[0] < len(ids)  # stopped at the first finished part
    assert list(folder.iterdir()) == []


def test_a_windows_small_batch_is_laid_out_by_a_worker_the_same_way(
    db: Database, case_file: CaseFile, caseworker: User, today: date, tmp_path: Path
) -> None:
    ids = _batch(db, case_file, caseworker, today)
    here, isolated = tmp_path / "here.pdf", tmp_path / "worker.pdf"
    seen: list[tuple[int, int]] = []
    single = write_case_sheets(db, ids, here, today=today, generated_by="Олег Бондар")
    worker = write_case_sheets(
        db,
        ids,
        isolated,
        today=today,
        generated_by="Олег Бондар",
        isolate=True,
        progress=lambda d, t: seen.append((d, t)),
    )
    assert worker == single and single.sheets == len(ids) - 1
    assert page_texts(isolated) == page_texts(here)
    assert seen[-1] == (len(ids), len(ids))
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")]


@pytest.mark.parametrize("below_caller", [True, False])
def test_a_windows_layout_workers_run_in_the_idle_class(below_caller: bool) -> None:
    """A window's workers give a core up at once to its GUI thread; the command line's keep
    their normal priority."""
    if not hasattr(os, "SCHED_IDLE"):
        pytest.skip("no idle scheduling class here")
    with batch_parts.worker_pool(1, below_caller) as pool:
        policy = pool.submit(os.sched_getscheduler, 0).result(timeout=120)
    assert (policy == os.SCHED_IDLE) is below_caller
