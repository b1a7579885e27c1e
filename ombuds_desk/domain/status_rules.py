"""Which repatriation status may follow which, and the derived rules that hang on status.

The one place that knows the transitions and the stalled rule; services, the UI, the CLI
and reports all ask here.
"""

from __future__ import annotations

from datetime import date

from ombuds_desk.domain.enums import CaseStatus, Category

S = CaseStatus

FINAL_STATUSES: frozenset[CaseStatus] = frozenset(
    {S.REPATRIATED, S.RETURNED, S.RELEASED, S.RESETTLED, S.DECEASED, S.CLOSED}
)
_ENDINGS = {S.RELEASED, S.RESETTLED, S.DECEASED, S.CLOSED}

PATHS: dict[Category, tuple[CaseStatus, ...]] = {
    Category.CAPTIVE: (S.REGISTERED, S.CONFIRMED, S.LISTED_FOR_EXCHANGE, S.REPATRIATED),
    Category.EVACUEE: (S.REGISTERED, S.RETURN_REQUESTED, S.AWAITING_ACCEPTANCE, S.RETURNED),
}

# Forward along the path one step, plus the steps back that happen in practice
# (struck off an exchange list; a return refused and asked for again).
_ALLOWED: dict[Category, dict[CaseStatus, set[CaseStatus]]] = {
    Category.CAPTIVE: {
        S.REGISTERED: {S.CONFIRMED},
        S.CONFIRMED: {S.LISTED_FOR_EXCHANGE},
        S.LISTED_FOR_EXCHANGE: {S.REPATRIATED, S.CONFIRMED},
    },
    Category.EVACUEE: {
        S.REGISTERED: {S.RETURN_REQUESTED},
        S.RETURN_REQUESTED: {S.AWAITING_ACCEPTANCE},
        S.AWAITING_ACCEPTANCE: {S.RETURNED, S.RETURN_REQUESTED},
    },
}

DEFAULT_STALLED_AFTER_DAYS = 30


def is_final(status: CaseStatus) -> bool:
    return status in FINAL_STATUSES


def statuses_for(category: Category) -> list[CaseStatus]:
    """Every status a case of this category can have, in workflow order."""
    return [*PATHS[category], *sorted(_ENDINGS, key=list(CaseStatus).index)]


def allowed_next(category: Category, current: CaseStatus) -> list[CaseStatus]:
    """Statuses a normal change may move to, the next step forward first (what a form offers
    by default), then steps back, then the endings; empty for a final status."""
    if is_final(current):
        return []
    path = PATHS[category]
    steps = _ALLOWED[category].get(current, set())
    here = path.index(current) if current in path else -1
    forward = [s for s in path if s in steps and path.index(s) > here]
    back = [s for s in path if s in steps and path.index(s) <= here]
    endings = [s for s in statuses_for(category) if s in _ENDINGS]
    return [*forward, *back, *endings]


def transition_problem(category: Category, current: CaseStatus, new: CaseStatus) -> str | None:
    """Why ``current`` → ``new`` is refused, or None when it is allowed."""
    if new not in statuses_for(category):
        return f"“{new.label}” is not a status for a {category.label.lower()}"
    if new == current:
        return f"the case is already “{current.label}”"
    if is_final(current):
        return f"the case is closed as “{current.label}”; a supervisor can correct it"
    if new not in allowed_next(category, current):
        options = ", ".join(f"“{s.label}”" for s in allowed_next(category, current))
        return f"“{current.label}” cannot change to “{new.label}”; it can change to {options}"
    return None


def completion_status(category: Category) -> CaseStatus:
    """The status an exchange or group return gives everyone in it."""
    return S.REPATRIATED if category is Category.CAPTIVE else S.RETURNED


def days_between(start: date | None, today: date) -> int | None:
    return None if start is None else (today - start).days


def is_stalled(
    status: CaseStatus,
    blocked: bool,
    status_since: date | None,
    today: date,
    threshold_days: int = DEFAULT_STALLED_AFTER_DAYS,
) -> bool:
    """Not final, and blocked or unchanged for longer than the threshold (31 days of 30)."""
    if is_final(status):
        return False
    if blocked:
        return True
    days = days_between(status_since, today)
    return days is not None and days > threshold_days
