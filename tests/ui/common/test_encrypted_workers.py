"""Worker processes open an encrypted register with the passphrase the window was given:
the pipe carries it (never a file or the environment), so a batch of case sheets laid out
in two processes and a list import's worker read the encrypted file like the window."""

from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlmodel import func, select

from ombuds_desk.domain.accounts import User
from ombuds_desk.domain.people import Person
from ombuds_desk.reports.batch import write_case_sheets
from ombuds_desk.services.core.encryption import encrypt_database
from ombuds_desk.store import encryption
from ombuds_desk.store.database import Database, open_database
from ombuds_desk.ui.common.process_work import in_process, worker_database
from tests.services.helpers import register

NAME = "Ґудзь-Їжакевич"
PASSPHRASE = "ключ від сейфу 2026"


@pytest.fixture(autouse=True)
def _no_passphrase_kept() -> Iterator[None]:
    encryption.forget_all()
    yield
    encryption.forget_all()


def _encrypted(db: Database, admin: User, today: date, persons: int) -> tuple[Database, list[int]]:
    ids = []
    for given in ("Їван", "Ганна", "Єва", "Ігор")[:persons]:
        person = register(db, admin, today, family_name=NAME, given_name=given)
        assert person.id is not None
        ids.append(person.id)
    db.dispose()
    encrypt_database(db.url, admin, PASSPHRASE)
    return open_database(db.url), ids


def counted_persons(url: str, *, progress: object, is_cancelled: object) -> tuple[int, int]:
    """In the worker: how many persons the encrypted register holds, and who counted."""
    db = worker_database(url)
    try:
        with db.reading() as session:
            return os.getpid(), int(session.exec(select(func.count()).select_from(Person)).one())
    finally:
        db.dispose()


def test_a_worker_process_reads_the_encrypted_register(
    db: Database, admin: User, today: date
) -> None:
    opened, ids = _encrypted(db, admin, today, 2)
    try:
        pid, count = in_process(counted_persons, opened.url)(lambda d, t: None, lambda: False)
    finally:
        opened.dispose()
    assert pid != os.getpid() and count == len(ids)


def test_a_batch_in_two_processes_prints_from_the_encrypted_register(
    db: Database, admin: User, today: date, tmp_path: Path
) -> None:
    opened, ids = _encrypted(db, admin, today, 4)
    out = tmp_path / "sheets.pdf"
    try:
        result = write_case_sheets(
            opened, ids, out, today=today, generated_by="Олег Бондар", processes=2
        )
    finally:
        opened.dispose()
    assert result.completed and result.sheets == len(ids)
    text = " ".join(page.extract_text() for page in PdfReader(out).pages)
    assert text.count(NAME) >= len(ids)
