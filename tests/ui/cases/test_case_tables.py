"""The case view's small table models (history, contacts) pass Qt's model checks."""

from __future__ import annotations

from datetime import date

from pytestqt.modeltest import ModelTester

from ombuds_desk.domain.accounts import User
from ombuds_desk.domain.enums import CaseStatus
from ombuds_desk.services.cases.case_status import change_status
from ombuds_desk.services.cases.case_view import case_details
from ombuds_desk.services.cases.contacts import add_contact
from ombuds_desk.services.cases.persons import register_person
from ombuds_desk.services.core.unit_of_work import unit_of_work
from ombuds_desk.store.database import Database
from ombuds_desk.ui.cases.case_tables import CONTACT_COLUMNS, HISTORY_COLUMNS
from ombuds_desk.ui.common.rows_model import RowsTableModel


def test_history_and_contacts_models(
    db: Database, caseworker: User, today: date, qtmodeltester: ModelTester
) -> None:
    raw = {"category": "captive", "family_name": "Соловьёв", "given_name": "Фёдор"}
    with unit_of_work(db, caseworker) as session:
        person = register_person(session, caseworker, raw, today=today)
        assert person.id is not None
        change_status(
            session,
            caseworker,
            person.id,
            CaseStatus.CONFIRMED,
            effective_on=today,
            today=today,
            reason="ICRC visit",
        )
        add_contact(
            session,
            caseworker,
            person.id,
            {
                "family_name": "Соловьёва",
                "given_name": "Мария",
                "relationship": "wife",
                "phone": "+7 900 000-00-00",
                "address": "Самара",
            },
        )
    with db.reading() as session:
        details = case_details(session, person.id, today=today, threshold_days=30)

    history = RowsTableModel(HISTORY_COLUMNS)
    history.set_rows(details.history)
    qtmodeltester.check(history)
    assert history.index(0, 1).data() == "Registered → Confirmed"

    contacts = RowsTableModel(CONTACT_COLUMNS)
    contacts.set_rows(details.contacts)
    qtmodeltester.check(contacts)
    assert contacts.index(0, 0).data() == "Соловьёва Мария"
    assert contacts.index(0, 0).data(3) == "Самара"  # the address as tooltip
