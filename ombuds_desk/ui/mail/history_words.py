"""The reasons the mail services store on each step of an item's or parcel's history, shown in
the reader's language.

The services write them in English ("Parcel PCL-2026-000001", "Seal S-1") and they stay so in
the database (stored data is never translated: the audit trail reads as it was written). The
History lists show the ones the software wrote in the interface's words; a reason a person
typed is shown as typed.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication

from ombuds_desk.domain.i18n import QT_TRANSLATE_NOOP

CONTEXT = "MailHistory"
_FIXED = {
    text: text
    for text in (
        QT_TRANSLATE_NOOP("MailHistory", "Logged"),
        QT_TRANSLATE_NOOP("MailHistory", "Parcel created"),
        QT_TRANSLATE_NOOP("MailHistory", "Delivery confirmed"),
        QT_TRANSLATE_NOOP("MailHistory", "Empty, created by mistake"),
        QT_TRANSLATE_NOOP(
            "MailHistory", "Screened at once: the office's settings do not require screening"
        ),
    )
}
# The services' patterns (services/mail: parcels, deliveries, shipments, acknowledgements),
# each with its wording for translators; the groups go into the translation by name.
_PATTERNS = [
    (re.compile(pattern, re.DOTALL), template)
    for pattern, template in (
        (r"Parcel (?P<number>\S+)", QT_TRANSLATE_NOOP("MailHistory", "Parcel {number}")),
        (
            r"Taken out of Parcel (?P<number>\S+)",
            QT_TRANSLATE_NOOP("MailHistory", "Taken out of parcel {number}"),
        ),
        (
            r"Seal (?P<seal>.+?) broken: (?P<reason>.*)",
            QT_TRANSLATE_NOOP("MailHistory", "Seal {seal} broken: {reason}"),
        ),
        (r"Seal (?P<seal>.+)", QT_TRANSLATE_NOOP("MailHistory", "Seal {seal}")),
        (
            r"Shipment (?P<reference>.+?) handed over to (?P<name>.*)",
            QT_TRANSLATE_NOOP("MailHistory", "Shipment {reference} handed over to {name}"),
        ),
        (
            r"Delivery of shipment (?P<reference>.+) confirmed",
            QT_TRANSLATE_NOOP("MailHistory", "Delivery of shipment {reference} confirmed"),
        ),
        (
            r"Delivery of parcel (?P<number>\S+) undone: (?P<reason>.*)",
            QT_TRANSLATE_NOOP("MailHistory", "Delivery of parcel {number} undone: {reason}"),
        ),
        (
            r"Delivery undone: (?P<reason>.*)",
            QT_TRANSLATE_NOOP("MailHistory", "Delivery undone: {reason}"),
        ),
        (
            r"Acknowledged by (?P<source>.*)",
            QT_TRANSLATE_NOOP("MailHistory", "Acknowledged by {source}"),
        ),
    )
]


def reason_text(stored: str) -> str:
    """``stored`` in the reader's language when the software wrote it, else as typed."""
    if stored in _FIXED:
        return QCoreApplication.translate(CONTEXT, _FIXED[stored])
    for pattern, template in _PATTERNS:
        match = pattern.fullmatch(stored)
        if match:
            return QCoreApplication.translate(CONTEXT, template).format(**match.groupdict())
    return stored
