"""An export to a folder that is not there, or to a full disk, says so in the reader's
language, and writes nothing (not "cannot use …/persons.csv.part: no such file or
directory", nor "[Errno 28] No space left on device")."""

from __future__ import annotations

import secrets
from pathlib import Path

import pytest

from ombuds_desk.domain import i18n
from ombuds_desk.domain.errors import ValidationError
from ombuds_desk.domain.i18n import Language
from ombuds_desk.services.lists.export import write_table
from ombuds_desk.store.translations import catalogue
from tests.store.conftest import fill, tmpfs

ROWS = [["Шевчук", "Ґанна"]]


@pytest.mark.parametrize("password", [None, "довгий-пароль-2026"])
def test_a_missing_folder_is_named(tmp_path: Path, password: str | None) -> None:
    target = tmp_path / "немає" / "особи.csv"
    with pytest.raises(ValidationError) as refused:
        write_table(target, ["Прізвище", "Імʼя"], ROWS, title="Особи", password=password)
    assert refused.value.message == (
        f"особи.csv cannot be written: the folder {target.parent} does not exist. Choose a "
        "folder that does, or create it first. Nothing was written."
    )
    with i18n.using(catalogue(Language.UK)), pytest.raises(ValidationError) as refused:
        write_table(target, ["Прізвище", "Імʼя"], ROWS, title="Особи", password=password)
    assert refused.value.message.startswith(f"особи.csv не записати: папки {target.parent} немає")
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize(
    ("name", "password"),
    [
        ("особи.csv", None),
        ("особи.xlsx", None),
        ("особи.ods", None),
        ("особи.xlsx", "довгий-пароль-2026"),
    ],
)
def test_a_full_disk_is_said_so_and_leaves_nothing(
    tmp_path: Path, name: str, password: str | None
) -> None:
    """It said "[Errno 28] No space left on device" (in the window: "an unexpected
    problem"), and a workbook's half-written archive printed a traceback as it was
    collected."""
    # More than the disk has left, compressed too (a workbook is a ZIP archive).
    rows = [[secrets.token_hex(40), secrets.token_hex(40)] for _ in range(2000)]
    with tmpfs(tmp_path / "disk", "512k") as disk:
        filler = fill(disk, leave=8 * 1024)
        target = disk / name
        written = target.with_name(name + ".zip") if password else target
        with pytest.raises(ValidationError) as refused:
            write_table(target, ["Прізвище", "Імʼя"], rows, title="Особи", password=password)
        assert refused.value.message == (
            f"{written.name} cannot be written: the disk is full. Free some space in {disk}, "
            "or choose another folder. Nothing was written."
        )
        with i18n.using(catalogue(Language.UK)), pytest.raises(ValidationError) as refused:
            write_table(target, ["Прізвище", "Імʼя"], rows, title="Особи", password=password)
        assert refused.value.message.startswith(f"{written.name} не записати: диск заповнено")
        assert list(disk.iterdir()) == [filler]
