"""``ombuds-desk print … --lang uk``: the document in the language asked for, the
counterpart's in the office's counterpart language (two side by side when a second is set),
the office's own papers in the terminal's language when none is asked for."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from ombuds_desk.domain.accounts import User
from ombuds_desk.services.core.office_settings import (
    COUNTERPART_LANGUAGE,
    COUNTERPART_SECOND_LANGUAGE,
    set_setting,
)
from ombuds_desk.services.core.unit_of_work import unit_of_work
from ombuds_desk.store.database import Database
from tests.commands.helpers import run, run_on, signed_in_as
from tests.reports.builders import SHIPMENT, CaseFile, build_case_file
from tests.reports.pdf_checks import page_texts


@pytest.fixture
def case_file(db: Database, caseworker: User, real_today: date) -> CaseFile:
    return build_case_file(db, caseworker, real_today)


def _text(pdf: Path) -> str:
    return " ".join(page_texts(pdf))


def test_case_sheet_in_ukrainian_with_lang(
    case_file: CaseFile, tmp_path: Path, db_path: Path
) -> None:
    pdf = tmp_path / "uk.pdf"
    args = ("print", "case-sheet", case_file.captive_case, "-o", str(pdf), "--lang", "uk")
    result = run_on(db_path, *args, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    text = _text(pdf)
    assert "Картка справи" in text and "Історія статусів" in text and "Сторінка 1 з" in text
    assert not [w for w in ("Status history", "Identity", "Page 1 of", "Generated") if w in text]


def test_manifest_in_russian_with_lang(case_file: CaseFile, tmp_path: Path, db_path: Path) -> None:
    pdf = tmp_path / "ru.pdf"
    result = run_on(
        db_path, "print", "manifest", SHIPMENT, "-o", str(pdf), "--lang", "ru", cwd=tmp_path
    )
    assert result.returncode == 0, result.stderr
    text = _text(pdf)
    assert f"Опись партии {SHIPMENT}" in text and "Итого:" in text and " кг" in text
    assert "Shipment manifest" not in text


def test_counterpart_documents_default_to_the_office_setting(
    case_file: CaseFile, db: Database, admin: User, tmp_path: Path, db_path: Path
) -> None:
    with unit_of_work(db, admin) as session:
        set_setting(session, admin, COUNTERPART_LANGUAGE, "ru")
        set_setting(session, admin, COUNTERPART_SECOND_LANGUAGE, "uk")
    pdf, internal = tmp_path / "counterpart.pdf", tmp_path / "internal.pdf"
    sheet = ("print", "case-sheet", case_file.captive_case)
    assert run_on(db_path, *sheet, "--counterpart", "-o", str(pdf), cwd=tmp_path).returncode == 0
    assert run_on(db_path, *sheet, "-o", str(internal), cwd=tmp_path).returncode == 0
    text = _text(pdf)
    assert "Личность / Особа" in text and "Дата рождения / Дата народження" in text
    assert "Экземпляр для другой стороны" in text
    # The office's own copy: the terminal's language (English here), not the counterpart's.
    assert "Status history" in _text(internal)
    # --lang names the counterpart's first language; the office's second stays beside it.
    uk = tmp_path / "uk.pdf"
    args = (*sheet, "--counterpart", "-o", str(uk), "--lang", "uk")
    assert run_on(db_path, *args, cwd=tmp_path).returncode == 0
    assert "Особа / Личность" in _text(uk)


def test_labels_go_in_the_counterparts_language(
    case_file: CaseFile, db: Database, admin: User, tmp_path: Path, db_path: Path
) -> None:
    with unit_of_work(db, admin) as session:
        set_setting(session, admin, COUNTERPART_LANGUAGE, "uk")
    pdf = tmp_path / "labels.pdf"
    args = ("print", "labels", SHIPMENT, "-o", str(pdf), "--allow-missing-place")
    assert run_on(db_path, *args, cwd=tmp_path).returncode == 0
    text = _text(pdf)
    assert "Кому:" in text and "Пломба" in text and "To: " not in text


def test_without_lang_the_terminals_language(
    case_file: CaseFile, tmp_path: Path, db_path: Path
) -> None:
    pdf = tmp_path / "stalled.pdf"
    args = ("print", "stalled", "-o", str(pdf), "--db", str(db_path))
    result = run(
        *args,
        *signed_in_as("o.bondar", tmp_path),
        cwd=tmp_path,
        env={"LC_ALL": "ru_RU.UTF-8", "LANG": "ru_RU.UTF-8"},
    )
    assert result.returncode == 0, result.stderr
    text = _text(pdf)
    assert "Дела без движения" in text and "Stalled cases" not in text
