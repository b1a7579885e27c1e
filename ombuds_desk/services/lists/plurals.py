"""The counted words of the imports and exports (``Name.tr("%n rows", "", n)``: see Plural)."""

from __future__ import annotations

from ombuds_desk.services.core.phrases import Plural


class ExportPlurals(Plural):
    """Counted words of Export."""


class ImportProblemsPlurals(Plural):
    """Counted words of ImportProblems."""
