"""The "Dashboard" page: the office's figures as charts with their exact numbers beside them.

Everything shown comes from ``statistics.office_stats`` and ``campaigns.campaign_progress``
(the database counts); the page only lays it out. The figures are read off the GUI thread (on
a large register they take a while, shown by "Loading…") when the page is shown, and again
while it is shown when a change to what it counts arrives; then drawn a panel at a time, one
event-loop turn each (``TaskRunner.run_steps``: a panel's first filling makes its chart and
table, and lays them out).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QCoreApplication, Qt, Slot
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)
from sqlmodel import Session

from ombuds_desk.domain.enums import CaseStatus, Category, ParcelStatus
from ombuds_desk.domain.i18n import QT_TRANSLATE_NOOP
from ombuds_desk.domain.status_rules import PATHS, as_rule, is_final
from ombuds_desk.services.core.office_settings import stalled_after_days
from ombuds_desk.services.mail.campaigns import CampaignProgress, campaign_progress
from ombuds_desk.services.workflow.review_queue import reason_words
from ombuds_desk.services.workflow.statistics import OfficeStats, office_stats
from ombuds_desk.ui.common.changes import Change
from ombuds_desk.ui.common.host import Host
from ombuds_desk.ui.common.operations import Loader, LoadingBadge
from ombuds_desk.ui.common.tasks import Steps
from ombuds_desk.ui.workflow.campaign_box import CampaignBox
from ombuds_desk.ui.workflow.dashboard_parts import CAPTION_STYLE, ChartPanel, Figure
from ombuds_desk.ui.workflow.plurals import DashboardPagePlurals

# What the figures count: cases, their statuses and blocks, reviews (the queue), parcels
# (shipments move them on) and campaigns, against the stalled threshold (a setting).
SHOWN = (
    Change.CASES
    | Change.STATUS
    | Change.REVIEWS
    | Change.PARCELS
    | Change.SHIPMENTS
    | Change.CAMPAIGNS
    | Change.SETTINGS
)

CAPTIVE_COLOR = QColor("#3a6ea5")
EVACUEE_COLOR = QColor("#d0842b")
STALLED_COLOR = QColor("#d9a21b")
PARCEL_COLOR = QColor("#5b8c5a")


def _month_label(key: str) -> str:
    return date.fromisoformat(f"{key}-01").strftime("%m.%Y")


def _open_statuses() -> list[CaseStatus]:
    seen: dict[CaseStatus, None] = {}
    for path in PATHS.values():
        seen.update((s, None) for s in path if not is_final(s))
    return list(seen)


@dataclass(frozen=True)
class Figures:
    """One read of everything the page shows."""

    stats: OfficeStats
    campaigns: list[CampaignProgress]


def read_figures(session: Session, today: date) -> Figures:
    stats = office_stats(session, today=today, threshold_days=stalled_after_days(session))
    return Figures(stats, campaign_progress(session, today=today))


class DashboardPage(QWidget):
    """Key figures on top, then six panels in two columns."""

    def __init__(self, host: Host, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dashboardPage")
        self.host = host
        self.stats: OfficeStats | None = None
        self.shown: Figures | None = None  # the figures on the page now
        self.loader = Loader(host, self, self)
        self.showing: Steps | None = None  # the figures being drawn, a panel at a time

        self.figures = {
            name: Figure(QCoreApplication.translate("DashboardPage", caption), name, color, self)
            for name, caption, color in (
                ("open", QT_TRANSLATE_NOOP("DashboardPage", "open cases"), "#202020"),
                ("stalled", QT_TRANSLATE_NOOP("DashboardPage", "stalled"), "#9a6300"),
                (
                    "queue",
                    QT_TRANSLATE_NOOP("DashboardPage", "in the review queue"),
                    "#9a6300",
                ),
                ("blocked", QT_TRANSLATE_NOOP("DashboardPage", "blocked"), "#a33a2a"),
                ("total", QT_TRANSLATE_NOOP("DashboardPage", "cases in all"), "#505050"),
            )
        }
        self.as_of = QLabel(self)
        self.as_of.setStyleSheet(CAPTION_STYLE)
        # Wrapped, so that a longer language does not widen the window past the screen.
        self.as_of.setWordWrap(True)
        self.as_of.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom)
        figures = QHBoxLayout()
        for figure in self.figures.values():
            figures.addWidget(figure)
        figures.addSpacing(12)
        figures.addWidget(self.as_of, 1, Qt.AlignmentFlag.AlignBottom)

        self.open_panel = ChartPanel(
            QCoreApplication.translate("DashboardPage", "Open cases by category and status"),
            "open",
            horizontal=True,
            table_width=350,
        )
        self.reason_panel = ChartPanel(
            QCoreApplication.translate("DashboardPage", "Stalled cases by reason"),
            "reason",
            horizontal=True,
            table_width=380,
        )
        self.caseworker_panel = ChartPanel(
            QCoreApplication.translate("DashboardPage", "Stalled cases by caseworker"),
            "caseworker",
            horizontal=True,
            table_width=380,
        )
        self.age_panel = ChartPanel(
            QCoreApplication.translate("DashboardPage", "Stalled cases by days unchanged"),
            "age",
            table_width=200,
        )
        self.month_panel = ChartPanel(
            QCoreApplication.translate("DashboardPage", "Persons repatriated / returned per month"),
            "month",
            table_width=250,
        )
        self.month_panel.label_angle = -60
        self.parcel_panel = ChartPanel(
            QCoreApplication.translate("DashboardPage", "Parcels by status"),
            "parcel",
            table_width=190,
        )
        self.campaigns = CampaignBox(self)

        body = QWidget(self)
        grid = QGridLayout(body)
        grid.setContentsMargins(0, 0, 0, 0)
        panels = (
            self.reason_panel,
            self.caseworker_panel,
            self.age_panel,
            self.open_panel,
            self.month_panel,
            self.parcel_panel,
            self.campaigns,
        )
        # Stalled cases first and full width: the reasons are long and matter most.
        places = (
            (0, 0, 1, 2),
            (1, 0, 1, 2),
            (2, 0, 1, 1),
            (2, 1, 1, 1),
            (3, 0, 1, 1),
            (3, 1, 1, 1),
            (4, 0, 1, 2),
        )
        for panel, place in zip(panels, places, strict=True):
            panel.setParent(body)
            if panel is not self.campaigns:
                panel.setMinimumHeight(290)
            grid.addWidget(panel, *place)
        for column in (0, 1):
            grid.setColumnStretch(column, 1)
        grid.setRowStretch(len(places), 1)  # spare height below the panels, not inside them
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(body)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.addLayout(figures)
        layout.addWidget(scroll, 1)
        self.loading = LoadingBadge(self.loader, self)
        host.signals.changed.connect(self.on_changed)

    @Slot(object)
    def on_changed(self, change: Change) -> None:
        if change & SHOWN and self.host.is_shown(self):
            self.refresh()

    @Slot()
    def refresh(self) -> None:
        """Read the figures again off the GUI thread; the ones shown stay until then."""
        today, shown = self.host.today(), self.shown

        def read(session: Session) -> Figures:
            figures = read_figures(session, today)
            # Compared off the GUI thread: the same figures are not drawn again (the charts
            # cost a freeze of their own at every showing of the page).
            return shown if shown is not None and figures == shown else figures

        self.loader.load(read, self._show_figures)

    def _show_figures(self, figures: Figures) -> None:
        if figures is self.shown:
            return
        self.shown = figures
        if self.showing is not None:
            self.showing.cancel()  # the panels of older figures, not all drawn yet
        # A panel at a time, one event-loop turn each: drawn at once, the six charts held
        # the window for 100-150 ms at the page's first showing.
        self.showing = self.host.tasks.run_steps(
            self._showing(figures.stats, figures.campaigns), self
        )

    def show_stats(self, stats: OfficeStats, campaigns: list[CampaignProgress]) -> None:
        """Show these figures, every panel now."""
        for _ in self._showing(stats, campaigns):
            pass

    def _showing(self, stats: OfficeStats, campaigns: list[CampaignProgress]) -> Iterator[None]:
        """Show these figures, yielding after each panel (``run_steps`` slices it)."""
        self.stats = stats
        for name, value in (
            ("open", stats.open_cases),
            ("stalled", stats.stalled_cases),
            ("queue", stats.review_queue),
            ("blocked", stats.blocked_cases),
            ("total", stats.total_cases),
        ):
            self.figures[name].set_value(value)
        self.as_of.setText(
            QCoreApplication.translate(
                "DashboardPage",
                "As of {date} · stalled = blocked, or unchanged for longer than its status allows",
            ).format(date=stats.today.strftime("%d.%m.%Y"))
        )
        self.as_of.setToolTip(
            QCoreApplication.translate(
                "DashboardPage", "The office's stalled thresholds (Settings): {thresholds}"
            ).format(thresholds=as_rule(stats.threshold_days).describe())
        )
        yield
        self._show_open(stats)
        yield
        yield from self._show_stalled(stats)
        self._show_months(stats)
        yield
        counts = [stats.parcels_by_status.get(s, 0) for s in ParcelStatus]
        labels = [s.label for s in ParcelStatus]
        self.parcel_panel.chart.set_data(
            labels, [(QCoreApplication.translate("DashboardPage", "Parcels"), counts, PARCEL_COLOR)]
        )
        self.parcel_panel.table.set_rows(
            [
                QCoreApplication.translate("DashboardPage", "Status"),
                QCoreApplication.translate("DashboardPage", "Parcels"),
            ],
            [
                *zip(labels, counts, strict=True),
                (QCoreApplication.translate("DashboardPage", "Total"), sum(counts)),
            ],
        )
        yield
        self.campaigns.show_progress(campaigns)

    def _show_open(self, stats: OfficeStats) -> None:
        statuses = _open_statuses()
        by = stats.open_by_category_status
        per = {c: [by.get(c, {}).get(s, 0) for s in statuses] for c in Category}
        labels = [s.label for s in statuses]
        self.open_panel.chart.set_data(
            labels,
            [
                (
                    QCoreApplication.translate("DashboardPage", "Captives"),
                    per[Category.CAPTIVE],
                    CAPTIVE_COLOR,
                ),
                (
                    QCoreApplication.translate("DashboardPage", "Evacuees"),
                    per[Category.EVACUEE],
                    EVACUEE_COLOR,
                ),
            ],
        )
        rows: list[tuple[str, int, int, int]] = [
            (label, cap, eva, cap + eva)
            for label, cap, eva in zip(
                labels, per[Category.CAPTIVE], per[Category.EVACUEE], strict=True
            )
        ]
        totals = (sum(per[Category.CAPTIVE]), sum(per[Category.EVACUEE]))
        rows.append(
            (QCoreApplication.translate("DashboardPage", "Total open"), *totals, sum(totals))
        )
        self.open_panel.table.set_rows(
            [
                QCoreApplication.translate("DashboardPage", "Status"),
                QCoreApplication.translate("DashboardPage", "Captives"),
                QCoreApplication.translate("DashboardPage", "Evacuees"),
                QCoreApplication.translate("DashboardPage", "All"),
            ],
            rows,
        )

    def _show_stalled(self, stats: OfficeStats) -> Iterator[None]:
        reasons = [reason_words(reason) for reason in stats.stalled_by_reason]
        counts = list(stats.stalled_by_reason.values())
        self.reason_panel.chart.set_data(
            reasons,
            [(QCoreApplication.translate("DashboardPage", "Stalled"), counts, STALLED_COLOR)],
        )
        self.reason_panel.table.set_rows(
            [
                QCoreApplication.translate("DashboardPage", "Reason"),
                QCoreApplication.translate("DashboardPage", "Cases"),
            ],
            [
                *zip(reasons, counts, strict=True),
                (
                    QCoreApplication.translate("DashboardPage", "Stalled in all"),
                    stats.stalled_cases,
                ),
            ],
        )
        yield
        bands = [QCoreApplication.translate("OfficeStats", b) for b in stats.stalled_by_age]
        ages = list(stats.stalled_by_age.values())
        self.age_panel.chart.set_data(
            bands, [(QCoreApplication.translate("DashboardPage", "Stalled"), ages, STALLED_COLOR)]
        )
        self.age_panel.table.set_rows(
            [
                QCoreApplication.translate("DashboardPage", "Days unchanged"),
                QCoreApplication.translate("DashboardPage", "Cases"),
            ],
            list(zip(bands, ages, strict=True)),
        )
        shortest = min(days for _status, days in as_rule(stats.threshold_days).thresholds())
        self.age_panel.set_note(
            DashboardPagePlurals.tr(
                "Cases under %n days are here because they are blocked.", "", shortest
            )
            if ages and ages[0] and shortest >= 30
            else ""
        )
        yield
        people = stats.stalled_by_caseworker
        names = [
            name or QCoreApplication.translate("DashboardPage", "(no caseworker)")
            for name, _n, _q in people
        ]
        self.caseworker_panel.chart.set_data(
            names,
            [
                (
                    QCoreApplication.translate("DashboardPage", "Stalled"),
                    [n for _name, n, _q in people],
                    STALLED_COLOR,
                )
            ],
        )
        self.caseworker_panel.table.set_rows(
            [
                QCoreApplication.translate("DashboardPage", "Caseworker"),
                QCoreApplication.translate("DashboardPage", "Stalled"),
                QCoreApplication.translate("DashboardPage", "In queue"),
            ],
            [
                *zip(
                    names,
                    [n for _name, n, _q in people],
                    [q for _name, _n, q in people],
                    strict=True,
                )
            ],
        )
        yield

    def _show_months(self, stats: OfficeStats) -> None:
        months = list(stats.completed_per_month)
        labels = [_month_label(m) for m in months]
        repatriated = [stats.completed_per_month[m][CaseStatus.REPATRIATED] for m in months]
        returned = [stats.completed_per_month[m][CaseStatus.RETURNED] for m in months]
        self.month_panel.chart.set_data(
            [
                label[:2] + "." + label[5:] for label in labels
            ],  # 11.26: narrow bars need short names
            [
                (
                    QCoreApplication.translate("DashboardPage", "Repatriated"),
                    repatriated,
                    CAPTIVE_COLOR,
                ),
                (QCoreApplication.translate("DashboardPage", "Returned"), returned, EVACUEE_COLOR),
            ],
        )
        self.month_panel.table.set_rows(
            [
                QCoreApplication.translate("DashboardPage", "Month"),
                QCoreApplication.translate("DashboardPage", "Repatr."),
                QCoreApplication.translate("DashboardPage", "Returned"),
            ],
            list(zip(labels, repatriated, returned, strict=True)),
        )
