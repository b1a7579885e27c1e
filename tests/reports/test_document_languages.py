"""Every printout in Ukrainian and in Russian, whatever the process's language, read back from
the PDF's text: the headings in the document's language and no English heading left, dates
as DD.MM.YYYY, the counterpart's sheet in two languages side by side, the batch's worker
processes speaking the document's language, the Latin form after the office's setting, and
the program's version in every file's metadata."""

from __future__ import annotations

import re
from datetime import date
from io import BytesIO
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from ombuds_desk import __version__
from ombuds_desk.domain.accounts import User
from ombuds_desk.domain.i18n import Language
from ombuds_desk.reports import (
    render_case_sheet,
    render_counterpart_manifest,
    render_counterpart_sheet,
    render_labels,
    render_manifest,
    render_stalled_report,
    write_case_sheets,
)
from ombuds_desk.services.core.office_settings import (
    COUNTERPART_LANGUAGE,
    COUNTERPART_SECOND_LANGUAGE,
    LATIN_FORM,
    set_setting,
)
from ombuds_desk.services.core.unit_of_work import unit_of_work
from ombuds_desk.services.printing import SheetVersion, case_sheet_data, manifest_data
from ombuds_desk.services.printing.counterpart_export import export_for_counterpart
from ombuds_desk.services.printing.counterpart_manifest import counterpart_manifest_data
from ombuds_desk.services.printing.counterpart_sheet import counterpart_sheet_data
from ombuds_desk.services.printing.labels import label_sheet
from ombuds_desk.services.printing.languages import (
    DocumentLanguage,
    counterpart_language,
    speaking,
)
from ombuds_desk.services.printing.stalled import stalled_report_data
from ombuds_desk.store.database import Database
from tests.reports.builders import SHIPMENT, CaseFile
from tests.reports.marked_case import MarkedCases, build_marked_cases
from tests.reports.pdf_checks import page_texts, poppler_text
from tests.reports.test_counterpart_markers import _allowed_on_sheet, _check_pdf
from tests.services.helpers import id_of, register

UK, RU = Language.UK, Language.RU

# The English headings and fixed words of each document: none may be left in ru or uk.
SHEET_ENGLISH = (
    "Case sheet",
    "Confidential",
    "Page 1 of",
    "Generated",
    "Current status",
    "Identity",
    "Date of birth",
    "Captivity details",
    "Family and contacts",
    "Relationship",
    "Status history",
    "Recorded by",
    "Correspondence and parcels",
    "Correspondence items",
    "Parcel no.",
    "Latest notes",
    "in status",
    "newest first",
    " since ",
)
COUNTERPART_ENGLISH = (
    "Counterpart version",
    "Relatives",
    "Issued by",
    "Prepared for the counterpart",
    "Direction",
    "to the person",
)
MANIFEST_ENGLISH = (
    "Shipment manifest",
    "Channel",
    "Handover date",
    "Total weight",
    "Recipient",
    "Case no.",
    "Handed over by",
    "Received by",
    "Signature",
    "We confirm",
    "Total:",
    "parcels",
    " kg",
)
LABEL_ENGLISH = ("Case ", "Seal ", "Born ", "To: ", "From: ", "Shipment ")
STALLED_ENGLISH = (
    "Stalled cases",
    "For supervisors",
    "Summary",
    "Caseworker",
    "Last review",
    "Next review",
    "All stalled cases",
    "No change for more than",
    "Cases not closed",
)
ISO_DATE = re.compile(r"\b\d{4}-\d{2}-\d{2}\b")
DAY = re.compile(r"\b\d{2}\.\d{2}\.\d{4}\b")


def _text(pdf: bytes | Path) -> str:
    return " ".join(page_texts(pdf))


def _no_english(text: str, words: tuple[str, ...]) -> None:
    left = [word for word in words if word in text]
    assert not left, f"English left in the document: {left}"


def _pdf(render: object) -> bytes:
    out = BytesIO()
    render(out)  # type: ignore[operator]
    return out.getvalue()


def _version_in(pdf: bytes | Path) -> None:
    meta = PdfReader(BytesIO(pdf) if isinstance(pdf, bytes) else pdf).metadata
    assert meta is not None and meta.creator == f"Ombuds Desk {__version__}"


def _settings(db: Database, admin: User, **values: str) -> None:
    with unit_of_work(db, admin) as session:
        for key, value in values.items():
            set_setting(session, admin, key, value)


@pytest.mark.parametrize(
    ("language", "words"),
    [
        (
            UK,
            (
                "Картка справи",
                "Конфіденційно — містить персональні дані",
                "Сторінка 1 з",
                "Внутрішній примірник",
                "Поточний статус",
                "Особа",
                "Дата народження",
                "Відомості про полон",
                "Військова частина",
                "Родина та контакти",
                "Історія статусів",
                "Листування та посилки",
                "Останні примітки",
            ),
        ),
        (
            RU,
            (
                "Карточка дела",
                "Конфиденциально — содержит персональные данные",
                "Страница 1 из",
                "Внутренний экземпляр",
                "Текущий статус",
                "Личность",
                "Дата рождения",
                "Сведения о плене",
                "Воинская часть",
                "Семья и контакты",
                "История статусов",
                "Переписка и посылки",
                "Последние заметки",
            ),
        ),
    ],
)
def test_internal_case_sheet_in_ukrainian_and_russian(
    db: Database, case_file: CaseFile, today: date, language: Language, words: tuple[str, ...]
) -> None:
    with speaking(language), db.reading() as session:
        data = case_sheet_data(session, case_file.captive_id, today=today)
        pdf = _pdf(lambda out: render_case_sheet(data, out, generated_by="Олег Бондар"))
    text = _text(pdf)
    missing = [word for word in words if word not in text]
    assert not missing, missing
    _no_english(text, SHEET_ENGLISH)
    assert not ISO_DATE.search(text) and DAY.search(text)
    assert f"{today:%d.%m.%Y}" in text  # the day it was made, in the footer
    assert "05.1994" in text  # a partial date of birth as the register shows it
    _version_in(pdf)
    meta = PdfReader(BytesIO(pdf)).metadata
    assert meta is not None
    version = "внутрішній примірник" if language is UK else "внутренний экземпляр"
    assert (meta.title or "").endswith(version)


def test_the_process_language_does_not_leak_into_an_english_document(
    db: Database, case_file: CaseFile, today: date
) -> None:
    """A document asked for in English stays English inside a Ukrainian one's block."""
    with speaking(UK), speaking(Language.EN), db.reading() as session:
        data = case_sheet_data(session, case_file.captive_id, today=today)
        text = _text(_pdf(lambda out: render_case_sheet(data, out, generated_by="x")))
    assert "Status history" in text and "Історія" not in text
    assert "days in status" in text and "Page 1 of" in text


@pytest.mark.parametrize("language", [UK, RU])
def test_counterpart_sheet_in_one_language(
    db: Database, case_file: CaseFile, today: date, language: Language
) -> None:
    with speaking(language), db.reading() as session:
        data = counterpart_sheet_data(session, case_file.captive_id, today=today)
        pdf = _pdf(lambda out: render_counterpart_sheet(data, out))
    text = _text(pdf)
    _no_english(text, SHEET_ENGLISH + COUNTERPART_ENGLISH)
    expected = (
        ("Примірник для іншої сторони", "Родичі", "Видано:", "Дата народження")
        if language is UK
        else ("Экземпляр для другой стороны", "Родственники", "Выдано:", "Дата рождения")
    )
    assert all(word in text for word in expected), text
    assert not ISO_DATE.search(text)
    _version_in(pdf)


def test_counterpart_sheet_bilingual_from_the_office_settings(
    db: Database, case_file: CaseFile, admin: User, today: date, tmp_path: Path
) -> None:
    """Counterpart in Russian with Ukrainian beside it: every heading and label in both
    languages side by side, the data once."""
    _settings(db, admin, **{COUNTERPART_LANGUAGE: "ru", COUNTERPART_SECOND_LANGUAGE: "uk"})
    with db.reading() as session:
        language = counterpart_language(session)
    assert language == DocumentLanguage(RU, UK)
    with speaking(language), db.reading() as session:
        data = counterpart_sheet_data(session, case_file.captive_id, today=today)
        pdf = _pdf(lambda out: render_counterpart_sheet(data, out))
    text = _text(pdf)
    for both in (
        "Дата рождения / Дата народження",
        "Воинская часть / Військова частина",
        "Место содержания / Місце утримання",
        "Личность / Особа",
        "История статусов / Історія статусів",
        "Родственники / Родичі",
        "Текущий статус / Поточний статус",
        "Экземпляр для другой стороны / Примірник для іншої сторони",
    ):
        assert both in text, both
    # Data once, in the first language: the case line, the pages, the day it was made.
    assert "дело " in text and "справа " not in text
    assert "Страница 1 из" in text and "Сторінка" not in text
    _no_english(text, SHEET_ENGLISH + COUNTERPART_ENGLISH)
    assert text.count("СІЗО № 2, м. Таганрог") == 1  # the data once
    path = tmp_path / "bilingual.pdf"
    path.write_bytes(pdf)
    poppler = poppler_text(path)
    assert poppler is None or "Дата рождения / Дата народження" in poppler


@pytest.mark.parametrize("language", [UK, RU])
def test_manifests_in_ukrainian_and_russian(
    db: Database, case_file: CaseFile, today: date, language: Language
) -> None:
    with speaking(language), db.reading() as session:
        internal = manifest_data(session, SHIPMENT, today=today)
        other = counterpart_manifest_data(session, SHIPMENT, today=today)
        pdfs = [
            _pdf(lambda out: render_manifest(internal, out, generated_by="Олег Бондар")),
            _pdf(lambda out: render_counterpart_manifest(other, out)),
        ]
    for pdf in pdfs:
        text = _text(pdf)
        _no_english(text, MANIFEST_ENGLISH)
        title = "Опис партії" if language is UK else "Опись партии"
        assert f"{title} {SHIPMENT}" in text
        assert ("Разом:" if language is UK else "Итого:") in text
        assert " кг" in text and not ISO_DATE.search(text)
        _version_in(pdf)


@pytest.mark.parametrize("language", [UK, RU])
def test_labels_in_ukrainian_and_russian(
    db: Database, case_file: CaseFile, today: date, language: Language
) -> None:
    with speaking(language), db.reading() as session:
        sheet = label_sheet(session, today=today, shipment_reference=SHIPMENT)
        pdf = _pdf(lambda out: render_labels(sheet, out))
    text = _text(pdf)
    _no_english(text, LABEL_ENGLISH)
    words = ("Справа", "Пломба", "Кому:", "Партія") if language is UK else ("Дело", "Куда:")
    assert all(word in text for word in words), text
    _version_in(pdf)


@pytest.mark.parametrize("language", [UK, RU])
def test_stalled_report_in_ukrainian_and_russian(
    db: Database, case_file: CaseFile, today: date, language: Language
) -> None:
    with speaking(language), db.reading() as session:
        data = stalled_report_data(session, today=today, threshold_days=30)
        pdf = _pdf(lambda out: render_stalled_report(data, out, generated_by="Олег Бондар"))
    text = _text(pdf)
    _no_english(text, STALLED_ENGLISH)
    expected = "Справи без руху на" if language is UK else "Дела без движения на"
    assert f"{expected} {today:%d.%m.%Y}" in text
    assert not ISO_DATE.search(text)
    _version_in(pdf)


def test_batch_in_two_processes_in_ukrainian(
    db: Database, case_file: CaseFile, caseworker: User, today: date, tmp_path: Path
) -> None:
    """The worker processes have no translator of their own: they are handed the language."""
    extra = [
        id_of(register(db, caseworker, today, family_name="Коваль", given_name=g))
        for g in ("Ірина", "Ігор", "Єва")
    ]
    ids = [case_file.captive_id, case_file.evacuee_id, case_file.russian_id, *extra]
    out = tmp_path / "uk.pdf"
    result = write_case_sheets(
        db,
        ids,
        out,
        today=today,
        generated_by="Олег Бондар",
        processes=2,
        language=DocumentLanguage(UK),
    )
    assert result.completed and result.sheets == len(ids)
    texts = page_texts(out)
    assert sum("Сторінка 1 з" in t for t in texts) == len(ids)
    for page in texts:
        _no_english(page, ("Page ", "Confidential", "Generated", "Internal version"))
        assert "Конфіденційно — містить персональні дані" in page
    assert "Відомості про евакуацію" in " ".join(texts)
    meta = PdfReader(out).metadata
    assert meta is not None and (meta.title or "").startswith("Картки справ")
    assert f"({len(ids)} справ)" in (meta.title or "")
    _version_in(out)


def test_counterpart_batch_in_two_processes_bilingual(
    db: Database, case_file: CaseFile, admin: User, today: date, tmp_path: Path
) -> None:
    _settings(db, admin, **{COUNTERPART_LANGUAGE: "uk", COUNTERPART_SECOND_LANGUAGE: "ru"})
    with db.reading() as session:
        language = counterpart_language(session)
    out = tmp_path / "counterpart.pdf"
    ids = [case_file.captive_id, case_file.evacuee_id, case_file.russian_id]
    write_case_sheets(
        db,
        ids,
        out,
        today=today,
        version=SheetVersion.COUNTERPART,
        generated_by="",
        processes=2,
        language=language,
    )
    texts = page_texts(out)
    assert sum("Прізвище" in t or "Особа / Личность" in t for t in texts) >= len(ids)
    _no_english(" ".join(texts), SHEET_ENGLISH + COUNTERPART_ENGLISH)


def test_latin_form_follows_the_office_setting(
    db: Database, caseworker: User, admin: User, today: date
) -> None:
    person = id_of(register(db, caseworker, today, family_name="Мельник", given_name="Ярослав"))
    with speaking(UK), db.reading() as session:
        icao = counterpart_sheet_data(session, person, today=today).latin_name
    _settings(db, admin, **{LATIN_FORM: "kmu2010"})
    with speaking(UK), db.reading() as session:
        kmu = counterpart_sheet_data(session, person, today=today)
        internal = case_sheet_data(session, person, today=today)
        pdf = _pdf(lambda out: render_counterpart_sheet(kmu, out))
    assert (icao, kmu.latin_name, internal.latin_name) == (
        "Melnik Iaroslav",
        "Melnyk Yaroslav",
        "Melnyk Yaroslav",
    )
    assert "Melnyk Yaroslav" in _text(pdf)


def test_a_latin_form_typed_by_hand_is_printed_as_typed(
    db: Database, caseworker: User, admin: User, today: date
) -> None:
    person = id_of(
        register(
            db,
            caseworker,
            today,
            family_name="Мельник",
            given_name="Ярослав",
            family_name_latin="Melnyk",
            given_name_latin="Jaroslav",
        )
    )
    _settings(db, admin, **{LATIN_FORM: "kmu2010"})
    with db.reading() as session:
        assert counterpart_sheet_data(session, person, today=today).latin_name == (
            "Melnyk Jaroslav"
        )


def test_counterpart_export_words_in_their_language_headers_unchanged(
    db: Database, case_file: CaseFile, admin: User, today: date, tmp_path: Path
) -> None:
    _settings(db, admin, **{COUNTERPART_LANGUAGE: "ru"})
    english = tmp_path / "en.xlsx"
    russian = tmp_path / "ru.xlsx"
    ids = [case_file.captive_id, case_file.evacuee_id]
    with db.reading() as session:
        export_for_counterpart(
            session, admin, ids, english, today=today, language=DocumentLanguage(Language.EN)
        )
        export_for_counterpart(session, admin, ids, russian, today=today)  # the office's
    en_book, ru_book = load_workbook(english), load_workbook(russian)
    assert en_book.sheetnames == ["For the counterpart"]
    assert ru_book.sheetnames == ["Для другой стороны"]
    en_rows = list(en_book.active.iter_rows(values_only=True))
    ru_rows = list(ru_book.active.iter_rows(values_only=True))
    assert en_rows[0] == ru_rows[0] and en_rows[0][0] == "Case number"  # machine headers
    # Facts found by their printed labels in either language: the same cells filled.
    assert [[v is None or v == "" for v in row] for row in en_rows] == [
        [v is None or v == "" for v in row] for row in ru_rows
    ]
    assert "СІЗО № 2, м. Таганрог" in ru_rows[1]


@pytest.fixture
def marked(db: Database, admin: User, today: date) -> MarkedCases:
    return build_marked_cases(db, admin, today)


@pytest.mark.parametrize("processes", [1, 2])
def test_nothing_new_leaks_in_two_languages(
    db: Database, marked: MarkedCases, admin: User, today: date, tmp_path: Path, processes: int
) -> None:
    """The allow-list's end-to-end check again, on a bilingual counterpart batch with the
    Latin form after KMU 2010: exactly the allowed fields, in both languages' layout."""
    _settings(
        db,
        admin,
        **{COUNTERPART_LANGUAGE: "uk", COUNTERPART_SECOND_LANGUAGE: "ru", LATIN_FORM: "kmu2010"},
    )
    with db.reading() as session:
        language = counterpart_language(session)
    pdf = tmp_path / "batch.pdf"
    result = write_case_sheets(
        db,
        [marked.captive_id, marked.evacuee_id],
        pdf,
        today=today,
        version=SheetVersion.COUNTERPART,
        generated_by=marked.markers["staff.caseworker"],
        processes=processes,
        language=language,
    )
    assert result.completed and result.sheets == 2
    assert "Особа / Личность" in _text(pdf)
    allowed = _allowed_on_sheet(marked, "captive") | _allowed_on_sheet(marked, "evacuee")
    _check_pdf(marked, pdf, allowed)
