"""The counted words of the import, export and duplicates screens (see ``Plural``)."""

from __future__ import annotations

from ombuds_desk.services.core.phrases import Plural


class DuplicatesPagePlurals(Plural):
    """Counted words of DuplicatesPage."""


class ExportPlurals(Plural):
    """Counted words of Export."""


class ImportDialogPlurals(Plural):
    """Counted words of ImportDialog."""
