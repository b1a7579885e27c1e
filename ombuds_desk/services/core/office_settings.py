"""Office-wide settings stored in the database, with their defaults."""

from __future__ import annotations

from sqlmodel import Session

from ombuds_desk.domain.accounts import OfficeSetting, User
from ombuds_desk.domain.enums import Role
from ombuds_desk.domain.errors import ValidationError
from ombuds_desk.domain.status_rules import DEFAULT_STALLED_AFTER_DAYS
from ombuds_desk.services.core.unit_of_work import require_role

OFFICE_NAME = "office_name"
STALLED_AFTER_DAYS = "stalled_after_days"
NO_NEWS_AFTER_DAYS = "no_news_after_days"
PAPER_SIZE = "paper_size"

DEFAULTS: dict[str, str] = {
    OFFICE_NAME: "Ombudsman's Office",
    STALLED_AFTER_DAYS: str(DEFAULT_STALLED_AFTER_DAYS),
    NO_NEWS_AFTER_DAYS: "30",
    PAPER_SIZE: "A4",
}


def get_setting(session: Session, key: str) -> str:
    row = session.get(OfficeSetting, key)
    return row.value if row is not None else DEFAULTS[key]


def get_int_setting(session: Session, key: str) -> int:
    try:
        return int(get_setting(session, key))
    except ValueError:
        return int(DEFAULTS[key])


def stalled_after_days(session: Session) -> int:
    return get_int_setting(session, STALLED_AFTER_DAYS)


def set_setting(session: Session, actor: User | None, key: str, value: str) -> None:
    if key not in DEFAULTS:
        raise ValidationError(f"Unknown setting “{key}”.")
    if actor is not None:
        require_role(actor, Role.SUPERVISOR, "change office settings")
    if key in (STALLED_AFTER_DAYS, NO_NEWS_AFTER_DAYS) and (
        not value.isdigit() or not 1 <= int(value) <= 3650
    ):
        raise ValidationError("", {key: "a whole number of days from 1 to 3650"})
    if key == PAPER_SIZE and value not in ("A4", "Letter"):
        raise ValidationError("", {key: "A4 or Letter"})
    row = session.get(OfficeSetting, key)
    if row is None:
        session.add(OfficeSetting(key=key, value=value))
    else:
        row.value = value
    session.flush()
