"""Campaigns ("2,000 parcels delivered by 31 December") and their progress.

Progress counts each parcel once, under its current status, when the date of that status
falls in the campaign window [start, deadline], both days included; the start is
``starts_on`` or, when not set, the day the campaign was created. So *delivered* means
delivered in the window; *dispatched* and *packed* are still on their way or waiting, having
reached that step in the window. Lost and returned parcels never count. A campaign limited
to a category (captives, evacuees) counts only parcels for persons of that category.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import and_, case, func
from sqlmodel import Session, col, select

from ombuds_desk.domain.accounts import User
from ombuds_desk.domain.enums import Category, ParcelStatus
from ombuds_desk.domain.errors import NotFoundError, ValidationError
from ombuds_desk.domain.i18n import translate
from ombuds_desk.domain.mail import Campaign, Parcel
from ombuds_desk.domain.people import Person
from ombuds_desk.services.core.permissions import Action, require
from ombuds_desk.services.core.unit_of_work import check_version
from ombuds_desk.services.mail.problems import from_one_to, required, too_long

MAX_TARGET = 1_000_000


def clean_campaign(
    name: str,
    target_parcels: int | str,
    deadline: date | None,
    starts_on: date | None,
    category: Category | str | None,
) -> dict[str, Any]:
    """Checked campaign values; raises ValidationError naming each bad field."""
    problems: dict[str, str] = {}
    text = " ".join((name or "").split())
    if not text:
        problems["name"] = required()
    elif len(text) > 200:
        problems["name"] = too_long(200)
    target = 0
    try:
        target = int(str(target_parcels).strip())
    except ValueError:
        problems["target_parcels"] = translate("MailProblems", "must be a whole number")
    else:
        if not 1 <= target <= MAX_TARGET:
            problems["target_parcels"] = from_one_to(MAX_TARGET)
    if deadline is None:
        problems["deadline"] = required()
    elif starts_on is not None and starts_on > deadline:
        problems["starts_on"] = translate("MailProblems", "is after the deadline")
    kind: Category | None = None
    if category not in (None, ""):
        try:
            kind = Category(Category.parse(str(category)))
        except ValueError:
            problems["category"] = translate(
                "MailProblems", "must be captive or evacuee, or empty for all"
            )
    if problems:
        raise ValidationError("", problems)
    return {
        "name": text,
        "target_parcels": target,
        "deadline": deadline,
        "starts_on": starts_on,
        "category": kind,
    }


def create_campaign(
    session: Session,
    actor: User,
    name: str,
    target_parcels: int | str,
    deadline: date | None,
    *,
    starts_on: date | None = None,
    category: Category | str | None = None,
) -> Campaign:
    """A supervisor sets a target of parcels delivered by a deadline."""
    require(actor, Action.MANAGE_CAMPAIGNS)
    campaign = Campaign(**clean_campaign(name, target_parcels, deadline, starts_on, category))
    session.add(campaign)
    session.flush()
    return campaign


def get_campaign(session: Session, campaign_id: int, *, for_update: bool = False) -> Campaign:
    campaign = session.get(Campaign, campaign_id, with_for_update=for_update or None)
    if campaign is None:
        raise NotFoundError(
            translate("Campaigns", "No campaign with id {id}.").format(id=campaign_id)
        )
    return campaign


def update_campaign(
    session: Session,
    actor: User,
    campaign_id: int,
    name: str,
    target_parcels: int | str,
    deadline: date | None,
    *,
    starts_on: date | None = None,
    category: Category | str | None = None,
    expected_version: int | None = None,
) -> Campaign:
    require(actor, Action.MANAGE_CAMPAIGNS)
    campaign = get_campaign(session, campaign_id, for_update=True)
    values = clean_campaign(name, target_parcels, deadline, starts_on, category)
    check_version(
        campaign,
        expected_version,
        translate("Campaigns", "Campaign “{name}”").format(name=campaign.name),
    )
    for key, value in values.items():
        setattr(campaign, key, value)
    session.add(campaign)
    session.flush()
    return campaign


def delete_campaign(session: Session, actor: User, campaign_id: int) -> None:
    """Remove a campaign (parcels are not touched)."""
    require(actor, Action.MANAGE_CAMPAIGNS)
    session.delete(get_campaign(session, campaign_id, for_update=True))
    session.flush()


@dataclass(frozen=True)
class CampaignProgress:
    campaign_id: int
    name: str
    target: int
    delivered: int
    dispatched: int
    packed: int
    starts_on: date
    deadline: date
    category: Category | None
    days_left: int  # negative once the deadline has passed

    @property
    def remaining(self) -> int:
        return max(self.target - self.delivered, 0)

    @property
    def percent_delivered(self) -> float:
        return 100.0 * self.delivered / self.target if self.target else 0.0


def window_start(campaign: Campaign) -> date:
    return campaign.starts_on or campaign.created_at.date()


def _count(status: ParcelStatus, column: Any, start: date, end: date) -> Any:
    hit = and_(col(Parcel.status) == status.value, column >= start, column <= end)
    return func.coalesce(func.sum(case((hit, 1), else_=0)), 0)


def progress_of(session: Session, campaign: Campaign, *, today: date) -> CampaignProgress:
    start, end = window_start(campaign), campaign.deadline
    query = select(
        _count(ParcelStatus.DELIVERED, col(Parcel.delivered_on), start, end),
        _count(ParcelStatus.DISPATCHED, col(Parcel.dispatched_on), start, end),
        _count(ParcelStatus.PACKED, col(Parcel.packed_on), start, end),
    ).select_from(Parcel)
    if campaign.category is not None:
        query = query.join(Person, col(Person.id) == Parcel.person_id).where(
            col(Person.category) == campaign.category.value
        )
    delivered, dispatched, packed = session.exec(query).one()
    return CampaignProgress(
        campaign_id=campaign.id or 0,
        name=campaign.name,
        target=campaign.target_parcels,
        delivered=int(delivered),
        dispatched=int(dispatched),
        packed=int(packed),
        starts_on=start,
        deadline=end,
        category=campaign.category,
        days_left=(end - today).days,
    )


def campaign_progress(session: Session, *, today: date) -> list[CampaignProgress]:
    """Every campaign with its counts, the nearest deadline first."""
    campaigns = session.exec(
        select(Campaign).order_by(col(Campaign.deadline), col(Campaign.id))
    ).all()
    return [progress_of(session, c, today=today) for c in campaigns]
