"""A synthetic register for trying the app: thousands of made-up captives and evacuees.

Fast enough for 100,000 persons: rows are written with SQLAlchemy Core ``executemany`` in
batches inside one transaction, but every typed value is cleaned by
``person_rules.clean_person`` and every derived column (Latin names, sort key, birth year,
search keys, case number) comes from the very functions registration uses, so a demo person
is indistinguishable from a registered one. Status histories walk the transitions that
``domain/status_rules.py`` allows. The same seed and ``today`` give the same data.

Demo data is only built into a database without persons: it must never mix into a real
register.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from sqlalchemy import Connection, func, insert, inspect, select, text
from sqlmodel import Session, SQLModel

from ombuds_desk.domain.accounts import User
from ombuds_desk.domain.enums import CaseStatus, Category, Role, Sex, StatusEventKind
from ombuds_desk.domain.errors import ValidationError
from ombuds_desk.domain.people import CaseNote, Contact, Person, PersonNameKey
from ombuds_desk.domain.people import StatusEvent as StatusEventRow
from ombuds_desk.domain.person_rules import clean_person
from ombuds_desk.domain.status_rules import (
    PATHS,
    allowed_next,
    is_final,
    transition_problem,
)
from ombuds_desk.services import users
from ombuds_desk.services.block_reasons import STANDARD_REASONS
from ombuds_desk.services.contacts import clean_contact
from ombuds_desk.services.office_settings import OFFICE_NAME, set_setting
from ombuds_desk.services.persons import derived_fields, format_case_number, search_keys_of
from ombuds_desk.services.search_index import mark_keys_current
from ombuds_desk.services.unit_of_work import unit_of_work
from ombuds_desk.store.database import Database

DEMO_OFFICE_NAME = "Demo Office (synthetic data)"
MAX_PERSONS = 1_000_000
BATCH_SIZE = 2_000
OLDEST_CASE_DAYS = 760  # registrations reach back a little over two years

S = CaseStatus
# Reasons from the standard list (services/block_reasons.py), so filters and forms know them.
BLOCK_REASONS = {
    "return": "Home country does not accept return",
    "identity": "Identity not confirmed by holding party",
    "family": "No contact with family",
    "whereabouts": "Whereabouts unknown",
    "documents": "Awaiting documents",
}
assert set(BLOCK_REASONS.values()) <= set(STANDARD_REASONS)

Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class DemoSummary:
    persons: int
    captives: int
    evacuees: int
    users: int
    contacts: int
    status_events: int
    notes: int
    blocked: int
    finished: int


# --- names -----------------------------------------------------------------------------


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
    "Georgia": (_w("Giorgi Davit Levan Irakli Nikoloz"), _w("Nino Tamar Mariam Ana"),
                _w("Beridze Kapanadze Gelashvili Maisuradze Tsiklauri"), "+995 5"),
    "Poland": (_w("Łukasz Paweł Michał Tomasz Piotr"), _w("Agnieszka Katarzyna Małgorzata"),
               _w("Wiśniewski Kowalczyk Wójcik Zieliński Szymański"), "+48 6"),
    "Czech Republic": (_w("Jiří Petr Tomáš Jan"), _w("Lucie Tereza Petra"),
                       _w("Dvořák Novotný Svoboda Černý Procházka"), "+420 7"),
    "Brazil": (_w("João Rafael Thiago Lucas"), _w("Ana Beatriz Luísa"),
               _w("Gonçalves Ribeiro Araújo Carvalho"), "+55 11 9"),
    "United Kingdom": (_w("James Oliver Daniel Thomas"), _w("Emily Charlotte Sophie"),
                       _w("Walker O'Brien Hughes Whitfield"), "+44 7"),
    "Colombia": (_w("Andrés Julián Santiago Camilo"), _w("Valentina Camila Daniela"),
                 _w("Rodríguez Gómez Muñoz Peña"), "+57 3"),
    "Germany": (_w("Jörg Matthias Lukas Jonas"), _w("Anna Jülia Lena"),
                _w("Müller Schäfer Köhler Weiß"), "+49 15"),
}  # fmt: skip

UA_REGIONS = _w(
    "Київська Харківська Запорізька Донецька Львівська Чернігівська Житомирська "
    "Івано-Франківська Одеська Сумська Полтавська Рівненська"
)
RU_REGIONS = _w(
    "Курская Белгородская Московская Ростовская Свердловская Брянская Воронежская "
    "Новосибирская Омская Псковская Смоленская"
)
UA_RANKS = (
    "солдат", "старший солдат", "молодший сержант", "сержант", "старший сержант",
    "головний сержант", "лейтенант", "старший лейтенант", "капітан", "майор",
)  # fmt: skip
RU_RANKS = (
    "рядовой", "ефрейтор", "младший сержант", "сержант", "старший сержант", "прапорщик",
    "лейтенант", "старший лейтенант", "капитан", "майор",
)  # fmt: skip
UA_DETENTION = (
    "СІЗО-2, Таганрог", "СІЗО-1, Курськ", "ВК-10, Мордовія", "СІЗО-3, Кизел",
    "ВК-1, Брянська обл.", "СІЗО-1, Сімферополь", "СІЗО-1, Новозибків",
)  # fmt: skip
RU_DETENTION = (
    "Табір для військовополонених, Львівська обл.", "СІЗО, Київ", "СІЗО, Харків",
    "Табір для військовополонених, Закарпатська обл.",
)  # fmt: skip
UA_PLACES = (
    "Маріуполь", "Вовчанськ", "Купʼянськ", "Бахмут", "Оріхів", "Сєвєродонецьк",
    "Енергодар", "Нова Каховка", "Вугледар", "Ізюм", "Гуляйполе", "Часів Яр",
)  # fmt: skip
RU_PLACES = (
    "Суджа, Курская обл.", "Гуево, Курская обл.", "Мартыновка, Курская обл.",
    "Малая Локня, Курская обл.", "Плехово, Курская обл.", "Тёткино, Курская обл.",
)  # fmt: skip
UA_SHELTERS = (
    "ПТР, Пенза", "Тбілісі, Грузія", "ПТР, Воронеж", "Рига, Латвія", "ПТР, Липецьк",
    "Центр тимчасового перебування, Бєлгород",
)  # fmt: skip
RU_SHELTERS = (
    "Пункт временного размещения, Сумы", "Интернат, Сумская обл.",
    "Больница, Сумы", "Пункт временного размещения, Конотоп",
)  # fmt: skip
EVACUATED_BY = ("ICRC", "Local authorities", "Volunteers", "On their own", "UNHCR", "Church")

REASONS: dict[CaseStatus, tuple[str, ...]] = {
    S.CONFIRMED: (
        "Identity confirmed by ICRC visit", "Named on the holding party's list",
        "Confirmed by the counterpart ombudsman",
    ),
    S.LISTED_FOR_EXCHANGE: ("Included in the exchange list", "Proposed for the next exchange"),
    S.REPATRIATED: ("Returned in an exchange", "Handed over at the border crossing"),
    S.RETURN_REQUESTED: (
        "Return request sent to the counterpart ombudsman", "Family asked for return",
    ),
    S.AWAITING_ACCEPTANCE: ("Request forwarded; awaiting acceptance", "Lists exchanged"),
    S.RETURNED: ("Returned in an ICRC-facilitated group return", "Crossed via a third country"),
    S.RELEASED: ("Released by the holding party",),
    S.RESETTLED: ("Resettled in a third country at own request",),
    S.DECEASED: ("Death reported by the holding party",),
    S.CLOSED: ("Case closed: duplicate record", "Family withdrew the request"),
}  # fmt: skip
BACK_REASONS = {
    S.CONFIRMED: "Struck off the exchange list by the other side",
    S.RETURN_REQUESTED: "Return refused; asked again",
}
NOTES = (
    "Mother called asking for news; told her the case is with the counterpart ombudsman.",
    "ICRC visit report received: in satisfactory health.",
    "Letter from the wife logged and forwarded.",
    "Copy of passport received from the family.",
    "Asked the ICRC to confirm the place of detention.",
    "Family asks to be told at once about any exchange list.",
    "Spoke with the sister; new phone number recorded.",
    "Awaiting a reply from the counterpart ombudsman on the return request.",
    "Дружина телефонувала, просить повідомити про обмін.",
    "Мать просит подтвердить место содержания.",
    "Needs medication for diabetes; passed to the ICRC delegation.",
)

# Username, full name; the first supervisor's username is replaced by the OS login.
SUPERVISORS = (("", "Наталія Руденко"), ("s.melnyk", "Світлана Мельник"))
CASEWORKERS = (
    ("o.bondar", "Олег Бондар"), ("a.petrova", "Анна Петрова"), ("t.hnatiuk", "Тарас Гнатюк"),
    ("i.kovalchuk", "Ірина Ковальчук"), ("d.orlov", "Дмитрий Орлов"),
    ("o.lytvyn", "Оксана Литвин"), ("p.sydorenko", "Павло Сидоренко"),
    ("m.jensen", "Maria Jensen"), ("yu.honta", "Юлія Ґонта"),
)  # fmt: skip


# --- the plan of one case ---------------------------------------------------------------


@dataclass
class _Case:
    """A case's category and status walk, decided before case numbers are given out."""

    index: int
    category: Category
    walk: list[tuple[CaseStatus, date]]  # (status, effective date), registration first
    person_id: int = 0
    case_seq: int = 0

    @property
    def registered_on(self) -> date:
        return self.walk[0][1]


def _pick_next(rng: random.Random, category: Category, current: CaseStatus) -> CaseStatus:
    path = PATHS[category]
    forward = path[path.index(current) + 1] if current in path[:-1] else None
    weights: list[tuple[CaseStatus, float]] = []
    for option in allowed_next(category, current):
        if option == forward:
            weight = 88.0
        elif option in path:
            weight = 5.0  # a step back
        elif option is S.RESETTLED:
            weight = 2.0 if category is Category.EVACUEE else 0.0
        elif option is S.RELEASED:
            weight = 1.5 if category is Category.CAPTIVE else 0.0
        elif option is S.DECEASED:
            weight = 0.4
        else:
            weight = 1.0
        weights.append((option, weight))
    chosen = rng.choices([o for o, _ in weights], [w for _, w in weights])[0]
    assert transition_problem(category, current, chosen) is None
    return chosen


_STEPS_BY_AGE = (  # (age in days below which, weights of 0..5 status changes)
    (30, (70, 25, 5, 0, 0, 0)),
    (120, (30, 40, 25, 5, 0, 0)),
    (365, (14, 32, 32, 15, 5, 2)),
    (OLDEST_CASE_DAYS + 1, (8, 26, 32, 22, 8, 4)),
)


def _days_in_status(rng: random.Random) -> int:
    roll = rng.random()
    if roll < 0.30:
        return rng.randint(0, 29)
    if roll < 0.62:
        return rng.randint(30, 90)
    if roll < 0.85:
        return rng.randint(91, 199)
    return rng.randint(200, 480)


def _plan_case(rng: random.Random, index: int, today: date) -> _Case:
    """Registered some day in the past two years (more of them lately), then a status walk."""
    category = Category.CAPTIVE if rng.random() < 0.6 else Category.EVACUEE
    age = int(OLDEST_CASE_DAYS * rng.random() ** 1.25)
    weights = next(w for below, w in _STEPS_BY_AGE if age < below)
    steps = min(rng.choices(range(6), weights)[0], age)
    statuses = [S.REGISTERED]
    for _ in range(steps):
        if is_final(statuses[-1]):
            break
        statuses.append(_pick_next(rng, category, statuses[-1]))
    changes = len(statuses) - 1
    since = age if not changes else min(_days_in_status(rng), age - changes)
    span = age - since  # days between registration and the last change
    cuts = sorted(rng.sample(range(1, span), changes - 1)) if changes > 1 else []
    offsets = [0, *cuts, span] if changes else [0]
    registered = today - timedelta(days=age)
    dates = [registered + timedelta(days=o) for o in offsets]
    return _Case(index, category, list(zip(statuses, dates, strict=True)))


# --- the people in a case ---------------------------------------------------------------


def _feminine(surname: str, origin: str) -> str:
    for male, female in (("ський", "ська"), ("цький", "цька"), ("ский", "ская"),
                         ("цкий", "цкая"), ("ий", "а")):  # fmt: skip
        if surname.endswith(male):
            return surname[: -len(male)] + female
    if origin == "ru" and surname.endswith(("ов", "ев", "ёв", "ин", "ын")):
        return surname + "а"
    if origin == "ua" and surname.endswith(("ов", "ев", "ін")):
        return surname + "а"
    if origin == "Poland" and surname.endswith("ski"):
        return surname[:-1] + "a"
    return surname


def _ua_patronymic(rng: random.Random, female: bool) -> str:
    root = rng.choice(UA_PATRONYMIC_ROOTS)
    if root.endswith("й"):
        return root[:-1] + ("ївна" if female else "йович")
    return root + ("івна" if female else "ович")


def _surname(rng: random.Random, origin: str) -> str:
    """A family name in its masculine form (the form a family shares before gender)."""
    if origin == "ua":
        return rng.choice(UA_SURNAMES)
    if origin == "ru":
        return rng.choice(RU_SURNAMES)
    return rng.choice(FOREIGN[origin][2])


def _name(
    rng: random.Random, origin: str, female: bool, family: str | None = None
) -> dict[str, str | None]:
    family = family or _surname(rng, origin)
    patronymic: str | None
    if origin == "ua":
        given = rng.choice(UA_FEMALE if female else UA_MALE)
        patronymic = _ua_patronymic(rng, female)
    elif origin == "ru":
        given = rng.choice(RU_FEMALE if female else RU_MALE)
        patronymic = rng.choice(RU_PATRONYMICS_F if female else RU_PATRONYMICS_M)
    else:
        males, females, _families, _prefix = FOREIGN[origin]
        given = rng.choice(females if female else males)
        patronymic = None
    if rng.random() < 0.08:
        patronymic = None
    family = _feminine(family, origin) if female else family
    if "ʼ" in family and rng.random() < 0.4:
        family = family.replace("ʼ", "'")  # typed with a plain apostrophe; cleaning fixes it
    return {"family_name": family, "given_name": given, "patronymic": patronymic}


def _partial(rng: random.Random, day: date) -> str:
    roll = rng.random()
    if roll < 0.10:
        return f"{day.year:04d}"
    if roll < 0.15:
        return f"{day.year:04d}-{day.month:02d}"
    return day.isoformat()


def _phone(rng: random.Random, origin: str) -> str:
    if origin == "ua":
        return f"+380 {rng.choice(('50', '63', '66', '67', '68', '93', '97'))} " + (
            f"{rng.randint(100, 999)} {rng.randint(10, 99)} {rng.randint(10, 99)}"
        )
    if origin == "ru":
        return f"+7 9{rng.randint(10, 99)} {rng.randint(100, 999)}-{rng.randint(10, 99)}-" + (
            f"{rng.randint(10, 99)}"
        )
    return f"{FOREIGN[origin][3]}{rng.randint(10, 99)} {rng.randint(100000, 999999)}"


def _captive_details(rng: random.Random, origin: str, case: _Case) -> dict[str, Any]:
    registered = case.registered_on
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
            "rank": rng.choice(RU_RANKS), "unit": f"в/ч {rng.randint(10000, 99999)}",
            "captured_at": f"{rng.choice(UA_REGIONS)} обл.", "holding_party": "Україна",
            "detention_place": rng.choice(RU_DETENTION),
        }  # fmt: skip
    else:
        details |= {
            "rank": rng.choice(UA_RANKS) if origin == "ua" else "солдат",
            "unit": f"в/ч А{rng.randint(1000, 9999)}",
            "captured_at": rng.choice(UA_PLACES),
            "holding_party": "Російська Федерація",
            "detention_place": rng.choice(UA_DETENTION) if rng.random() < 0.9 else None,
        }
    if case.walk[-1][0] is not S.REGISTERED and rng.random() < 0.6:
        details["icrc_number"] = f"ICRC-{captured.year % 100:02d}-{rng.randint(0, 999999):06d}"
    return details


def _evacuee_details(rng: random.Random, origin: str, case: _Case) -> dict[str, Any]:
    evacuated = case.registered_on - timedelta(days=rng.randint(0, 120))
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
    ("mother", True, 30), ("father", False, 15), ("wife", True, 25), ("husband", False, 4),
    ("sister", True, 12), ("brother", False, 10), ("son", False, 6), ("daughter", True, 6),
    ("partner", True, 3), ("lawyer", False, 1),
)  # fmt: skip


def _contacts(rng: random.Random, origin: str, family: str, female: bool) -> list[dict[str, Any]]:
    count = rng.choices(range(5), [15, 30, 30, 15, 10])[0]
    rows: list[dict[str, Any]] = []
    for kind, is_female, _weight in rng.choices(
        _CONTACT_KINDS, [k[2] for k in _CONTACT_KINDS], k=count
    ):
        if (kind == "wife" and female) or (kind == "husband" and not female):
            continue
        kin = kind not in ("partner", "lawyer")
        name = _name(rng, origin, is_female, family if kin else None)
        raw = {
            **name,
            "relationship": kind,
            "phone": _phone(rng, origin) if rng.random() < 0.9 else None,
            "email": f"family{rng.randint(100, 99999)}@example.org" if rng.random() < 0.2 else None,
            "consent": rng.choices(("given", "unknown", "refused"), [60, 30, 10])[0],
        }
        rows.append(clean_contact(raw))
    return rows


# --- rows ------------------------------------------------------------------------------


@dataclass
class _Rows:
    persons: list[dict[str, Any]] = field(default_factory=list)
    keys: list[dict[str, Any]] = field(default_factory=list)
    events: list[dict[str, Any]] = field(default_factory=list)
    contacts: list[dict[str, Any]] = field(default_factory=list)
    notes: list[dict[str, Any]] = field(default_factory=list)


@dataclass
class _Staff:
    ids: list[int]
    weights: list[float]
    supervisor_ids: list[int]


def _at(day: date, rng: random.Random) -> datetime:
    return datetime.combine(day, time(rng.randint(8, 17), rng.randint(0, 59)), tzinfo=UTC)


_PERSON_COLUMNS = tuple(c.key for c in inspect(Person).columns)


def _is_step_back(category: Category, before: CaseStatus | None, after: CaseStatus) -> bool:
    path = PATHS[category]
    return before in path and after in path and path.index(after) < path.index(before)


def _case_rows(case: _Case, seed: int, today: date, staff: _Staff, out: _Rows) -> tuple[bool, bool]:
    """Add the rows of one case; returns (blocked, finished)."""
    rng = random.Random(seed * 1_000_003 + case.index)
    origin = rng.choices(["ua", "ru", "foreign"], [46, 44, 10])[0]
    if origin == "foreign":
        origin = rng.choice(sorted(FOREIGN))
    female = rng.random() < (0.07 if case.category is Category.CAPTIVE else 0.55)
    age = rng.randint(19, 60) if case.category is Category.CAPTIVE else rng.randint(4, 92)
    born = date(today.year - age, 1, 1) + timedelta(days=rng.randint(0, 364))
    family = _surname(rng, origin)
    raw: dict[str, Any] = {
        "category": case.category,
        **_name(rng, origin, female, family),
        "sex": Sex.FEMALE if female else Sex.MALE,
        "date_of_birth": _partial(rng, born) if rng.random() < 0.97 else None,
        "citizenship": {"ua": "Україна", "ru": "Российская Федерация"}.get(origin, origin),
        "home_region": (
            f"{rng.choice(UA_REGIONS)} обл." if origin == "ua"
            else f"{rng.choice(RU_REGIONS)} обл." if origin == "ru" else None
        ),
    }  # fmt: skip
    details = _captive_details if case.category is Category.CAPTIVE else _evacuee_details
    raw |= details(rng, origin, case)
    values, problems = clean_person(raw, today)
    if problems:
        raise AssertionError(f"demo person {raw} breaks the rules: {problems}")
    status, status_since = case.walk[-1]
    assigned = rng.choices(staff.ids, staff.weights)[0] if rng.random() < 0.98 else None
    clerk = assigned or staff.supervisor_ids[0]
    blocked_reason = None
    if not is_final(status) and rng.random() < 0.04:
        if case.category is Category.EVACUEE and status is S.AWAITING_ACCEPTANCE:
            blocked_reason = BLOCK_REASONS["return"]
        elif case.category is Category.CAPTIVE and rng.random() < 0.6:
            blocked_reason = BLOCK_REASONS["identity"]
        else:
            blocked_reason = BLOCK_REASONS[
                rng.choice(("family", "whereabouts", "documents", "return"))
                if case.category is Category.EVACUEE
                else rng.choice(("family", "whereabouts"))
            ]
    person = dict.fromkeys(_PERSON_COLUMNS)
    person |= {k: v for k, v in values.items() if k in person}
    person |= derived_fields(values)
    person |= {
        "id": case.person_id,
        "version": 1,
        "case_number": format_case_number(case.category, case.registered_on.year, case.case_seq),
        "case_year": case.registered_on.year,
        "case_seq": case.case_seq,
        "status": status,
        "status_since": status_since,
        "blocked": blocked_reason is not None,
        "blocked_reason": blocked_reason,
        "assigned_to_id": assigned,
        "created_at": _at(case.registered_on, rng),
        "updated_at": _at(status_since, rng),
    }
    out.persons.append(person)
    out.keys.extend(
        {"person_id": case.person_id, "key": k[:120]} for k in sorted(search_keys_of(values))
    )
    previous: CaseStatus | None = None
    for to_status, on in case.walk:
        if previous is None:
            kind, reason = StatusEventKind.REGISTERED, "Case registered"
        elif _is_step_back(case.category, previous, to_status):
            kind, reason = StatusEventKind.CHANGE, BACK_REASONS[to_status]
        else:
            kind, reason = StatusEventKind.CHANGE, rng.choice(REASONS[to_status])
        out.events.append(_event(case, kind, previous, to_status, on, reason, None, clerk, rng))
        previous = to_status
    if blocked_reason is not None:
        on = status_since + timedelta(days=rng.randint(0, (today - status_since).days))
        out.events.append(
            _event(case, StatusEventKind.BLOCKED, status, status, on, None, blocked_reason,
                   staff.supervisor_ids[rng.randrange(len(staff.supervisor_ids))], rng)
        )  # fmt: skip
    elif not is_final(status) and (today - status_since).days > 20 and rng.random() < 0.02:
        on = status_since + timedelta(days=rng.randint(0, 10))
        reason_ = BLOCK_REASONS["family"]
        out.events.append(_event(case, StatusEventKind.BLOCKED, status, status, on, None,
                                 reason_, clerk, rng))  # fmt: skip
        out.events.append(_event(case, StatusEventKind.UNBLOCKED, status, status,
                                 on + timedelta(days=rng.randint(1, 10)),
                                 "Family found through the ICRC", reason_, clerk, rng))  # fmt: skip
    for contact in _contacts(rng, origin, family, female):
        contact |= {"person_id": case.person_id, "version": 1,
                    "created_at": _at(case.registered_on, rng)}  # fmt: skip
        out.contacts.append(contact)
    if rng.random() < 0.10:
        for _ in range(rng.randint(1, 2)):
            on = case.registered_on + timedelta(
                days=rng.randint(0, (today - case.registered_on).days)
            )
            out.notes.append({
                "person_id": case.person_id, "version": 1, "text": rng.choice(NOTES),
                "author_id": clerk, "created_at": _at(on, rng),
            })  # fmt: skip
    return blocked_reason is not None, is_final(status)


def _event(
    case: _Case,
    kind: StatusEventKind,
    from_status: CaseStatus | None,
    to_status: CaseStatus,
    on: date,
    reason: str | None,
    blocked_reason: str | None,
    by: int,
    rng: random.Random,
) -> dict[str, Any]:
    return {
        "person_id": case.person_id, "kind": kind, "from_status": from_status,
        "to_status": to_status, "effective_on": on, "reason": reason,
        "blocked_reason": blocked_reason, "operation_id": None,
        "recorded_at": _at(on, rng), "recorded_by_id": by,
    }  # fmt: skip


# --- the build -------------------------------------------------------------------------


def _create_staff(session: Session, rng: random.Random, login: str) -> _Staff:
    def user(username: str, full_name: str, role: Role) -> int:
        existing = users.find_user(session, username)
        found = existing or users.create_user(session, None, username, full_name, role)
        assert found.id is not None
        return found.id

    user("admin", "Office administrator", Role.ADMIN)
    supervisors = [user(name or login, full, Role.SUPERVISOR) for name, full in SUPERVISORS]
    workers = [
        user(name, full, Role.CASEWORKER)
        for name, full in CASEWORKERS[: rng.randint(6, len(CASEWORKERS))]
        if name != login
    ]
    ids = [*workers, *supervisors]
    weights = [10.0] * len(workers) + [5.0, 3.0]
    return _Staff(ids=ids, weights=weights, supervisor_ids=supervisors)


def _insert(connection: Connection, model: type[SQLModel], rows: Sequence[dict[str, Any]]) -> None:
    """Core ``executemany`` on the model's table (a Connection, not a Session: no ORM)."""
    if rows:
        connection.execute(insert(model), rows)


def build_demo(
    db: Database,
    *,
    persons: int = 2500,
    seed: int = 2026,
    today: date | None = None,
    progress: Progress | None = None,
) -> DemoSummary:
    """Fill an empty database with ``persons`` synthetic cases (all or nothing)."""
    if not 1 <= persons <= MAX_PERSONS:
        raise ValidationError("", {"persons": f"a number from 1 to {MAX_PERSONS:,}"})
    today = today or date.today()
    rng = random.Random(seed)
    cases = sorted(
        (_plan_case(rng, i, today) for i in range(persons)),
        key=lambda c: (c.registered_on, c.index),
    )
    counters: dict[tuple[Category, int], int] = {}
    for number, case in enumerate(cases, start=1):
        key = (case.category, case.registered_on.year)
        counters[key] = case.case_seq = counters.get(key, 0) + 1
        case.person_id = number
    builder = User(id=None, username="demo-builder", full_name="Demo builder", role=Role.ADMIN)
    totals = dict.fromkeys(("contacts", "events", "notes", "blocked", "finished"), 0)
    with unit_of_work(db, builder) as session:
        existing = session.execute(select(func.count()).select_from(Person)).scalar_one()
        if existing:
            raise ValidationError(
                f"This database already holds {existing:,} persons. Demo data is built only "
                "into a new, empty database, never mixed into a real register."
            )
        staff = _create_staff(session, rng, users.login_name())
        set_setting(session, None, OFFICE_NAME, DEMO_OFFICE_NAME)
        # Keys are made below by the current rules (persons.search_keys_of).
        mark_keys_current(session)
        connection = session.connection()
        if progress:
            progress(0, persons)
        for start in range(0, persons, BATCH_SIZE):
            rows = _Rows()
            for case in cases[start : start + BATCH_SIZE]:
                blocked, finished = _case_rows(case, seed, today, staff, rows)
                totals["blocked"] += blocked
                totals["finished"] += finished
            _insert(connection, Person, rows.persons)
            _insert(connection, PersonNameKey, rows.keys)
            _insert(connection, StatusEventRow, rows.events)
            _insert(connection, Contact, rows.contacts)
            _insert(connection, CaseNote, rows.notes)
            totals["contacts"] += len(rows.contacts)
            totals["events"] += len(rows.events)
            totals["notes"] += len(rows.notes)
            if progress:
                progress(min(start + BATCH_SIZE, persons), persons)
        if connection.dialect.name == "postgresql":
            # Ids were given explicitly; the next registration must not collide with them.
            connection.execute(
                text("SELECT setval(pg_get_serial_sequence('person', 'id'), MAX(id)) FROM person")
            )
    captives = sum(1 for c in cases if c.category is Category.CAPTIVE)
    return DemoSummary(
        persons=persons,
        captives=captives,
        evacuees=persons - captives,
        users=len(staff.ids) + 1,
        contacts=totals["contacts"],
        status_events=totals["events"],
        notes=totals["notes"],
        blocked=totals["blocked"],
        finished=totals["finished"],
    )
