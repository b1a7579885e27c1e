"""A small office whose caseworker has one line of every kind on My work, and a colleague
with work of her own (for the services' tests and the page's)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from sqlmodel import col

from ombuds_desk.domain.accounts import User
from ombuds_desk.domain.enums import ReviewDecision, Role
from ombuds_desk.domain.people import CaseAssignment, CaseReview
from ombuds_desk.services.cases import persons
from ombuds_desk.services.cases.reassignment import reassign_cases
from ombuds_desk.services.core import users
from ombuds_desk.services.core.unit_of_work import unit_of_work
from ombuds_desk.services.mail import parcels
from ombuds_desk.services.workflow.review_queue import review_case
from ombuds_desk.store.database import Database
from tests.conftest import PASSWORDS
from tests.services.helpers import id_of, recorded_on
from tests.services.mail_helpers import handed_over, packed, screened

ESCALATION_NOTE = "Запитати делегата МКЧХ"
REASON = "Анна у відпустці до січня"


def register_for(
    db: Database,
    actor: User,
    today: date,
    owner: User,
    status_since: date | None = None,
    **fields: str,
) -> int:
    """A captive (unless ``fields`` say otherwise) assigned to ``owner``."""
    raw = {"category": "captive", "family_name": "Іваненко", "given_name": "Петро", **fields}
    with unit_of_work(db, actor) as session:
        person = persons.register_person(
            session, actor, raw, today=today, assigned_to_id=owner.id, status_since=status_since
        )
        return id_of(person)


@dataclass(frozen=True)
class Office:
    caseworker: User
    colleague: User  # Анна Петрова, another caseworker
    supervisor: User
    escalated: int  # evacuees (never on the no-news list)
    reassigned: int
    due: int
    silent: int  # the caseworker's captive with no news, and mail waiting
    colleague_silent: int
    parcel_to_seal: str
    parcel_to_hand_over: str
    shipment: str


def build_office(
    db: Database, admin: User, caseworker: User, supervisor: User, today: date
) -> Office:
    with unit_of_work(db, admin) as session:
        colleague = users.create_user(
            session, admin, "a.petrova", "Анна Петрова", Role.CASEWORKER, PASSWORDS["admin"]
        )
    long_ago = today - timedelta(days=50)

    def case(owner: User, **fields: str) -> int:
        return register_for(db, admin, today, owner, status_since=long_ago, **fields)

    escalated = case(caseworker, category="evacuee", family_name="Ґудзь")
    reassigned = case(colleague, category="evacuee", family_name="Їжак")
    due = case(caseworker, category="evacuee", family_name="Щербак")
    silent = case(caseworker, family_name="Мовчан")
    colleague_silent = case(colleague, family_name="Тихий")
    with unit_of_work(db, supervisor) as session:
        review_case(
            session,
            supervisor,
            escalated,
            ReviewDecision.ESCALATE,
            today=today,
            note=ESCALATION_NOTE,
            escalate_to_id=caseworker.id,
        )
        review_case(
            session,
            supervisor,
            due,
            ReviewDecision.KEEP_WAITING,
            today=today - timedelta(10),
            next_review_on=today - timedelta(days=3),
        )
        reassign_cases(session, supervisor, [reassigned], caseworker.id, REASON)
    # Escalated and reassigned "on" the office's today, not the clock's (the lines say when).
    recorded_on(db, CaseReview.reviewed_at, today, col(CaseReview.person_id) == escalated)
    recorded_on(db, CaseAssignment.assigned_at, today, col(CaseAssignment.person_id) == reassigned)
    screened(db, caseworker, silent, today, 2)
    with unit_of_work(db, caseworker) as session:
        to_seal = parcels.create_parcel(session, caseworker, silent, today=today)
    to_hand_over = packed(db, caseworker, silent, today)
    sent = packed(db, caseworker, silent, today - timedelta(days=30))
    handed_over(db, caseworker, [sent], today - timedelta(days=30), today, ref="МКЧХ-7")
    return Office(
        caseworker, colleague, supervisor, escalated, reassigned, due, silent, colleague_silent,
        to_seal.parcel_number, to_hand_over.parcel_number, "МКЧХ-7",
    )  # fmt: skip
