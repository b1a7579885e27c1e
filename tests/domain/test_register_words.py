"""The register's words in Ukrainian and Russian below the window: enum labels, domain errors'
titles and messages, the rules' problems, read through ``i18n.using(catalogue(...))`` as a
document or the command line reads them; and every label typed in any language reads back."""

from __future__ import annotations

from datetime import date

import pytest

from ombuds_desk.domain import enums, i18n
from ombuds_desk.domain.contact_rules import phone_problem
from ombuds_desk.domain.enums import (
    CaseStatus,
    Category,
    Channel,
    Consent,
    ItemStatus,
    LabelledEnum,
    Relationship,
    Sex,
)
from ombuds_desk.domain.errors import DomainError, NotFoundError, TransitionError, ValidationError
from ombuds_desk.domain.i18n import Language
from ombuds_desk.domain.mail_rules import item_transition_problem
from ombuds_desk.domain.person_rules import clean_person, field_problem
from ombuds_desk.domain.status_rules import transition_problem
from ombuds_desk.store.translations import catalogue

UK, RU = catalogue(Language.UK), catalogue(Language.RU)
DOMAIN_ENUMS = [
    value
    for value in vars(enums).values()
    if isinstance(value, type) and issubclass(value, LabelledEnum) and value is not LabelledEnum
]


def test_enum_labels_read_in_ukrainian_and_russian() -> None:
    with i18n.using(UK):
        assert [c.label for c in Category] == ["Полонений", "Евакуйований"]
        assert CaseStatus.REPATRIATED.label == "Репатрійовано"
        assert CaseStatus.RELEASED.label == "Звільнено"
        assert Relationship.MOTHER.label == "Мати"
        assert Consent.UNKNOWN.label == "Не питали"
        assert Channel.ICRC.label == "МКЧХ"
    with i18n.using(RU):
        assert [c.label for c in Category] == ["Пленный", "Эвакуированный"]
        assert CaseStatus.REPATRIATED.label == "Репатриирован"
        assert CaseStatus.RELEASED.label == "Освобождён"
        assert Sex.FEMALE.label == "Женский"
        assert Channel.ICRC.label == "МККК"
    # One English word, two things: a case "Returned" and an item "Returned" agree apart.
    with i18n.using(RU):
        assert (CaseStatus.RETURNED.label, ItemStatus.RETURNED.label) == ("Возвращён", "Возвращено")
    assert CaseStatus.RETURNED.label == "Returned"  # the block ended: English again


def test_every_label_of_every_enum_is_translated_and_stored_words_stay_english() -> None:
    for catalogue_ in (UK, RU):
        with i18n.using(catalogue_):
            for enum in DOMAIN_ENUMS:
                for member in enum:
                    assert member.label != member.source_label or member.label in {"Статус"}, (
                        enum.__name__,
                        member,
                    )
                    assert member.source_label.isascii()


@pytest.mark.parametrize(
    ("typed", "member"),
    [
        ("Полонений", Category.CAPTIVE),
        ("пленный", Category.CAPTIVE),
        ("ЕВАКУЙОВАНИЙ", Category.EVACUEE),
        ("Освобожден", CaseStatus.RELEASED),  # ё typed as е
        ("звільнено", CaseStatus.RELEASED),
        ("У списку на обмін", CaseStatus.LISTED_FOR_EXCHANGE),
        ("Мать", Relationship.MOTHER),
        ("так", Consent.GIVEN),
        ("Не спрашивали", Consent.UNKNOWN),
    ],
)
def test_parse_reads_russian_and_ukrainian_labels_whatever_the_language(
    typed: str, member: LabelledEnum
) -> None:
    assert type(member).parse(typed) is member


def test_every_member_reads_back_from_its_label_in_every_language() -> None:
    for catalogue_ in (UK, RU):
        with i18n.using(catalogue_):
            labels = {enum: [(m, m.label) for m in enum] for enum in DOMAIN_ENUMS}
        for enum, pairs in labels.items():
            for member, label in pairs:
                assert enum.parse(label) is member, (enum.__name__, label)


def test_domain_errors_titles_and_messages_read_in_ukrainian_and_russian() -> None:
    with i18n.using(UK):
        assert DomainError("x").title == "Неможливо виконати"
        assert NotFoundError.title == "Не знайдено"
        assert ValidationError("", {}).title == "Виправте, будь ласка, форму"
        problem = transition_problem(Category.CAPTIVE, CaseStatus.REGISTERED, CaseStatus.RETURNED)
        assert problem == "«Повернуто» не є статусом для категорії «полонений»"
        assert TransitionError(problem).title == "Зміна статусу не дозволена"
    with i18n.using(RU):
        assert TransitionError("x").title == "Изменение статуса не разрешено"
        problem = transition_problem(Category.CAPTIVE, CaseStatus.REPATRIATED, CaseStatus.CONFIRMED)
        assert problem == (
            "дело закрыто со статусом «Репатриирован»; исправить его может руководитель"
        )
    assert NotFoundError.title == "Not found"


def test_mail_rules_read_in_russian() -> None:
    with i18n.using(RU):
        assert item_transition_problem(ItemStatus.DELIVERED, ItemStatus.RETURNED) == (
            "статус отправления «доставлено» больше не меняется (в том числе на «Возвращено»)"
        )
    assert item_transition_problem(ItemStatus.DELIVERED, ItemStatus.RETURNED) == (
        "a delivered item cannot change any more (not to “Returned”)"
    )


def test_an_error_title_declared_elsewhere_is_translated_too() -> None:
    class SignInError(DomainError):
        title = "Not found"  # a subclass's plain title reads through the translator too

    with i18n.using(UK):
        assert SignInError("x").title == "Не знайдено"


def test_form_problems_read_in_the_readers_language() -> None:
    today = date(2026, 12, 1)
    with i18n.using(UK):
        assert field_problem("family_name", "", today) == "обов’язкове поле"
        assert field_problem("date_of_birth", "2030", today) == "ще не настала"
        assert field_problem("date_of_birth", "1890", today) == "понад 120 років тому"
        assert field_problem("date_of_birth", "31.02.1990", today) == "дати 31.02.1990 не існує"
        assert phone_problem("+380 6") == (
            "закороткий для номера телефону: введіть щонайменше 7 цифр"
        )
    with i18n.using(RU):
        _values, problems = clean_person({"family_name": "Ли", "sex": "x"}, today)
        assert problems["given_name"] == "обязательное поле"
        assert problems["category"] == "обязательное поле"
        assert problems["sex"] == "должно быть «мужской», «женский» или «неизвестно»"
        assert field_problem("captured_on", "весна", today) == (
            "введите ГГГГ, ММ.ГГГГ, ДД.ММ.ГГГГ или ГГГГ-ММ-ДД"
        )
    # The cached checks keep no language: English again outside the block.
    assert field_problem("date_of_birth", "2030", today) == "is in the future"
    assert field_problem("date_of_birth", "31.02.1990", today) == "31.02.1990 does not exist"
