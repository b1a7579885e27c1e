"""The columns of the person and item files, and the Russian and Ukrainian headers for them.

Import and export share these names, so what is exported imports back unchanged; the import
template is a file with :data:`PERSON_COLUMNS` as its header. Headers are compared after
``import_headers.normalise_header`` (case, spaces, hyphens and apostrophes do not matter).
"""

from __future__ import annotations

PERSON_COLUMNS: tuple[str, ...] = (
    "case_number",
    "category",
    "family_name",
    "given_name",
    "patronymic",
    "family_name_latin",
    "given_name_latin",
    "patronymic_latin",
    "date_of_birth",
    "sex",
    "citizenship",
    "home_region",
    "status",
    "status_date",
    "blocked_reason",
    "service_number",
    "rank",
    "unit",
    "captured_on",
    "captured_at",
    "holding_party",
    "detention_place",
    "icrc_number",
    "evacuated_from",
    "evacuated_on",
    "current_location",
    "evacuated_by",
    "assigned_to",
    "notes",
)

# What the import reads besides: the whole name in one column (``import_full_names``).
PERSON_IMPORT_COLUMNS: tuple[str, ...] = (*PERSON_COLUMNS, "full_name")

_PERSON_NAMES: dict[str, tuple[str, ...]] = {
    "case_number": ("номер дела", "номер справи", "номер", "case no", "case"),
    "category": ("категория", "категорія"),
    "family_name": ("фамилия", "прізвище", "surname", "last name"),
    "given_name": ("имя", "імʼя", "first name"),
    "patronymic": ("отчество", "по батькові", "middle name"),
    "family_name_latin": ("фамилия латиницей", "прізвище латиницею"),
    "given_name_latin": ("имя латиницей", "імʼя латиницею"),
    "patronymic_latin": ("отчество латиницей", "по батькові латиницею"),
    "date_of_birth": (
        "дата рождения", "дата народження", "birth date", "born", "dob", "year of birth",
        "год рождения", "дата рожд.", "г.р.", "д.р.", "рік народження", "дата нар.", "р.н.",
    ),
    "sex": ("пол", "стать", "gender"),
    "citizenship": ("гражданство", "громадянство"),
    "home_region": ("регион", "регіон", "область", "region"),
    "status": ("статус",),
    "status_date": ("дата статуса", "дата статусу"),
    "blocked_reason": ("причина блокировки", "причина блокування"),
    "service_number": ("личный номер", "особистий номер", "жетон"),
    "rank": ("звание", "звання", "воинское звание", "військове звання"),
    "unit": ("воинская часть", "військова частина", "в/ч", "подразделение", "підрозділ"),
    "captured_on": ("дата пленения", "дата полону", "дата захоплення"),
    "captured_at": ("место пленения", "місце полону", "місце захоплення"),
    "holding_party": ("удерживающая сторона", "сторона що утримує", "утримуюча сторона"),
    "detention_place": ("место содержания", "місце утримання"),
    "icrc_number": ("номер мккк", "номер мкчх", "icrc"),
    "evacuated_from": ("эвакуирован из", "евакуйований з", "звідки евакуйований"),
    "evacuated_on": ("дата эвакуации", "дата евакуації"),
    "current_location": ("местонахождение", "місцеперебування", "location"),
    "evacuated_by": ("кем эвакуирован", "ким евакуйований"),
    "assigned_to": ("ответственный", "исполнитель", "відповідальний", "виконавець"),
    "notes": ("примечания", "примечание", "заметки", "примітки", "примітка", "нотатки"),
    # The whole name in one column, read by ``import_full_names``: family name, given name,
    # patronymic. ``Name`` alone is this too: the given name is ``First name`` here.
    "full_name": (
        "фио", "ф.и.о.", "фамилия имя отчество", "фамилия, имя, отчество",
        "піб", "п.і.б.", "піп", "прізвище ім'я по батькові", "прізвище, ім'я, по батькові",
        "прізвище, ім'я та по батькові", "прізвище ім'я та по батькові",
        "full name", "name", "full names", "names",
    ),
}  # fmt: skip
PERSON_ALIASES: dict[str, str] = {a: f for f, names in _PERSON_NAMES.items() for a in names}
# A list's row numbers (``№ п/п``, ``№ з/п``, ``No.``), in person and item lists alike:
# known, and not read.
ROW_NUMBER_HEADERS: tuple[str, ...] = (
    "№", "№№", "№ п/п", "№п/п", "п/п", "№ пп", "n п/п", "№ по порядку", "порядковый номер",
    "№ з/п", "№з/п", "з/п", "n з/п", "порядковий номер",
    "n", "no", "nr", "nº", "#", "s/n", "s. no", "sl. no", "sr. no",
)  # fmt: skip

ITEM_COLUMNS: tuple[str, ...] = (
    "case_number",
    "kind",
    "direction",
    "author",
    "relationship",
    "date_received",
    "language",
    "pages",
    "description",
)
# What an item export adds for the reader; the import knows them and leaves them be.
ITEM_EXTRA_COLUMNS: tuple[str, ...] = ("status", "parcel_number")

_ITEM_NAMES: dict[str, tuple[str, ...]] = {
    "case_number": _PERSON_NAMES["case_number"],
    "kind": ("вид", "тип", "type"),
    "direction": ("направление", "напрямок"),
    "author": ("автор", "от кого", "від кого", "author name"),
    "relationship": ("родство", "степень родства", "спорідненість", "ким доводиться"),
    "date_received": ("дата получения", "дата отримання", "received", "received on"),
    "language": ("язык", "мова"),
    "pages": ("страниц", "количество страниц", "сторінок", "кількість сторінок"),
    "description": ("описание", "опис"),
}
ITEM_ALIASES: dict[str, str] = {a: f for f, names in _ITEM_NAMES.items() for a in names}
