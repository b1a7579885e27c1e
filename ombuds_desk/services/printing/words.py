"""Counted words printed in more than one document: "2 letters, 1 photo" in a manifest."""

from __future__ import annotations

from collections.abc import Mapping

from ombuds_desk.domain.enums import ItemKind
from ombuds_desk.services.printing.languages import counted


def _counted(kind: ItemKind, n: int) -> str:
    # One literal per kind: pyside6-lupdate collects each with its plural forms.
    if kind is ItemKind.LETTER:
        return counted(n).translate("Manifest", "%n letters", None, 0)
    if kind is ItemKind.POSTCARD:
        return counted(n).translate("Manifest", "%n postcards", None, 0)
    if kind is ItemKind.DRAWING:
        return counted(n).translate("Manifest", "%n drawings", None, 0)
    if kind is ItemKind.PHOTO:
        return counted(n).translate("Manifest", "%n photos", None, 0)
    return counted(n).translate("Manifest", "%n other items", None, 0)


def item_counts(kinds: Mapping[ItemKind, int]) -> str:
    """``2 letters, 1 photo`` in the document's language, kinds in their usual order."""
    return ", ".join(_counted(k, kinds[k]) for k in ItemKind if kinds.get(k, 0) > 0)
