"""Campaign progress in the main window shows exactly the service's numbers."""

from __future__ import annotations

from datetime import date, timedelta

from pytestqt.qtbot import QtBot

from ombuds_desk.domain.accounts import User
from ombuds_desk.services.core.unit_of_work import unit_of_work
from ombuds_desk.services.mail import campaigns, deliveries
from ombuds_desk.store.database import Database
from ombuds_desk.ui.mail.campaign_widget import CampaignWidget
from ombuds_desk.ui.mail.campaigns_dialog import CampaignsDialog
from ombuds_desk.ui.mail.feature import MailFeature
from ombuds_desk.ui.shell.main_window import MainWindow
from tests.services.mail_helpers import family, handed_over, packed


def test_the_widget_shows_delivered_dispatched_packed_and_days_left(
    qtbot: QtBot, db: Database, caseworker: User, supervisor: User, today: date
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
        packed(db, caseworker, person.id, today, items=1, on=today - timedelta(days=5))
        for _ in range(4)
    ]
    handed_over(db, caseworker, parcels[:3], today - timedelta(days=4), today)
    with unit_of_work(db, caseworker) as session:
        deliveries.confirm_delivery(session, caseworker, [parcels[0].id], on=today, today=today)

    widget = CampaignWidget(db, lambda: today)
    qtbot.addWidget(widget)
    widget.refresh()
    with db.reading() as session:
        expected = campaigns.campaign_progress(session, today=today)
    assert [p.name for p in widget.progress] == ["Autumn", "Зимові посилки 2026"]
    assert widget.progress == expected
    texts = [numbers.text() for _name, _bar, numbers in widget.rows]
    assert texts[1] == "1 of 2,000 delivered · 2 dispatched · 1 packed · 35 days left"
    assert texts[0] == "0 of 10 delivered · 2 dispatched · 1 packed · deadline passed 3 days ago"
    assert widget.rows[1][0].text() == "<b>Зимові посилки 2026</b>"
    assert "Delivered 1, dispatched 2, packed 1 — target 2,000" in widget.rows[1][1].toolTip()


def test_a_supervisor_adds_a_campaign_and_the_window_shows_it(
    qtbot: QtBot, window: MainWindow, db: Database, supervisor: User, today: date
) -> None:
    feature = window.findChild(MailFeature)
    assert feature is not None
    window.actor = supervisor  # the campaigns dialog acts as the window's user
    window.show_page(feature.parcels_page)
    dialog = feature.parcels_page.open_campaigns()
    assert isinstance(dialog, CampaignsDialog) and dialog.save_button.isEnabled()
    dialog.name.edit.setText("Новорічні посилки")
    dialog.target.edit.setText("many")
    dialog.save_button.click()
    assert dialog.target.problem == "Must be a whole number"
    dialog.target.edit.setText("500")
    dialog.save_button.click()
    assert dialog.list.count() == 1
    qtbot.waitUntil(lambda: len(feature.parcels_page.campaigns.rows) == 1)
    assert feature.campaign_line.text().startswith("Новорічні посилки: 0 / 500 delivered")


def test_a_caseworker_sees_campaigns_read_only(
    qtbot: QtBot, window: MainWindow, caseworker: User
) -> None:
    feature = window.findChild(MailFeature)
    assert feature is not None
    dialog = feature.parcels_page.open_campaigns()
    assert not dialog.save_button.isEnabled() and dialog.note.isVisibleTo(dialog)
