"""The case view's small tables: a case's status history and its contacts."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ombuds_desk.domain.enums import StatusEventKind
from ombuds_desk.services.cases.case_status import HistoryRow
from ombuds_desk.services.cases.case_view import ContactRow
from ombuds_desk.ui.common.columns import Column
from ombuds_desk.ui.common.formatting import day, local_time


def _tr(text: str) -> str:
    return QCoreApplication.translate("CaseView", text)


def history_change(row: HistoryRow) -> str:
    """What one history row did, in words: ``Confirmed → Listed for exchange``."""
    to = _tr(row.to_status.label)
    if row.kind is StatusEventKind.REGISTERED:
        return _tr("Registered")
    if row.kind is StatusEventKind.BLOCKED:
        return _tr("Blocked: %s") % (row.blocked_reason or "")
    if row.kind is StatusEventKind.UNBLOCKED:
        return _tr("Unblocked")
    source = _tr(row.from_status.label) if row.from_status else "—"
    if row.kind is StatusEventKind.CORRECTION:
        return _tr("Corrected: %s → %s") % (source, to)
    return f"{source} → {to}"


def _recorded(row: HistoryRow) -> str:
    return f"{row.recorded_by}\n{local_time(row.recorded_at)}"


def _reach(contact: ContactRow) -> str:
    return "\n".join(p for p in (contact.phone, contact.email) if p) or "—"


def _contact_tooltip(contact: ContactRow) -> str | None:
    parts = [contact.address, contact.notes]
    return "\n".join(p for p in parts if p) or None


_CONSENT_TIP = "Consent to be contacted by the office (not asked counts as no)"
_SHARE_TIP = (
    "Consent to be named on documents for the counterpart (not asked counts as no: "
    "only Yes puts the relative there)"
)


# The case view is narrow: who recorded a change and when share a column, as do phone and
# e-mail; the address and notes show as a tooltip and in the contact dialog.
HISTORY_COLUMNS: list[Column[HistoryRow]] = [
    Column("Date", lambda r: day(r.effective_on)),
    Column("Change", history_change),
    Column("Reason", lambda r: r.reason or ""),
    Column("Recorded by, at", _recorded),
]

CONTACT_COLUMNS: list[Column[ContactRow]] = [
    Column("Name", lambda c: c.name, tooltip=_contact_tooltip),
    Column("Relationship", lambda c: _tr(c.relationship.label)),
    Column("Phone, e-mail", _reach),
    Column("Contact?", lambda c: _tr(c.consent.label), tooltip=lambda _c: _tr(_CONSENT_TIP)),
    Column(
        "Counterpart?", lambda c: _tr(c.share_consent.label), tooltip=lambda _c: _tr(_SHARE_TIP)
    ),
]
