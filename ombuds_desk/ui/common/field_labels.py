"""Labels of a person's fields, with the mnemonics the register form uses (``&``)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ombuds_desk.domain.person_rules import CAPTIVE_FIELDS, EVACUEE_FIELDS

# Captive and evacuee fields are never shown together, so they may share mnemonics.
FIELD_LABELS: dict[str, str] = {
    "category": "Cate&gory",
    "family_name": "&Family name",
    "given_name": "G&iven name",
    "patronymic": "&Patronymic",
    "family_name_latin": "Family name, &Latin",
    "given_name_latin": "Given name, La&tin",
    "patronymic_latin": "Patronymic, Lati&n",
    "date_of_birth": "Date of &birth",
    "sex": "Se&x",
    "citizenship": "Citi&zenship",
    "home_region": "&Home region",
    "service_number": "Ser&vice number",
    "rank": "&Rank",
    "unit": "&Unit",
    "captured_on": "&Captured on",
    "captured_at": "Captured at (&where)",
    "holding_party": "Hol&ding party",
    "detention_place": "Place of d&etention",
    "icrc_number": "ICRC n&o.",
    "evacuated_from": "&Evacuated from",
    "evacuated_on": "Evacuated &on",
    "current_location": "&Current location",
    "evacuated_by": "E&vacuated by",
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
    if problem.startswith(("is ", "must ")):
        return f"{name} {problem}"
    return f"{name}: {problem}"
