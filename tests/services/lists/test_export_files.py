"""Export files: readable by their owner only; with a password, an AES-encrypted ZIP."""

from __future__ import annotations

import stat
import zipfile
from datetime import date
from pathlib import Path

import pytest

from ombuds_desk.domain.accounts import User
from ombuds_desk.domain.errors import ValidationError
from ombuds_desk.services.cases.person_query import PersonFilter
from ombuds_desk.services.lists.archives import read_encrypted
from ombuds_desk.services.lists.export import export_persons, exported_path, write_table
from ombuds_desk.services.lists.tabular_files import read_table
from ombuds_desk.store.database import Database
from tests.services.helpers import register

PASSWORD = "ключ до архіву 42"


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.mark.parametrize("suffix", [".csv", ".xlsx", ".ods"])
def test_an_export_is_readable_by_its_owner_only(tmp_path: Path, suffix: str) -> None:
    path = tmp_path / f"list{suffix}"
    path.write_text("old")  # an earlier export, open to all
    path.chmod(0o644)
    write_table(path, ["a"], [["Шевченко"]], title="t")
    assert _mode(path) == 0o600
    assert read_table(path).rows[0].cells[0] == "Шевченко"


@pytest.mark.parametrize("suffix", [".csv", ".xlsx", ".ods"])
def test_an_export_with_a_password_is_an_aes_archive(
    db: Database, admin: User, today: date, tmp_path: Path, suffix: str
) -> None:
    register(db, admin, today, family_name="Пʼятницька", given_name="Євгенія")
    path = tmp_path / f"persons{suffix}"
    with db.reading() as session:
        count = export_persons(
            session, PersonFilter(), path, today=today, threshold_days=30, password=PASSWORD
        )
    archive = exported_path(path, PASSWORD)
    assert count == 1 and archive == tmp_path / f"persons{suffix}.zip"
    assert sorted(tmp_path.glob("persons*")) == [archive]  # no plain copy, no part left
    assert _mode(archive) == 0o600
    raw = archive.read_bytes()
    assert "Пʼятницька".encode() not in raw and b"persons" in raw  # names encrypted
    with zipfile.ZipFile(archive) as plain:
        info = plain.infolist()[0]
        assert info.flag_bits & 0x1  # encrypted
        assert info.compress_type == 99  # WinZip AES
        with pytest.raises(RuntimeError, match="password"):
            plain.read(info.filename)
    with pytest.raises(RuntimeError):
        read_encrypted(archive, "wrong password!")
    members = read_encrypted(archive, PASSWORD)
    assert list(members) == [path.name]
    inside = tmp_path / "out" / path.name
    inside.parent.mkdir()
    inside.write_bytes(members[path.name])
    table = read_table(inside)
    assert len(table.rows) == 1 and "Пʼятницька" in table.rows[0].cells


def test_a_short_password_is_refused_before_anything_is_written(tmp_path: Path) -> None:
    path = tmp_path / "list.csv"
    with pytest.raises(ValidationError, match="at least 10"):
        write_table(path, ["a"], [["b"]], title="t", password="short")
    assert list(tmp_path.iterdir()) == []
