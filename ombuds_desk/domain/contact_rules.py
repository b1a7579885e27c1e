"""Rules for a relative's phone number and e-mail address, shared by the contacts service
(which refuses a contact that breaks them) and the contact form (which says so as it is
typed), so both say the same thing."""

from __future__ import annotations

import re

MIN_PHONE_DIGITS = 7
MAX_PHONE_DIGITS = 15  # the longest an international number can be (ITU-T E.164)

# Digits, spaces, brackets and hyphens, with a "+" only in front: "+380 (44) 123-45-67".
_PHONE_CHARACTERS = re.compile(r"^\+?[\d\s()\-]*$")

PHONE_CHARACTERS_PROBLEM = "may hold only digits, spaces, ( ) and -, with + only in front"
PHONE_SHORT_PROBLEM = f"is too short for a phone number: type at least {MIN_PHONE_DIGITS} digits"
PHONE_LONG_PROBLEM = f"has more digits than a phone number can ({MAX_PHONE_DIGITS} at most)"
EMAIL_PROBLEM = "is not an e-mail address"


def phone_problem(text: str | None, *, finished: bool = True) -> str | None:
    """What is wrong with ``text`` as a phone number (None: nothing, or it is empty).

    ``finished=False`` is for a number still being typed: only a character no phone number
    has is a problem yet, not too few digits.
    """
    phone = (text or "").strip()
    if not phone:
        return None
    if not _PHONE_CHARACTERS.match(phone):
        return PHONE_CHARACTERS_PROBLEM
    digits = sum(ch.isdigit() for ch in phone)
    if digits > MAX_PHONE_DIGITS:
        return PHONE_LONG_PROBLEM
    if finished and digits < MIN_PHONE_DIGITS:
        return PHONE_SHORT_PROBLEM
    return None


def email_problem(text: str | None) -> str | None:
    """What is wrong with ``text`` as an e-mail address (None: nothing, or it is empty)."""
    email = (text or "").strip()
    if not email:
        return None
    if "@" not in email or " " in email:
        return EMAIL_PROBLEM
    return None
