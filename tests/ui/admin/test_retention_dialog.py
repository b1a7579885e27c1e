"""File → Retention of closed cases…: a supervisor sees the cases due, exports them to an
encrypted archive and anonymises them after a confirmation naming how many."""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot
from sqlmodel import select

from ombuds_desk.domain.accounts import User
from ombuds_desk.domain.people import Person
from ombuds_desk.services.lists.archives import read_encrypted
from ombuds_desk.store.database import Database
from ombuds_desk.ui.admin import feature as admin_feature
from ombuds_desk.ui.admin.retention_dialog import RetentionDialog
from ombuds_desk.ui.common.archive_password import ArchivePasswordDialog
from tests.services.cases.retention_helpers import NAME, RELATIVE, closed_case
from tests.ui.conftest import HostFactory

SHOTS = Path(os.environ.get("OMBUDS_DESK_SHOTS", "/work/shots/17R"))
PASSWORD = "пароль архіву 2026"


def _shot(widget: object, name: str) -> None:
    if SHOTS.is_dir():
        widget.grab().save(str(SHOTS / name))  # type: ignore[attr-defined]


def test_a_caseworker_has_no_retention_entry(
    make_host: HostFactory, admin: User, caseworker: User
) -> None:
    installed = admin_feature.install(make_host(caseworker))
    assert installed.retention is None


def test_export_then_anonymise_from_the_window(
    qtbot: QtBot,
    make_host: HostFactory,
    db: Database,
    admin: User,
    supervisor: User,
    today: date,
    tmp_path: Path,
) -> None:
    closed_case(db, admin, today, 800)
    closed_case(db, admin, today, 900, family="Кравчук")
    host = make_host(supervisor)
    installed = admin_feature.install(host)
    assert installed.retention is not None
    installed.retention.trigger()
    qtbot.waitUntil(lambda: host.findChild(RetentionDialog) is not None)
    dialog = host.findChild(RetentionDialog)
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    assert [c.name.split()[0] for c in dialog.due()] == ["Кравчук", NAME]  # longest closed first
    assert "2 cases are past that" in dialog.summary.text()
    assert dialog.anonymise_button.text() == "&Anonymise 2 cases…"
    _shot(dialog, "retention_dialog.png")

    asking = dialog.on_export_clicked()
    assert isinstance(asking, ArchivePasswordDialog) and not asking.ok.isEnabled()
    asking.box.first.edit.setText(PASSWORD)
    asking.box.again.edit.setText(PASSWORD[:-1])
    assert not asking.ok.isEnabled() and asking.box.again.problem == "The two passwords differ"
    asking.box.again.edit.setText(PASSWORD)
    assert asking.ok.isEnabled()
    _shot(asking, "retention_archive_password.png")
    asking.reject()
    target = tmp_path / "closed.zip"
    with qtbot.waitSignal(dialog.performed, timeout=30_000) as said:
        dialog.export_to(target, PASSWORD)
    assert "Archived 2 cases" in said.args[0]
    members = read_encrypted(target, PASSWORD)
    assert NAME in members["persons.csv"].decode("utf-8-sig")
    assert RELATIVE in members["relatives.csv"].decode("utf-8-sig")

    box = dialog.on_anonymise_clicked()
    assert isinstance(box, QMessageBox)
    assert box.text() == "Anonymise 2 cases closed more than 24 months ago?"
    assert "have not been exported" not in box.informativeText()  # it was, just now
    assert dialog.confirm_button.text() == "Anonymise 2 cases"
    _shot(box, "retention_confirm.png")
    with qtbot.waitSignal(dialog.performed, timeout=60_000) as said:
        dialog.confirm_button.click()
    assert said.args[0].startswith("Anonymised 2 cases. The database file was rebuilt")
    assert dialog.due() == [] and not dialog.anonymise_button.isEnabled()
    assert "No closed case is older" in dialog.summary.text()
    _shot(dialog, "retention_dialog_after.png")
    with db.reading() as session:
        names = session.exec(select(Person.family_name)).all()
    assert names == ["Anonymised", "Anonymised"]
    path = db.path
    assert path is not None and NAME.encode() not in path.read_bytes()
