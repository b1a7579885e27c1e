"""The review queue, the dashboard and the review dialogs (one case, many, the question) say every word through a translator
(the pseudo-language marks each ⟦…⟧; ``untranslated_texts`` finds any English left), and
read in Ukrainian and Russian; the queue's caseworker whole on a small screen in each."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from ombuds_desk.domain.accounts import User
from ombuds_desk.domain.i18n import Language
from ombuds_desk.services.cases.block_reasons import STANDARD_REASONS
from ombuds_desk.services.cases.case_status import block_case
from ombuds_desk.services.core.unit_of_work import unit_of_work
from ombuds_desk.services.workflow.review_queue import reason_words
from ombuds_desk.store.database import Database
from ombuds_desk.ui.common.translators import install_translators
from ombuds_desk.ui.workflow.bulk_review_dialog import BulkReviewDialog
from ombuds_desk.ui.workflow.dashboard_page import DashboardPage
from ombuds_desk.ui.workflow.operation_dialog import OperationDialog
from ombuds_desk.ui.workflow.operations_page import OperationsPage
from ombuds_desk.ui.workflow.review_dialog import ReviewDialog
from ombuds_desk.ui.workflow.review_queue_page import ReviewQueuePage
from tests.services.helpers import register
from tests.ui.conftest import HostFactory
from tests.ui.helpers import type_text, wait_idle
from tests.ui.hosting import BareHost
from tests.ui.others_words import OTHERS_WORDS
from tests.ui.screens import cut_columns, shots_folder
from tests.ui.untranslated import untranslated_texts

# Data, not interface: case numbers' prefixes.
DATA = ("CAP-", "EVA-")


@pytest.fixture
def stalled(db: Database, caseworker: User, supervisor: User, today: date) -> list[int]:
    """Two cases stalled for long, one blocked with the office's own (Cyrillic) reason."""
    old = register(db, caseworker, today, family_name="Ґудзь", status_since=today - timedelta(120))
    mid = register(
        db,
        caseworker,
        today,
        category="evacuee",
        family_name="Їжакевич",
        status_since=today - timedelta(45),
    )
    held = register(db, supervisor, today, family_name="Мороз", status_since=today - timedelta(5))
    with unit_of_work(db, supervisor) as session:
        assert held.id is not None
        block_case(session, supervisor, held.id, "Місце перебування невідоме", today=today)
    return [old.id or 0, mid.id or 0, held.id or 0]


def _shown(qtbot: QtBot, host: BareHost, page: QWidget, title: str) -> None:
    host.add_page(page, title)
    host.show_page(page)
    host.resize(1400, 900)
    host.show()
    qtbot.waitExposed(host)
    wait_idle(qtbot, host)


def _queue(qtbot: QtBot, host: BareHost) -> ReviewQueuePage:
    page = ReviewQueuePage(host)
    _shown(qtbot, host, page, "Черга")
    assert page.model.rowCount() == 3
    page.table.select_row(0)
    return page


@pytest.mark.usefixtures("pseudo_language", "stalled")
def test_the_review_queue_has_no_untranslated_words(
    qtbot: QtBot, supervisor_host: BareHost
) -> None:
    page = _queue(qtbot, supervisor_host)
    page.table.selectAll()  # "Review 3 cases…"
    assert "⟦" in page.counts.text() and "⟦" in page.review_button.text()
    assert untranslated_texts(page, allow=(*DATA, *OTHERS_WORDS)) == []


@pytest.mark.usefixtures("pseudo_language", "stalled")
def test_a_caseworker_s_queue_has_no_untranslated_words(qtbot: QtBot, host: BareHost) -> None:
    page = ReviewQueuePage(host)
    _shown(qtbot, host, page, "Черга")
    assert untranslated_texts(page, allow=(*DATA, *OTHERS_WORDS)) == []


@pytest.mark.usefixtures("pseudo_language", "stalled")
def test_the_dashboard_has_no_untranslated_words(qtbot: QtBot, supervisor_host: BareHost) -> None:
    page = DashboardPage(supervisor_host)
    _shown(qtbot, supervisor_host, page, "Огляд")
    page.refresh()
    wait_idle(qtbot, supervisor_host)
    assert page.stats is not None and page.stats.stalled_cases == 3
    assert untranslated_texts(page, allow=(*DATA, *OTHERS_WORDS)) == []


@pytest.mark.usefixtures("pseudo_language")
def test_the_bulk_review_dialog_has_no_untranslated_words(
    qtbot: QtBot, supervisor_host: BareHost, stalled: list[int]
) -> None:
    dialog = BulkReviewDialog(supervisor_host, stalled, supervisor_host)
    qtbot.addWidget(dialog)
    dialog.show()
    assert "⟦" in dialog.windowTitle()
    assert untranslated_texts(dialog, allow=OTHERS_WORDS) == []


def test_the_queue_reads_in_ukrainian(
    qtbot: QtBot, supervisor_host: BareHost, stalled: list[int], ukrainian: None
) -> None:
    page = _queue(qtbot, supervisor_host)
    assert page.counts.text().startswith("3 справи без руху в черзі")
    header = page.model.headerData(4, orientation=page.table.horizontalHeader().orientation())
    assert header == "Причина"
    reasons = {page.model.index(row, 4).data() for row in range(3)}
    assert reasons == {"Без змін понад 14 днів", "Місце перебування невідоме"}


def test_the_queue_reads_in_russian(
    qtbot: QtBot, supervisor_host: BareHost, stalled: list[int], russian: None
) -> None:
    page = _queue(qtbot, supervisor_host)
    page.table.selectAll()
    assert page.counts.text().startswith("3 дела без движения в очереди")
    assert page.review_button.text() == "&Рассмотреть 3 дела…"


def test_a_stalled_reason_is_said_in_the_reader_s_language(russian: None) -> None:
    assert reason_words("No change for more than 21 days") == "Без изменений более 21 дня"
    assert reason_words("Blocked") == "Заблокировано"
    assert reason_words("Місце перебування невідоме") == "Місце перебування невідоме"


@pytest.mark.usefixtures("pseudo_language")
def test_the_bulk_review_question_has_no_untranslated_words(
    qtbot: QtBot, supervisor_host: BareHost, stalled: list[int]
) -> None:
    dialog = BulkReviewDialog(supervisor_host, stalled, supervisor_host)
    qtbot.addWidget(dialog)
    dialog.show()
    box = dialog.on_save_clicked()  # "Keep 3 cases waiting until …?"
    assert "⟦" in box.text()
    # The box's Yes and Cancel are Qt's own words (its translator, Ukrainian here).
    assert untranslated_texts(box, allow=OTHERS_WORDS) == []
    box.reject()


@pytest.mark.usefixtures("pseudo_language")
def test_the_review_dialog_has_no_untranslated_words(
    qtbot: QtBot, supervisor_host: BareHost, stalled: list[int]
) -> None:
    page = _queue(qtbot, supervisor_host)
    page.on_review_clicked()
    dialog = page.findChild(ReviewDialog) or supervisor_host.findChild(ReviewDialog)
    assert isinstance(dialog, ReviewDialog)
    assert "⟦" in dialog.windowTitle()
    assert untranslated_texts(dialog, allow=(*DATA, *OTHERS_WORDS)) == []


@pytest.mark.usefixtures("pseudo_language", "stalled")
def test_the_operations_page_and_its_dialog_have_no_untranslated_words(
    qtbot: QtBot, supervisor_host: BareHost
) -> None:
    page = OperationsPage(supervisor_host)
    _shown(qtbot, supervisor_host, page, "Операції")
    page.new_button.click()
    dialog = page.dialog
    assert isinstance(dialog, OperationDialog)
    type_text(qtbot, dialog.name, "Обмін 26 листопада")
    dialog.save_button.click()
    qtbot.waitUntil(lambda: not dialog.isVisible())
    wait_idle(qtbot, supervisor_host)
    assert page.model.rowCount() == 1
    assert untranslated_texts(page, allow=(*DATA, *OTHERS_WORDS)) == []
    page.new_button.click()
    assert isinstance(page.dialog, OperationDialog)
    assert untranslated_texts(page.dialog, allow=(*DATA, *OTHERS_WORDS)) == []


@pytest.fixture(params=["en", "uk", "ru"])
def language(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    install_translators(qapp, Language(request.param))
    yield str(request.param)
    install_translators(qapp, Language.EN)


def test_a_long_reason_leaves_the_caseworker_whole_on_a_small_screen(
    qtbot: QtBot,
    language: str,
    db: Database,
    caseworker: User,
    supervisor: User,
    make_host: HostFactory,
    today: date,
    tmp_path: Path,
) -> None:
    """The longest standard reasons of a block (their tooltip says them whole) do not push
    the caseworker, whom a supervisor reads beside the reason, off a 1280-pixel window."""
    names = ("Коваленко-Старовойтенко", "Белозёрский", "Пʼятницький", "Ґудзь")
    for days, name in enumerate(names):
        person = register(
            db,
            caseworker,
            today,
            family_name=name,
            given_name="Олександр",
            patronymic="Вікторович",
            status_since=today - timedelta(130 - days * 30),  # the blocked first
        )
        if days < 2:
            with unit_of_work(db, supervisor) as session:
                reason = STANDARD_REASONS[days]  # does not accept return; identity not confirmed
                block_case(session, supervisor, person.id or 0, reason, today=today)
    host = make_host(supervisor)
    page = ReviewQueuePage(host)
    host.add_page(page, "Черга")
    host.show_page(page)
    host.resize(1280, 720)
    host.show()
    qtbot.waitExposed(host)
    qtbot.waitUntil(lambda: page.model.rowCount() == len(names))
    wait_idle(qtbot, host)
    host.grab().save(str(shots_folder(tmp_path) / f"review-queue-{language}.png"))
    caseworker_column = 6
    assert page.model.index(0, caseworker_column).data() == caseworker.full_name
    header = page.table.horizontalHeader()
    assert header.visualIndex(caseworker_column) == caseworker_column
    # Every title up to the caseworker's whole, and the caseworker's name too.
    assert cut_columns(page.table, range(caseworker_column)) == []
    assert cut_columns(page.table, [caseworker_column], cells=True) == []
    # A reason cut short is said whole in its tooltip.
    cut = page.model.index(1, 4)  # identity not confirmed by the holding party
    assert len(cut.data()) > 30
    assert cut.data(Qt.ItemDataRole.ToolTipRole) == cut.data()
