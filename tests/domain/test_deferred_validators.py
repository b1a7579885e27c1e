"""The tables' pydantic validators and serializers are built when first used, not when the
tables are imported (``domain/table_base.py``: a third of making the tables), whichever table
module comes first, and then work as they did: a row dumped, a base model validated,
Cyrillic kept."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from pydantic import ValidationError

from ombuds_desk.domain.enums import Relationship
from ombuds_desk.domain.people import CaseNote, ContactBase

ROOT = Path(__file__).resolve().parents[2]


def test_importing_the_domain_builds_no_table_validator() -> None:
    script = (
        "import ombuds_desk.domain.people\n"  # one table module before the others
        "import ombuds_desk.domain.models\n"
        "from sqlmodel import SQLModel\n"
        "tables = [m.class_ for m in SQLModel._sa_registry.mappers]\n"
        "assert len(tables) > 15, tables\n"
        "print(sorted(t.__name__ for t in tables if t.__pydantic_complete__))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[-1] == "[]"


def test_a_table_row_dumps_and_a_base_model_validates_once_used() -> None:
    note = CaseNote(id=3, person_id=7, author_id=2, text="Лист від ґенерала: «їжа є»")
    dumped = note.model_dump(exclude={"created_at"})
    assert dumped["text"] == "Лист від ґенерала: «їжа є»"
    assert dumped["person_id"] == 7
    given = {"family_name": "Ющенко", "given_name": "Марʼяна", "relationship": "mother"}
    contact = ContactBase.model_validate(given)
    assert contact.given_name == "Марʼяна"
    assert contact.relationship is Relationship.MOTHER
    assert ContactBase.__pydantic_complete__
    with pytest.raises(ValidationError):  # its rules hold as before: at most 120 letters
        ContactBase.model_validate(given | {"family_name": "Ї" * 121})
