"""The words people type in the lists other offices send, read as the app's values.

A counterpart's list says ``ч``/``ж`` or ``муж``/``жен`` for sex, ``військовополонений`` or
``эвакуированный`` for the category, ``звільнений`` or ``в списке на обмен`` for the status;
an export of ours says ``male``, ``captive``, ``released``. :func:`person_cells` turns the
words of a person row into the app's values before the rules check them (a word it does not
know is left as typed, so the rule's own message names it); :func:`item_word` does the same
for an item's kind and direction. Words are compared after :func:`normalise_word`: any case,
``ё`` as ``е``, a trailing dot dropped (``чол.``), spaces, hyphens and underscores alike.

:func:`row_problems` adds what only the raw text shows: a ``?`` standing where a letter
should be (``Куп?янськ``, a letter lost when the file went through an encoding without it)
in any column, and the problems found while reading the row (``Table.line_problems``: a
control character, a formula without its result). :func:`unassigned` words the warning for
a caseworker the file names who is not on the staff here.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterable, Mapping
from typing import TypeVar

from ombuds_desk.domain.enums import (
    CaseStatus,
    Category,
    Direction,
    ItemKind,
    LabelledEnum,
    Sex,
)
from ombuds_desk.domain.i18n import QT_TRANSLATE_NOOP
from ombuds_desk.services.core.phrases import problem_phrase
from ombuds_desk.services.lists.import_columns import PERSON_ALIASES
from ombuds_desk.services.lists.import_dates import date_problems, month_first_problems
from ombuds_desk.services.lists.import_headers import normalise_header
from ombuds_desk.services.lists.tabular_files import ImportProblem, SourceRow, Table

_SEX: dict[Sex, tuple[str, ...]] = {
    Sex.MALE: (
        "m", "male", "man", "masculine",
        "м", "муж", "мужской", "мужчина", "мужск",
        "ч", "чол", "чоловік", "чоловіча", "чоловічий", "чоловіча стать",
    ),
    Sex.FEMALE: (
        "f", "female", "woman", "feminine",
        "ж", "жен", "женский", "женщина", "женск",
        "жін", "жінка", "жіноча", "жіночий", "жіноча стать",
    ),
    Sex.UNKNOWN: (
        "u", "unknown", "not known", "n/a",
        "неизвестно", "неизвестен", "не известно", "не указан", "не указано",
        "невідомо", "невідома", "не вказано", "не відомо",
    ),
}  # fmt: skip

_CATEGORY: dict[Category, tuple[str, ...]] = {
    Category.CAPTIVE: (
        "captive", "prisoner of war", "pow", "prisoner", "detainee", "civilian detainee",
        "military captive", "civilian captive",
        "военнопленный", "военнопленная", "военнопленные", "пленный", "пленная", "в плену",
        "задержанный", "задержанная", "гражданский задержанный", "гражданская задержанная",
        "удерживаемый", "удерживаемая", "незаконно удерживаемый",
        "військовополонений", "військовополонена", "військовополонені", "полонений",
        "полонена", "у полоні", "в полоні", "затриманий", "затримана",
        "цивільний затриманий", "цивільна затримана", "цивільні затримані",
        "незаконно утримуваний", "незаконно утримувана", "утримуваний", "утримувана",
    ),
    Category.EVACUEE: (
        "evacuee", "evacuated", "evacuation",
        "эвакуированный", "эвакуированная", "эвакуированные", "эвакуирован",
        "эвакуирована", "эвакуация",
        "евакуйований", "евакуйована", "евакуйовані", "евакуація",
    ),
}  # fmt: skip

_STATUS: dict[CaseStatus, tuple[str, ...]] = {
    CaseStatus.REGISTERED: (
        "new", "зарегистрирован", "зарегистрирована", "зарегистрировано", "регистрация",
        "новый", "новое", "зареєстровано", "зареєстрований", "зареєстрована", "реєстрація",
        "новий", "нова",
    ),
    CaseStatus.CONFIRMED: (
        "подтвержден", "подтверждена", "подтверждено", "подтверждён", "факт подтвержден",
        "підтверджено", "підтверджений", "підтверджена", "факт підтверджено",
    ),
    CaseStatus.LISTED_FOR_EXCHANGE: (
        "listed", "on the exchange list", "exchange list",
        "в списке на обмен", "в списках на обмен", "включен в список на обмен",
        "включена в список на обмен", "на обмен", "список на обмен",
        "у списку на обмін", "в списку на обмін", "включений до списку на обмін",
        "включена до списку на обмін", "на обмін", "список на обмін",
    ),
    CaseStatus.REPATRIATED: (
        "repatriation", "exchanged",
        "репатриирован", "репатриирована", "репатриация", "обменян", "обменяна",
        "возвращен из плена", "вернулся из плена",
        "репатрійований", "репатрійована", "репатріація", "обміняний", "обміняна",
        "повернутий з полону", "повернений з полону", "повернувся з полону",
        "повернулася з полону",
    ),
    CaseStatus.RETURN_REQUESTED: (
        "запрошено возвращение", "запрос на возвращение", "запрошен возврат",
        "запитано повернення", "запит на повернення", "запит про повернення",
    ),
    CaseStatus.AWAITING_ACCEPTANCE: (
        "ожидает приема", "ожидает принятия", "ожидает приёма",
        "очікує прийняття", "очікує на прийняття", "очікує прийому",
    ),
    CaseStatus.RETURNED: (
        "возвращен", "возвращена", "возвращено", "вернулся", "вернулась",
        "повернуто", "повернений", "повернена", "повернутий", "повернута",
        "повернувся", "повернулася",
    ),
    CaseStatus.RELEASED: (
        "освобожден", "освобождена", "освобождён", "освобождено",
        "звільнений", "звільнена", "звільнено",
    ),
    CaseStatus.RESETTLED: (
        "переселен", "переселена", "переселено", "переселённый",
        "переселений", "переселена", "переселено",
    ),
    CaseStatus.DECEASED: (
        "died", "dead", "умер", "умерла", "погиб", "погибла", "скончался", "скончалась",
        "помер", "померла", "загинув", "загинула", "загиблий", "загибла",
    ),
    CaseStatus.CLOSED: (
        "закрыто", "закрыт", "закрыта", "дело закрыто",
        "закрито", "закритий", "закрита", "справу закрито", "справа закрита",
    ),
}  # fmt: skip

_KIND: dict[ItemKind, tuple[str, ...]] = {
    ItemKind.LETTER: ("письмо", "лист", "letter"),
    ItemKind.POSTCARD: ("открытка", "листівка", "card", "postcard"),
    ItemKind.DRAWING: ("рисунок", "малюнок", "drawing"),
    ItemKind.PHOTO: ("фото", "фотография", "фотографія", "photograph"),
    ItemKind.OTHER: ("другое", "інше", "иное"),
}
_DIRECTION: dict[Direction, tuple[str, ...]] = {
    Direction.TO_PERSON: ("to", "к", "кому", "до", "входящее", "для"),
    Direction.FROM_PERSON: ("from", "от", "від", "исходящее"),
}

_GAPS = re.compile(r"[\s_\-]+")


def normalise_word(text: str) -> str:
    """``Чол.``, ``ЧОЛ`` and ``чол`` alike; ``listed-for_exchange`` as ``listed for exchange``."""
    word = unicodedata.normalize("NFC", text).casefold().replace("ё", "е").strip()
    word = word.rstrip(".").strip()
    return _GAPS.sub(" ", word)


E = TypeVar("E", bound=LabelledEnum)


def _table(words: Mapping[E, Iterable[str]], enum: type[E]) -> dict[str, str]:
    """Every word and the app's own value and label (``listed for exchange``) → value."""
    found: dict[str, str] = {}
    for member in enum:
        for word in (member.value, member.label, *words.get(member, ())):
            found[normalise_word(word)] = member.value
    return found


SEX_WORDS = _table(_SEX, Sex)
CATEGORY_WORDS = _table(_CATEGORY, Category)
STATUS_WORDS = _table(_STATUS, CaseStatus)
KIND_WORDS = _table(_KIND, ItemKind)
DIRECTION_WORDS = _table(_DIRECTION, Direction)
_PERSON_WORDS = {"sex": SEX_WORDS, "category": CATEGORY_WORDS, "status": STATUS_WORDS}
_ITEM_WORDS = {"kind": KIND_WORDS, "direction": DIRECTION_WORDS}
_PERSON_FIELDS = tuple(_PERSON_WORDS)


@functools.lru_cache(maxsize=4096)
def _word(field: str, text: str) -> str:
    # A list repeats a handful of words 100,000 times: each is normalised once.
    words = _PERSON_WORDS.get(field) or _ITEM_WORDS[field]
    return words.get(normalise_word(text), text)


def person_cells(cells: dict[str, str]) -> dict[str, str]:
    """A person row's cells with sex, category and status as the app's values (in place)."""
    for name in _PERSON_FIELDS:
        text = cells.get(name)
        if text is not None:
            cells[name] = _word(name, text)
    return cells


def item_word(name: str, text: str | None) -> str | None:
    """An item's ``kind`` or ``direction`` as the app's value; other text as it is."""
    return _word(name, text) if name in _ITEM_WORDS and text else text


# A "?" right before a letter (Куп?янськ, ?ван) or a word of question marks only (????):
# what is left of letters an encoding could not hold. "Where is he?" is a question.
_LOST_LETTER = re.compile(r"\?(?=[^\W\d_])|(?<![^\s(\"'«])\?{2,}(?=$|[\s,.;)\"'»])")
LOST_LETTER_MESSAGE = QT_TRANSLATE_NOOP(
    "ImportProblems",
    "“{text}”: a ? where a letter should be, probably lost in an encoding without it "
    "(ʼ і ї є ґ); correct it, or ask for the file in UTF-8",
)


def lost_letters(text: str) -> bool:
    """True when ``text`` has a ``?`` where a letter should be (``Куп?янськ``)."""
    return "?" in text and _LOST_LETTER.search(text) is not None


def _shown(text: str, limit: int = 60) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def row_problems(
    table: Table, columns: Mapping[str, int], row: SourceRow, cells: dict[str, str]
) -> list[ImportProblem]:
    """What is wrong with a row's raw text, whatever its column: the problems found while
    reading it, dates as other programs write them (``import_dates.date_problems``, which
    reads some in place), and letters lost to an encoding."""
    read = table.line_problems.get(row.line)
    found = list(read) if read else []
    found.extend(date_problems(table, columns, row, cells))
    text = "".join(cells.values())
    if "/" in text:  # a slashed date, perhaps written month first
        found.extend(month_first_problems(table, columns, row, cells))
    if "?" not in text:
        return found  # one search a row: most rows have no "?" at all
    for name, text in cells.items():
        if lost_letters(text):
            index = columns.get(name)
            header = table.headers[index] if index is not None else name
            found.append(
                ImportProblem(
                    row.line, header, problem_phrase(LOST_LETTER_MESSAGE, text=_shown(text))
                )
            )
    return found


def _header(table: Table, name: str, aliases: Mapping[str, str]) -> str:
    """The file's own header for column ``name`` (``Відповідальний`` for ``assigned_to``)."""
    for header in table.headers:
        key = normalise_header(header)
        if key == name or aliases.get(key) == name:
            return header
    return name


def unassigned(table: Table, line: int, who: str, case_number: str | None) -> ImportProblem:
    """The warning for a caseworker in ``assigned_to`` who is not on the staff here: a
    register exported from another office's database names its own staff."""
    what = (
        problem_phrase(
            QT_TRANSLATE_NOOP("ImportProblems", "case {number} keeps its caseworker"),
            number=case_number,
        )
        if case_number
        else problem_phrase(QT_TRANSLATE_NOOP("ImportProblems", "the case is left unassigned"))
    )
    aliases = {normalise_header(a): f for a, f in PERSON_ALIASES.items()}
    return ImportProblem(
        line,
        _header(table, "assigned_to", aliases),
        problem_phrase(
            QT_TRANSLATE_NOOP(
                "ImportProblems",
                "“{who}” is not on the staff here, so {what}; assign it after the import",
            ),
            who=who,
            what=what,
        ),
    )
