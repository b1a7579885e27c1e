"""An export to a folder that is not there names the folder, in the reader's language, and
writes nothing (not "cannot use …/persons.csv.part: no such file or directory")."""

from __future__ import annotations

from pathlib import Path

import pytest

from ombuds_desk.domain import i18n
from ombuds_desk.domain.errors import ValidationError
from ombuds_desk.domain.i18n import Language
from ombuds_desk.services.lists.export import write_table
from ombuds_desk.store.translations import catalogue

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
