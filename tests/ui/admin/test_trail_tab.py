"""The audit trail browser: filters by who, kind, record, days and text; Export… writes the
entries listed (read back here) and records the export; "Verify the trail" says the chain
is intact, and after an entry is altered with plain sqlite3 names that entry and selects it."""

from __future__ import annotations

import csv
import sqlite3
from datetime import date, timedelta
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from ombuds_desk.domain.accounts import User
from ombuds_desk.services.cases.notes import add_note
from ombuds_desk.services.core.unit_of_work import unit_of_work
from ombuds_desk.services.lists.archives import read_encrypted
from ombuds_desk.store.database import Database
from ombuds_desk.ui.admin import feature as admin_feature
from ombuds_desk.ui.admin.admin_page import AdminPage
from ombuds_desk.ui.admin.trail_tab import BROKEN_STYLE, INTACT_STYLE, TrailTab
from tests.services.helpers import audit_days, id_of, register
from tests.ui.conftest import HostFactory
from tests.ui.helpers import type_text, wait_idle
from tests.ui.hosting import BareHost


@pytest.fixture
def admin_host(make_host: HostFactory, admin: User) -> BareHost:
    return make_host(admin)


@pytest.fixture
def person_id(db: Database, caseworker: User, supervisor: User, today: date) -> int:
    """A case registered by the caseworker, with the supervisor's note on it."""
    person = id_of(register(db, caseworker, today, family_name="Пʼятницький"))
    with unit_of_work(db, supervisor) as session:
        add_note(session, supervisor, person, "Ґрунтовна перевірка")
    return person


@pytest.fixture
def trail(qtbot: QtBot, admin_host: BareHost, person_id: int) -> TrailTab:
    page = admin_feature.install(admin_host).page
    assert isinstance(page, AdminPage)
    admin_host.show_page(page)
    page.tabs.setCurrentWidget(page.trail)
    wait_idle(qtbot, admin_host)
    return page.trail


def _whats(tab: TrailTab) -> list[str]:
    return [tab.model.data(tab.model.index(r, 5)) for r in range(tab.model.rowCount())]


def _choose(combo_text: str, tab: TrailTab, combo_name: str) -> None:
    combo = getattr(tab, combo_name)
    index = combo.findText(combo_text)
    assert index >= 0, (combo_text, [combo.itemText(i) for i in range(combo.count())])
    combo.setCurrentIndex(index)


def test_the_browser_lists_every_entry_newest_first(trail: TrailTab, db: Database) -> None:
    titles = [trail.model.headerData(c, Qt.Orientation.Horizontal) for c in range(6)]
    assert titles == ["No.", "When", "Who", "Kind", "Record", "What"]
    count = trail.model.rowCount()
    assert trail.count.text() == f"{count} entries, newest first"
    first = [trail.model.data(trail.model.index(0, c)) for c in range(6)]
    assert first[0] == str(count) and first[2] == "Світлана Мельник" and first[3] == "Added"
    assert first[4] == "Note · " + first[4].split(" · ")[1]
    assert first[5] == "Note written: Ґрунтовна перевірка"
    assert [trail.who.itemText(i) for i in range(trail.who.count())] == [
        "Anyone",
        "Ombuds Desk itself",
        "Адміністратор (admin)",
        "Олег Бондар (o.bondar)",
        "Світлана Мельник (s.melnyk)",
    ]


def test_the_filters_narrow_the_list(qtbot: QtBot, admin_host: BareHost, trail: TrailTab) -> None:
    everything = trail.model.rowCount()
    _choose("Світлана Мельник (s.melnyk)", trail, "who")
    wait_idle(qtbot, admin_host)
    assert _whats(trail) == ["Note written: Ґрунтовна перевірка"]
    assert trail.count.text() == "1 entry, newest first"

    _choose("Anyone", trail, "who")
    _choose("Case", trail, "record")
    _choose("Added", trail, "kind")
    wait_idle(qtbot, admin_host)
    assert len(_whats(trail)) == 1 and _whats(trail)[0].startswith("Case registered: CAP-")

    trail.on_clear_clicked()
    type_text(qtbot, trail.text, "Ґрунтовна")
    trail.apply_filter()
    wait_idle(qtbot, admin_host)
    assert _whats(trail) == ["Note written: Ґрунтовна перевірка"]

    trail.on_clear_clicked()
    trail.use_until.setChecked(True)
    trail.until.setDate(trail.until.minimumDate())  # long before anything was recorded
    wait_idle(qtbot, admin_host)
    assert _whats(trail) == [] and not trail.export_button.isEnabled()
    trail.on_clear_clicked()
    wait_idle(qtbot, admin_host)
    assert trail.model.rowCount() == everything and trail.export_button.isEnabled()


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_export_writes_what_is_listed_and_records_it(
    qtbot: QtBot, admin_host: BareHost, trail: TrailTab, tmp_path: Path, suffix: str
) -> None:
    _choose("Світлана Мельник (s.melnyk)", trail, "who")
    wait_idle(qtbot, admin_host)
    chooser = trail.on_export_clicked()
    assert isinstance(chooser, QFileDialog) and chooser.isVisible()
    assert Path(chooser.selectedFiles()[0]).name == f"Audit trail {admin_host.today()}.xlsx"
    chooser.reject()

    path = tmp_path / f"Журнал{suffix}"
    job = trail.export_to(path)
    with qtbot.waitSignal(job.finished, timeout=10_000):
        pass
    wait_idle(qtbot, admin_host)
    if suffix == ".csv":
        with path.open(encoding="utf-8-sig", newline="") as handle:
            rows = list(csv.reader(handle))
    else:
        sheet = load_workbook(path, read_only=True).active
        assert sheet is not None
        rows = [
            ["" if v is None else str(v) for v in row] for row in sheet.iter_rows(values_only=True)
        ]
    assert rows[0] == ["Entry", "When", "Who", "Kind", "Record", "What", "Every field"]
    assert len(rows) == 2
    assert rows[1][2:4] == ["Світлана Мельник", "Added"]
    assert rows[1][5] == "Note written: Ґрунтовна перевірка"
    assert "Text: Ґрунтовна перевірка" in rows[1][6].splitlines()
    assert admin_host.messages[-1] == f"Exported 1 entry to {path}."

    # The export is in the trail itself, newest, by the admin.
    _choose("Anyone", trail, "who")
    wait_idle(qtbot, admin_host)
    newest = [trail.model.data(trail.model.index(0, c)) for c in range(6)]
    assert newest[2:5] == ["Адміністратор", "Exported", "Audit trail"]
    assert newest[5] == "Audit trail exported …"
    row = trail.model.row_at(0)
    assert row is not None and row.what.splitlines() == [
        "Audit trail exported",
        f"File: {path}",
        "Rows: 1",
        "Filter: by Світлана Мельник",
    ]


def test_export_with_a_password_writes_an_encrypted_archive(
    qtbot: QtBot, admin_host: BareHost, trail: TrailTab, tmp_path: Path
) -> None:
    wait_idle(qtbot, admin_host)
    asking = trail.on_protected_clicked()
    assert not asking.ok.isEnabled()
    asking.box.first.edit.setText("пароль журналу 1")
    asking.box.again.edit.setText("пароль журналу 1")
    assert asking.ok.isEnabled()
    asking.reject()
    path = tmp_path / "Журнал.csv"
    job = trail.export_to(path, "пароль журналу 1")
    with qtbot.waitSignal(job.finished, timeout=10_000):
        pass
    wait_idle(qtbot, admin_host)
    archive = tmp_path / "Журнал.csv.zip"
    assert not path.exists() and archive.exists()
    assert "Ґрунтовна".encode() not in archive.read_bytes()
    text = read_encrypted(archive, "пароль журналу 1")["Журнал.csv"].decode("utf-8-sig")
    assert "Ґрунтовна перевірка" in text
    assert admin_host.messages[-1].endswith(f"to {archive}.")
    row = trail.model.row_at(0)
    assert row is not None and f"File: {archive}" in row.what.splitlines()
    assert any(line.startswith("Encrypted: AES-256") for line in row.what.splitlines())


def test_verify_says_intact_then_names_the_entry_altered(
    qtbot: QtBot, admin_host: BareHost, trail: TrailTab, db_path: Path
) -> None:
    trail.verify_button.click()
    wait_idle(qtbot, admin_host)
    count = trail.model.rowCount()
    assert trail.result.isVisible() and trail.result.styleSheet() == INTACT_STYLE
    assert trail.result.text().startswith(
        f"The audit trail is intact: all {count} entries are as they were written"
    )
    note_entry = count  # the supervisor's note is the newest entry
    connection = sqlite3.connect(db_path)
    with connection:
        connection.execute(
            "UPDATE audit_entry SET changes = replace(changes, 'Ґрунтовна', 'Поверхова') "
            "WHERE id = ?",
            (note_entry,),
        )
    connection.close()
    trail.verify_button.click()
    wait_idle(qtbot, admin_host)
    assert trail.result.styleSheet() == BROKEN_STYLE
    assert trail.result.text().splitlines()[0] == (
        f"The audit trail has been tampered with: entry {note_entry} was altered. "
        f"Entries 1 to {note_entry - 1} are intact."
    )
    assert trail.view.current_row() == trail.model.row_of(note_entry)
    row = trail.view.current_row()
    assert row is not None  # read again: the entry as it reads now
    assert trail.model.data(trail.model.index(row, 5)) == "Note written: Поверхова перевірка"


def test_days_are_local_days(
    qtbot: QtBot, admin_host: BareHost, trail: TrailTab, db: Database
) -> None:
    everything = trail.model.rowCount()
    trail.since.setMaximumDate(trail.since.maximumDate().addDays(10_000))
    trail.until.setMaximumDate(trail.until.maximumDate().addDays(10_000))
    first, last = audit_days(db)  # one day, unless the test ran across midnight
    trail.since.setDate(trail.since.date().fromString(f"{first:%d.%m.%Y}", "dd.MM.yyyy"))
    trail.until.setDate(trail.until.date().fromString(f"{last:%d.%m.%Y}", "dd.MM.yyyy"))
    trail.use_since.setChecked(True)
    trail.use_until.setChecked(True)
    wait_idle(qtbot, admin_host)
    assert trail.model.rowCount() == everything  # everything was recorded on those days
    tomorrow = last + timedelta(days=1)
    trail.since.setDate(trail.since.date().fromString(f"{tomorrow:%d.%m.%Y}", "dd.MM.yyyy"))
    wait_idle(qtbot, admin_host)
    assert trail.model.rowCount() == 0
