"""Office-wide settings stored in the database, with their defaults, what each means, who
may change it and what values it takes.

The Settings dialog and ``ombuds-desk settings show|set`` are both built from
:data:`SETTINGS`; every change is a row update, so the audit trail records it with its old
and new value.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace

from sqlmodel import Session, col, select

from ombuds_desk.domain.accounts import OfficeSetting, User
from ombuds_desk.domain.enums import CaseStatus, Category
from ombuds_desk.domain.errors import ValidationError
from ombuds_desk.domain.i18n import QT_TRANSLATE_NOOP, translate
from ombuds_desk.domain.status_rules import (
    DEFAULT_STALLED_AFTER_DAYS,
    DEFAULT_STALLED_DAYS,
    StalledRule,
)
from ombuds_desk.services.core.permissions import Action, require

OFFICE_NAME = "office_name"
STALLED_AFTER_DAYS = "stalled_after_days"
NO_NEWS_AFTER_DAYS = "no_news_after_days"
PAPER_SIZE = "paper_size"
IDLE_LOCK_MINUTES = "idle_lock_minutes"
BACKUP_FOLDER = "backup_folder"
ACKNOWLEDGEMENT_AFTER_DAYS = "acknowledgement_after_days"
RETENTION_MONTHS = "retention_months"
# The counterpart's documents: their language, and a second one printed beside it in headings
# ("" for none), as the Geneva Conventions' model cards are bilingual.
COUNTERPART_LANGUAGE = "counterpart_language"
COUNTERPART_SECOND_LANGUAGE = "counterpart_second_language"
# The Latin form printed beside a Cyrillic name: ICAO Doc 9303 (Melnik Iaroslav) or Ukraine's
# 2010 passport standard, KMU 55 (Melnyk Yaroslav). Search matches both whichever is chosen.
LATIN_FORM = "latin_form"
DEMO_DATABASE = "demo_database"  # "yes" in a demo database: never set by hand
# The rule every case's stored stalled day was worked out with (services/core/stalled_dates):
# kept by the program, never set by hand.
STALLED_ON_RULE_KEY = "stalled_on.rule"


_WHOLE_NUMBERS = {
    "days": QT_TRANSLATE_NOOP("Settings", "a whole number of days from {low} to {high}"),
    "minutes": QT_TRANSLATE_NOOP("Settings", "a whole number of minutes from {low} to {high}"),
    "months": QT_TRANSLATE_NOOP("Settings", "a whole number of months from {low} to {high}"),
}


def _whole_number(low: int, high: int, unit: str) -> Callable[[str], str | None]:
    def problem(value: str) -> str | None:
        if not value.isdigit() or not low <= int(value) <= high:
            return translate("Settings", _WHOLE_NUMBERS[unit]).format(low=low, high=high)
        return None

    return problem


def _days_or_general(value: str) -> str | None:
    """A per-status threshold: a number of days, or empty for the general threshold."""
    return None if value == "" else _whole_number(1, 3650, "days")(value)


def stalled_days_key(category: Category, status: CaseStatus) -> str:
    """The setting of one waiting status's threshold: ``stalled_days.captive.confirmed``."""
    return f"stalled_days.{category.value}.{status.value}"


def _stalled_day_settings() -> tuple[Setting, ...]:
    return tuple(
        Setting(
            stalled_days_key(category, status),
            f"{category.label}, {status.label.lower()} (days)",
            "" if days is None else str(days),
            _days_or_general,
        )
        for (category, status), days in DEFAULT_STALLED_DAYS.items()
    )


def _text(most: int) -> Callable[[str], str | None]:
    def problem(value: str) -> str | None:
        if not value.strip():
            return translate("Settings", "cannot be empty")
        if len(value) > most:
            return translate("Settings", "at most {count} characters").format(count=most)
        return None

    return problem


def _one_of(*choices: str) -> Callable[[str], str | None]:
    def problem(value: str) -> str | None:
        return None if value in choices else translate("Settings", " or ").join(choices)

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
            _whole_number(1, 3650, "days"),
            hint="for every status without its own number below"),
    *_stalled_day_settings(),
    Setting(NO_NEWS_AFTER_DAYS, "No news after (days)", "30", _whole_number(1, 3650, "days"),
            hint="a captive silent for longer is on the no-news list"),
    Setting(PAPER_SIZE, "Paper size", "A4", _one_of("A4", "Letter")),
    Setting(IDLE_LOCK_MINUTES, "Lock the window after (minutes idle)", "15",
            _whole_number(1, 240, "minutes"), Action.CHANGE_SECURITY_SETTINGS),
    Setting(BACKUP_FOLDER, "Backup folder", "", _any, Action.CHANGE_SECURITY_SETTINGS,
            hint="empty: the backups folder beside the database"),
    Setting("screening_required", "Items need screening before packing", "yes",
            _one_of("yes", "no"), hint="no: a newly logged item is screened at once"),
    Setting(ACKNOWLEDGEMENT_AFTER_DAYS, "Acknowledgement expected within (days)", "21",
            _whole_number(1, 365, "days"),
            hint="a shipment handed over longer ago with parcels unconfirmed is on My work"),
    Setting(RETENTION_MONTHS, "Keep closed cases in full for (months)", "24",
            _whole_number(1, 600, "months"),
            hint="after repatriation, return or closing; then a supervisor may anonymise "
                 "them (Retention). Nothing is anonymised automatically"),
    Setting(COUNTERPART_LANGUAGE, "Counterpart's language", "en", _one_of("en", "ru", "uk"),
            hint="the language of documents made for the other side"),
    Setting(COUNTERPART_SECOND_LANGUAGE, "Second language on counterpart documents", "",
            _one_of("", "en", "ru", "uk"),
            hint="empty: one language; else headings in both, side by side"),
    Setting(LATIN_FORM, "Latin form of Ukrainian names", "icao9303",
            _one_of("icao9303", "kmu2010"),
            hint="icao9303: Melnik Iaroslav; kmu2010 (Ukrainian passports): Melnyk Yaroslav"),
)  # fmt: skip
BY_KEY = {setting.key: setting for setting in SETTINGS}
# The settings that make up the stalled rule: the general number, then one per status.
STALLED_KEYS: tuple[str, ...] = (
    STALLED_AFTER_DAYS,
    *(stalled_days_key(c, s) for c, s in DEFAULT_STALLED_DAYS),
)
DEFAULTS: dict[str, str] = {s.key: s.default for s in SETTINGS} | {DEMO_DATABASE: "no"}


def get_setting(session: Session, key: str) -> str:
    row = session.get(OfficeSetting, key)
    return row.value if row is not None else DEFAULTS[key]


def get_int_setting(session: Session, key: str) -> int:
    try:
        return int(get_setting(session, key))
    except ValueError:
        return int(DEFAULTS[key])


def stalled_after_days(session: Session) -> StalledRule:
    """The office's stalled thresholds: one per waiting status of each category (empty:
    the general number), else the general ``stalled_after_days``. Every list, count and
    report takes this rule (``services/cases/stalled.py`` turns it into SQL). It is marked
    ``stored`` when every case's stored stalled day was worked out with it."""
    # One read of every threshold and of the rule the stored days were made with (from the
    # table, not the session's cache: the day's keeper writes it in SQL). Opening a case
    # asks for this each time: nine lookups of objects cost more than the case itself.
    stored = dict(
        session.exec(
            select(OfficeSetting.key, OfficeSetting.value).where(
                col(OfficeSetting.key).in_((*STALLED_KEYS, STALLED_ON_RULE_KEY))
            )
        ).all()
    )
    made_with = stored.pop(STALLED_ON_RULE_KEY, None)
    rule = stalled_rule({key: stored.get(key, DEFAULTS[key]) for key in STALLED_KEYS})
    return replace(rule, stored=made_with == rule.fingerprint())


def stalled_rule(values: dict[str, str]) -> StalledRule:
    """The rule the threshold settings' values make (as stored, or as typed in the Settings
    dialog); a value that is no number falls back to its default."""
    general_value = values.get(STALLED_AFTER_DAYS, "").strip()
    general = int(general_value) if general_value.isdigit() and int(general_value) > 0 else None
    by_status: dict[tuple[Category, CaseStatus], int] = {}
    for (category, status), default in DEFAULT_STALLED_DAYS.items():
        key = stalled_days_key(category, status)
        value = values.get(key, DEFAULTS[key]).strip()
        if not (value == "" or (value.isdigit() and int(value) > 0)):
            value = "" if default is None else str(default)
        if value:
            by_status[(category, status)] = int(value)
    return StalledRule(general=general or DEFAULT_STALLED_AFTER_DAYS, by_status=by_status)


def all_settings(session: Session) -> dict[str, str]:
    """Every setting a person may change, with its value now."""
    return {setting.key: get_setting(session, setting.key) for setting in SETTINGS}


def set_setting(session: Session, actor: User, key: str, value: str) -> None:
    """Change one setting, if ``actor`` may and ``value`` fits it."""
    setting = BY_KEY.get(key)
    if setting is None:
        known = ", ".join(BY_KEY)
        raise ValidationError(
            translate("Settings", "Unknown setting “{key}”. The settings are: {known}.").format(
                key=key, known=known
            )
        )
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
