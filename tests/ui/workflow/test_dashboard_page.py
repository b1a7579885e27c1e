"""The Dashboard page shows exactly ``office_stats`` (and campaign progress) on a seeded
database, in its key figures, its number tables and its charts, and follows changes: read off
the GUI thread when shown, and again while shown on a change to what it counts."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta

import pytest
from pytestqt.qtbot import QtBot

from ombuds_desk.domain.accounts import User
from ombuds_desk.domain.enums import CaseStatus, Category, ParcelStatus
from ombuds_desk.services.cases.case_status import block_case, correct_status
from ombuds_desk.services.core.office_settings import stalled_after_days
from ombuds_desk.services.core.reading import read
from ombuds_desk.services.core.unit_of_work import unit_of_work
from ombuds_desk.services.mail.campaigns import CampaignProgress, create_campaign
from ombuds_desk.services.mail.parcels import create_parcel, pack_parcel
from ombuds_desk.services.workflow.statistics import OfficeStats, office_stats
from ombuds_desk.store.database import Database
from ombuds_desk.ui.common.changes import Change
from ombuds_desk.ui.common.operations import LoadingBadge
from ombuds_desk.ui.workflow.bar_chart import BarChart
from ombuds_desk.ui.workflow.dashboard_page import DashboardPage
from tests.ui.helpers import register_people, wait_idle
from tests.ui.hosting import BareHost


@pytest.fixture
def seeded(db: Database, supervisor: User, caseworker: User, today: date) -> list[int]:
    ids = register_people(db, caseworker, 40, today)
    with unit_of_work(db, supervisor) as session:
        # Two completions in earlier months (corrections count, as in the figures).
        for person_id, days_ago in ((ids[1], 40), (ids[2], 70)):
            correct_status(
                session,
                supervisor,
                person_id,
                CaseStatus.REPATRIATED,
                effective_on=today - timedelta(days=days_ago),
                today=today,
                reason="ICRC list",
            )
        parcels = [
            create_parcel(session, caseworker, i, today=today, contents="Теплі шкарпетки")
            for i in ids[3:6]
        ]
        assert parcels[0].id is not None
        pack_parcel(session, caseworker, parcels[0].id, seal_number="S-0001", today=today)
        create_campaign(
            session,
            supervisor,
            "Зимові посилки",
            200,
            today + timedelta(days=35),
            starts_on=today - timedelta(days=30),
        )
    return ids


def _stats(db: Database, today: date) -> OfficeStats:
    return read(
        db,
        lambda session: office_stats(
            session, today=today, threshold_days=stalled_after_days(session)
        ),
    )


def _added(supervisor_host: BareHost) -> DashboardPage:
    page = DashboardPage(supervisor_host)
    supervisor_host.add_page(page, "Dashboard")
    return page


def _shown(qtbot: QtBot, supervisor_host: BareHost) -> DashboardPage:
    page = _added(supervisor_host)
    supervisor_host.show_page(page)
    wait_idle(qtbot, supervisor_host)
    return page


def _bars(page: DashboardPage, panel: str) -> list[list[int]]:
    chart: BarChart = getattr(page, f"{panel}_panel").chart
    return chart.bars()


def test_every_number_equals_office_stats(
    qtbot: QtBot, supervisor_host: BareHost, seeded: list[int], db: Database, today: date
) -> None:
    page = _shown(qtbot, supervisor_host)
    stats = _stats(db, today)
    assert stats.stalled_cases > 0 and stats.blocked_cases > 0  # a meaningful seed
    figures = {name: figure.value() for name, figure in page.figures.items()}
    assert figures == {
        "open": stats.open_cases,
        "stalled": stats.stalled_cases,
        "queue": stats.review_queue,
        "blocked": stats.blocked_cases,
        "total": stats.total_cases,
    }

    open_rows = page.open_panel.table.values()
    for category, column in ((Category.CAPTIVE, 0), (Category.EVACUEE, 1)):
        for status, count in stats.open_by_category_status.get(category, {}).items():
            assert open_rows[status.label][column] == count
    assert open_rows["Total open"] == [
        sum(stats.open_by_category_status.get(Category.CAPTIVE, {}).values()),
        sum(stats.open_by_category_status.get(Category.EVACUEE, {}).values()),
        stats.open_cases,
    ]
    reasons = page.reason_panel.table.values()
    assert {k: v[0] for k, v in reasons.items() if k != "Stalled in all"} == stats.stalled_by_reason
    assert reasons["Stalled in all"] == [stats.stalled_cases]
    assert {k: v[0] for k, v in page.age_panel.table.values().items()} == stats.stalled_by_age
    by_worker = page.caseworker_panel.table.values()
    assert stats.stalled_by_caseworker  # a meaningful seed
    assert by_worker == {
        (name or "(no caseworker)"): [stalled, queued]
        for name, stalled, queued in stats.stalled_by_caseworker
    }
    assert sum(v[0] for v in by_worker.values()) == stats.stalled_cases
    months = page.month_panel.table.values()
    assert len(months) == 12
    for month, by in stats.completed_per_month.items():
        label = f"{month[5:]}.{month[:4]}"
        assert months[label] == [by[CaseStatus.REPATRIATED], by[CaseStatus.RETURNED]]
    assert sum(v[0] for v in months.values()) == 2
    parcels = page.parcel_panel.table.values()
    for parcel_status in ParcelStatus:
        assert parcels[parcel_status.label] == [stats.parcels_by_status.get(parcel_status, 0)]
    assert parcels["Total"] == [3]

    # The charts draw the same numbers.
    assert _bars(page, "reason") == [list(stats.stalled_by_reason.values())]
    assert _bars(page, "age") == [list(stats.stalled_by_age.values())]
    assert _bars(page, "parcel")[0] == [stats.parcels_by_status.get(s, 0) for s in ParcelStatus]

    bar = page.campaigns.bars["Зимові посилки"]
    assert (bar.value(), bar.maximum()) == (0, 200)
    detail = page.campaigns.details["Зимові посилки"].text()
    assert "packed 1" in detail and "35 days left" in detail


def test_refreshes_after_a_change_while_shown(
    qtbot: QtBot,
    supervisor_host: BareHost,
    db: Database,
    supervisor: User,
    seeded: list[int],
    today: date,
) -> None:
    page = _shown(qtbot, supervisor_host)
    before = page.figures["blocked"].value()
    fresh = seeded[4]  # registered 4 days ago: not stalled until blocked
    with unit_of_work(db, supervisor) as session:
        block_case(session, supervisor, fresh, "Awaiting documents", today=today)
    supervisor_host.notify(Change.STATUS)
    assert page.loader.loading  # off the GUI thread; the figures shown stay until then
    assert page.figures["blocked"].value() == before
    wait_idle(qtbot, supervisor_host)
    assert page.figures["blocked"].value() == before + 1
    assert page.reason_panel.table.values()["Awaiting documents"] == [1]
    assert page.figures["stalled"].value() == _stats(db, today).stalled_cases


def test_reads_only_when_shown_and_on_what_it_counts(
    qtbot: QtBot, supervisor_host: BareHost, seeded: list[int]
) -> None:
    page = _added(supervisor_host)
    assert page.findChild(LoadingBadge) is not None
    supervisor_host.notify(Change.STATUS)  # not shown: nothing is read
    assert supervisor_host.tasks.pending == 0 and page.stats is None
    assert page.figures["open"].number.text() == "—"

    supervisor_host.show_page(page)
    assert page.loader.loading
    wait_idle(qtbot, supervisor_host)
    assert page.stats is not None and page.figures["total"].value() == len(seeded)

    supervisor_host.notify(Change.NOTES | Change.CONTACTS)  # nothing the dashboard counts
    assert supervisor_host.tasks.pending == 0
    for counted in (Change.PARCELS, Change.CAMPAIGNS, Change.REVIEWS, Change.SETTINGS):
        supervisor_host.notify(counted)
        assert supervisor_host.tasks.pending == 1, counted
        wait_idle(qtbot, supervisor_host)

    supervisor_host.pages.setCurrentIndex(0)  # another page in front: it reads when shown again
    supervisor_host.notify(Change.STATUS)
    assert supervisor_host.tasks.pending == 0


def test_the_same_figures_read_again_are_not_drawn_again(
    qtbot: QtBot,
    supervisor_host: BareHost,
    db: Database,
    supervisor: User,
    seeded: list[int],
    today: date,
) -> None:
    page = _shown(qtbot, supervisor_host)
    chart = page.reason_panel.chart
    series = chart.series
    shown = page.shown
    page.refresh()
    wait_idle(qtbot, supervisor_host)
    assert page.shown is shown and chart.series is series  # nothing drawn again
    with unit_of_work(db, supervisor) as session:
        block_case(session, supervisor, seeded[4], "Awaiting documents", today=today)
    page.refresh()
    wait_idle(qtbot, supervisor_host)
    assert page.shown is not shown
    assert page.reason_panel.table.values()["Awaiting documents"] == [1]


def test_the_panels_drawn_a_turn_at_a_time_are_those_drawn_at_once(
    qtbot: QtBot,
    supervisor_host: BareHost,
    seeded: list[int],
    db: Database,
    today: date,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Shown, the page draws its panels one event-loop turn each (``run_steps``; the window
    is idle only once all are drawn); the outcome is what ``show_stats`` draws at once."""
    from ombuds_desk.ui.common import tasks

    monkeypatch.setattr(tasks, "STEP_SECONDS", 0.0)  # every panel in a turn of its own
    stepped = _added(supervisor_host)
    showing = stepped._showing
    turns: list[int] = []

    def counted(stats: OfficeStats, campaigns: list[CampaignProgress]) -> Iterator[None]:
        for step in showing(stats, campaigns):
            turns.append(supervisor_host.tasks.pending)  # the drawing counts as pending
            yield step

    monkeypatch.setattr(stepped, "_showing", counted)
    supervisor_host.show_page(stepped)
    wait_idle(qtbot, supervisor_host)
    assert isinstance(stepped.showing, tasks.Steps) and stepped.showing.done
    assert len(turns) >= 7 and all(turns)
    assert supervisor_host.tasks.pending == 0
    at_once = DashboardPage(supervisor_host)
    qtbot.addWidget(at_once)
    assert stepped.shown is not None
    at_once.show_stats(stepped.shown.stats, stepped.shown.campaigns)
    for panel in ("open", "reason", "caseworker", "age", "month", "parcel"):
        assert _bars(stepped, panel) == _bars(at_once, panel), panel
        table = getattr(stepped, f"{panel}_panel").table
        assert table.values() == getattr(at_once, f"{panel}_panel").table.values(), panel
    assert {n: f.value() for n, f in stepped.figures.items()} == {
        n: f.value() for n, f in at_once.figures.items()
    }
    assert stepped.stats == _stats(db, today)
