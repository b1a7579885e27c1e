"""Why a sign-in was refused, in words: said to the person signing in in their language, and
stored in the audit trail in English (``{"refused": "Wrong user name or password. …"}``) so
that every entry ever written reads the same to a script and to ``audit verify``.

The trail shows a stored refusal in the reader's language (:func:`shown_refusal`): it is
read back sentence by sentence against the sentences here, whatever values filled them in;
a sentence not found here (an entry of another version) is shown as stored.
"""

from __future__ import annotations

import re
from functools import cache

from ombuds_desk.domain.i18n import QT_TRANSLATE_NOOP, translate

C = "SignIn"
WRONG = QT_TRANSLATE_NOOP("SignIn", "Wrong user name or password.")
DEACTIVATED = QT_TRANSLATE_NOOP(
    "SignIn", "This account has been deactivated. Ask an admin if you need it."
)
LOCKED = QT_TRANSLATE_NOOP(
    "SignIn",
    "Too many wrong passwords: the account is locked until {time} on {day}. "
    "An admin can unlock it sooner.",
)
NOW_LOCKED = QT_TRANSLATE_NOOP(
    "SignIn",
    "After {count} wrong passwords the account is locked until {time} on {day}; "
    "an admin can unlock it sooner.",
)
FEW_LEFT = QT_TRANSLATE_NOOP(
    "SignIn", "{left} more wrong and the account locks for {minutes} minutes."
)
REFUSALS = (WRONG, DEACTIVATED, LOCKED, NOW_LOCKED, FEW_LEFT)


@cache
def _pattern(template: str) -> re.Pattern[str]:
    """``template`` with each ``{place}`` a named group that takes what was put there."""
    parts = re.split(r"\{(\w+)\}", template)
    pattern = "".join(
        f"(?P<{part}>.+?)" if i % 2 else re.escape(part) for i, part in enumerate(parts)
    )
    return re.compile(pattern + r"(?:\s+|$)")


def shown_refusal(stored: str) -> str:
    """A refusal as stored (English sentences one after another), in the reader's language."""
    said: list[str] = []
    rest = stored.strip()
    while rest:
        for template in REFUSALS:
            found = _pattern(template).match(rest)
            if found is not None:
                said.append(translate(C, template).format(**found.groupdict()))
                rest = rest[found.end() :]
                break
        else:
            said.append(rest)  # worded by another version: as it was stored
            break
    return " ".join(said)
