"""How the window writes dates, moments and day counts (one place, so every table agrees)."""

from __future__ import annotations

from datetime import UTC, date, datetime

from PySide6.QtCore import QCoreApplication


def _tr(text: str) -> str:
    return QCoreApplication.translate("Formatting", text)


def day(value: date | None, empty: str = "") -> str:
    """A date as the office writes it (``26.11.2026``), or ``empty``."""
    return value.strftime("%d.%m.%Y") if value else empty


def local_time(moment: datetime) -> str:
    """A stored UTC moment (naive from SQLite) as local ``DD.MM.YYYY HH:MM``."""
    aware = moment if moment.tzinfo else moment.replace(tzinfo=UTC)
    return aware.astimezone().strftime("%d.%m.%Y %H:%M")


def days_text(days: int) -> str:
    """``1 day``, ``12 days``, ``1,204 days``."""
    return _tr("1 day") if days == 1 else _tr("%s days") % f"{days:,}"
