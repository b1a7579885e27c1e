"""What an event's entry noted besides its sentence — how it was done, which document or
list, the file, the rows, a backup's path — reads in the reader's language; what the user or
the system named (a file, a path, columns) stays as stored, underscores and all."""

from __future__ import annotations

from typing import Any

from ombuds_desk.domain import i18n
from ombuds_desk.domain.enums import AuditAction
from ombuds_desk.domain.i18n import Language
from ombuds_desk.services.core.audit_words import Entry, Names, Words, describe
from ombuds_desk.store.translations import catalogue

EXPORT = {
    "export": "persons",
    "file": "особи_2026.xlsx",
    "rows": 1204,
    "via": "command line",
    "columns": "case_number, family_name",
    "filter": "every case",
    "encrypted": "AES-256 zip archive, password given separately",
}
BACKUP = {"kind": "on_demand", "path": "/home/olena/my_backups/office.sqlite3", "audit_entries": 7}


def _said(action: AuditAction, details: dict[str, Any], entity: str = "person") -> Words:
    return describe(Entry(action, entity, 1, details, 5), Names())


def test_an_export_reads_in_ukrainian() -> None:
    with i18n.using(catalogue(Language.UK)):
        words = _said(AuditAction.EXPORT, EXPORT)
    assert words.what.splitlines() == [
        "Список осіб: експортовано (командний рядок)",
        "Файл: особи_2026.xlsx",
        "Рядків: 1,204",
        "Стовпці: case_number, family_name",
        "Фільтр: усі справи",
        "Зашифровано: zip-архів AES-256, пароль передано окремо",
    ]


def test_a_print_a_sign_in_and_a_backup_read_in_russian() -> None:
    with i18n.using(catalogue(Language.RU)):
        printed = _said(
            AuditAction.PRINT, {"document": "case sheet", "version": "counterpart", "via": "window"}
        )
        signed = _said(
            AuditAction.SIGN_IN, {"username": "n.rudenko", "via": "idle lock", "demo": True}, "user"
        )
        backup = _said(AuditAction.BACKUP, BACKUP, "backup_record")
    assert printed.what == "Карточка дела: напечатано (версия: для другой стороны) (окно)"
    assert signed.what.splitlines() == ["Вход (блокировка из-за бездействия)", "Демо: да"]
    assert backup.what.splitlines()[1:] == [
        "Вид: по требованию",
        "Путь: /home/olena/my_backups/office.sqlite3",
        "Записей аудита: 7",
    ]


def test_english_reads_as_before_and_stored_names_stay_as_stored() -> None:
    assert _said(AuditAction.EXPORT, EXPORT).what.splitlines()[:4] == [
        "Persons list exported (command line)",
        "File: особи_2026.xlsx",
        "Rows: 1,204",
        "Columns: case_number, family_name",
    ]
    assert _said(AuditAction.BACKUP, BACKUP, "backup_record").what.splitlines()[1:3] == [
        "Kind: on demand",
        "Path: /home/olena/my_backups/office.sqlite3",
    ]
