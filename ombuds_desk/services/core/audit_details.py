"""The words an event's entry stores in English beside its sentence — how it was done
("window", "command line"), which document or list, the keys of what else it noted ("File",
"Rows", "Columns") — read in the reader's language (context ``AuditTrail``).

Stored data stays in English (a trail written in Ukrainian would read in Ukrainian to an
office reading Russian, and ``audit verify`` hashes what was stored): each word is declared
here and translated where it is shown. A word not declared (a file's name, a path, a count,
a caseworker's own text) is shown as stored.
"""

from __future__ import annotations

from typing import Any

from ombuds_desk.domain.i18n import QT_TRANSLATE_NOOP, translate

CONTEXT = "AuditTrail"

# Values an entry stores in English: how it was done, documents, versions, lists, filters.
VALUE_WORDS = frozenset(
    {
        QT_TRANSLATE_NOOP("AuditTrail", "window"),
        QT_TRANSLATE_NOOP("AuditTrail", "command line"),
        QT_TRANSLATE_NOOP("AuditTrail", "idle lock"),
        QT_TRANSLATE_NOOP("AuditTrail", "first start"),
        QT_TRANSLATE_NOOP("AuditTrail", "case sheet"),
        QT_TRANSLATE_NOOP("AuditTrail", "stalled-cases report"),
        QT_TRANSLATE_NOOP("AuditTrail", "parcel labels"),
        QT_TRANSLATE_NOOP("AuditTrail", "manifest"),
        QT_TRANSLATE_NOOP("AuditTrail", "internal"),
        QT_TRANSLATE_NOOP("AuditTrail", "counterpart"),
        QT_TRANSLATE_NOOP("AuditTrail", "persons list"),
        QT_TRANSLATE_NOOP("AuditTrail", "items list"),
        QT_TRANSLATE_NOOP("AuditTrail", "parcels list"),
        QT_TRANSLATE_NOOP("AuditTrail", "retention archive list"),
        QT_TRANSLATE_NOOP("AuditTrail", "for the counterpart list"),
        QT_TRANSLATE_NOOP("AuditTrail", "audit trail"),
        QT_TRANSLATE_NOOP("AuditTrail", "every case"),
        QT_TRANSLATE_NOOP("AuditTrail", "on demand"),
        QT_TRANSLATE_NOOP("AuditTrail", "daily"),
        QT_TRANSLATE_NOOP("AuditTrail", "before restore"),
        QT_TRANSLATE_NOOP("AuditTrail", "AES-256 zip archive, password given separately"),
    }
)

# The keys of what an entry noted besides its sentence, as a reader names them.
KEY_WORDS = {
    "file": QT_TRANSLATE_NOOP("AuditTrail", "File"),
    "rows": QT_TRANSLATE_NOOP("AuditTrail", "Rows"),
    "columns": QT_TRANSLATE_NOOP("AuditTrail", "Columns"),
    "from": QT_TRANSLATE_NOOP("AuditTrail", "From"),
    "filter": QT_TRANSLATE_NOOP("AuditTrail", "Filter"),
    "encrypted": QT_TRANSLATE_NOOP("AuditTrail", "Encrypted"),
    "demo": QT_TRANSLATE_NOOP("AuditTrail", "Demo"),
    "kind": QT_TRANSLATE_NOOP("AuditTrail", "Kind"),
    "path": QT_TRANSLATE_NOOP("AuditTrail", "Path"),
    "sha256": QT_TRANSLATE_NOOP("AuditTrail", "Sha256"),
    "audit_entries": QT_TRANSLATE_NOOP("AuditTrail", "Audit entries"),
    "audit_head_hash": QT_TRANSLATE_NOOP("AuditTrail", "Audit head hash"),
    "made_at": QT_TRANSLATE_NOOP("AuditTrail", "Made at"),
    "tables": QT_TRANSLATE_NOOP("AuditTrail", "Tables"),
    "retention_months": QT_TRANSLATE_NOOP("AuditTrail", "Retention months"),
    "final_status": QT_TRANSLATE_NOOP("AuditTrail", "Final status"),
    "final_since": QT_TRANSLATE_NOOP("AuditTrail", "Final since"),
    "cleared": QT_TRANSLATE_NOOP("AuditTrail", "Cleared"),
    # fields of the staff's and the settings' records the window names nowhere else
    "full_name": QT_TRANSLATE_NOOP("AuditTrail", "Full name"),
    "role": QT_TRANSLATE_NOOP("AuditTrail", "Role"),
    "active": QT_TRANSLATE_NOOP("AuditTrail", "Active"),
    "must_change_password": QT_TRANSLATE_NOOP("AuditTrail", "Must change password"),
    "value": QT_TRANSLATE_NOOP("AuditTrail", "Value"),
}


def plain(value: Any) -> str:
    """A stored value as English words (``on_demand`` as ``on demand``)."""
    return value.replace("_", " ") if isinstance(value, str) else str(value)


def value_word(value: Any) -> str:
    """A stored value in the reader's language when it is one of :data:`VALUE_WORDS` (or a
    yes/no), else as stored."""
    if isinstance(value, bool):
        return translate("AuditTrail", "yes") if value else translate("AuditTrail", "no")
    text = plain(value)
    return translate(CONTEXT, text) if text in VALUE_WORDS else str(value)


def key_word(key: str) -> str | None:
    """A detail's key as a reader names it, or None when it is not declared."""
    known = KEY_WORDS.get(key)
    return translate(CONTEXT, known) if known is not None else None
