"""Every sub-command of ``ombuds-desk``, one module a feature, the window's ``gui`` among them.

A command's module registers it when imported (see ``registry.py``). The command line imports
only the module of the command it runs (:func:`load`), so that the window does not wait for
ReportLab, openpyxl and the rest of the headless commands, and a command does not wait for
the others; ``--help`` and a mistyped command import them all (:func:`load_all`).

Add a command to ``INDEX`` with its module and the help line it registers (a test checks
that the index and the modules agree).
"""

from __future__ import annotations

from importlib import import_module
from typing import NamedTuple

from ombuds_desk.domain.i18n import QT_TRANSLATE_NOOP


class Entry(NamedTuple):
    module: str
    help: str


# The order of `ombuds-desk --help`: the features' commands first, then the window's and the
# database's own, then the office's administration.
INDEX: dict[str, Entry] = {
    "import": Entry(
        "lists",
        QT_TRANSLATE_NOOP(
            "Commands", "import persons or letters and items from a CSV, XLSX, ODS or XLS file"
        ),
    ),
    "export": Entry(
        "lists",
        QT_TRANSLATE_NOOP(
            "Commands", "export persons, a case's items or a shipment's parcels (CSV, XLSX or ODS)"
        ),
    ),
    "find": Entry(
        "lookups",
        QT_TRANSLATE_NOOP("Commands", "search the register by name in any spelling, or by number"),
    ),
    "duplicates": Entry(
        "lookups", QT_TRANSLATE_NOOP("Commands", "list pairs of cases that may be one person")
    ),
    "retention": Entry(
        "retention",
        QT_TRANSLATE_NOOP(
            "Commands",
            "closed cases past the retention period: list, export to an encrypted archive, anonymise",
        ),
    ),
    "parcels": Entry(
        "mail", QT_TRANSLATE_NOOP("Commands", "list parcels (optionally by status or shipment)")
    ),
    "campaign": Entry(
        "mail", QT_TRANSLATE_NOOP("Commands", "show each campaign's progress against its target")
    ),
    "print": Entry(
        "printing",
        QT_TRANSLATE_NOOP(
            "Commands", "write a printable PDF: case sheets, stalled report, manifest, labels"
        ),
    ),
    "status": Entry(
        "workflow",
        QT_TRANSLATE_NOOP("Commands", "change a case's repatriation status (as the rules allow)"),
    ),
    "block": Entry("workflow", QT_TRANSLATE_NOOP("Commands", "mark a case blocked, with a reason")),
    "unblock": Entry("workflow", QT_TRANSLATE_NOOP("Commands", "lift a case's block")),
    "stalled": Entry(
        "workflow", QT_TRANSLATE_NOOP("Commands", "list stalled cases, longest first")
    ),
    "review-queue": Entry(
        "workflow",
        QT_TRANSLATE_NOOP(
            "Commands", "the supervisors' review queue: stalled cases not deferred by a review"
        ),
    ),
    "stats": Entry(
        "workflow",
        QT_TRANSLATE_NOOP(
            "Commands", "the office's figures: open, stalled, completed per month, parcels"
        ),
    ),
    "backup": Entry(
        "backup",
        QT_TRANSLATE_NOOP(
            "Commands",
            "back up the database now (safe while it is in use), with a manifest beside the copy",
        ),
    ),
    "restore": Entry(
        "backup",
        QT_TRANSLATE_NOOP(
            "Commands",
            "restore a backup in place of the database (checked first; the current file is set aside)",
        ),
    ),
    "check": Entry(
        "check",
        QT_TRANSLATE_NOOP(
            "Commands", "check the whole database file for damage (SQLite's integrity check)"
        ),
    ),
    "copy": Entry(
        "copy",
        QT_TRANSLATE_NOOP(
            "Commands",
            "copy the whole register into another, empty database (SQLite ⇄ PostgreSQL), checked "
            "table by table (admins)",
        ),
    ),
    "encrypt": Entry(
        "encryption",
        QT_TRANSLATE_NOOP(
            "Commands",
            "encrypt the SQLite database file with a passphrase (SQLCipher), checked table by "
            "table (admins)",
        ),
    ),
    "decrypt": Entry(
        "encryption",
        QT_TRANSLATE_NOOP(
            "Commands",
            "turn an encrypted database file back into a plain one, checked table by table (admins)",
        ),
    ),
    "demo": Entry(
        "demo", QT_TRANSLATE_NOOP("Commands", "build a demo database of synthetic cases (headless)")
    ),
    "gui": Entry(
        "gui", QT_TRANSLATE_NOOP("Commands", "open the main window (what plain `ombuds-desk` does)")
    ),
    "init": Entry(
        "init",
        QT_TRANSLATE_NOOP(
            "Commands",
            "create a database with its office and first admin, or upgrade an existing one",
        ),
    ),
    "audit": Entry("audit", QT_TRANSLATE_NOOP("Commands", "check the audit trail (admins)")),
    "settings": Entry(
        "settings", QT_TRANSLATE_NOOP("Commands", "show the office's settings, or change one")
    ),
    "users": Entry(
        "users",
        QT_TRANSLATE_NOOP(
            "Commands", "staff administration: list, add, roles, passwords, deactivate, unlock"
        ),
    ),
}


def load(name: str) -> None:
    """Import (and so register) the module of the command ``name``."""
    import_module(f"{__name__}.{INDEX[name].module}")


def load_all() -> None:
    """Import every command's module."""
    for entry in dict.fromkeys(e.module for e in INDEX.values()):
        import_module(f"{__name__}.{entry}")
