"""The case view's small tables: a case's status history and its contacts."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ombuds_desk.domain.enums import StatusEventKind
from ombuds_desk.domain.i18n import QT_TRANSLATE_NOOP
from ombuds_desk.services.cases.block_reasons import reason_words
from ombuds_desk.services.cases.case_status import HistoryRow
from ombuds_desk.services.cases.case_view import ContactRow
from ombuds_desk.services.cases.persons import reason_shown
from ombuds_desk.ui.common.columns import Column
from ombuds_desk.ui.common.formatting import day, local_time


def history_change(row: HistoryRow) -> str:
    """What one history row did, in words: ``Confirmed → Listed for exchange``."""
    to = row.to_status.label
    if row.kind is StatusEventKind.REGISTERED:
        return QCoreApplication.translate("CaseView", "Registered")
    if row.kind is StatusEventKind.BLOCKED:
        return QCoreApplication.translate("CaseView", "Blocked: %s") % reason_words(
            row.blocked_reason
        )
    if row.kind is StatusEventKind.UNBLOCKED:
        return QCoreApplication.translate("CaseView", "Unblocked")
    source = row.from_status.label if row.from_status else "—"
    if row.kind is StatusEventKind.CORRECTION:
        return QCoreApplication.translate("CaseView", "Corrected: %s → %s") % (source, to)
    return f"{source} → {to}"


def _recorded(row: HistoryRow) -> str:
    return f"{row.recorded_by}\n{local_time(row.recorded_at)}"


def _reach(contact: ContactRow) -> str:
    return "\n".join(p for p in (contact.phone, contact.email) if p) or "—"


def _contact_tooltip(contact: ContactRow) -> str | None:
    parts = [contact.address, contact.notes]
    return "\n".join(p for p in parts if p) or None


def _consent_tip(_contact: ContactRow) -> str:
    return QCoreApplication.translate(
        "CaseView", "Consent to be contacted by the office (not asked counts as no)"
    )


def _share_tip(_contact: ContactRow) -> str:
    return QCoreApplication.translate(
        "CaseView",
        "Consent to be named on documents for the counterpart (not asked counts as no: "
        "only Yes puts the relative there)",
    )


# The case view is narrow: who recorded a change and when share a column, as do phone and
# e-mail; the address and notes show as a tooltip and in the contact dialog.
HISTORY_COLUMNS: list[Column[HistoryRow]] = [
    Column(QT_TRANSLATE_NOOP("Columns", "Date"), lambda r: day(r.effective_on)),
    Column(QT_TRANSLATE_NOOP("Columns", "Change"), history_change),
    Column(QT_TRANSLATE_NOOP("Columns", "Reason"), lambda r: reason_shown(r.reason)),
    Column(QT_TRANSLATE_NOOP("Columns", "Recorded by, at"), _recorded),
]

CONTACT_COLUMNS: list[Column[ContactRow]] = [
    Column(QT_TRANSLATE_NOOP("Columns", "Name"), lambda c: c.name, tooltip=_contact_tooltip),
    Column(QT_TRANSLATE_NOOP("Columns", "Relationship"), lambda c: c.relationship.label),
    Column(QT_TRANSLATE_NOOP("Columns", "Phone, e-mail"), _reach),
    Column(
        QT_TRANSLATE_NOOP("Columns", "Contact?"), lambda c: c.consent.label, tooltip=_consent_tip
    ),
    Column(
        QT_TRANSLATE_NOOP("Columns", "Counterpart?"),
        lambda c: c.share_consent.label,
        tooltip=_share_tip,
    ),
]
