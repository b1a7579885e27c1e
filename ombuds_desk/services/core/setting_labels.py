"""The office settings in the reader's language: each setting's label and hint, the choices
of those that take one of a few values, and a stored value as words.

``office_settings.py`` declares the settings in English (``ombuds-desk settings --json``
and scripts read those); the Settings dialog, the audit trail and ``ombuds-desk settings
show`` say them in the reader's language from the tables here, keyed by the setting, so a
label reworded there still shows (in English) until it is added here.
"""

from __future__ import annotations

from ombuds_desk.domain.i18n import QT_TRANSLATE_NOOP, translate
from ombuds_desk.domain.status_rules import DEFAULT_STALLED_DAYS
from ombuds_desk.services.core.office_settings import (
    ACKNOWLEDGEMENT_AFTER_DAYS,
    BACKUP_FOLDER,
    BY_KEY,
    COUNTERPART_LANGUAGE,
    COUNTERPART_SECOND_LANGUAGE,
    IDLE_LOCK_MINUTES,
    LATIN_FORM,
    NO_NEWS_AFTER_DAYS,
    OFFICE_NAME,
    PAPER_SIZE,
    RETENTION_MONTHS,
    STALLED_AFTER_DAYS,
    stalled_days_key,
)

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

# What the program keeps in the settings table for itself, as the audit trail names it.
KEPT_BY_THE_PROGRAM: dict[str, str] = {
    "search_keys_version": QT_TRANSLATE_NOOP(
        "SettingWords", "Version of the search keys (kept by the program)"
    ),
    "stalled_on.rule": QT_TRANSLATE_NOOP(
        "SettingWords", "Stalled dates worked out with (kept by the program)"
    ),
    "demo_database": QT_TRANSLATE_NOOP("SettingWords", "Demo database"),
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
    return translate(CONTEXT, text)


def label_of(key: str) -> str:
    """The label of the setting ``key`` in the reader's language (the key itself for one
    this version does not know: a setting of a newer version, read in the audit trail)."""
    pair = _STALLED_KEYS.get(key)
    if pair is not None:
        category, status = pair
        return translate("SettingWords", "{category}, {status} (days)").format(
            category=category.label, status=status.label.lower()
        )
    if key in LABELS:
        return _tr(LABELS[key])
    if key in KEPT_BY_THE_PROGRAM:
        return _tr(KEPT_BY_THE_PROGRAM[key])
    return BY_KEY[key].label if key in BY_KEY else key


def hint_of(key: str) -> str:
    if key in HINTS:
        return _tr(HINTS[key])
    if key in BY_KEY and key not in LABELS and key not in _STALLED_KEYS:
        return BY_KEY[key].hint
    return ""


def choices_of(key: str) -> list[tuple[str, str]]:
    """``(value, words)`` of a setting with a few values; empty for one typed."""
    return [(value, _tr(words)) for value, words in CHOICES.get(key, ())]


def value_of(key: str, value: str) -> str:
    """A stored value as the reader reads it: a choice's words ("Так", "Українська"), else
    the value as stored (a number, a folder, the office's name)."""
    for stored, words in CHOICES.get(key, _YES_NO):  # a flag kept by the program: yes or no
        if stored == value:
            return _tr(words)
    return value
