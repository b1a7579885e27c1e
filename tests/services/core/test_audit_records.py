"""What entries refer to: a record number SQLite gave again to a newer record keeps each
entry with the record it was about; a setting's changes, recorded without its key, are
matched to the setting by the value they changed."""

from __future__ import annotations

from datetime import date

import pytest

from ombuds_desk.domain.accounts import User
from ombuds_desk.services.cases import contacts
from ombuds_desk.services.core.audit_records import EntryWorder, lives, load_entries
from ombuds_desk.services.core.audit_trail import TrailFilter, browse_ids, browse_rows
from ombuds_desk.services.core.office_settings import (
    NO_NEWS_AFTER_DAYS,
    STALLED_AFTER_DAYS,
    set_setting,
)
from ombuds_desk.services.core.unit_of_work import unit_of_work
from ombuds_desk.store.database import Database
from tests.services.helpers import id_of, register


@pytest.mark.sqlite_only(
    reason="SQLite gives a deleted record's number to the next one; PostgreSQL's sequences "
    "never give a number twice, so this cannot happen there"
)
def test_a_number_given_again_keeps_each_entry_with_its_own_record(
    db: Database, admin: User, caseworker: User, today: date
) -> None:
    first = register(db, caseworker, today, family_name="Ґудзь")
    second = register(db, caseworker, today, family_name="Бойко")
    with unit_of_work(db, caseworker) as session:
        wife = contacts.add_contact(
            session,
            caseworker,
            id_of(first),
            {"family_name": "Їжакевич", "given_name": "Ганна", "relationship": "wife"},
        )
    with unit_of_work(db, caseworker) as session:
        contacts.remove_contact(session, caseworker, id_of(wife))
    with unit_of_work(db, caseworker) as session:
        mother = contacts.add_contact(
            session,
            caseworker,
            id_of(second),
            {"family_name": "Бойко", "given_name": "Ірина", "relationship": "mother"},
        )
    assert mother.id == wife.id  # SQLite gave the removed contact's number again

    with db.reading() as session:
        found = lives(session, "contact", [id_of(mother)])
        ids = browse_ids(session, admin, TrailFilter(entity="contact"))
        rows = browse_rows(session, admin, ids)
    assert found.current[id_of(mother)]["given_name"] == "Ірина"
    assert [values["given_name"] for _at, values in found.ended[id_of(wife)]] == ["Ганна"]
    assert [(rows[i].record, rows[i].what) for i in ids] == [
        (f"Contact Бойко Ірина · {second.case_number}", "Contact added: Бойко Ірина (mother)"),
        (f"Contact Їжакевич Ганна · {first.case_number}", "Contact removed: Їжакевич Ганна"),
        (
            f"Contact Їжакевич Ганна · {first.case_number}",
            "Contact added: Їжакевич Ганна (wife)",
        ),
    ]


def test_a_setting_change_is_matched_by_the_value_it_changed(
    db: Database, admin: User, supervisor: User
) -> None:
    for key, value in (
        (STALLED_AFTER_DAYS, "45"),
        (NO_NEWS_AFTER_DAYS, "20"),
        (STALLED_AFTER_DAYS, "60"),
        (NO_NEWS_AFTER_DAYS, "60"),  # both hold 60 now
        (STALLED_AFTER_DAYS, "90"),  # a change from 60: which setting cannot be told
    ):
        with unit_of_work(db, supervisor) as session:
            set_setting(session, supervisor, key, value)
    with db.reading() as session:
        ids = browse_ids(session, admin, TrailFilter(entity="office_setting"))
        worder = EntryWorder(session, load_entries(session, ids))
        rows = browse_rows(session, admin, ids)
    assert sorted(worder.setting_keys.values()) == sorted(
        [STALLED_AFTER_DAYS, NO_NEWS_AFTER_DAYS, STALLED_AFTER_DAYS, NO_NEWS_AFTER_DAYS]
    )
    assert [rows[i].what for i in ids] == [
        "A setting: 60 → 90",
        "No news after (days): 20 → 60",
        "Stalled after (days): 45 → 60",
        "No news after (days): 20",
        "Stalled after (days): 45",
    ]
