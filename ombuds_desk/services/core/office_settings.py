"""Office-wide settings stored in the database, with their defaults, what each means, who
may change it and what values it takes.

The Settings dialog and ``ombuds-desk settings show|set`` are both built from
:data:`SETTINGS`; every change is a row update, so the audit trail records it with its old
and new value.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from sqlmodel import Session

from ombuds_desk.domain.accounts import OfficeSetting, User
from ombuds_desk.domain.errors import ValidationError
from ombuds_desk.domain.status_rules import DEFAULT_STALLED_AFTER_DAYS
from ombuds_desk.services.core.permissions import Action, require

OFFICE_NAME = "office_name"
STALLED_AFTER_DAYS = "stalled_after_days"
NO_NEWS_AFTER_DAYS = "no_news_after_days"
PAPER_SIZE = "paper_size"
IDLE_LOCK_MINUTES = "idle_lock_minutes"
BACKUP_FOLDER = "backup_folder"
ACKNOWLEDGEMENT_AFTER_DAYS = "acknowledgement_after_days"
DEMO_DATABASE = "demo_database"  # "yes" in a demo database: never set by hand


def _whole_number(low: int, high: int, unit: str) -> Callable[[str], str | None]:
    def problem(value: str) -> str | None:
        if not value.isdigit() or not low <= int(value) <= high:
            return f"a whole number of {unit} from {low} to {high}"
        return None

    return problem


def _text(most: int) -> Callable[[str], str | None]:
    def problem(value: str) -> str | None:
        if not value.strip():
            return "cannot be empty"
        return f"at most {most} characters" if len(value) > most else None

    return problem


def _one_of(*choices: str) -> Callable[[str], str | None]:
    def problem(value: str) -> str | None:
        return None if value in choices else " or ".join(choices)

    return problem


def _any(_value: str) -> str | None:
    return None


@dataclass(frozen=True)
class Setting:
    """One setting: its key, what it means, its default, its rule and who changes it."""

    key: str
    label: str
    default: str
    problem: Callable[[str], str | None]
    action: Action = Action.CHANGE_SETTINGS
    hint: str = ""


# A table of data: one setting to a line (or two) reads better than the formatter's layout.
SETTINGS: tuple[Setting, ...] = (
    Setting(OFFICE_NAME, "Office name", "Ombudsman's Office", _text(200),
            hint="printed on every document"),
    Setting(STALLED_AFTER_DAYS, "Stalled after (days)", str(DEFAULT_STALLED_AFTER_DAYS),
            _whole_number(1, 3650, "days"), hint="a case with no status change for longer is stalled"),
    Setting(NO_NEWS_AFTER_DAYS, "No news after (days)", "30", _whole_number(1, 3650, "days"),
            hint="a captive silent for longer is on the no-news list"),
    Setting(PAPER_SIZE, "Paper size", "A4", _one_of("A4", "Letter")),
    Setting(IDLE_LOCK_MINUTES, "Lock the window after (minutes idle)", "15",
            _whole_number(1, 240, "minutes"), Action.CHANGE_SECURITY_SETTINGS),
    Setting(BACKUP_FOLDER, "Backup folder", "", _any, Action.CHANGE_SECURITY_SETTINGS,
            hint="empty: the backups folder beside the database"),
    Setting(ACKNOWLEDGEMENT_AFTER_DAYS, "Acknowledgement expected within (days)", "21",
            _whole_number(1, 365, "days"),
            hint="a shipment handed over longer ago with parcels unconfirmed is on My work"),
)  # fmt: skip
BY_KEY = {setting.key: setting for setting in SETTINGS}
DEFAULTS: dict[str, str] = {s.key: s.default for s in SETTINGS} | {DEMO_DATABASE: "no"}


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


def all_settings(session: Session) -> dict[str, str]:
    """Every setting a person may change, with its value now."""
    return {setting.key: get_setting(session, setting.key) for setting in SETTINGS}


def set_setting(session: Session, actor: User, key: str, value: str) -> None:
    """Change one setting, if ``actor`` may and ``value`` fits it."""
    setting = BY_KEY.get(key)
    if setting is None:
        known = ", ".join(BY_KEY)
        raise ValidationError(f"Unknown setting “{key}”. The settings are: {known}.")
    require(actor, setting.action)
    value = value.strip()
    problem = setting.problem(value)
    if problem is not None:
        raise ValidationError("", {key: problem})
    store_setting(session, key, value)


def store_setting(session: Session, key: str, value: str) -> None:
    """Write a setting without asking who: for setting up a database (its office name at
    ``init``, the demo mark), not for anyone's later changes."""
    row = session.get(OfficeSetting, key)
    if row is None:
        session.add(OfficeSetting(key=key, value=value))
    elif row.value != value:
        row.value = value
    session.flush()
