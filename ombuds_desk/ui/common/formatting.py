"""How the window writes dates, moments, numbers and day counts (one place, so every table
agrees).

Dates are written as the offices write them by hand, ``DD.MM.YYYY`` (Russian and Ukrainian
offices always, and the English interface alike, as the staff read it); a partial date as
``1985``, ``03.1985`` or ``14.03.1985``. Numbers follow the interface's locale, which
``translators.install_translators`` makes Qt's default: ``1,204`` in English, ``1 204`` (a
no-break space) in Russian and Ukrainian, decimals ``12.5`` / ``12,5``.
"""

from __future__ import annotations

from datetime import UTC, date, datetime

from PySide6.QtCore import QLocale

from ombuds_desk.domain.partial_dates import display_iso
from ombuds_desk.services.core import messages

DAY_FORMAT = "%d.%m.%Y"


def day(value: date | None, empty: str = "") -> str:
    """A date as the office writes it (``26.11.2026``), or ``empty``."""
    return value.strftime(DAY_FORMAT) if value else empty


def partial_day(stored: str | None, empty: str = "") -> str:
    """A stored partial date (ISO: ``1985``, ``1985-03``, ``1985-03-14``) as the office
    writes it: ``1985``, ``03.1985``, ``14.03.1985``; ``empty`` for none."""
    return display_iso(stored) or empty


def local_time(moment: datetime) -> str:
    """A stored UTC moment (naive from SQLite) as local ``DD.MM.YYYY HH:MM``."""
    aware = moment if moment.tzinfo else moment.replace(tzinfo=UTC)
    return aware.astimezone().strftime("%d.%m.%Y %H:%M")


def number(value: int | float, decimals: int = 0) -> str:
    """``value`` with the interface locale's separators: ``1,204`` / ``1 204``; with
    ``decimals``, ``12.5`` / ``12,5``."""
    locale = QLocale()
    # The C locale (a system with no language set: LC_ALL=C) omits the thousands' separator
    # by default; the window always groups them.
    locale.setNumberOptions(QLocale.NumberOption.DefaultNumberOptions)
    if isinstance(value, int) and decimals == 0:
        return locale.toString(value)
    return locale.toString(float(value), "f", decimals)


def days_text(days: int) -> str:
    """``1 day``, ``12 days``, ``1,204 days`` — ``1 день``, ``3 дні``, ``1 204 дні``."""
    said = messages.days(days)
    if said == f"{days} day(s)":
        # No catalogue answered (the English source, with no translator installed): its
        # two forms, as the English catalogue has them.
        said = f"{days} day" if days == 1 else f"{days} days"
    return said.replace(str(days), number(days), 1)
