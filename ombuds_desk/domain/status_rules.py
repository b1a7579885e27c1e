"""Which repatriation status may follow which, and the derived rules that hang on status.

The one place that knows the transitions and the stalled rule; services, the UI, the CLI
and reports all ask here.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, timedelta

from ombuds_desk.domain.enums import CaseStatus, Category
from ombuds_desk.domain.i18n import translate

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
# A blocked case is stalled whatever its dates: its stored stalled day is the first there is.
BLOCKED_STALLED_ON = date(1, 1, 1)

# How long each waiting status may last before the case counts as stalled, by default: a new
# registration should be confirmed within two weeks, a confirmed captive waits long for an
# exchange list, a listed one longer still. None: the general threshold.
DEFAULT_STALLED_DAYS: dict[tuple[Category, CaseStatus], int | None] = {
    (Category.CAPTIVE, S.REGISTERED): 14,
    (Category.CAPTIVE, S.CONFIRMED): 60,
    (Category.CAPTIVE, S.LISTED_FOR_EXCHANGE): 90,
    (Category.EVACUEE, S.REGISTERED): 14,
    (Category.EVACUEE, S.RETURN_REQUESTED): None,
    (Category.EVACUEE, S.AWAITING_ACCEPTANCE): 30,
}


@dataclass(frozen=True)
class StalledRule:
    """The office's stalled thresholds: days a case may stay in a waiting status of its
    category (``by_status``) before it counts as stalled, else ``general`` days.

    A bare int wherever a rule is taken means one threshold for every status
    (:meth:`uniform`), as the command line's ``--days`` asks.
    """

    general: int = DEFAULT_STALLED_AFTER_DAYS
    by_status: Mapping[tuple[Category, CaseStatus], int] = field(default_factory=dict)
    # Every case's ``stalled_on`` was worked out with this rule (services/core/stalled_dates):
    # the lists may test that one indexed date instead of the thresholds.
    stored: bool = field(default=False, compare=False)

    @classmethod
    def uniform(cls, days: int) -> StalledRule:
        return cls(general=days)

    def days(self, category: Category | None, status: CaseStatus) -> int:
        """The threshold of a case in ``status`` (any category's when ``category`` is None)."""
        if category is not None:
            return self.by_status.get((category, status), self.general)
        for (_category, waiting), days in self.by_status.items():
            if waiting == status:
                return days
        return self.general

    def stalled_on(
        self, category: Category, status: CaseStatus, since: date, blocked: bool
    ) -> date | None:
        """The day a case in ``status`` since ``since`` counts as stalled under this rule:
        never for a final status, always (:data:`BLOCKED_STALLED_ON`) for a blocked case,
        else the day after its threshold has run."""
        if is_final(status):
            return None
        if blocked:
            return BLOCKED_STALLED_ON
        return since + timedelta(days=self.days(category, status) + 1)

    def fingerprint(self) -> str:
        """The rule as one line, the same for equal rules: what ``stalled_on`` was worked out
        with."""
        own = ",".join(
            f"{category.value}.{status.value}={days}"
            for (category, status), days in sorted(self.by_status.items())
        )
        return f"general={self.general};{own}"

    def thresholds(self) -> list[tuple[tuple[Category, CaseStatus], int]]:
        """Each waiting status of each category with its threshold (the general one where
        the office set none), in workflow order."""
        return [
            ((category, status), self.days(category, status))
            for category, path in PATHS.items()
            for status in path
            if not is_final(status)
        ]

    def describe(self) -> str:
        """The thresholds in words: ``registered 14 days, confirmed 60 days, …; otherwise 30``
        (``30 days`` when every status has the general one)."""
        own: dict[str, int] = {}
        clash: set[CaseStatus] = set()
        seen: dict[CaseStatus, int] = {}
        for (_category, status), days in self.thresholds():
            if seen.setdefault(status, days) != days:
                clash.add(status)
        for (category, status), days in self.thresholds():
            if days == self.general:
                continue
            label = status.label.lower()
            if status in clash:
                label = f"{category.label.lower()}, {label}"
            own[label] = days
        if not own:
            return _days(self.general)
        listed = ", ".join(
            translate("StalledRule", "{status} {days}").format(status=label, days=_days(days))
            for label, days in own.items()
        )
        return translate("StalledRule", "{listed}; otherwise {days}").format(
            listed=listed, days=_days(self.general)
        )


def _days(count: int) -> str:
    return translate("StalledRule", "%n days", None, count)


def as_rule(threshold: StalledRule | int) -> StalledRule:
    """A rule, from a rule or one number of days for every status."""
    return threshold if isinstance(threshold, StalledRule) else StalledRule.uniform(threshold)


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
        return translate("Problems", "“{status}” is not a status for a {category}").format(
            status=new.label, category=category.label.lower()
        )
    if new == current:
        return translate("Problems", "the case is already “{status}”").format(status=current.label)
    if is_final(current):
        return translate(
            "Problems", "the case is closed as “{status}”; a supervisor can correct it"
        ).format(status=current.label)
    if new not in allowed_next(category, current):
        options = ", ".join(f"“{s.label}”" for s in allowed_next(category, current))
        return translate(
            "Problems", "“{status}” cannot change to “{new}”; it can change to {options}"
        ).format(status=current.label, new=new.label, options=options)
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
    threshold_days: StalledRule | int = DEFAULT_STALLED_AFTER_DAYS,
    *,
    category: Category | None = None,
) -> bool:
    """Not final, and blocked or unchanged for longer than the threshold of its status (31
    days of 30). The SQL form, which lists and counts use, is ``services/cases/stalled.py``."""
    if is_final(status):
        return False
    if blocked:
        return True
    days = days_between(status_since, today)
    return days is not None and days > as_rule(threshold_days).days(category, status)
