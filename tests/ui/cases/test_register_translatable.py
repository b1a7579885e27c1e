"""Every word the register's screens show goes through a translator.

Under the pseudo-language every translatable text reads ⟦…⟧; ``untranslated_texts`` lists
any text with a Latin letter left outside one. The data is Cyrillic, so the only Latin allowed
is data that is Latin by nature: case numbers' prefixes, a phone's and an e-mail's letters.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from ombuds_desk.domain.accounts import User
from ombuds_desk.domain.enums import CaseStatus
from ombuds_desk.services.cases.case_status import block_case, change_status
from ombuds_desk.services.cases.case_view import person_form
from ombuds_desk.services.cases.contacts import add_contact
from ombuds_desk.services.cases.notes import add_note
from ombuds_desk.services.core.unit_of_work import unit_of_work
from ombuds_desk.store.database import Database
from ombuds_desk.store.translations import extracted
from ombuds_desk.ui.cases.block_dialog import BlockDialog
from ombuds_desk.ui.cases.case_panel import CasePanel
from ombuds_desk.ui.cases.cases_page import CasesPage
from ombuds_desk.ui.cases.contact_dialog import ContactDialog
from ombuds_desk.ui.cases.person_dialog import PersonDialog
from ombuds_desk.ui.cases.status_dialog import StatusDialog
from ombuds_desk.ui.common.field_labels import FIELD_LABELS
from tests.services.helpers import id_of, register
from tests.ui.helpers import wait_idle
from tests.ui.hosting import BareHost
from tests.ui.untranslated import untranslated_texts

# The field labels are area desk's (ui/common/field_labels.py): allowed here only while that
# area has not marked them for its translators, so this test turns strict once it has.
# (``extracted`` reads every .ts file: once, not once a label: 3 s of every xdist worker's
# collection.)
_EXTRACTED = extracted()
_DESK_FIELDS = tuple(
    text
    for source in FIELD_LABELS.values()
    if ("fields", source, "") not in _EXTRACTED
    for text in (source, source.replace("&", ""))
)
# Latin by nature: case number prefixes, the e-mail, the Latin forms of the names.
DATA = ("CAP-", "EVA-", "olha.gava@ukr.net", "Gava", "Ievgen", "Olga", "Ievgenivna", *_DESK_FIELDS)
OLHA = {
    "family_name": "Ґава",
    "given_name": "Ольга",
    "patronymic": "Євгенівна",
    "relationship": "wife",
    "phone": "+380 67 000 11 22",
    "email": "olha.gava@ukr.net",
    "address": "Київ, вул. Їжакевича 5",
    "consent": "given",
    "share_consent": "refused",
    "notes": "Дзвонити після 18:00",
}


@pytest.fixture
def case_id(db: Database, caseworker: User, supervisor: User, today: date) -> int:
    """A captive with a history (a change, a block), a contact and a note."""
    person_id = id_of(
        register(
            db,
            caseworker,
            today,
            family_name="Ґава",
            given_name="Євген",
            status_since=today - timedelta(days=90),
        )
    )
    with unit_of_work(db, caseworker) as session:
        change_status(
            session,
            caseworker,
            person_id,
            CaseStatus.CONFIRMED,
            effective_on=today - timedelta(days=60),
            today=today,
            reason="Підтверджено МКЧХ",
        )
    with unit_of_work(db, caseworker) as session:
        block_case(session, caseworker, person_id, "Очікуємо документи", today=today)
    with unit_of_work(db, caseworker) as session:
        add_contact(session, caseworker, person_id, OLHA)
    with unit_of_work(db, caseworker) as session:
        add_note(session, caseworker, person_id, "Дружина телефонувала")
    return person_id


@pytest.fixture
def pseudo(pseudo_language: None) -> Iterator[None]:
    yield


def test_the_cases_page_with_a_case_shown_is_all_translatable(
    qtbot: QtBot, pseudo: None, host: BareHost, case_id: int
) -> None:
    page = CasesPage(host)
    host.add_page(page, "Справи")
    host.show_page(page)
    wait_idle(qtbot, host)
    assert page.table.select_person(case_id)
    wait_idle(qtbot, host)
    assert page.case_panel.details is not None
    # The filter panel, the person list and the case view with each of its tabs.
    assert untranslated_texts(page.filter_panel, allow=DATA) == []
    assert untranslated_texts(page.table, allow=DATA) == []
    panel = page.case_panel
    for index in range(panel.tabs.count()):
        # The audit trail's tab shows the trail's words (services/core/audit_words.py, area
        # core): its rows are left unread here, its headers are checked.
        if panel.tabs.widget(index) is not panel.history_tab:
            panel.tabs.setCurrentIndex(index)
            wait_idle(qtbot, host)
    assert untranslated_texts(panel, allow=DATA) == []


def test_the_empty_case_view_is_translatable(qtbot: QtBot, pseudo: None) -> None:
    panel = CasePanel()
    qtbot.addWidget(panel)
    assert untranslated_texts(panel, allow=DATA) == []


def test_the_person_dialog_is_translatable(
    qtbot: QtBot, pseudo: None, host: BareHost, case_id: int
) -> None:
    new = PersonDialog(host)
    qtbot.addWidget(new)
    assert untranslated_texts(new, allow=DATA) == []
    with host.db.reading() as session:
        form = person_form(session, case_id)
    edit = PersonDialog(host, form)
    qtbot.addWidget(edit)
    assert untranslated_texts(edit, allow=DATA) == []


def test_the_contact_dialog_is_translatable(
    qtbot: QtBot, pseudo: None, host: BareHost, case_id: int
) -> None:
    new = ContactDialog(host, case_id)
    qtbot.addWidget(new)
    assert untranslated_texts(new, allow=DATA) == []
    details = host.select_case(case_id)
    assert details is not None
    edit = ContactDialog(host, case_id, details.contacts[0])
    qtbot.addWidget(edit)
    assert untranslated_texts(edit, allow=DATA) == []


def test_the_status_and_block_dialogs_are_translatable(
    qtbot: QtBot, pseudo: None, host: BareHost, supervisor_host: BareHost, case_id: int
) -> None:
    details = host.select_case(case_id)
    assert details is not None
    unblock = BlockDialog(host, details, host)
    qtbot.addWidget(unblock)
    assert untranslated_texts(unblock, allow=DATA) == []
    correcting = supervisor_host.select_case(case_id)
    assert correcting is not None
    status = StatusDialog(supervisor_host, correcting, supervisor_host, correcting=True)
    qtbot.addWidget(status)
    assert untranslated_texts(status, allow=DATA) == []
    assert QApplication.instance() is not None
