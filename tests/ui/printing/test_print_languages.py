"""The language of a printout, chosen in the print dialogs: the window's by default for the
office's own papers, the office's counterpart language (with its second one) for theirs; and
the document made in it, the batch's worker processes included."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from ombuds_desk.domain.accounts import User
from ombuds_desk.domain.i18n import Language
from ombuds_desk.services.core.office_settings import (
    COUNTERPART_LANGUAGE,
    COUNTERPART_SECOND_LANGUAGE,
    set_setting,
)
from ombuds_desk.services.core.unit_of_work import unit_of_work
from ombuds_desk.services.printing import SheetVersion
from ombuds_desk.services.printing.languages import DocumentLanguage
from ombuds_desk.store.database import Database
from ombuds_desk.ui.printing.feature import PrintingFeature
from ombuds_desk.ui.printing.label_dialog import LabelOptionsDialog, ask_labels
from ombuds_desk.ui.printing.pdf_preview import PdfPreviewDialog
from ombuds_desk.ui.printing.sheet_version_dialog import SheetVersionDialog
from tests.reports.builders import SHIPMENT, build_case_file
from tests.reports.pdf_checks import page_texts
from tests.ui.hosting import BareHost
from tests.ui.printing.windows import visible
from tests.ui.untranslated import untranslated_texts

RU_UK = DocumentLanguage(Language.RU, Language.UK)
SHOTS = Path("/work/shots/18E")


@pytest.fixture
def parent(qapp: QApplication) -> Iterator[QWidget]:
    widget = QWidget()
    yield widget
    widget.deleteLater()


def _shown(dialog: SheetVersionDialog) -> str:
    return dialog.language_choice.combo.currentText()


def test_each_version_has_its_own_default(qtbot: QtBot, parent: QWidget) -> None:
    dialog = SheetVersionDialog("Справа", parent, counterpart_language=RU_UK)
    qtbot.addWidget(dialog)
    assert _shown(dialog) == "English" and dialog.language == DocumentLanguage(Language.EN)
    assert dialog.language_choice.second_label.text() == ""
    dialog.counterpart.setChecked(True)
    assert _shown(dialog) == "Русский" and dialog.language == RU_UK
    assert "Українська" in dialog.language_choice.second_label.text()
    # Another first language keeps the office's second one beside it.
    combo = dialog.language_choice.combo
    combo.setCurrentIndex(combo.findText("English"))
    assert dialog.language == DocumentLanguage(Language.EN, Language.UK)
    dialog.internal.setChecked(True)  # the office's own copy: one language, the window's
    assert dialog.language == DocumentLanguage(Language.EN)


@pytest.mark.usefixtures("ukrainian")
def test_the_window_in_ukrainian_prints_in_ukrainian_by_default(
    qtbot: QtBot, parent: QWidget
) -> None:
    dialog = SheetVersionDialog("Справа", parent, counterpart_language=RU_UK)
    qtbot.addWidget(dialog)
    assert _shown(dialog) == "Українська"
    assert dialog.language_choice.label.text() == "&Мова документа:"
    dialog.counterpart.setChecked(True)
    assert dialog.language_choice.second_label.text() == "заголовки також мовою: Українська"


@pytest.mark.usefixtures("pseudo_language")
def test_every_word_of_the_dialog_is_translatable(qtbot: QtBot, parent: QWidget) -> None:
    dialog = SheetVersionDialog("Справа", parent, counterpart_language=RU_UK)
    qtbot.addWidget(dialog)
    dialog.counterpart.setChecked(True)
    # The languages' own names are no interface words: each is written in itself.
    # "OK" is Qt's own standard button, which Ukrainian also writes "OK".
    assert untranslated_texts(dialog, allow=["English", "OK"]) == []


def test_counterpart_sheet_from_the_menu_in_the_offices_languages(
    qtbot: QtBot,
    host: BareHost,
    feature: PrintingFeature,
    db: Database,
    caseworker: User,
    admin: User,
    today: date,
) -> None:
    files = build_case_file(db, caseworker, today)
    with unit_of_work(db, admin) as session:
        set_setting(session, admin, COUNTERPART_LANGUAGE, "ru")
        set_setting(session, admin, COUNTERPART_SECOND_LANGUAGE, "uk")
    assert host.select_case(files.captive_id) is not None
    feature.case_sheet.trigger()
    (chooser,) = visible(SheetVersionDialog)
    chooser.counterpart.setChecked(True)
    assert chooser.language == RU_UK
    chooser.accept()
    qtbot.waitUntil(lambda: len(visible(PdfPreviewDialog)) == 1, timeout=30_000)
    (preview,) = visible(PdfPreviewDialog)
    assert isinstance(preview.source, bytes)
    text = " ".join(page_texts(preview.source))
    assert "Личность / Особа" in text and "Экземпляр для другой стороны" in text
    assert "Identity" not in text
    preview.close()
    qtbot.waitUntil(lambda: not feature.previews)


def test_batch_from_the_window_in_ukrainian_in_worker_processes(
    qtbot: QtBot,
    feature: PrintingFeature,
    db: Database,
    caseworker: User,
    today: date,
    tmp_path: Path,
) -> None:
    files = build_case_file(db, caseworker, today)
    ids = [files.captive_id, files.evacuee_id, files.russian_id]
    target = tmp_path / "batch.pdf"
    job = feature.print_list(ids, target, SheetVersion.INTERNAL, DocumentLanguage(Language.UK))
    # (its layout workers run below the tests' priority: 59 s on a host kept busy by others)
    with qtbot.waitSignal(job.succeeded, timeout=180_000):
        pass
    texts = page_texts(target)
    assert sum("Сторінка 1 з" in page for page in texts) == len(ids)
    assert all("Конфіденційно" in page and "Confidential" not in page for page in texts)
    qtbot.waitUntil(lambda: feature.batch_job is None)


def test_labels_default_to_the_counterparts_language_and_print_in_it(
    qtbot: QtBot,
    host: BareHost,
    feature: PrintingFeature,
    db: Database,
    caseworker: User,
    admin: User,
    today: date,
) -> None:
    build_case_file(db, caseworker, today)
    with unit_of_work(db, admin) as session:
        set_setting(session, admin, COUNTERPART_LANGUAGE, "uk")
    ask_labels(feature, SHIPMENT)
    qtbot.waitUntil(lambda: bool(visible(LabelOptionsDialog, "labelOptions")), timeout=30_000)
    (dialog,) = visible(LabelOptionsDialog, "labelOptions")
    assert dialog.language_choice.language == DocumentLanguage(Language.UK)
    if SHOTS.is_dir():
        dialog.grab().save(str(SHOTS / "label-options-en-window.png"))
    dialog.preview.click()
    qtbot.waitUntil(lambda: len(feature.previews) == 1, timeout=30_000)
    source = feature.previews[0].source
    assert isinstance(source, bytes)
    text = " ".join(page_texts(source))
    assert "Кому:" in text and "Пломба" in text and "To: " not in text


@pytest.mark.parametrize("language", ["ukrainian", "russian"])
def test_the_versions_read_whole_in_a_narrow_dialog(
    request: pytest.FixtureRequest, language: str, qtbot: QtBot, parent: QWidget
) -> None:
    """Each version is a short choice with what it holds wrapped below it: the counterpart's
    was one line longer than a screen's width (cut off, with a scroll bar)."""
    request.getfixturevalue(language)
    dialog = SheetVersionDialog("Справа", parent, counterpart_language=RU_UK)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.width() <= 640
    assert dialog.counterpart.text().replace("&", "") in ("Для іншої сторони", "Для другой стороны")
    assert dialog.counterpart.accessibleDescription()
    for child in dialog.findChildren(QWidget):
        if child.isVisible() and child.parent() is dialog:
            assert child.geometry().right() < dialog.width(), child
            assert child.width() >= min(child.sizeHint().width(), dialog.width() - 20), child
