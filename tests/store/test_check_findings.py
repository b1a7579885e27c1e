"""SQLite's integrity findings said in the reader's words (``store/check_findings.py``), and
the whole-file check of the window (``check_integrity``) saying them so."""

from __future__ import annotations

import logging
import re
from pathlib import Path

import pytest

from ombuds_desk.domain import i18n
from ombuds_desk.domain.i18n import Language
from ombuds_desk.store.check_findings import in_words
from ombuds_desk.store.database import Database, check_integrity
from ombuds_desk.store.translations import catalogue

# What SQLite's quick_check and its driver say (sqlite3/src/btree.c, pragma.c), and the kind.
FINDINGS = {
    "*** in database main ***\nTree 7 page 12 cell 3: invalid page number 999": (
        "its pages do not fit together"
    ),
    "*** in database main ***": "the check gave no answer",
    "Freeblock offset 4000 out of range": "its pages do not fit together",
    "something SQLite may say one day": "part of it is not as a database file must be",
    "Main freelist: 7 but should be 0": "the list of the file's free pages is wrong",
    "Tree 7 page 12 cell 3: invalid page number 999": "its pages do not fit together",
    "On tree page 9 cell 0: Rowid 5 out of order": "its pages do not fit together",
    "Page 40 is never used": "some of its pages belong to nothing",
    "NULL value in person.family_name": "a stored value breaks its table's rules",
    "wrong # of entries in index ix_person_case_number": "an index does not match its table",
    "database disk image is malformed": "its pages do not fit together",
    "file is not a database": "its first page is not a database's",
    "": "the check gave no answer",
}


@pytest.mark.parametrize(("finding", "words"), FINDINGS.items())
def test_each_kind_of_finding_is_said_in_words(finding: str, words: str) -> None:
    assert in_words(finding) == words
    for language in (Language.UK, Language.RU):
        with i18n.using(catalogue(language)):
            said = in_words(finding)
        assert said != words and re.search(r"[A-Za-z]", said) is None, (language, said)


def test_the_windows_check_says_the_damage_in_ukrainian_and_logs_sqlites_words(
    db: Database, db_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    """File → Check the database for damage: a sentence all in Ukrainian (SQLite's "Main
    freelist: …" used to stand in its parentheses), SQLite's words in the log."""
    with db.engine.connect() as connection:
        connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    db.engine.dispose()
    data = bytearray(db_path.read_bytes())
    data[36:40] = (7).to_bytes(4, "big")  # the header's count of free pages, made wrong
    db_path.write_bytes(bytes(data))
    with caplog.at_level(logging.INFO, "ombuds_desk"), i18n.using(catalogue(Language.UK)):
        message = check_integrity(db)
    assert message == (
        f"Базу даних {db_path} пошкоджено (список вільних сторінок файлу хибний). Відновіть її "
        "з резервної копії."
    )
    assert any("Main freelist" in r.getMessage() for r in caplog.records)
