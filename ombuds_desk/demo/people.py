"""The people of the demo register: names (Ukrainian, Russian and a few foreign), places,
ranks, and the random details of a captive, an evacuee and their relatives (``demo_data.py``).
Typed values are the raw form input; ``person_rules.clean_person`` and
``contacts.clean_contact`` clean them as registration does."""

from __future__ import annotations

import random
import zlib
from datetime import date, timedelta
from typing import Any

from ombuds_desk.domain.enums import CaseStatus
from ombuds_desk.services.cases.contacts import clean_contact


def _w(text_: str) -> tuple[str, ...]:
    return tuple(text_.split())


UA_MALE = _w(
    "Андрій Олександр Олексій Богдан Василь Віктор Володимир Вʼячеслав Григорій Дмитро "
    "Євген Іван Ігор Йосип Костянтин Максим Микола Михайло Назар Олег Остап Павло Петро "
    "Роман Сергій Степан Тарас Юрій Ярослав Валентин Денис Віталій Ілля Артем Анатолій "
    "Святослав Орест Зиновій Ґеорґій Єлисей"
)
UA_FEMALE = _w(
    "Ганна Оксана Олена Наталія Ірина Тетяна Юлія Катерина Марія Людмила Світлана Галина "
    "Євгенія Соломія Олеся Дарина Любов Надія Іванна Зоряна Христина Ярина Уляна Ївга"
)
UA_SURNAMES = _w(
    "Шевченко Коваленко Бондаренко Ткаченко Кравченко Олійник Шевчук Коваль Поліщук Бондар "
    "Ткачук Мельник Мельничук Марченко Лисенко Руденко Савченко Петренко Кравчук Клименко "
    "Павленко Гончаренко Кузьменко Левченко Харченко Сидоренко Карпенко Юрченко Мороз Бойко "
    "Ковальчук Приходько Литвиненко Романюк Пʼятницький Ґонта Їжакевич Гнатюк Семенюк "
    "Остапчук Мʼякота Вʼюн Соловʼяненко Ґудзь Ґалаґан Єременко Євтушенко Іваненко Ігнатенко "
    "Білоус Гаврилюк Федорчук Ярошенко Засядько Козак Стельмах Зінченко Вакуленко Швець "
    "Яремчук Хоменко Назаренко Дорошенко Сірко Лозинський Грицько Дʼяков Підгірний Заїка"
)
UA_PATRONYMIC_ROOTS = _w(
    "Олександр Іван Петр Миколай Василь Володимир Сергій Андрій Юрій Михайл Григор Богдан "
    "Ярослав Євген Ігор Степан Вʼячеслав Анатолій Віктор Олег"
)
RU_MALE = _w(
    "Александр Алексей Андрей Антон Артём Борис Вадим Валерий Василий Виктор Владимир "
    "Вячеслав Геннадий Георгий Денис Дмитрий Евгений Егор Иван Игорь Илья Кирилл Константин "
    "Максим Михаил Никита Николай Олег Павел Роман Руслан Сергей Станислав Степан Юрий Ярослав"
)
RU_FEMALE = _w(
    "Анна Валентина Галина Дарья Екатерина Елена Ирина Ксения Людмила Марина Мария Наталья "
    "Нина Ольга Светлана Татьяна Юлия Алёна Вера Зоя"
)
RU_SURNAMES = _w(
    "Иванов Смирнов Кузнецов Попов Васильев Петров Соколов Михайлов Новиков Фёдоров Морозов "
    "Волков Алексеев Лебедев Семёнов Егоров Павлов Козлов Степанов Николаев Орлов Андреев "
    "Макаров Никитин Захаров Зайцев Соловьёв Борисов Яковлев Григорьев Романов Воробьёв "
    "Сергеев Кузьмин Фролов Дмитриев Королёв Гусев Киселёв Ильин Максимов Поляков Сорокин "
    "Виноградов Ковалёв Белов Медведев Антонов Тарасов Жуков Баранов Филиппов Комаров Давыдов "
    "Беляев Герасимов Богданов Осипов Сидоров Матвеев Титов Марков Миронов Крылов Куликов "
    "Карпов Власов Мельников Денисов Гаврилов Тихонов Казаков Щербаков Назаров Калинин Быков "
    "Пономарёв Журавлёв Овчинников Успенский Жуковский Чайковский Белозёрский Цыганков Шубин"
)
RU_PATRONYMICS_M = _w(
    "Александрович Алексеевич Андреевич Викторович Владимирович Дмитриевич Евгеньевич "
    "Иванович Игоревич Михайлович Николаевич Олегович Павлович Петрович Сергеевич Юрьевич"
)
RU_PATRONYMICS_F = _w(
    "Александровна Андреевна Викторовна Владимировна Дмитриевна Ивановна Игоревна "
    "Михайловна Николаевна Олеговна Павловна Петровна Сергеевна Юрьевна"
)
FOREIGN: dict[str, tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...], str]] = {
    # country: (male given names, female given names, family names, phone prefix)
    "Georgia": (
        _w("Giorgi Davit Levan Irakli Nikoloz"),
        _w("Nino Tamar Mariam Ana"),
        _w("Beridze Kapanadze Gelashvili Maisuradze Tsiklauri"),
        "+995 5",
    ),
    "Poland": (
        _w("Łukasz Paweł Michał Tomasz Piotr"),
        _w("Agnieszka Katarzyna Małgorzata"),
        _w("Wiśniewski Kowalczyk Wójcik Zieliński Szymański"),
        "+48 6",
    ),
    "Czech Republic": (
        _w("Jiří Petr Tomáš Jan"),
        _w("Lucie Tereza Petra"),
        _w("Dvořák Novotný Svoboda Černý Procházka"),
        "+420 7",
    ),
    "Brazil": (
        _w("João Rafael Thiago Lucas"),
        _w("Ana Beatriz Luísa"),
        _w("Gonçalves Ribeiro Araújo Carvalho"),
        "+55 11 9",
    ),
    "United Kingdom": (
        _w("James Oliver Daniel Thomas"),
        _w("Emily Charlotte Sophie"),
        _w("Walker O'Brien Hughes Whitfield"),
        "+44 7",
    ),
    "Colombia": (
        _w("Andrés Julián Santiago Camilo"),
        _w("Valentina Camila Daniela"),
        _w("Rodríguez Gómez Muñoz Peña"),
        "+57 3",
    ),
    "Germany": (
        _w("Jörg Matthias Lukas Jonas"),
        _w("Anna Jülia Lena"),
        _w("Müller Schäfer Köhler Weiß"),
        "+49 15",
    ),
}

UA_REGIONS = _w(
    "Київська Харківська Запорізька Донецька Львівська Чернігівська Житомирська "
    "Івано-Франківська Одеська Сумська Полтавська Рівненська"
)
RU_REGIONS = _w(
    "Курская Белгородская Московская Ростовская Свердловская Брянская Воронежская "
    "Новосибирская Омская Псковская Смоленская"
)
UA_RANKS = (
    "солдат",
    "старший солдат",
    "молодший сержант",
    "сержант",
    "старший сержант",
    "головний сержант",
    "лейтенант",
    "старший лейтенант",
    "капітан",
    "майор",
)
RU_RANKS = (
    "рядовой",
    "ефрейтор",
    "младший сержант",
    "сержант",
    "старший сержант",
    "прапорщик",
    "лейтенант",
    "старший лейтенант",
    "капитан",
    "майор",
)
UA_DETENTION = (
    "СІЗО-2, Таганрог",
    "СІЗО-1, Курськ",
    "ВК-10, Мордовія",
    "СІЗО-3, Кизел",
    "ВК-1, Брянська обл.",
    "СІЗО-1, Сімферополь",
    "СІЗО-1, Новозибків",
)
RU_DETENTION = (
    "Табір для військовополонених, Львівська обл.",
    "СІЗО, Київ",
    "СІЗО, Харків",
    "Табір для військовополонених, Закарпатська обл.",
)
UA_PLACES = (
    "Маріуполь",
    "Вовчанськ",
    "Купʼянськ",
    "Бахмут",
    "Оріхів",
    "Сєвєродонецьк",
    "Енергодар",
    "Нова Каховка",
    "Вугледар",
    "Ізюм",
    "Гуляйполе",
    "Часів Яр",
)
RU_PLACES = (
    "Суджа, Курская обл.",
    "Гуево, Курская обл.",
    "Мартыновка, Курская обл.",
    "Малая Локня, Курская обл.",
    "Плехово, Курская обл.",
    "Тёткино, Курская обл.",
)
UA_SHELTERS = (
    "ПТР, Пенза",
    "Тбілісі, Грузія",
    "ПТР, Воронеж",
    "Рига, Латвія",
    "ПТР, Липецьк",
    "Центр тимчасового перебування, Бєлгород",
)
RU_SHELTERS = (
    "Пункт временного размещения, Сумы",
    "Интернат, Сумская обл.",
    "Больница, Сумы",
    "Пункт временного размещения, Конотоп",
)
EVACUATED_BY = ("ICRC", "Local authorities", "Volunteers", "On their own", "UNHCR", "Church")


def feminine(surname: str, origin: str) -> str:
    for male, female in (
        ("ський", "ська"),
        ("цький", "цька"),
        ("ский", "ская"),
        ("цкий", "цкая"),
        ("ий", "а"),
    ):
        if surname.endswith(male):
            return surname[: -len(male)] + female
    if origin == "ru" and surname.endswith(("ов", "ев", "ёв", "ин", "ын")):
        return surname + "а"
    if origin == "ua" and surname.endswith(("ов", "ев", "ін")):
        return surname + "а"
    if origin == "Poland" and surname.endswith("ski"):
        return surname[:-1] + "a"
    return surname


def ua_patronymic(rng: random.Random, female: bool) -> str:
    root = rng.choice(UA_PATRONYMIC_ROOTS)
    if root.endswith("й"):
        return root[:-1] + ("ївна" if female else "йович")
    return root + ("івна" if female else "ович")


def random_surname(rng: random.Random, origin: str) -> str:
    """A family name in its masculine form (the form a family shares before gender)."""
    if origin == "ua":
        return rng.choice(UA_SURNAMES)
    if origin == "ru":
        return rng.choice(RU_SURNAMES)
    return rng.choice(FOREIGN[origin][2])


def random_name(
    rng: random.Random, origin: str, female: bool, family: str | None = None
) -> dict[str, str | None]:
    family = family or random_surname(rng, origin)
    patronymic: str | None
    if origin == "ua":
        given = rng.choice(UA_FEMALE if female else UA_MALE)
        patronymic = ua_patronymic(rng, female)
    elif origin == "ru":
        given = rng.choice(RU_FEMALE if female else RU_MALE)
        patronymic = rng.choice(RU_PATRONYMICS_F if female else RU_PATRONYMICS_M)
    else:
        males, females, _families, _prefix = FOREIGN[origin]
        given = rng.choice(females if female else males)
        patronymic = None
    if rng.random() < 0.08:
        patronymic = None
    family = feminine(family, origin) if female else family
    if "ʼ" in family and rng.random() < 0.4:
        family = family.replace("ʼ", "'")  # typed with a plain apostrophe; cleaning fixes it
    return {"family_name": family, "given_name": given, "patronymic": patronymic}


def partial_date(rng: random.Random, day: date) -> str:
    roll = rng.random()
    if roll < 0.10:
        return f"{day.year:04d}"
    if roll < 0.15:
        return f"{day.year:04d}-{day.month:02d}"
    return day.isoformat()


def random_phone(rng: random.Random, origin: str) -> str:
    if origin == "ua":
        return f"+380 {rng.choice(('50', '63', '66', '67', '68', '93', '97'))} " + (
            f"{rng.randint(100, 999)} {rng.randint(10, 99)} {rng.randint(10, 99)}"
        )
    if origin == "ru":
        return f"+7 9{rng.randint(10, 99)} {rng.randint(100, 999)}-{rng.randint(10, 99)}-" + (
            f"{rng.randint(10, 99)}"
        )
    return f"{FOREIGN[origin][3]}{rng.randint(10, 99)} {rng.randint(100000, 999999)}"


def captive_details(
    rng: random.Random, origin: str, registered: date, status: CaseStatus
) -> dict[str, Any]:
    captured = registered - timedelta(days=rng.randint(2, 200))
    letters = "АВСКМНРТ"
    details: dict[str, Any] = {
        "captured_on": captured.isoformat() if rng.random() < 0.85 else captured.isoformat()[:7],
        "service_number": (
            f"{rng.choice(letters)}{rng.choice(letters)}-{rng.randint(0, 999999):06d}"
        ),
    }
    if origin == "ru":
        details |= {
            "rank": rng.choice(RU_RANKS),
            "unit": f"в/ч {rng.randint(10000, 99999)}",
            "captured_at": f"{rng.choice(UA_REGIONS)} обл.",
            "holding_party": "Україна",
            "detention_place": rng.choice(RU_DETENTION),
        }
    else:
        details |= {
            "rank": rng.choice(UA_RANKS) if origin == "ua" else "солдат",
            "unit": f"в/ч А{rng.randint(1000, 9999)}",
            "captured_at": rng.choice(UA_PLACES),
            "holding_party": "Російська Федерація",
            "detention_place": rng.choice(UA_DETENTION) if rng.random() < 0.9 else None,
        }
    if status is not CaseStatus.REGISTERED and rng.random() < 0.6:
        details["icrc_number"] = f"ICRC-{captured.year % 100:02d}-{rng.randint(0, 999999):06d}"
    return details


def evacuee_details(
    rng: random.Random, origin: str, registered: date, status: CaseStatus
) -> dict[str, Any]:
    evacuated = registered - timedelta(days=rng.randint(0, 120))
    if origin == "ru":
        start, shelter = rng.choice(RU_PLACES), rng.choice(RU_SHELTERS)
    elif origin == "ua":
        start, shelter = rng.choice(UA_PLACES), rng.choice(UA_SHELTERS)
    else:
        start = rng.choice(("Kharkiv", "Mariupol", "Sumy", "Kherson"))
        shelter = rng.choice(("Transit centre, Sumy", "Hotel, Lviv", "Embassy shelter, Kyiv"))
    return {
        "evacuated_from": start,
        "evacuated_on": evacuated.isoformat() if rng.random() < 0.8 else evacuated.isoformat()[:7],
        "current_location": shelter,
        "evacuated_by": rng.choice(EVACUATED_BY),
    }


_CONTACT_KINDS = (
    ("mother", True, 30),
    ("father", False, 15),
    ("wife", True, 25),
    ("husband", False, 4),
    ("sister", True, 12),
    ("brother", False, 10),
    ("son", False, 6),
    ("daughter", True, 6),
    ("partner", True, 3),
    ("lawyer", False, 1),
)


def _share_answer(raw: dict[str, Any]) -> str:
    """Whether a relative agreed to be named to the counterpart: asked only of those who
    agreed to be contacted, of whom a third said yes and a third no. Worked out from the
    name rather than drawn, so that everything else a seed makes stays as it was."""
    if raw["consent"] != "given":
        return "unknown"
    key = f"{raw['family_name']} {raw['given_name']} {raw['relationship']}"
    return ("given", "refused", "unknown")[zlib.crc32(key.encode("utf-8")) % 3]


def random_contacts(
    rng: random.Random, origin: str, family: str, female: bool
) -> list[dict[str, Any]]:
    count = rng.choices(range(5), [15, 30, 30, 15, 10])[0]
    rows: list[dict[str, Any]] = []
    for kind, is_female, _weight in rng.choices(
        _CONTACT_KINDS, [k[2] for k in _CONTACT_KINDS], k=count
    ):
        if (kind == "wife" and female) or (kind == "husband" and not female):
            continue
        kin = kind not in ("partner", "lawyer")
        name = random_name(rng, origin, is_female, family if kin else None)
        raw = {
            **name,
            "relationship": kind,
            "phone": random_phone(rng, origin) if rng.random() < 0.9 else None,
            "email": f"family{rng.randint(100, 99999)}@example.org" if rng.random() < 0.2 else None,
            "consent": rng.choices(("given", "unknown", "refused"), [60, 30, 10])[0],
        }
        raw["share_consent"] = _share_answer(raw)
        rows.append(clean_contact(raw))
    return rows
