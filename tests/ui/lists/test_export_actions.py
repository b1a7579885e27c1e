"""File → Export… and Save import template…: what is chosen, the file, in the background."""

from __future__ import annotations

import codecs
import json
import stat
from datetime import date, datetime
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QWidget
from pytestqt.qtbot import QtBot
from sqlmodel import col, select

from ombuds_desk.domain.accounts import AuditEntry, User
from ombuds_desk.domain.enums import AuditAction, Category
from ombuds_desk.services.cases.person_query import PersonFilter
from ombuds_desk.services.lists.archives import read_encrypted
from ombuds_desk.services.lists.export import PARCEL_COLUMNS
from ombuds_desk.services.lists.import_columns import ITEM_COLUMNS, PERSON_COLUMNS
from ombuds_desk.services.lists.tabular_files import read_table
from ombuds_desk.store.database import Database
from ombuds_desk.ui.lists.export_actions import ExportActions, ExportChoiceDialog
from ombuds_desk.ui.lists.feature import ListsFeature, install
from tests.services.helpers import id_of
from tests.services.mail_helpers import family, handed_over, log, packed
from tests.ui.helpers import register_people
from tests.ui.hosting import BareHost


def feature_of(host: BareHost) -> ListsFeature:
    install(host)
    feature = host.findChild(QObject, "lists")
    assert isinstance(feature, ListsFeature)
    return feature


def exports_of(host: BareHost) -> ExportActions:
    found = host.findChild(QObject, "exportActions")
    assert isinstance(found, ExportActions)
    return found


W = TypeVar("W", bound=QWidget)


def visible(kind: type[W], name: str) -> list[W]:
    return [
        w
        for w in QApplication.topLevelWidgets()
        if isinstance(w, kind) and w.isVisible() and w.objectName() == name
    ]


def wait_done(qtbot: QtBot, exports: ExportActions) -> None:
    qtbot.waitUntil(lambda: exports.job is None, timeout=60_000)


def save_as(target: Path) -> None:
    (files,) = visible(QFileDialog, "exportFile")
    files.selectFile(str(target))
    files.accept()


def test_export_the_filtered_list_from_the_menu(
    qtbot: QtBot,
    supervisor_host: BareHost,
    db: Database,
    caseworker: User,
    today: date,
    tmp_path: Path,
) -> None:
    host = supervisor_host  # exports of personal data are a supervisor's
    ids = register_people(db, caseworker, 12, today)
    evacuees = [person_id for i, person_id in enumerate(ids) if i % 3 == 0]
    host.listed.current_filter = PersonFilter(category=Category.EVACUEE)
    host.listed.listed = evacuees  # the person list as the user filtered it
    feature = feature_of(host)
    feature.export.trigger()
    (choice,) = visible(ExportChoiceDialog, "exportChoice")
    assert f"({len(evacuees)} cases)" in choice.persons.text()
    assert not choice.items.isEnabled() and not choice.parcels.isEnabled()  # no case, no shipment
    choice.accept()
    target = tmp_path / "evacuees.csv"
    save_as(target)
    wait_done(qtbot, exports_of(host))
    assert target.read_bytes().startswith(codecs.BOM_UTF8)  # Excel shows the Cyrillic
    table = read_table(target)
    assert table.headers == list(PERSON_COLUMNS)
    assert len(table.rows) == len(evacuees)
    assert {r.cells[1] for r in table.rows} == {"evacuee"}
    assert host.messages == [f"Exported {len(evacuees)} persons to {target}."]
    assert [p.name for p in tmp_path.iterdir() if p.suffix == ".part"] == []
    assert host.changes == []  # an export changes nothing
    assert sorted(exported(db)) == sorted((pid, "persons") for pid in evacuees)


def test_export_the_items_of_the_selected_case_to_xlsx(
    qtbot: QtBot,
    supervisor_host: BareHost,
    db: Database,
    caseworker: User,
    today: date,
    tmp_path: Path,
) -> None:
    host = supervisor_host  # exports of personal data are a supervisor's
    person, _wife = family(db, caseworker, today)
    log(db, caseworker, id_of(person), today, received_on=date(2026, 11, 2))
    log(db, caseworker, id_of(person), today, kind="drawing", author_name="Софія")
    host.select_case(id_of(person))
    feature_of(host).export.trigger()
    (choice,) = visible(ExportChoiceDialog, "exportChoice")
    assert person.case_number in choice.items.text()
    choice.items.setChecked(True)
    choice.accept()
    (files,) = visible(QFileDialog, "exportFile")
    assert files.windowTitle() == f"Export the items of {person.case_number}"
    target = tmp_path / "items.xlsx"
    save_as(target)
    wait_done(qtbot, exports_of(host))
    table = read_table(target)
    assert table.headers[: len(ITEM_COLUMNS)] == list(ITEM_COLUMNS)
    assert [(r.cells[1], r.cells[3]) for r in table.rows] == [
        ("letter", "Мати"),
        ("drawing", "Софія"),
    ]
    first_date = table.rows[0].cells[5]
    assert isinstance(first_date, datetime) and first_date.date() == date(2026, 11, 2)  # a date
    assert host.messages == [f"Exported 2 items to {target}."]


def test_export_the_parcels_of_a_shipment(
    qtbot: QtBot,
    supervisor_host: BareHost,
    db: Database,
    caseworker: User,
    today: date,
    tmp_path: Path,
) -> None:
    host = supervisor_host  # exports of personal data are a supervisor's
    person, _wife = family(db, caseworker, today)
    parcel = packed(db, caseworker, id_of(person), today)
    shipment = handed_over(db, caseworker, [parcel], today, today, ref="ICRC-7")
    feature_of(host).export.trigger()
    (choice,) = visible(ExportChoiceDialog, "exportChoice")
    assert choice.parcels.isEnabled() and choice.shipment.count() == 1
    assert choice.shipment.currentText().startswith("ICRC-7 · ")
    assert choice.shipment.currentData() == shipment.id
    choice.parcels.setChecked(True)
    choice.accept()
    target = tmp_path / "parcels.csv"
    save_as(target)
    wait_done(qtbot, exports_of(host))
    table = read_table(target)
    assert table.headers == list(PARCEL_COLUMNS)
    assert [(r.cells[0], r.cells[1]) for r in table.rows] == [
        (parcel.parcel_number, person.case_number)
    ]
    assert host.messages == [f"Exported 1 parcel to {target}."]


def exported(db: Database) -> list[tuple[int | None, str]]:
    """The EXPORT entries of the audit trail: (record, what was exported)."""
    with db.reading() as session:
        rows = session.exec(
            select(AuditEntry).where(col(AuditEntry.action) == AuditAction.EXPORT.value)
        ).all()
    return [(row.entity_id, json.loads(row.changes)["export"]) for row in rows]


def test_save_the_import_template(host: BareHost, tmp_path: Path) -> None:
    target = tmp_path / "template.csv"
    feature_of(host)
    exports_of(host).save_template(target)
    table = read_table(target)
    assert table.headers == list(PERSON_COLUMNS) and table.rows == []
    assert host.messages == [
        f"Template saved to {target}: fill in one person a row, then import it."
    ]


def test_a_template_that_cannot_be_written_is_said_so(
    qtbot: QtBot, host: BareHost, tmp_path: Path
) -> None:
    target = tmp_path / "no such folder" / "template.csv"
    feature_of(host)
    exports_of(host).save_template(target)
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), QMessageBox))
    box = QApplication.activeModalWidget()
    assert isinstance(box, QMessageBox) and "template.csv" in box.text()
    assert not target.exists() and host.messages == []


def test_a_caseworker_is_not_offered_exports_and_cannot_run_one(
    qtbot: QtBot, host: BareHost, db: Database, caseworker: User, today: date, tmp_path: Path
) -> None:
    register_people(db, caseworker, 3, today)
    feature = feature_of(host)
    assert not feature.export.isVisible() and not feature.export.isEnabled()
    target = tmp_path / "persons.xlsx"
    exports_of(host).export_persons(target)
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), QMessageBox))
    box = QApplication.activeModalWidget()
    assert isinstance(box, QMessageBox)
    assert box.text().startswith("Only a supervisor or admin can export personal data")
    assert not target.exists()
    assert exported(db) == []


def test_export_to_ods_for_libreoffice(
    qtbot: QtBot,
    supervisor_host: BareHost,
    db: Database,
    caseworker: User,
    today: date,
    tmp_path: Path,
) -> None:
    host = supervisor_host
    ids = register_people(db, caseworker, 4, today)
    host.listed.listed = ids
    feature = feature_of(host)
    feature.export.trigger()
    (choice,) = visible(ExportChoiceDialog, "exportChoice")
    choice.accept()
    (files,) = visible(QFileDialog, "exportFile")
    ods = next(f for f in files.nameFilters() if "*.ods" in f)
    files.selectNameFilter(ods)
    files.filterSelected.emit(ods)
    assert files.defaultSuffix() == "ods"
    files.selectFile(str(tmp_path / "persons"))  # the filter's extension is added
    files.accept()
    wait_done(qtbot, exports_of(host))
    table = read_table(tmp_path / "persons.ods")
    assert (table.kind, len(table.rows)) == ("ods", 4)
    assert sorted(exported(db)) == sorted((pid, "persons") for pid in ids)


def test_an_export_to_an_extension_it_does_not_write_is_refused(
    qtbot: QtBot,
    supervisor_host: BareHost,
    db: Database,
    caseworker: User,
    today: date,
    tmp_path: Path,
) -> None:
    register_people(db, caseworker, 2, today)
    feature_of(supervisor_host)
    target = tmp_path / "persons.txt"
    exports_of(supervisor_host).export_persons(target)
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), QMessageBox))
    box = QApplication.activeModalWidget()
    assert isinstance(box, QMessageBox)
    assert box.text().startswith("persons.txt has “.txt”: an export is written as .csv, .xlsx")
    box.close()
    wait_done(qtbot, exports_of(supervisor_host))
    assert list(tmp_path.glob("persons*")) == [] and exported(db) == []
    exports_of(supervisor_host).save_template(tmp_path / "template.txt")
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), QMessageBox))
    box = QApplication.activeModalWidget()
    assert isinstance(box, QMessageBox) and "template.txt" in box.text()
    assert not (tmp_path / "template.txt").exists()


def test_export_protected_with_a_password(
    qtbot: QtBot,
    supervisor_host: BareHost,
    db: Database,
    caseworker: User,
    today: date,
    tmp_path: Path,
) -> None:
    host = supervisor_host
    ids = register_people(db, caseworker, 3, today)
    host.listed.listed = ids
    feature_of(host).export.trigger()
    (choice,) = visible(ExportChoiceDialog, "exportChoice")
    box = choice.archive
    assert not box.protect.isChecked() and box.fields.isHidden() and choice.ok.isEnabled()
    box.protect.setChecked(True)
    assert not box.fields.isHidden() and not choice.ok.isEnabled()  # no password yet
    box.first.edit.setText("короткий")
    assert box.first.problem == "8 characters; at least 10" and not choice.ok.isEnabled()
    password = "довгий пароль 7"
    box.first.edit.setText(password)
    box.again.edit.setText(password)
    assert choice.ok.isEnabled() and choice.password() == password
    shots = Path("/work/shots/17R")
    if shots.is_dir():
        choice.grab().save(str(shots / "export_with_password.png"))
    choice.accept()
    target = tmp_path / "persons.xlsx"
    save_as(target)
    wait_done(qtbot, exports_of(host))
    archive = tmp_path / "persons.xlsx.zip"
    assert not target.exists() and stat.S_IMODE(archive.stat().st_mode) == 0o600
    inside = tmp_path / "inside.xlsx"
    inside.write_bytes(read_encrypted(archive, password)["persons.xlsx"])
    assert len(read_table(inside).rows) == 3
    assert host.messages == [
        f"Exported 3 persons to {archive} (encrypted; give the password separately)."
    ]
    with db.reading() as session:
        entry = session.exec(
            select(AuditEntry).where(col(AuditEntry.action) == AuditAction.EXPORT.value)
        ).first()
    assert entry is not None
    details = json.loads(entry.changes)
    assert details["file"] == "persons.xlsx.zip" and "AES-256" in details["encrypted"]
    assert password not in entry.changes
