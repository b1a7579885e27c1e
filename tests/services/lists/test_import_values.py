"""The words people type for sex, category, status, kind and direction, in English,
Russian and Ukrainian, and the ``?`` that stands where an encoding lost a letter."""

from __future__ import annotations

import pytest

from ombuds_desk.domain.enums import CaseStatus, Category, Direction, ItemKind, Sex
from ombuds_desk.services.lists import import_values
from ombuds_desk.services.lists.import_values import (
    _CATEGORY,
    _DIRECTION,
    _KIND,
    _SEX,
    _STATUS,
    item_word,
    lost_letters,
    normalise_word,
    person_cells,
    row_problems,
)
from ombuds_desk.services.lists.tabular_files import ImportProblem, SourceRow, Table


@pytest.mark.parametrize(
    ("typed", "sex"),
    [
        *[(w, "male") for w in ("M", "m", "male", "Male", "МУЖ", "муж.", "м", "М", "Ч", "чол")],
        *[(w, "male") for w in ("чол.", "Чоловік", "мужской", "мужчина", "чоловіча")],
        *[(w, "female") for w in ("F", "female", "Ж", "ж", "жен", "Жен.", "ЖІН", "жін.")],
        *[(w, "female") for w in ("жінка", "женский", "Женщина", "жіноча", "woman")],
        *[(w, "unknown") for w in ("unknown", "невідомо", "неизвестно", "не вказано")],
    ],
)
def test_sex_as_people_type_it(typed: str, sex: str) -> None:
    assert person_cells({"sex": typed}) == {"sex": sex}
    assert Sex.parse(person_cells({"sex": typed})["sex"]).value == sex


@pytest.mark.parametrize(
    ("typed", "category"),
    [
        ("військовополонений", "captive"),
        ("Військовополонена", "captive"),
        ("военнопленный", "captive"),
        ("ВОЕННОПЛЕННЫЙ", "captive"),
        ("цивільний затриманий", "captive"),
        ("Цивільна  затримана", "captive"),
        ("гражданский задержанный", "captive"),
        ("полонений", "captive"),
        ("prisoner of war", "captive"),
        ("POW", "captive"),
        ("евакуйований", "evacuee"),
        ("евакуйована", "evacuee"),
        ("эвакуированный", "evacuee"),
        ("Evacuee", "evacuee"),
        ("captive", "captive"),
    ],
)
def test_category_in_three_languages(typed: str, category: str) -> None:
    assert person_cells({"category": typed})["category"] == category


@pytest.mark.parametrize(
    ("typed", "status"),
    [
        ("зареєстровано", "registered"),
        ("зарегистрирован", "registered"),
        ("підтверджено", "confirmed"),
        ("Подтверждён", "confirmed"),
        ("у списку на обмін", "listed_for_exchange"),
        ("в списке на обмен", "listed_for_exchange"),
        ("Listed for exchange", "listed_for_exchange"),
        ("listed-for-exchange", "listed_for_exchange"),
        ("репатрійований", "repatriated"),
        ("репатриирован", "repatriated"),
        ("запит на повернення", "return_requested"),
        ("запрошено возвращение", "return_requested"),
        ("очікує прийняття", "awaiting_acceptance"),
        ("ожидает приёма", "awaiting_acceptance"),
        ("повернуто", "returned"),
        ("возвращена", "returned"),
        ("звільнений", "released"),
        ("освобождена", "released"),
        ("переселена", "resettled"),
        ("переселен", "resettled"),
        ("помер", "deceased"),
        ("погиб", "deceased"),
        ("справу закрито", "closed"),
        ("дело закрыто", "closed"),
    ],
)
def test_every_status_in_russian_and_ukrainian(typed: str, status: str) -> None:
    assert person_cells({"status": typed})["status"] == status


def test_every_status_and_category_has_russian_and_ukrainian_words() -> None:
    cyrillic = {
        member
        for table in (_CATEGORY, _STATUS)
        for member, words in table.items()
        for word in words
        if any("\u0400" <= c <= "\u04ff" for c in word)
    }
    assert cyrillic == set(Category) | set(CaseStatus)


@pytest.mark.parametrize("table", [_SEX, _CATEGORY, _STATUS, _KIND, _DIRECTION])
def test_no_word_means_two_things(table: dict[object, tuple[str, ...]]) -> None:
    meaning: dict[str, object] = {}
    for member, words in table.items():
        for word in words:
            key = normalise_word(word)
            assert meaning.setdefault(key, member) is member, (word, member, meaning[key])


def test_a_word_it_does_not_know_is_left_as_typed() -> None:
    """So the rule's own message names what the file says."""
    cells = {"sex": "x", "category": "tourist", "status": "freed", "family_name": "Ж"}
    assert person_cells(dict(cells)) == cells


def test_item_kind_and_direction() -> None:
    assert item_word("kind", "Лист") == ItemKind.LETTER.value
    assert item_word("kind", "листівка") == ItemKind.POSTCARD.value
    assert item_word("kind", "Фотография") == ItemKind.PHOTO.value
    assert item_word("direction", "від") == Direction.FROM_PERSON.value
    assert item_word("direction", "кому") == Direction.TO_PERSON.value
    assert item_word("direction", "to person") == Direction.TO_PERSON.value
    assert item_word("kind", "parcel") == "parcel"
    assert item_word("author", "від") == "від"  # only kind and direction are words


@pytest.mark.parametrize(
    "text",
    ["Куп?янськ", "?ван", "Ки?в", "????", "???? ??????", "Олег ???", "Зав?ялов-Ґонта"],
)
def test_a_question_mark_where_a_letter_should_be(text: str) -> None:
    assert lost_letters(text)


@pytest.mark.parametrize(
    "text",
    ["Купʼянськ", "Where is he?", "Чи живий? Невідомо", "?", "2+2=?", "ICRC-24-?", ""],
)
def test_a_question_mark_that_is_a_question(text: str) -> None:
    assert not lost_letters(text)


def test_row_problems_name_the_files_column_and_what_reading_found() -> None:
    read = ImportProblem(3, "Примітки", "holds a control character (U+0007)")
    table = Table(
        "list.csv",
        "csv",
        ["Прізвище", "Місце полону", "Примітки"],
        1,
        [SourceRow(2, ("Шевченко", "Куп?янськ", "")), SourceRow(3, ("Коваль", "Київ", "\x07"))],
        line_problems={3: [read]},
    )
    columns = {"family_name": 0, "captured_at": 1, "notes": 2}
    first = row_problems(
        table, columns, table.rows[0], {"family_name": "Шевченко", "captured_at": "Куп?янськ"}
    )
    assert [(p.line, p.column) for p in first] == [(2, "Місце полону")]
    assert first[0].message.startswith("“Куп?янськ”: a ? where a letter should be")
    assert row_problems(table, columns, table.rows[1], {"family_name": "Коваль"}) == [read]


def test_the_unassigned_warning_names_the_files_header() -> None:
    table = Table("list.csv", "csv", ["Прізвище", "Відповідальний"], 1)
    warning = import_values.unassigned(table, 7, "o.lytvyn", None)
    assert str(warning) == (
        "line 7: Відповідальний: “o.lytvyn” is not on the staff here, so the case is left "
        "unassigned; assign it after the import"
    )
