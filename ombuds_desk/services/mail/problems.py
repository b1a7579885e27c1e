"""The field problems the mail services share, in the reader's language.

A form shows each beside its field ("Pages: must be from 1 to 500"), so they are short and
start in lower case; the numbers go in by name, so a translator can move them.
"""

from __future__ import annotations

from ombuds_desk.domain.i18n import translate


def required() -> str:
    return translate("MailProblems", "is required")


def too_long(limit: int) -> str:
    return translate("MailProblems", "is too long ({limit} characters at most)").format(limit=limit)


def from_one_to(highest: int) -> str:
    return translate("MailProblems", "must be from 1 to {highest}").format(highest=f"{highest:,}")
