"""Rules for a relative's phone number and e-mail address, shared by the contacts service
(which refuses a contact that breaks them) and the contact form (which says so as it is
typed), so both say the same thing."""

from __future__ import annotations

import re

from ombuds_desk.domain.i18n import QT_TRANSLATE_NOOP, translate

MIN_PHONE_DIGITS = 7
MAX_PHONE_DIGITS = 15  # the longest an international number can be (ITU-T E.164)

# Digits, spaces, brackets and hyphens, with a "+" only in front: "+380 (44) 123-45-67".
_PHONE_CHARACTERS = re.compile(r"^\+?[\d\s()\-]*$")

# The problems as templates for the translators, and in English (what tests and logs compare).
_CHARACTERS = QT_TRANSLATE_NOOP(
    "Problems", "may hold only digits, spaces, ( ) and -, with + only in front"
)
_SHORT = QT_TRANSLATE_NOOP(
    "Problems", "is too short for a phone number: type at least {digits} digits"
)
_LONG = QT_TRANSLATE_NOOP("Problems", "has more digits than a phone number can ({digits} at most)")
_EMAIL = QT_TRANSLATE_NOOP("Problems", "is not an e-mail address")
PHONE_CHARACTERS_PROBLEM = _CHARACTERS
PHONE_SHORT_PROBLEM = _SHORT.format(digits=MIN_PHONE_DIGITS)
PHONE_LONG_PROBLEM = _LONG.format(digits=MAX_PHONE_DIGITS)
EMAIL_PROBLEM = _EMAIL


def phone_short_problem() -> str:
    """Too few digits, in the reader's language."""
    return translate("Problems", _SHORT).format(digits=MIN_PHONE_DIGITS)


def phone_problem(text: str | None, *, finished: bool = True) -> str | None:
    """What is wrong with ``text`` as a phone number (None: nothing, or it is empty).

    ``finished=False`` is for a number still being typed: only a character no phone number
    has is a problem yet, not too few digits.
    """
    phone = (text or "").strip()
    if not phone:
        return None
    if not _PHONE_CHARACTERS.match(phone):
        return translate("Problems", _CHARACTERS)
    digits = sum(ch.isdigit() for ch in phone)
    if digits > MAX_PHONE_DIGITS:
        return translate("Problems", _LONG).format(digits=MAX_PHONE_DIGITS)
    if finished and digits < MIN_PHONE_DIGITS:
        return phone_short_problem()
    return None


def email_problem(text: str | None) -> str | None:
    """What is wrong with ``text`` as an e-mail address (None: nothing, or it is empty)."""
    email = (text or "").strip()
    if not email:
        return None
    if "@" not in email or " " in email:
        return translate("Problems", _EMAIL)
    return None
