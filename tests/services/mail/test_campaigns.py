"""Campaign targets and their progress, counted inside the window [start, deadline]."""

from datetime import date
from typing import Any

import pytest

from ombuds_desk.domain.accounts import User
from ombuds_desk.domain.enums import Category
from ombuds_desk.domain.errors import EditConflictError, PermissionDeniedError, ValidationError
from ombuds_desk.domain.mail import Campaign, Parcel
from ombuds_desk.services.core.unit_of_work import unit_of_work
from ombuds_desk.services.mail import campaigns, deliveries
from ombuds_desk.store.database import Database
from tests.services.helpers import id_of, register
from tests.services.mail_helpers import handed_over, packed

OCT_1, OCT_31 = date(2026, 10, 1), date(2026, 10, 31)


def _campaign(
    db: Database,
    actor: User,
    name: str = "Зима-2026",
    target: int | str = 100,
    deadline: date | None = OCT_31,
    **kw: Any,
) -> Campaign:
    with unit_of_work(db, actor) as session:
        return campaigns.create_campaign(session, actor, name, target, deadline, **kw)


def _parcel(
    db: Database,
    actor: User,
    person_id: int,
    today: date,
    packed_on: date,
    dispatched_on: date | None = None,
    delivered_on: date | None = None,
    lost: bool = False,
) -> Parcel:
    parcel = packed(db, actor, person_id, today, items=1, on=packed_on)
    assert parcel.id is not None
    if dispatched_on:
        handed_over(db, actor, [parcel], dispatched_on, today, ref=f"S-{parcel.id}")
    with unit_of_work(db, actor) as session:
        if delivered_on:
            deliveries.confirm_delivery(session, actor, [parcel.id], on=delivered_on, today=today)
        if lost:
            deliveries.mark_lost(session, actor, parcel.id, reason="Зникла", on=today, today=today)
    return parcel


def test_counts_at_the_edges_of_the_window(
    db: Database, caseworker: User, supervisor: User, today: date
) -> None:
    captive = register(db, caseworker, today, status_since=date(2026, 9, 1))
    evacuee = register(
        db,
        caseworker,
        today,
        category="evacuee",
        family_name="Їжакевич",
        given_name="Ганна",
        status_since=date(2026, 9, 1),
    )
    assert evacuee.id is not None
    c = id_of(captive)
    sep = date(2026, 9, 20)
    _parcel(db, caseworker, c, today, sep, date(2026, 9, 25), date(2026, 9, 30))  # day before
    _parcel(db, caseworker, c, today, sep, date(2026, 9, 25), OCT_1)  # first day
    _parcel(db, caseworker, c, today, sep, date(2026, 10, 2), OCT_31)  # last day
    _parcel(db, caseworker, c, today, sep, date(2026, 10, 2), date(2026, 11, 1))  # day after
    _parcel(db, caseworker, c, today, sep, date(2026, 10, 15))  # still on its way
    _parcel(db, caseworker, c, today, sep, date(2026, 11, 1))  # dispatched too late
    _parcel(db, caseworker, c, today, OCT_31)  # packed on the last day
    _parcel(db, caseworker, c, today, date(2026, 9, 30))  # packed the day before
    _parcel(db, caseworker, c, today, sep, date(2026, 10, 5), lost=True)  # lost: never counts
    _parcel(db, caseworker, evacuee.id, today, sep, date(2026, 10, 2), date(2026, 10, 10))
    everyone = _campaign(db, supervisor, starts_on=OCT_1)
    assert everyone.id is not None
    captives = _campaign(
        db, supervisor, name="Полоненим", target=2, starts_on=OCT_1, category="captive"
    )
    assert captives.id is not None
    with db.reading() as session:
        progress = {p.campaign_id: p for p in campaigns.campaign_progress(session, today=today)}
    overall = progress[everyone.id]
    assert (overall.delivered, overall.dispatched, overall.packed) == (3, 1, 1)
    assert (overall.target, overall.remaining, overall.days_left) == (100, 97, -26)
    assert (overall.starts_on, overall.deadline) == (OCT_1, OCT_31)
    only = progress[captives.id]
    assert (only.delivered, only.dispatched, only.packed) == (2, 1, 1)
    assert only.category is Category.CAPTIVE
    assert (only.remaining, only.percent_delivered) == (0, 100.0)


def test_the_window_starts_when_the_campaign_was_created_by_default(
    db: Database, supervisor: User, today: date
) -> None:
    campaign = _campaign(db, supervisor, deadline=date(2026, 12, 31))
    with db.reading() as session:
        (progress,) = campaigns.campaign_progress(session, today=today)
    assert progress.starts_on == campaign.created_at.date()
    assert (progress.delivered, progress.days_left) == (0, 35)


def test_only_a_supervisor_sets_targets_and_input_is_checked(
    db: Database, caseworker: User, supervisor: User, today: date
) -> None:
    with pytest.raises(PermissionDeniedError):
        _campaign(db, caseworker)
    with pytest.raises(ValidationError) as raised:
        _campaign(db, supervisor, name=" ", target="дві тисячі", deadline=None, category="всі")
    assert set(raised.value.fields) == {"name", "target_parcels", "deadline", "category"}
    with pytest.raises(ValidationError) as raised:
        _campaign(db, supervisor, target=0, starts_on=date(2026, 11, 1))
    assert set(raised.value.fields) == {"target_parcels", "starts_on"}


def test_update_and_delete(db: Database, supervisor: User, today: date) -> None:
    campaign = _campaign(db, supervisor)
    assert campaign.id is not None
    with unit_of_work(db, supervisor) as session:
        changed = campaigns.update_campaign(
            session,
            supervisor,
            campaign.id,
            "Зима-2026 (уточнено)",
            "2000",
            date(2026, 12, 31),
            category=Category.EVACUEE,
            expected_version=1,
        )
    assert (changed.target_parcels, changed.category, changed.version) == (
        2000,
        Category.EVACUEE,
        2,
    )
    with pytest.raises(EditConflictError):
        with unit_of_work(db, supervisor) as session:
            campaigns.update_campaign(
                session, supervisor, campaign.id, "x", 1, OCT_31, expected_version=1
            )
    with unit_of_work(db, supervisor) as session:
        campaigns.delete_campaign(session, supervisor, campaign.id)
    with db.reading() as session:
        assert campaigns.campaign_progress(session, today=today) == []
