"""What every printed document's data shares: the office and its paper, the sheet version,
names joined, ids in chunks."""

from __future__ import annotations

import pytest

from ombuds_desk.domain.accounts import OfficeSetting, User
from ombuds_desk.services.core.office_settings import OFFICE_NAME, PAPER_SIZE, set_setting
from ombuds_desk.services.core.unit_of_work import unit_of_work
from ombuds_desk.services.printing.common import (
    CHUNK,
    Office,
    SheetVersion,
    chunks,
    joined,
    office_info,
)
from ombuds_desk.store.database import Database


def test_the_office_until_named_prints_on_a4(db: Database) -> None:
    with db.reading() as session:
        assert office_info(session) == Office("Ombudsman's Office", "A4")


def test_the_offices_name_and_paper(db: Database, supervisor: User) -> None:
    with unit_of_work(db, supervisor) as session:
        set_setting(session, supervisor, OFFICE_NAME, "Офіс Уповноваженого Верховної Ради")
        set_setting(session, supervisor, PAPER_SIZE, "Letter")
    with db.reading() as session:
        assert office_info(session) == Office("Офіс Уповноваженого Верховної Ради", "Letter")


def test_a_paper_size_no_printer_knows_falls_back_to_a4(db: Database, admin: User) -> None:
    with unit_of_work(db, admin) as session:  # as a hand-edited file may hold
        session.add(OfficeSetting(key=PAPER_SIZE, value="B5"))
    with db.reading() as session:
        assert office_info(session).paper_size == "A4"


def test_the_two_versions_of_a_sheet() -> None:
    assert [v.label for v in SheetVersion] == ["Internal", "Counterpart"]
    assert SheetVersion.parse("Counterpart") is SheetVersion.COUNTERPART


def test_names_and_other_parts_are_joined_without_gaps() -> None:
    assert joined("Пʼятницька", None, "Євгенія", "") == "Пʼятницька Євгенія"
    assert joined() == "" and joined(None, "") == ""


@pytest.mark.parametrize(
    ("count", "sizes"),
    [
        (0, []),
        (1, [1]),
        (CHUNK, [CHUNK]),
        (CHUNK + 1, [CHUNK, 1]),
        (2 * CHUNK + 7, [CHUNK, CHUNK, 7]),
    ],
)
def test_ids_go_in_chunks_of_at_most_500_in_their_order(count: int, sizes: list[int]) -> None:
    ids = list(range(100, 100 + count))
    parts = list(chunks(ids))
    assert [len(p) for p in parts] == sizes
    assert [i for part in parts for i in part] == ids
    assert CHUNK == 500


def test_a_smaller_chunk_may_be_asked_for() -> None:
    assert list(chunks([7, 8, 9, 10, 11], size=2)) == [[7, 8], [9, 10], [11]]
