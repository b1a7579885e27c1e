"""One entry in words, without a database: fields by their labels, enums by theirs, dates as
the office writes them, links by the name of what they point at (as it was called then),
events as sentences, and a damaged entry said to be damaged."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import pytest

from ombuds_desk.domain import i18n
from ombuds_desk.domain.enums import AuditAction
from ombuds_desk.domain.i18n import Language
from ombuds_desk.services.core.audit_labels import field_word, kind_word
from ombuds_desk.services.core.audit_words import (
    Entry,
    Names,
    describe,
    local_moment,
    read_changes,
    says_nothing,
    value_words,
)
from ombuds_desk.store.translations import catalogue


def _update(entity: str, **changes: Any) -> Entry:
    return Entry(AuditAction.UPDATE, entity, 7, {k: list(v) for k, v in changes.items()}, 40)


@pytest.mark.parametrize(
    ("entity", "field", "value", "words"),
    [
        ("person", "status", "listed_for_exchange", "Listed for exchange"),
        ("person", "status_since", "2026-11-26", "26.11.2026"),
        ("person", "date_of_birth", "1985-03", "03.1985"),
        ("person", "blocked", True, "yes"),
        ("person", "family_name", None, "—"),
        ("person", "given_name", "", "—"),
        ("contact", "relationship", "other_relative", "Other relative"),
        ("shipment", "channel", "icrc", "ICRC"),
        ("user", "role", "supervisor", "Supervisor"),
        ("parcel", "status", "not_a_status", "not_a_status"),  # an unknown value, as stored
        ("office_setting", "key", "idle_lock_minutes", "Lock the window after (minutes idle)"),
    ],
)
def test_values_read_as_the_window_shows_them(
    entity: str, field: str, value: Any, words: str
) -> None:
    assert value_words(entity, field, value, Names()) == words


def test_moments_are_local_time() -> None:
    moment = datetime(2026, 11, 26, 12, 5, tzinfo=UTC)
    assert value_words("user", "locked_until", moment.isoformat(), Names()) == local_moment(moment)
    assert local_moment(moment.replace(tzinfo=None)) == local_moment(moment)  # SQLite's naive UTC


def test_field_and_kind_words() -> None:
    assert field_word("person", "assigned_to_id") == "Caseworker"
    assert field_word("person", "icrc_number") == "ICRC no."
    assert field_word("contact", "email") == "E-mail"
    assert field_word("parcel", "shipment_id") == "Shipment"  # a link: its name, without "id"
    assert field_word("campaign", "new_column_x") == "New column x"
    assert kind_word(AuditAction.SIGN_IN_FAILED) == "Sign-in refused"


def test_a_link_names_what_the_number_meant_at_the_time() -> None:
    """Contact 3 was Ганна, removed by entry 20; the number now belongs to Ірина."""
    names = Names()
    names.add("contact", 3, "Ковальчук Ірина")
    names.add_ended("contact", 3, 20, "Їжакевич Ганна")
    names.add("user", 2, "Олег Бондар")
    before = Entry(
        AuditAction.UPDATE, "correspondence_item", 9, {"author_contact_id": [None, 3]}, 12
    )
    after = Entry(
        AuditAction.UPDATE, "correspondence_item", 9, {"author_contact_id": [None, 3]}, 25
    )
    assert describe(before, names).what == "Author (relative): — → Їжакевич Ганна"
    assert describe(after, names).what == "Author (relative): — → Ковальчук Ірина"
    assert describe(_update("person", assigned_to_id=(2, 5)), names).what == (
        "Caseworker: Олег Бондар → #5"  # a number nobody can name any more
    )


def test_changes_read_as_events_where_that_reads_better() -> None:
    names = Names()
    assert describe(_update("user", active=(True, False)), names).what == (
        "Deactivated: can no longer sign in"
    )
    assert (
        describe(_update("user", locked_until=("2026-11-26T12:00:00+00:00", None)), names).what
        == "Unlocked"
    )
    assert describe(_update("user", version=(3, 4)), names).what == "Password changed"
    assert describe(_update("person", blocked=(True, False)), names).what == "Unblocked"
    assert describe(_update("contact", phone=("1", "2")), names, {"family_name": "Ґава",
                    "given_name": "Олег"}, in_case=True).what == (
        "Phone of contact Ґава Олег: 1 → 2"
    )  # fmt: skip
    counter = _update("parcel", version=(1, 2))
    assert says_nothing(counter) and not says_nothing(_update("user", version=(1, 2)))
    assert describe(counter, names).what == "Saved; no field changed"


def test_events_are_sentences() -> None:
    names = Names()

    def event(action: AuditAction, details: dict[str, Any], in_case: bool = False) -> str:
        return describe(Entry(action, "person", 1, details, 5), names, in_case=in_case).what

    assert event(AuditAction.VIEW, {}) == "Case opened"
    assert event(AuditAction.PRINT, {"document": "case sheet", "version": "internal"}) == (
        "Case sheet printed (internal version)"
    )
    assert event(AuditAction.EXPORT, {"export": "persons", "rows": 1204}, in_case=True) == (
        "Exported in persons list\nRows: 1,204"
    )
    assert event(AuditAction.EXPORT, {"export": "persons"}) == "Persons list exported"
    assert event(AuditAction.BACKUP, {"path": "/backups/office.sqlite3"}) == (
        "Backup made\nPath: /backups/office.sqlite3"
    )


def test_a_damaged_entry_says_so() -> None:
    assert read_changes("{not json") is None and read_changes("[1, 2]") is None
    damaged = Entry(AuditAction.UPDATE, "person", 1, None, 3)
    words = describe(damaged, Names())
    assert (
        words.what
        == words.detail
        == ("This entry cannot be read: its recorded changes are damaged.")
    )


def test_the_trail_reads_in_the_readers_language() -> None:
    """A case's Trail tab and the trail's export, read in Ukrainian or Russian: no English
    word is left in what an entry did (the records' own names and values stay as stored)."""
    names = Names()
    names.add("user", 2, "Олег Бондар")
    names.add("user", 5, "Світлана Мельник")
    contact = {"family_name": "Ґава", "given_name": "Олег"}
    reassigned = Entry(
        AuditAction.CREATE,
        "case_assignment",
        4,
        {"to_user_id": [None, 5], "from_user_id": [None, 2], "reason": [None, "відпустка"]},
        9,
    )
    with i18n.using(catalogue(Language.UK)):
        assert field_word("person", "assigned_to_id") == "Працівник"
        assert kind_word(AuditAction.SIGN_IN_FAILED) == "Вхід відхилено"
        assert describe(
            _update("contact", phone=("1", "2")), names, contact, in_case=True
        ).what == ("Телефон (контактна особа Ґава Олег): 1 → 2")
        assert describe(_update("user", active=(True, False)), names).what == (
            "Деактивовано: більше не може увійти"
        )
        assert describe(_update("person", blocked=(False, True)), names).what == "Заблоковано"
        assert describe(_update("parcel", version=(1, 2)), names).what == (
            "Збережено; жодне поле не змінено"
        )
        assert describe(reassigned, names).what == (
            "Справу передано: Світлана Мельник (раніше: Олег Бондар): “відпустка”"
        )
        assert describe(Entry(AuditAction.UPDATE, "person", 1, None, 3), names).what == (
            "Цей запис неможливо прочитати: записані зміни пошкоджено."
        )
    with i18n.using(catalogue(Language.RU)):
        assert describe(
            _update("contact", phone=("1", "2")), names, contact, in_case=True
        ).what == ("Телефон (контактное лицо Ґава Олег): 1 → 2")
        assert describe(reassigned, names).what == (
            "Дело передано: Світлана Мельник (ранее: Олег Бондар): “відпустка”"
        )
    # The English of the trail is as it was.
    assert describe(reassigned, names).what == (
        "Case reassigned to Світлана Мельник (was Олег Бондар's): “відпустка”"
    )


def test_settings_and_sign_in_refusals_read_in_the_readers_language() -> None:
    """A setting's change says the setting as the Settings dialog does, and a refused
    sign-in why, in the reader's language: both are stored as before (the key, the English
    sentences), so old trails read the same way."""
    names = Names()
    changed = Entry(
        AuditAction.UPDATE, "office_setting", 3, {"value": ["yes", "no"]}, 11
    )  # the key is the record's (audit_records.py)
    made = Entry(
        AuditAction.CREATE, "office_setting", 4, {"key": [None, "counterpart_language"],
                                                  "value": [None, "uk"]}, 12
    )  # fmt: skip
    refused = Entry(
        AuditAction.SIGN_IN_FAILED,
        "user",
        2,
        {
            "username": "a.koval",
            "via": "window",
            "refused": "Wrong user name or password. After 5 wrong passwords the account is "
            "locked until 03:25 on 02.12.2026; an admin can unlock it sooner.",
        },
        13,
    )
    key = {"key": "screening_required"}
    with i18n.using(catalogue(Language.UK)):
        assert describe(changed, names, key).what == (
            "Відправлення перевіряються перед пакуванням: Так → Ні"
        )
        assert describe(made, names).what == "Мова іншої сторони: Українська"
        demo = Entry(AuditAction.CREATE, "office_setting", 5,
                     {"key": [None, "demo_database"], "value": [None, "yes"]}, 12)  # fmt: skip
        assert describe(demo, names).what == "Демонстраційна база даних: Так"
        assert describe(refused, names).what == (
            "Вхід відхилено для «a.koval» (вікно): Неправильне ім’я користувача або пароль. "
            "Після 5 неправильних паролів обліковий запис заблоковано до 03:25 02.12.2026; "
            "адміністратор може розблокувати його раніше."
        )
        unknown = dict(refused.changes or {}, refused="Worded by a later version.")
        assert describe(Entry(AuditAction.SIGN_IN_FAILED, "user", 2, unknown, 14), names).what == (
            "Вхід відхилено для «a.koval» (вікно): Worded by a later version."
        )
    with i18n.using(catalogue(Language.RU)):
        assert describe(changed, names, key).what == (
            "Отправления проверяются перед упаковкой: Да → Нет"
        )
    assert describe(changed, names, key).what == "Items need screening before packing: Yes → No"
