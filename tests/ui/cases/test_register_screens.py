"""The case view and the person dialog in Ukrainian and Russian: every word translated, and
no button, caption or tab cut short by the longer words (they run about a third longer than
English). Screenshots go to ``$OMBUDS_SHOTS`` when set (else the test's own folder)."""

from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QTabBar, QWidget
from pytestqt.qtbot import QtBot

from ombuds_desk.domain.accounts import User
from ombuds_desk.domain.enums import CaseStatus
from ombuds_desk.domain.i18n import Language
from ombuds_desk.services.cases.case_status import block_case, change_status
from ombuds_desk.services.cases.case_view import person_form
from ombuds_desk.services.cases.contacts import add_contact
from ombuds_desk.services.cases.notes import add_note
from ombuds_desk.services.core.unit_of_work import unit_of_work
from ombuds_desk.store.database import Database
from ombuds_desk.ui.cases.cases_page import CasesPage
from ombuds_desk.ui.cases.person_dialog import PersonDialog
from ombuds_desk.ui.common.translators import install_translators, uninstall_translators
from tests.services.helpers import id_of, register
from tests.ui.helpers import settle_layouts, wait_idle
from tests.ui.hosting import BareHost

UKRAINIAN_WORDS = ("Справи", "Відомості", "Змінити", "Полонений")
RUSSIAN_WORDS = ("Дела", "Сведения", "Изменить", "Пленный")


@pytest.fixture(params=["uk", "ru"])
def language(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    """The window in Ukrainian, then in Russian."""
    install_translators(qapp, Language(request.param))
    yield str(request.param)
    uninstall_translators(qapp)


def _shots(tmp_path: Path) -> Path:
    folder = Path(os.environ.get("OMBUDS_SHOTS") or tmp_path)
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def _cut_short(widget: QWidget) -> list[str]:
    """Visible buttons, one-line captions and tabs narrower than their text."""
    found: list[str] = []
    for each in [widget, *widget.findChildren(QWidget)]:
        if not each.isVisibleTo(widget):
            continue
        if isinstance(each, QAbstractButton) and each.text():
            if each.width() < each.minimumSizeHint().width():
                found.append(
                    f"button {each.text()!r}: {each.width()} < {each.minimumSizeHint().width()}"
                )
        elif isinstance(each, QLabel) and each.text() and not each.wordWrap():
            if "<" not in each.text() and each.width() < each.minimumSizeHint().width():
                found.append(
                    f"label {each.text()!r}: {each.width()} < {each.minimumSizeHint().width()}"
                )
        elif isinstance(each, QTabBar):
            for i in range(each.count()):
                text = each.tabText(i).replace("&", "")
                if each.fontMetrics().horizontalAdvance(text) > each.tabRect(i).width():
                    found.append(f"tab {text!r}")
    return found


@pytest.fixture
def case_id(db: Database, caseworker: User, today: date) -> int:
    person_id = id_of(
        register(
            db,
            caseworker,
            today,
            family_name="Мельник",
            given_name="Ярослав",
            patronymic="Олександрович",
            date_of_birth="14.03.1994",
            rank="старший лейтенант",
            unit="72-га окрема механізована бригада",
            status_since=today - timedelta(days=120),
        )
    )
    with unit_of_work(db, caseworker) as session:
        change_status(
            session,
            caseworker,
            person_id,
            CaseStatus.CONFIRMED,
            effective_on=today - timedelta(days=100),
            today=today,
            reason="Підтверджено МКЧХ",
        )
    with unit_of_work(db, caseworker) as session:
        block_case(session, caseworker, person_id, "Awaiting documents", today=today)
    with unit_of_work(db, caseworker) as session:
        add_contact(
            session,
            caseworker,
            person_id,
            {
                "family_name": "Мельник",
                "given_name": "Оксана",
                "relationship": "mother",
                "phone": "+380 67 000 11 22",
                "consent": "given",
                "share_consent": "unknown",
            },
        )
    with unit_of_work(db, caseworker) as session:
        add_note(session, caseworker, person_id, "Мати телефонувала, чекає на лист.")
    return person_id


def test_the_case_view_reads_whole_in_ukrainian_and_russian(
    qtbot: QtBot, language: str, host: BareHost, case_id: int, tmp_path: Path
) -> None:
    page = CasesPage(host)
    host.add_page(page, "…")
    host.show_page(page)
    wait_idle(qtbot, host)
    assert page.table.select_person(case_id)
    wait_idle(qtbot, host)
    panel = page.case_panel
    words = UKRAINIAN_WORDS if language == "uk" else RUSSIAN_WORDS
    shown = " ".join([panel.tabs.tabText(0), panel.status_button.text(), panel.case_number.text()])
    assert words[1] in shown and words[2] in shown and words[3] in shown, shown
    blocked = "Очікуються документи" if language == "uk" else "Ожидаются документы"
    assert blocked in panel.warning_line.text()
    host.grab().save(str(_shots(tmp_path) / f"case-view-{language}.png"))
    assert _cut_short(page) == []


def test_the_legend_stays_whole_beside_a_long_count(
    qtbot: QtBot, language: str, host: BareHost, case_id: int
) -> None:
    page = CasesPage(host)
    host.add_page(page, "…")
    host.show_page(page)
    wait_idle(qtbot, host)
    page.filter_panel.set_count(123_456)
    settle_layouts()
    assert "123" in page.filter_panel.count_label.text()
    assert _cut_short(page.filter_panel) == []


def test_the_person_dialog_reads_whole_in_ukrainian_and_russian(
    qtbot: QtBot, language: str, host: BareHost, db: Database, case_id: int, tmp_path: Path
) -> None:
    with db.reading() as session:
        form = person_form(session, case_id)
    dialog = PersonDialog(host, form)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    title = "Редагування справи" if language == "uk" else "Редактирование дела"
    assert dialog.windowTitle().startswith(title)
    dialog.grab().save(str(_shots(tmp_path) / f"person-dialog-{language}.png"))
    assert _cut_short(dialog) == []
