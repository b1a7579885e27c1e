"""Age bands of a wait in days (under 30, 30–60, 60–90, 90–180, over 180): how the review
queue groups days stalled and the no-news list days of silence, as SQL on a start date."""

from __future__ import annotations

from datetime import date, timedelta
from enum import StrEnum
from typing import Any

from sqlalchemy import ColumnElement, and_, case

from ombuds_desk.domain.i18n import QT_TRANSLATE_NOOP, translate


class AgeBand(StrEnum):
    """Days in the current status (the queue's "Days stalled")."""

    UNDER_30 = "under_30"
    DAYS_30_60 = "30_60"
    DAYS_60_90 = "60_90"
    DAYS_90_180 = "90_180"
    OVER_180 = "over_180"

    @property
    def label(self) -> str:
        """The band in the reader's language."""
        return translate("AgeBand", AGE_BAND_LABELS[self])

    @property
    def days(self) -> tuple[int, int | None]:
        """The lowest and highest day of the band (None: no end)."""
        return AGE_BAND_DAYS[self]


AGE_BAND_LABELS = {
    AgeBand.UNDER_30: QT_TRANSLATE_NOOP("AgeBand", "Under 30 days"),
    AgeBand.DAYS_30_60: QT_TRANSLATE_NOOP("AgeBand", "30–60 days"),
    AgeBand.DAYS_60_90: QT_TRANSLATE_NOOP("AgeBand", "60–90 days"),
    AgeBand.DAYS_90_180: QT_TRANSLATE_NOOP("AgeBand", "90–180 days"),
    AgeBand.OVER_180: QT_TRANSLATE_NOOP("AgeBand", "Over 180 days"),
}
AGE_BAND_DAYS: dict[AgeBand, tuple[int, int | None]] = {
    AgeBand.UNDER_30: (0, 29),
    AgeBand.DAYS_30_60: (30, 59),
    AgeBand.DAYS_60_90: (60, 89),
    AgeBand.DAYS_90_180: (90, 179),
    AgeBand.OVER_180: (180, None),
}


def days_in_band(since: Any, band: AgeBand, today: date) -> ColumnElement[bool]:
    """``since`` (a date column) starts a wait of a number of days in ``band`` today."""
    low, high = band.days
    oldest = since <= today - timedelta(days=low)
    return oldest if high is None else and_(oldest, since >= today - timedelta(days=high))


def band_column(since: Any, today: date) -> Any:
    """The band of each row's wait, as a column of :class:`AgeBand` values (for counts)."""
    return case(
        *(
            (since >= today - timedelta(days=high), band.value)
            for band, (_low, high) in AGE_BAND_DAYS.items()
            if high is not None
        ),
        else_=AgeBand.OVER_180.value,
    )
