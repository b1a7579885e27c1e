"""One demo case: its status walk (planned before case numbers are given out) and its rows.

Every typed value is cleaned by ``person_rules.clean_person`` and every derived column (Latin
names, sort key, birth year, search keys, case number) comes from the very functions
registration uses, so a demo person is indistinguishable from a registered one. Status
histories walk the transitions that ``domain/status_rules.py`` allows; a captive picked for
mail gets it planned here too (``demo_mail.py``).
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from sqlalchemy import inspect

from ombuds_desk.demo.mail import MAIL_SHARE, DemoMail, author_name
from ombuds_desk.demo.office import (
    CompletedBy,
)
from ombuds_desk.demo.people import (
    FOREIGN,
    RU_REGIONS,
    UA_REGIONS,
    captive_details,
    evacuee_details,
    partial_date,
    random_contacts,
    random_name,
    random_surname,
)
from ombuds_desk.demo.texts import BACK_REASONS, NOTES, REASONS
from ombuds_desk.domain.enums import CaseStatus, Category, Sex, StatusEventKind
from ombuds_desk.domain.people import Person
from ombuds_desk.domain.person_rules import clean_person
from ombuds_desk.domain.status_rules import (
    PATHS,
    allowed_next,
    is_final,
    transition_problem,
)
from ombuds_desk.services.cases.block_reasons import STANDARD_REASONS
from ombuds_desk.services.cases.persons import derived_fields, format_case_number, search_keys_of

OLDEST_CASE_DAYS = 760  # registrations reach back a little over two years

S = CaseStatus
# Reasons from the standard list (services/block_reasons.py), so filters and forms know them.
BLOCK_REASONS = {
    "return": "Home country does not accept return",
    "identity": "Identity not confirmed by holding party",
    "family": "No contact with family",
    "whereabouts": "Whereabouts unknown",
    "documents": "Awaiting documents",
}
assert set(BLOCK_REASONS.values()) <= set(STANDARD_REASONS)


# --- the plan of one case ---------------------------------------------------------------


@dataclass
class CasePlan:
    """A case's category and status walk, decided before case numbers are given out."""

    index: int
    category: Category
    walk: list[tuple[CaseStatus, date]]  # (status, effective date), registration first
    person_id: int = 0
    case_seq: int = 0
    blocked: bool = False
    operation: CompletedBy | None = None  # the completed operation that ended the case

    @property
    def registered_on(self) -> date:
        return self.walk[0][1]


def _pick_next(rng: random.Random, category: Category, current: CaseStatus) -> CaseStatus:
    path = PATHS[category]
    forward = path[path.index(current) + 1] if current in path[:-1] else None
    weights: list[tuple[CaseStatus, float]] = []
    for option in allowed_next(category, current):
        if option == forward:
            weight = 88.0
        elif option in path:
            weight = 5.0  # a step back
        elif option is S.RESETTLED:
            weight = 2.0 if category is Category.EVACUEE else 0.0
        elif option is S.RELEASED:
            weight = 1.5 if category is Category.CAPTIVE else 0.0
        elif option is S.DECEASED:
            weight = 0.4
        else:
            weight = 1.0
        weights.append((option, weight))
    chosen = rng.choices([o for o, _ in weights], [w for _, w in weights])[0]
    assert transition_problem(category, current, chosen) is None
    return chosen


# An office confirms most new cases within weeks: an old case still "registered" is rare,
# and stalled cases are a minority the review queue can be worked through (about a quarter
# of the open ones under the default thresholds), not the norm.
_STEPS_BY_AGE = (  # (age in days below which, weights of 0..5 status changes)
    (30, (70, 25, 5, 0, 0, 0)),
    (120, (15, 45, 30, 10, 0, 0)),
    (365, (5, 35, 35, 17, 6, 2)),
    (OLDEST_CASE_DAYS + 1, (3, 29, 34, 23, 8, 3)),
)


def _days_in_status(rng: random.Random) -> int:
    roll = rng.random()
    if roll < 0.45:
        return rng.randint(0, 29)
    if roll < 0.75:
        return rng.randint(30, 75)
    if roll < 0.90:
        return rng.randint(76, 150)
    return rng.randint(151, 420)


def plan_case(rng: random.Random, index: int, today: date) -> CasePlan:
    """Registered some day in the past two years (more of them lately), then a status walk."""
    category = Category.CAPTIVE if rng.random() < 0.6 else Category.EVACUEE
    age = int(OLDEST_CASE_DAYS * rng.random() ** 1.25)
    weights = next(w for below, w in _STEPS_BY_AGE if age < below)
    steps = min(rng.choices(range(6), weights)[0], age)
    statuses = [S.REGISTERED]
    for _ in range(steps):
        if is_final(statuses[-1]):
            break
        statuses.append(_pick_next(rng, category, statuses[-1]))
    changes = len(statuses) - 1
    since = age if not changes else min(_days_in_status(rng), age - changes)
    span = age - since  # days between registration and the last change
    cuts = sorted(rng.sample(range(1, span), changes - 1)) if changes > 1 else []
    offsets = [0, *cuts, span] if changes else [0]
    registered = today - timedelta(days=age)
    dates = [registered + timedelta(days=o) for o in offsets]
    return CasePlan(index, category, list(zip(statuses, dates, strict=True)))


# --- rows ------------------------------------------------------------------------------


@dataclass
class CaseRows:
    persons: list[dict[str, Any]] = field(default_factory=list)
    keys: list[dict[str, Any]] = field(default_factory=list)
    events: list[dict[str, Any]] = field(default_factory=list)
    contacts: list[dict[str, Any]] = field(default_factory=list)
    notes: list[dict[str, Any]] = field(default_factory=list)


@dataclass
class Staff:
    ids: list[int]
    weights: list[float]
    supervisor_ids: list[int]
    names: list[tuple[int, str]]  # (id, full name) of supervisors and caseworkers


def _at(day: date, rng: random.Random) -> datetime:
    return datetime.combine(day, time(rng.randint(8, 17), rng.randint(0, 59)), tzinfo=UTC)


_PERSON_COLUMNS = tuple(c.key for c in inspect(Person).columns)


def _is_step_back(category: Category, before: CaseStatus | None, after: CaseStatus) -> bool:
    path = PATHS[category]
    return before in path and after in path and path.index(after) < path.index(before)


def case_rows(
    case: CasePlan,
    seed: int,
    today: date,
    staff: Staff,
    out: CaseRows,
    contact_ids: Iterator[int],
    mail: DemoMail,
) -> tuple[bool, bool]:
    """Add the rows of one case and plan its mail; returns (blocked, finished)."""
    rng = random.Random(seed * 1_000_003 + case.index)
    origin = rng.choices(["ua", "ru", "foreign"], [46, 44, 10])[0]
    if origin == "foreign":
        origin = rng.choice(sorted(FOREIGN))
    female = rng.random() < (0.07 if case.category is Category.CAPTIVE else 0.55)
    age = rng.randint(19, 60) if case.category is Category.CAPTIVE else rng.randint(4, 92)
    born = date(today.year - age, 1, 1) + timedelta(days=rng.randint(0, 364))
    family = random_surname(rng, origin)
    raw: dict[str, Any] = {
        "category": case.category,
        **random_name(rng, origin, female, family),
        "sex": Sex.FEMALE if female else Sex.MALE,
        "date_of_birth": partial_date(rng, born) if rng.random() < 0.97 else None,
        "citizenship": {"ua": "Україна", "ru": "Российская Федерация"}.get(origin, origin),
        "home_region": (
            f"{rng.choice(UA_REGIONS)} обл."
            if origin == "ua"
            else f"{rng.choice(RU_REGIONS)} обл."
            if origin == "ru"
            else None
        ),
    }
    details = captive_details if case.category is Category.CAPTIVE else evacuee_details
    raw |= details(rng, origin, case.registered_on, case.walk[-1][0])
    values, problems = clean_person(raw, today)
    if problems:
        raise AssertionError(f"demo person {raw} breaks the rules: {problems}")
    status, status_since = case.walk[-1]
    assigned = rng.choices(staff.ids, staff.weights)[0] if rng.random() < 0.98 else None
    clerk = assigned or staff.supervisor_ids[0]
    blocked_reason = None
    if not is_final(status) and rng.random() < 0.04:
        if case.category is Category.EVACUEE and status is S.AWAITING_ACCEPTANCE:
            blocked_reason = BLOCK_REASONS["return"]
        elif case.category is Category.CAPTIVE and rng.random() < 0.6:
            blocked_reason = BLOCK_REASONS["identity"]
        else:
            blocked_reason = BLOCK_REASONS[
                rng.choice(("family", "whereabouts", "documents", "return"))
                if case.category is Category.EVACUEE
                else rng.choice(("family", "whereabouts"))
            ]
    person = dict.fromkeys(_PERSON_COLUMNS)
    person |= {k: v for k, v in values.items() if k in person}
    person |= derived_fields(values)
    person |= {
        "id": case.person_id,
        "version": 1,
        "case_number": format_case_number(case.category, case.registered_on.year, case.case_seq),
        "case_year": case.registered_on.year,
        "case_seq": case.case_seq,
        "status": status,
        "status_since": status_since,
        "blocked": blocked_reason is not None,
        "blocked_reason": blocked_reason,
        "assigned_to_id": assigned,
        "created_at": _at(case.registered_on, rng),
        "updated_at": _at(status_since, rng),
    }
    out.persons.append(person)
    out.keys.extend(
        {"person_id": case.person_id, "key": k[:120]} for k in sorted(search_keys_of(values))
    )
    previous: CaseStatus | None = None
    for to_status, on in case.walk:
        if previous is None:
            kind, reason = StatusEventKind.REGISTERED, "Case registered"
        elif _is_step_back(case.category, previous, to_status):
            kind, reason = StatusEventKind.CHANGE, BACK_REASONS[to_status]
        else:
            kind, reason = StatusEventKind.CHANGE, rng.choice(REASONS[to_status])
        event = _event(case, kind, previous, to_status, on, reason, None, clerk, rng)
        if case.operation is not None and (to_status, on) == case.walk[-1]:
            done = case.operation
            event |= {
                "reason": done.reason,
                "operation_id": done.operation_id,
                "recorded_by_id": done.by,
                "recorded_at": done.at,
            }
            person["updated_at"] = done.at
        out.events.append(event)
        previous = to_status
    if blocked_reason is not None:
        on = status_since + timedelta(days=rng.randint(0, (today - status_since).days))
        out.events.append(
            _event(
                case,
                StatusEventKind.BLOCKED,
                status,
                status,
                on,
                None,
                blocked_reason,
                staff.supervisor_ids[rng.randrange(len(staff.supervisor_ids))],
                rng,
            )
        )
    elif not is_final(status) and (today - status_since).days > 20 and rng.random() < 0.02:
        on = status_since + timedelta(days=rng.randint(0, 10))
        reason_ = BLOCK_REASONS["family"]
        out.events.append(
            _event(case, StatusEventKind.BLOCKED, status, status, on, None, reason_, clerk, rng)
        )
        out.events.append(
            _event(
                case,
                StatusEventKind.UNBLOCKED,
                status,
                status,
                on + timedelta(days=rng.randint(1, 10)),
                "Family found through the ICRC",
                reason_,
                clerk,
                rng,
            )
        )
    contacts = random_contacts(rng, origin, family, female)
    for contact in contacts:
        contact |= {
            "id": next(contact_ids),
            "person_id": case.person_id,
            "version": 1,
            "created_at": _at(case.registered_on, rng),
        }
        out.contacts.append(contact)
    if rng.random() < 0.10:
        for _ in range(rng.randint(1, 2)):
            on = case.registered_on + timedelta(
                days=rng.randint(0, (today - case.registered_on).days)
            )
            out.notes.append(
                {
                    "person_id": case.person_id,
                    "version": 1,
                    "text": rng.choice(NOTES),
                    "author_id": clerk,
                    "created_at": _at(on, rng),
                }
            )
    case.blocked = blocked_reason is not None
    if case.category is Category.CAPTIVE:
        authors = [(c["id"], author_name(c), c["relationship"]) for c in contacts]
        final_on = status_since if is_final(status) else None
        if rng.random() < MAIL_SHARE:
            mail.plan_person(
                rng, case.person_id, case.registered_on, final_on, origin, authors, clerk
            )
        mail.note_captive(case.person_id, case.registered_on, final_on, origin, authors, clerk)
    return case.blocked, is_final(status)


def _event(
    case: CasePlan,
    kind: StatusEventKind,
    from_status: CaseStatus | None,
    to_status: CaseStatus,
    on: date,
    reason: str | None,
    blocked_reason: str | None,
    by: int,
    rng: random.Random,
) -> dict[str, Any]:
    return {
        "person_id": case.person_id,
        "kind": kind,
        "from_status": from_status,
        "to_status": to_status,
        "effective_on": on,
        "reason": reason,
        "blocked_reason": blocked_reason,
        "operation_id": None,
        "recorded_at": _at(on, rng),
        "recorded_by_id": by,
    }
