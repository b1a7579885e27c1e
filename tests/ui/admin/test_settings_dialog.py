"""File → Settings…: every office setting with its label and hint, checked as typed with
the setting's own rule, saved through the service (and so in the audit trail); the ones the
role may not change are read-only (a supervisor's security settings, all of a
caseworker's)."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from ombuds_desk.domain.accounts import User
from ombuds_desk.services.core.audit_trail import TrailFilter, browse_ids, browse_rows
from ombuds_desk.services.core.office_settings import SETTINGS, all_settings
from ombuds_desk.store.database import Database
from ombuds_desk.ui.admin.feature import SettingsOpener
from ombuds_desk.ui.admin.settings_dialog import SettingsDialog
from ombuds_desk.ui.common.changes import Change
from tests.services.helpers import register
from tests.ui.conftest import HostFactory
from tests.ui.helpers import type_text, wait_idle
from tests.ui.hosting import BareHost


def _open(host: BareHost) -> SettingsDialog:
    dialog = SettingsOpener(host).open()
    assert dialog is not None and dialog.isVisible()
    return dialog


def _settings(db: Database) -> dict[str, str]:
    with db.reading() as session:
        return all_settings(session)


def _hint(dialog: SettingsDialog, key: str) -> str:
    label = dialog.findChild(QLabel, f"{key}_hint")
    return label.text() if label is not None else ""


def test_every_setting_shows_with_its_label_hint_and_value(
    make_host: HostFactory, supervisor: User
) -> None:
    dialog = _open(make_host(supervisor))
    assert dialog.windowTitle() == "Settings"
    assert list(dialog.lines) == [s.key for s in SETTINGS]
    assert dialog.lines["stalled_after_days"].text() == "30"
    assert dialog.lines["office_name"].text() == "Ombudsman's Office"
    assert _hint(dialog, "no_news_after_days") == (
        "a captive silent for longer is on the no-news list"
    )
    captions = [label.text() for label in dialog.findChildren(QLabel) if label.buddy()]
    assert captions == [f"{s.label}:" for s in SETTINGS]


def test_a_supervisor_saves_and_the_trail_says_so(
    qtbot: QtBot, make_host: HostFactory, supervisor: User, admin: User, db: Database
) -> None:
    host = make_host(supervisor)
    dialog = _open(host)
    office = dialog.lines["office_name"].edit
    office.selectAll()
    type_text(qtbot, office, "Офіс Уповноваженого з прав людини")
    stalled = dialog.lines["stalled_after_days"].edit
    stalled.selectAll()
    type_text(qtbot, stalled, "45")
    assert dialog.save_button is not None
    dialog.save_button.click()
    assert not dialog.isVisible()
    assert host.changes == [Change.SETTINGS]
    assert _settings(db)["office_name"] == "Офіс Уповноваженого з прав людини"
    assert _settings(db)["stalled_after_days"] == "45"
    assert host.messages[-1] == "Settings saved: Office name, Stalled after (days)."
    with db.reading() as session:
        ids = browse_ids(session, admin, TrailFilter(entity="office_setting"))
        rows = browse_rows(session, admin, ids)
    assert [(rows[i].who, rows[i].what) for i in ids] == [
        ("Світлана Мельник", "Stalled after (days): 45"),
        ("Світлана Мельник", "Office name: Офіс Уповноваженого з прав людини"),
    ]

    again = _open(host)  # reads the values now saved; an unchanged save changes nothing
    assert again.lines["stalled_after_days"].text() == "45"
    assert again.save_button is not None
    again.save_button.click()
    assert host.changes == [Change.SETTINGS]


@pytest.mark.parametrize(
    ("key", "typed", "problem"),
    [
        ("stalled_after_days", "0", "A whole number of days from 1 to 3650"),
        ("no_news_after_days", "тридцять", "A whole number of days from 1 to 3650"),
        ("acknowledgement_after_days", "0", "A whole number of days from 1 to 365"),
        ("office_name", "   ", "Cannot be empty"),
    ],
)
def test_a_bad_value_is_refused_under_its_field(
    qtbot: QtBot,
    make_host: HostFactory,
    supervisor: User,
    db: Database,
    key: str,
    typed: str,
    problem: str,
) -> None:
    host = make_host(supervisor)
    before = _settings(db)
    dialog = _open(host)
    line = dialog.lines[key]
    line.edit.selectAll()
    type_text(qtbot, line.edit, typed)
    assert line.problem == problem  # as typed
    assert line.problem_label.isVisible()
    assert dialog.save_button is not None
    dialog.save_button.click()
    assert dialog.isVisible() and host.changes == [] and _settings(db) == before
    line.edit.selectAll()
    type_text(qtbot, line.edit, "Letter" if key == "paper_size" else "60")
    assert line.problem == "" and not line.problem_label.isVisible()


def test_security_settings_are_read_only_to_a_supervisor(
    make_host: HostFactory, supervisor: User, admin: User
) -> None:
    dialog = _open(make_host(supervisor))
    read_only = {key for key, line in dialog.lines.items() if line.edit.isReadOnly()}
    assert read_only == {"idle_lock_minutes", "backup_folder"}
    assert _hint(dialog, "idle_lock_minutes") == "Only an admin can change it"
    assert _hint(dialog, "backup_folder") == (
        "empty: the backups folder beside the database; only an admin can change it"
    )
    assert dialog.choose_folder is None

    by_admin = _open(make_host(admin))
    assert not any(line.edit.isReadOnly() for line in by_admin.lines.values())
    assert by_admin.choose_folder is not None
    assert _hint(by_admin, "idle_lock_minutes") == ""


def test_a_caseworker_reads_them_all(make_host: HostFactory, caseworker: User) -> None:
    dialog = _open(make_host(caseworker))
    assert all(line.edit.isReadOnly() for line in dialog.lines.values())
    assert dialog.save_button is None  # Close only
    assert _hint(dialog, "office_name") == "printed on every document"


def test_beside_each_threshold_the_cases_it_makes_stalled_today(
    qtbot: QtBot, make_host: HostFactory, supervisor: User, db: Database, today: date
) -> None:
    """Counted by the database off the GUI thread, again as a number is typed."""
    for days in (20, 40, 70):  # registered captives: over a registration's 14 days
        register(db, supervisor, today, family_name="Ґудзь", status_since=today - timedelta(days))
    register(db, supervisor, today, category="evacuee", status_since=today - timedelta(10))
    host = make_host(supervisor)
    dialog = _open(host)
    wait_idle(qtbot, host)
    captive = "stalled_days.captive.registered"
    assert _count(dialog, captive) == "3 stalled today"
    assert _count(dialog, "stalled_days.evacuee.registered") == "0 stalled today"
    assert _count(dialog, "stalled_days.evacuee.return_requested") == "(general)"
    assert _count(dialog, "stalled_after_days") == "0 stalled today"  # no case left to it
    line = dialog.lines[captive].edit
    line.selectAll()
    type_text(qtbot, line, "30")
    qtbot.waitUntil(lambda: _count(dialog, captive) == "2 stalled today")
    line.selectAll()
    qtbot.keyClick(line, Qt.Key.Key_Delete)  # empty: the general 30 days then count
    qtbot.waitUntil(lambda: _count(dialog, captive) == "(general)")
    qtbot.waitUntil(lambda: _count(dialog, "stalled_after_days") == "2 stalled today")
    general = dialog.lines["stalled_after_days"].edit
    general.selectAll()
    type_text(qtbot, general, "0")
    qtbot.waitUntil(lambda: _count(dialog, "stalled_after_days") == "—")  # not a threshold
    assert host.changes == []  # counting saves nothing


def _count(dialog: SettingsDialog, key: str) -> str:
    label = dialog.findChild(QLabel, f"{key}_count")
    assert label is not None
    return label.text()
