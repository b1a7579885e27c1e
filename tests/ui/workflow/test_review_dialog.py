"""The review dialog alone: what each decision offers, and a saved review that acts on the
case and notifies exactly what it changed."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from pytestqt.qtbot import QtBot
from sqlmodel import Session

from ombuds_desk.domain.accounts import User
from ombuds_desk.domain.enums import CaseStatus, ReviewDecision
from ombuds_desk.domain.people import Person
from ombuds_desk.services.core.reading import read
from ombuds_desk.services.core.users import list_users
from ombuds_desk.services.workflow.review_queue import StalledCase, reviews_of, stalled_cases
from ombuds_desk.store.database import Database
from ombuds_desk.ui.common.changes import Change
from ombuds_desk.ui.workflow.review_dialog import ReviewDialog
from tests.services.helpers import register
from tests.ui.helpers import type_text
from tests.ui.hosting import BareHost


@pytest.fixture
def stalled(db: Database, caseworker: User, today: date) -> StalledCase:
    """A captive of the caseworker's, unchanged for 50 days."""
    register(db, caseworker, today, family_name="Ґудзь", status_since=today - timedelta(50))
    (case,) = read(db, lambda s: stalled_cases(s, today=today, threshold_days=30))
    return case


def _dialog(qtbot: QtBot, supervisor_host: BareHost, case: StalledCase) -> ReviewDialog:
    staff = read(supervisor_host.db, list_users)
    dialog = ReviewDialog(supervisor_host, case, staff, 30, supervisor_host)
    dialog.open()
    qtbot.waitExposed(dialog)
    return dialog


def _status(db: Database, person_id: int) -> CaseStatus:
    def status(session: Session) -> CaseStatus:
        person = session.get(Person, person_id)
        assert person is not None
        return person.status

    return read(db, status)


def test_each_decision_offers_what_it_needs(
    qtbot: QtBot,
    supervisor_host: BareHost,
    stalled: StalledCase,
    caseworker: User,
    supervisor: User,
) -> None:
    dialog = _dialog(qtbot, supervisor_host, stalled)
    assert dialog.windowTitle() == f"Review case {stalled.case_number}"
    today = supervisor_host.today()
    assert dialog.chosen() is ReviewDecision.KEEP_WAITING
    assert dialog.next_review.date().toPython() == today + timedelta(days=30)
    assert not dialog.caseworker.isVisible()

    dialog.decision_combo.set_current(ReviewDecision.REASSIGN)
    assert dialog.caseworker.isVisible()
    offered = [dialog.caseworker.itemData(i) for i in range(dialog.caseworker.count())]
    assert caseworker.id not in offered and supervisor.id in offered  # not to the holder
    assert dialog.next_review.date().toPython() == today + timedelta(days=14)

    dialog.decision_combo.set_current(ReviewDecision.CLOSE)
    assert not dialog.caseworker.isVisible()
    assert not dialog.next_review.isEnabled()
    assert dialog.next_hint.text() == "Closing ends the case; it needs no further review."
    assert dialog.note.placeholderText() == "Why the case is closed (required)"
    dialog.reject()


def test_keep_waiting_records_a_review_and_notifies_reviews_only(
    qtbot: QtBot, supervisor_host: BareHost, stalled: StalledCase, db: Database
) -> None:
    dialog = _dialog(qtbot, supervisor_host, stalled)
    type_text(qtbot, dialog.note, "Чекаємо відповіді МКЧХ")
    dialog.save_button.click()
    assert not dialog.isVisible() and dialog.result() == ReviewDialog.DialogCode.Accepted
    assert dialog.decision is ReviewDecision.KEEP_WAITING
    assert supervisor_host.changes == [Change.REVIEWS]
    ((review, _by),) = read(db, lambda s: reviews_of(s, stalled.person_id))
    assert review.note == "Чекаємо відповіді МКЧХ"
    assert review.next_review_on == supervisor_host.today() + timedelta(days=30)


def test_closing_with_a_note_closes_the_case(
    qtbot: QtBot, supervisor_host: BareHost, stalled: StalledCase, db: Database
) -> None:
    dialog = _dialog(qtbot, supervisor_host, stalled)
    dialog.decision_combo.set_current(ReviewDecision.CLOSE)
    type_text(qtbot, dialog.note, "Family found him")
    dialog.save_button.click()
    assert dialog.decision is ReviewDecision.CLOSE
    assert supervisor_host.changes == [Change.REVIEWS | Change.STATUS]
    assert _status(db, stalled.person_id) is CaseStatus.CLOSED


def test_a_refused_review_keeps_the_dialog_open_and_changes_nothing(
    qtbot: QtBot, supervisor_host: BareHost, stalled: StalledCase, db: Database
) -> None:
    dialog = _dialog(qtbot, supervisor_host, stalled)
    dialog.decision_combo.set_current(ReviewDecision.CLOSE)
    dialog.save_button.click()
    assert dialog.isVisible() and dialog.decision is None
    assert dialog.problem.isVisible()
    assert dialog.problem.text() == "Note: say why the case is closed"
    assert supervisor_host.changes == []
    assert read(db, lambda s: reviews_of(s, stalled.person_id)) == []
    dialog.decision_combo.set_current(ReviewDecision.ESCALATE)
    assert not dialog.problem.isVisible()  # a new choice clears the old problem


def test_escalating_asks_whom_it_goes_to_and_records_them(
    qtbot: QtBot,
    supervisor_host: BareHost,
    stalled: StalledCase,
    db: Database,
    caseworker: User,
    supervisor: User,
    admin: User,
) -> None:
    dialog = _dialog(qtbot, supervisor_host, stalled)
    assert not dialog.recipient.isVisible()
    dialog.decision_combo.set_current(ReviewDecision.ESCALATE)
    assert dialog.recipient.isVisible()
    offered = [dialog.recipient.itemData(i) for i in range(dialog.recipient.count())]
    # Supervisors first (an escalation most often goes up), never oneself.
    assert supervisor.id not in offered
    assert offered == [admin.id, caseworker.id]
    dialog.recipient.setCurrentIndex(offered.index(caseworker.id))
    type_text(qtbot, dialog.note, "Запитати делегата МКЧХ")
    dialog.save_button.click()
    assert dialog.decision is ReviewDecision.ESCALATE
    ((review, _by),) = read(db, lambda s: reviews_of(s, stalled.person_id))
    assert review.to_user_id == caseworker.id
    assert review.note == "Запитати делегата МКЧХ"
