"""A workbook saved with a password, or with no bytes at all, is refused in words a user can
act on, in their language, not in the reader's ("Workbook is password protected", "File is
not a zip file")."""

from __future__ import annotations

from pathlib import Path

import pytest

from ombuds_desk.domain import i18n
from ombuds_desk.domain.errors import ValidationError
from ombuds_desk.domain.i18n import Language
from ombuds_desk.services.lists.tabular_files import read_table
from ombuds_desk.store.translations import catalogue
from tests.services.lists.office_lists import FILES

# persons_libreoffice.xlsx's kind of list, saved by msoffcrypto-tool with the password "pass"
# (Excel's "Encrypt with password": agile encryption inside an OLE container).
LOCKED = FILES / "persons_password.xlsx"


@pytest.mark.parametrize("name", ["list.xlsx", "list.xls", "list.csv"])
def test_a_workbook_with_a_password_says_so_whatever_its_name(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    path.write_bytes(LOCKED.read_bytes())
    with pytest.raises(ValidationError) as raised:
        read_table(path)
    assert raised.value.message == (
        f"{name} is protected with a password. Open it in Excel or LibreOffice Calc, save a "
        "copy without the password, and import the copy."
    )


def test_the_password_is_said_in_ukrainian(tmp_path: Path) -> None:
    path = tmp_path / "список.xlsx"
    path.write_bytes(LOCKED.read_bytes())
    with i18n.using(catalogue(Language.UK)), pytest.raises(ValidationError) as raised:
        read_table(path)
    assert raised.value.message.startswith("список.xlsx захищено паролем.")


@pytest.mark.parametrize("name", ["list.xlsx", "list.ods", "list.xls"])
def test_an_empty_workbook_file_says_it_is_empty(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    path.write_bytes(b"")
    with pytest.raises(ValidationError, match=rf"^{name} is empty \(0 bytes\): it holds no list"):
        read_table(path)
    with i18n.using(catalogue(Language.RU)), pytest.raises(ValidationError) as raised:
        read_table(path)
    assert raised.value.message.startswith(f"{name} пуст (0 байт)")
