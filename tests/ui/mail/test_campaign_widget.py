"""Campaign progress on the Parcels page shows exactly the service's numbers, and the status
line names the campaign whose deadline comes next."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from ombuds_desk.domain.accounts import User
from ombuds_desk.services.core.unit_of_work import unit_of_work
from ombuds_desk.services.mail import campaigns, deliveries
from ombuds_desk.store.database import Database
from ombuds_desk.ui.mail.campaign_widget import CampaignWidget, days_left_text, summary_text
from tests.services.helpers import id_of
from tests.services.mail_helpers import family, handed_over, packed
from tests.ui.helpers import wait_idle
from tests.ui.hosting import BareHost


def test_the_widget_shows_delivered_dispatched_packed_and_days_left(
    qtbot: QtBot,
    host: BareHost,
    db: Database,
    caseworker: User,
    supervisor: User,
    today: date,
) -> None:
    start = today - timedelta(days=20)
    with unit_of_work(db, supervisor) as session:
        campaigns.create_campaign(
            session,
            supervisor,
            "Зимові посилки 2026",
            2000,
            today + timedelta(days=35),
            starts_on=start,
        )
        campaigns.create_campaign(
            session, supervisor, "Autumn", 10, today - timedelta(days=3), starts_on=start
        )
    person, _ = family(db, caseworker, today)
    parcels = [
        packed(db, caseworker, id_of(person), today, items=1, on=today - timedelta(days=5))
        for _ in range(4)
    ]
    handed_over(db, caseworker, parcels[:3], today - timedelta(days=4), today)
    with unit_of_work(db, caseworker) as session:
        deliveries.confirm_delivery(session, caseworker, [id_of(parcels[0])], on=today, today=today)

    widget = CampaignWidget(host)
    qtbot.addWidget(widget)
    widget.refresh()
    assert widget.rows == []  # read off the GUI thread: nothing yet
    wait_idle(qtbot, host)
    with db.reading() as session:
        expected = campaigns.campaign_progress(session, today=today)
    assert [p.name for p in widget.progress] == ["Autumn", "Зимові посилки 2026"]
    assert widget.progress == expected
    texts = [numbers.text() for _name, _bar, numbers in widget.rows]
    assert texts[1] == "1 of 2,000 delivered · 2 dispatched · 1 packed · 35 days left"
    assert texts[0] == "0 of 10 delivered · 2 dispatched · 1 packed · deadline passed 3 days ago"
    assert widget.rows[1][0].text() == "<b>Зимові посилки 2026</b>"
    assert "Delivered 1, dispatched 2, packed 1 — target 2,000" in widget.rows[1][1].toolTip()
    assert widget.rows[0][2].styleSheet() == "color: #b00020;"  # late and short of the target
    assert widget.rows[1][2].styleSheet() == ""
    # The status line: the campaign whose deadline is still ahead.
    assert summary_text(widget.progress) == (
        "Зимові посилки 2026: 1 / 2,000 delivered · 35 days left"
    )


def test_without_campaigns_it_says_who_can_set_one(qtbot: QtBot, host: BareHost) -> None:
    widget = CampaignWidget(host)
    qtbot.addWidget(widget)
    widget.refresh()
    wait_idle(qtbot, host)
    assert widget.rows == []
    hints = [label.text() for label in widget.findChildren(QLabel)]
    assert hints == ["No campaign yet: a supervisor can set a target."]
    assert summary_text(widget.progress) == ""


def test_days_left_are_said_as_a_person_would() -> None:
    assert days_left_text(0) == "deadline today"
    assert days_left_text(1) == "1 day left"
    assert days_left_text(1200) == "1,200 days left"
    assert days_left_text(-2) == "deadline passed 2 days ago"
