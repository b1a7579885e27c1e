"""Setting up campaigns: a supervisor adds, changes and removes them, and the Parcels page
and the status line follow; anyone else sees them read-only."""

from __future__ import annotations

from datetime import date, timedelta

from pytestqt.qtbot import QtBot

from ombuds_desk.domain.accounts import User
from ombuds_desk.domain.enums import Category
from ombuds_desk.services.core.unit_of_work import unit_of_work
from ombuds_desk.services.mail import campaigns
from ombuds_desk.store.database import Database
from ombuds_desk.ui.common.changes import Change
from ombuds_desk.ui.common.conflict_dialog import ConflictDialog
from ombuds_desk.ui.mail.campaigns_dialog import CampaignsDialog
from ombuds_desk.ui.mail.feature import MailFeature
from tests.ui.helpers import wait_idle
from tests.ui.hosting import BareHost


def _stored(db: Database, today: date) -> list[tuple[str, int]]:
    with db.reading() as session:
        return [(p.name, p.target) for p in campaigns.campaign_progress(session, today=today)]


def test_a_supervisor_adds_a_campaign_and_the_window_shows_it(
    qtbot: QtBot, supervisor_host: BareHost, db: Database, today: date
) -> None:
    host = supervisor_host
    feature = MailFeature(host)
    host.show_page(feature.parcels_page)
    wait_idle(qtbot, host)
    dialog = feature.parcels_page.open_campaigns()
    assert isinstance(dialog, CampaignsDialog) and dialog.save_button.isEnabled()
    assert not dialog.note.isVisibleTo(dialog)
    dialog.name.edit.setText("Новорічні посилки")
    dialog.target.edit.setText("many")
    dialog.save_button.click()
    assert dialog.target.problem == "Must be a whole number"
    assert _stored(db, today) == []
    dialog.target.edit.setText("500")
    dialog.save_button.click()
    assert host.changes == [Change.CAMPAIGNS]
    wait_idle(qtbot, host)
    assert dialog.list.count() == 1
    assert dialog.list.item(0).text() == (
        f"Новорічні посилки — 500 · {today + timedelta(days=60):%d.%m.%Y}"
    )
    assert len(feature.parcels_page.campaigns.rows) == 1
    assert feature.campaign_line.text().startswith("Новорічні посилки: 0 / 500 delivered")


def test_a_supervisor_changes_and_removes_a_campaign(
    qtbot: QtBot, supervisor_host: BareHost, db: Database, supervisor: User, today: date
) -> None:
    with unit_of_work(db, supervisor) as session:
        campaigns.create_campaign(session, supervisor, "Осінь", 100, today + timedelta(days=10))
        campaigns.create_campaign(session, supervisor, "Зима", 300, today + timedelta(days=90))
    host = supervisor_host
    feature = MailFeature(host)
    dialog = feature.parcels_page.open_campaigns()
    assert dialog is not None and dialog.list.count() == 2
    dialog.list.setCurrentRow(1)  # the later deadline
    assert dialog.name.text() == "Зима" and dialog.target.text() == "300"
    dialog.target.edit.setText("350")
    dialog.category.set_current(Category.CAPTIVE)
    dialog.save_button.click()
    wait_idle(qtbot, host)
    assert _stored(db, today) == [("Осінь", 100), ("Зима", 350)]
    assert dialog.list.currentItem().text().startswith("Зима — 350")  # still the one edited
    with db.reading() as session:
        winter = campaigns.campaign_progress(session, today=today)[1]
    assert winter.category is Category.CAPTIVE

    dialog.list.setCurrentRow(0)
    dialog.delete_button.click()
    wait_idle(qtbot, host)
    assert _stored(db, today) == [("Зима", 350)]
    assert dialog.list.count() == 1
    assert dialog.name.text() == ""  # ready for a new one
    assert feature.campaign_line.text().startswith("Зима: 0 / 350 delivered")


def test_a_caseworker_sees_campaigns_read_only(
    qtbot: QtBot, host: BareHost, feature: MailFeature
) -> None:
    dialog = feature.parcels_page.open_campaigns()
    assert dialog is not None
    assert not dialog.save_button.isEnabled() and dialog.note.isVisibleTo(dialog)
    assert not dialog.name.isEnabled() and not dialog.delete_button.isEnabled()


def test_a_campaign_changed_meanwhile_is_not_overwritten(
    qtbot: QtBot,
    supervisor_host: BareHost,
    db: Database,
    admin: User,
    supervisor: User,
    today: date,
) -> None:
    with unit_of_work(db, supervisor) as session:
        winter = campaigns.create_campaign(
            session, supervisor, "Зима", 300, today + timedelta(days=90)
        )
    host = supervisor_host
    dialog = MailFeature(host).parcels_page.open_campaigns()
    assert dialog is not None
    dialog.list.setCurrentRow(0)
    with unit_of_work(db, admin) as session:
        campaigns.update_campaign(
            session,
            admin,
            winter.id or 0,
            "Зима",
            400,
            today + timedelta(days=90),
            category=Category.CAPTIVE,
            expected_version=1,
        )
    dialog.name.edit.setText("Зима 2026")
    dialog.save_button.click()
    conflict = dialog.conflict_dialog
    assert isinstance(conflict, ConflictDialog) and conflict.isVisible()
    assert [(r.label, r.theirs, r.yours, r.by.split(",")[0]) for r in conflict.rows] == [
        ("Target (parcels delivered)", "400", "300", "Адміністратор"),
        ("Parcels for", "Captive", "Everyone", "Адміністратор"),
    ]
    assert _stored(db, today) == [("Зима", 400)]
    conflict.reapply_button.click()
    qtbot.waitUntil(lambda: not conflict.isVisible())
    assert (dialog.name.text(), dialog.target.text()) == ("Зима 2026", "400")
    assert dialog.category.current() is Category.CAPTIVE
    dialog.save_button.click()
    wait_idle(qtbot, host)
    assert _stored(db, today) == [("Зима 2026", 400)]
