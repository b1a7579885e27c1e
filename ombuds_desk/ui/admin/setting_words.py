"""The Settings dialog's words for the office settings: each setting's label and hint, the
choices of those that take one of a few values, and who may change one.

``services/core/office_settings.py`` declares the settings in English for the command line
(``ombuds-desk settings``); the dialog shows them in the window's language from the tables
here, keyed by the setting, so a label reworded there still shows (in English) until it is
added here.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ombuds_desk.domain.enums import Role
from ombuds_desk.domain.i18n import QT_TRANSLATE_NOOP
from ombuds_desk.domain.status_rules import DEFAULT_STALLED_DAYS
from ombuds_desk.services.core.office_settings import (
    ACKNOWLEDGEMENT_AFTER_DAYS,
    BACKUP_FOLDER,
    COUNTERPART_LANGUAGE,
    COUNTERPART_SECOND_LANGUAGE,
    IDLE_LOCK_MINUTES,
    LATIN_FORM,
    NO_NEWS_AFTER_DAYS,
    OFFICE_NAME,
    PAPER_SIZE,
    RETENTION_MONTHS,
    STALLED_AFTER_DAYS,
    Setting,
    stalled_days_key,
)
from ombuds_desk.services.core.permissions import roles_for

CONTEXT = "SettingWords"
SCREENING_REQUIRED = "screening_required"

LABELS: dict[str, str] = {
    OFFICE_NAME: QT_TRANSLATE_NOOP("SettingWords", "Office name"),
    STALLED_AFTER_DAYS: QT_TRANSLATE_NOOP("SettingWords", "Stalled after (days)"),
    NO_NEWS_AFTER_DAYS: QT_TRANSLATE_NOOP("SettingWords", "No news after (days)"),
    PAPER_SIZE: QT_TRANSLATE_NOOP("SettingWords", "Paper size"),
    IDLE_LOCK_MINUTES: QT_TRANSLATE_NOOP("SettingWords", "Lock the window after (minutes idle)"),
    BACKUP_FOLDER: QT_TRANSLATE_NOOP("SettingWords", "Backup folder"),
    SCREENING_REQUIRED: QT_TRANSLATE_NOOP("SettingWords", "Items need screening before packing"),
    ACKNOWLEDGEMENT_AFTER_DAYS: QT_TRANSLATE_NOOP(
        "SettingWords", "Acknowledgement expected within (days)"
    ),
    RETENTION_MONTHS: QT_TRANSLATE_NOOP("SettingWords", "Keep closed cases in full for (months)"),
    COUNTERPART_LANGUAGE: QT_TRANSLATE_NOOP("SettingWords", "Counterpart's language"),
    COUNTERPART_SECOND_LANGUAGE: QT_TRANSLATE_NOOP(
        "SettingWords", "Second language on counterpart documents"
    ),
    LATIN_FORM: QT_TRANSLATE_NOOP("SettingWords", "Latin form of Ukrainian names"),
}

HINTS: dict[str, str] = {
    OFFICE_NAME: QT_TRANSLATE_NOOP("SettingWords", "printed on every document"),
    STALLED_AFTER_DAYS: QT_TRANSLATE_NOOP(
        "SettingWords", "for every status without its own number below"
    ),
    NO_NEWS_AFTER_DAYS: QT_TRANSLATE_NOOP(
        "SettingWords", "a captive silent for longer is on the no-news list"
    ),
    BACKUP_FOLDER: QT_TRANSLATE_NOOP(
        "SettingWords", "empty: the backups folder beside the database"
    ),
    SCREENING_REQUIRED: QT_TRANSLATE_NOOP(
        "SettingWords", "no: a newly logged item is screened at once"
    ),
    ACKNOWLEDGEMENT_AFTER_DAYS: QT_TRANSLATE_NOOP(
        "SettingWords",
        "a shipment handed over longer ago with parcels unconfirmed is on My work",
    ),
    RETENTION_MONTHS: QT_TRANSLATE_NOOP(
        "SettingWords",
        "after repatriation, return or closing; then a supervisor may anonymise them "
        "(Retention). Nothing is anonymised automatically",
    ),
    COUNTERPART_LANGUAGE: QT_TRANSLATE_NOOP(
        "SettingWords", "the language of documents made for the other side"
    ),
    COUNTERPART_SECOND_LANGUAGE: QT_TRANSLATE_NOOP(
        "SettingWords", "none: one language; else headings in both, side by side"
    ),
    LATIN_FORM: QT_TRANSLATE_NOOP(
        "SettingWords", "printed beside a Cyrillic name; search finds either form"
    ),
}

_LANGUAGES = (
    ("en", QT_TRANSLATE_NOOP("SettingWords", "English")),
    ("ru", QT_TRANSLATE_NOOP("SettingWords", "Russian")),
    ("uk", QT_TRANSLATE_NOOP("SettingWords", "Ukrainian")),
)
_YES_NO = (
    ("yes", QT_TRANSLATE_NOOP("SettingWords", "Yes")),
    ("no", QT_TRANSLATE_NOOP("SettingWords", "No")),
)
# The value stored, and what the dialog offers for it (in the order offered).
CHOICES: dict[str, tuple[tuple[str, str], ...]] = {
    PAPER_SIZE: (
        ("A4", QT_TRANSLATE_NOOP("SettingWords", "A4")),
        ("Letter", QT_TRANSLATE_NOOP("SettingWords", "Letter (US)")),
    ),
    SCREENING_REQUIRED: _YES_NO,
    COUNTERPART_LANGUAGE: _LANGUAGES,
    COUNTERPART_SECOND_LANGUAGE: (
        ("", QT_TRANSLATE_NOOP("SettingWords", "None")),
        *_LANGUAGES,
    ),
    LATIN_FORM: (
        ("icao9303", QT_TRANSLATE_NOOP("SettingWords", "ICAO 9303 (Melnik Iaroslav)")),
        (
            "kmu2010",
            QT_TRANSLATE_NOOP("SettingWords", "KMU 2010, as in passports (Melnyk Yaroslav)"),
        ),
    ),
}

_STALLED_KEYS = {stalled_days_key(c, s): (c, s) for c, s in DEFAULT_STALLED_DAYS}


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def label(setting: Setting) -> str:
    """The setting's label in the window's language."""
    pair = _STALLED_KEYS.get(setting.key)
    if pair is not None:
        category, status = pair
        return QCoreApplication.translate("SettingWords", "{category}, {status} (days)").format(
            category=category.label, status=status.label.lower()
        )
    return _tr(LABELS.get(setting.key, setting.label))


def hint(setting: Setting) -> str:
    if setting.key in HINTS:
        return _tr(HINTS[setting.key])
    return setting.hint if setting.key not in LABELS and setting.key not in _STALLED_KEYS else ""


def choices(setting: Setting) -> list[tuple[str, str]]:
    """``(value, words)`` of a setting with a few values; empty for one typed."""
    return [(value, _tr(words)) for value, words in CHOICES.get(setting.key, ())]


def only_who(setting: Setting) -> str:
    """``only an admin can change it``, ``only a supervisor or an admin can change it``."""
    roles = tuple(roles_for(setting.action))
    if roles == (Role.ADMIN,):
        return QCoreApplication.translate("SettingWords", "only an admin can change it")
    if roles == (Role.SUPERVISOR, Role.ADMIN):
        return QCoreApplication.translate(
            "SettingWords", "only a supervisor or an admin can change it"
        )
    return QCoreApplication.translate("SettingWords", "only {roles} can change it").format(
        roles=", ".join(role.label for role in roles)
    )
