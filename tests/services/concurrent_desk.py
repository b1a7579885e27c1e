"""One member of staff at one workstation, for the concurrency test: run in a process of its
own (``multiprocessing``, spawned), against the same PostgreSQL database as the others.

Each round: register a person, log a letter for one of the shared cases, make up a parcel,
move the new case on a status; then, in step with every other workstation (a barrier), all
read the same shared case and all try to save an edit of it with the version they read —
exactly one may win, the others must be told of the conflict. What was saved and what was
refused is written to a JSON file for the test to compare with the database.
"""

from __future__ import annotations

import json
from datetime import date
from multiprocessing.synchronize import Barrier
from pathlib import Path
from typing import Any

from ombuds_desk.domain.enums import CaseStatus, Category
from ombuds_desk.domain.errors import EditConflictError
from ombuds_desk.services.cases import case_status, persons
from ombuds_desk.services.core.unit_of_work import unit_of_work
from ombuds_desk.services.core.users import find_user
from ombuds_desk.services.mail import correspondence, parcels
from ombuds_desk.store.database import open_database
from tests.services.helpers import id_of

TODAY = date(2026, 11, 26)
FAMILY = ("Ткаченко", "Ґонта", "Їжакевич", "Пʼятницька", "Єрмак", "Шевчук")
GIVEN = ("Їжак", "Євген", "Ґалина", "Пʼєр", "Іван", "Юлія")
NEXT_STATUS = {
    Category.CAPTIVE: CaseStatus.CONFIRMED,
    Category.EVACUEE: CaseStatus.RETURN_REQUESTED,
}


def staff_name(desk: int) -> str:
    return f"desk{desk}"


def work(url: str, desk: int, rounds: int, shared: list[int], barrier: Barrier, out: Path) -> None:
    db = open_database(url)
    with db.reading() as session:
        actor = find_user(session, staff_name(desk))
    assert actor is not None
    done: dict[str, Any] = {"persons": [], "items": [], "parcels": [], "statuses": []}
    done |= {"edits": [], "conflicts": []}
    try:
        for n in range(rounds):
            category = Category.CAPTIVE if (desk + n) % 2 else Category.EVACUEE
            with unit_of_work(db, actor) as session:
                person = persons.register_person(
                    session,
                    actor,
                    {
                        "category": category.value,
                        "family_name": FAMILY[desk % len(FAMILY)],
                        "given_name": GIVEN[n % len(GIVEN)],
                    },
                    today=TODAY,
                )
            done["persons"].append([person.id, person.case_number])
            with unit_of_work(db, actor) as session:
                item = correspondence.log_item(
                    session,
                    actor,
                    shared[n % len(shared)],
                    {"kind": "letter", "direction": "to_person", "author_name": "Мати"},
                    today=TODAY,
                )
            done["items"].append(item.id)
            with unit_of_work(db, actor) as session:
                parcel = parcels.create_parcel(
                    session, actor, id_of(person), today=TODAY, contents="Шкарпетки"
                )
            done["parcels"].append([parcel.id, parcel.parcel_number])
            with unit_of_work(db, actor) as session:
                case_status.change_status(
                    session,
                    actor,
                    id_of(person),
                    NEXT_STATUS[category],
                    effective_on=TODAY,
                    today=TODAY,
                    expected_version=person.version,
                )
            done["statuses"].append(person.id)

            barrier.wait(60)  # every edit of the round before is over
            with db.reading() as session:
                version = persons.get_person(session, shared[0]).version
            barrier.wait(60)  # all read the same version
            try:
                with unit_of_work(db, actor) as session:
                    persons.update_person(
                        session,
                        actor,
                        shared[0],
                        {
                            "family_name": "Спільна",
                            "given_name": f"{GIVEN[desk % len(GIVEN)]} {FAMILY[n]}",
                        },
                        expected_version=version,
                        today=TODAY,
                    )
                done["edits"].append(n)
            except EditConflictError:
                done["conflicts"].append(n)
    finally:
        out.write_text(json.dumps(done), encoding="utf-8")
        db.dispose()
