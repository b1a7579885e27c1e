"""Labels of a person's fields, with the mnemonics the register form uses (``&``)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ombuds_desk.domain.i18n import QT_TRANSLATE_NOOP
from ombuds_desk.domain.person_rules import CAPTIVE_FIELDS, EVACUEE_FIELDS

# Captive and evacuee fields are never shown together, so they may share mnemonics.
FIELD_LABELS: dict[str, str] = {
    "category": QT_TRANSLATE_NOOP("fields", "Cate&gory"),
    "family_name": QT_TRANSLATE_NOOP("fields", "&Family name"),
    "given_name": QT_TRANSLATE_NOOP("fields", "G&iven name"),
    "patronymic": QT_TRANSLATE_NOOP("fields", "&Patronymic"),
    "family_name_latin": QT_TRANSLATE_NOOP("fields", "Family name, &Latin"),
    "given_name_latin": QT_TRANSLATE_NOOP("fields", "Given name, La&tin"),
    "patronymic_latin": QT_TRANSLATE_NOOP("fields", "Patronymic, Lati&n"),
    "date_of_birth": QT_TRANSLATE_NOOP("fields", "Date of &birth"),
    "sex": QT_TRANSLATE_NOOP("fields", "Se&x"),
    "citizenship": QT_TRANSLATE_NOOP("fields", "Citi&zenship"),
    "home_region": QT_TRANSLATE_NOOP("fields", "&Home region"),
    "service_number": QT_TRANSLATE_NOOP("fields", "Ser&vice number"),
    "rank": QT_TRANSLATE_NOOP("fields", "&Rank"),
    "unit": QT_TRANSLATE_NOOP("fields", "&Unit"),
    "captured_on": QT_TRANSLATE_NOOP("fields", "&Captured on"),
    "captured_at": QT_TRANSLATE_NOOP("fields", "Captured at (&where)"),
    "holding_party": QT_TRANSLATE_NOOP("fields", "Hol&ding party"),
    "detention_place": QT_TRANSLATE_NOOP("fields", "Place of d&etention"),
    "icrc_number": QT_TRANSLATE_NOOP("fields", "ICRC n&o."),
    "evacuated_from": QT_TRANSLATE_NOOP("fields", "&Evacuated from"),
    "evacuated_on": QT_TRANSLATE_NOOP("fields", "Evacuated &on"),
    "current_location": QT_TRANSLATE_NOOP("fields", "&Current location"),
    "evacuated_by": QT_TRANSLATE_NOOP("fields", "E&vacuated by"),
}

IDENTITY_FIELDS = ("date_of_birth", "sex", "citizenship", "home_region")
FIELDS_BY_CATEGORY = {"captive": CAPTIVE_FIELDS, "evacuee": EVACUEE_FIELDS}


def label(field: str, mnemonic: bool = False) -> str:
    """The translated label of ``field``; without its ``&`` unless ``mnemonic``."""
    text = QCoreApplication.translate("fields", FIELD_LABELS.get(field, field))
    return text if mnemonic else text.replace("&", "")


def problem_text(field: str, problem: str) -> str:
    """``Date of birth is in the future`` / ``Date of birth: use YYYY, …``."""
    name = label(field)
    if problem.startswith(("is ", "must ")):  # the English services' words: one sentence
        return f"{name} {problem}"
    return QCoreApplication.translate("fields", "{field}: {problem}").format(
        field=name, problem=problem
    )
