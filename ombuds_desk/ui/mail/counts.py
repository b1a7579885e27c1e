"""Counts as the reader's locale writes them: 2,000 in English, 2 000 in Russian and
Ukrainian. A translated text takes them as ``{count}`` (Qt's ``%n`` writes no grouping)."""

from __future__ import annotations

from PySide6.QtCore import QLocale


def count_text(count: int) -> str:
    """``count`` with the interface locale's digit grouping; the C locale (no language
    installed, as in tests) groups as English does."""
    locale = QLocale()
    if locale.language() == QLocale.Language.C:
        return f"{count:,}"
    return locale.toString(count)
