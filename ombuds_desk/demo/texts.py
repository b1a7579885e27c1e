"""Words of the demo office (``demo_data.py``, ``demo_mail.py``, ``demo_office.py``): reasons
staff give, notes they write, descriptions in the language a family writes in."""

from __future__ import annotations

from ombuds_desk.domain.enums import CaseStatus, ItemKind

K = ItemKind
S = CaseStatus

# The language a captive's family writes in, by the captive's origin (the item form's words).
LANGUAGES = {"ua": "Ukrainian", "ru": "Russian"}

DESCRIPTIONS: dict[str, dict[ItemKind, tuple[str, ...]]] = {
    "Ukrainian": {
        K.LETTER: (
            "Лист з дому",
            "Лист від родини, новини про дітей",
            "Лист і вітальна листівка",
            "Лист від дружини, 3 сторінки",
        ),
        K.POSTCARD: ("Листівка з днем народження", "Новорічна листівка", "Листівка з Великоднем"),
        K.DRAWING: (
            "Малюнок доньки: будинок і сонце",
            "Малюнок сина: собака",
            "Дитячий малюнок: уся родина",
        ),
        K.PHOTO: ("Фото дітей", "Сімейне фото", "Фото з дня народження доньки"),
        K.OTHER: ("Вишитий оберіг від матері", "Дитячий браслет"),
    },
    "Russian": {
        K.LETTER: ("Письмо из дома", "Письмо от семьи, новости о детях", "Письмо от матери"),
        K.POSTCARD: ("Открытка с днём рождения", "Новогодняя открытка"),
        K.DRAWING: ("Рисунок дочери: дом и солнце", "Рисунок сына: собака", "Детский рисунок"),
        K.PHOTO: ("Фото детей", "Семейное фото"),
        K.OTHER: ("Иконка от матери", "Детский браслет"),
    },
    "English": {
        K.LETTER: ("Letter from home", "Letter from the family, news of the children"),
        K.POSTCARD: ("Birthday card", "New Year card"),
        K.DRAWING: ("Drawing by his daughter, a house and a dog", "Child's drawing"),
        K.PHOTO: ("Family photo", "Photo of the children"),
        K.OTHER: ("Bracelet made by his daughter",),
    },
}
FROM_PERSON_DESCRIPTIONS: dict[str, dict[ItemKind, tuple[str, ...]]] = {
    "Ukrainian": {
        K.LETTER: ("Лист до родини", "Лист до матері", "Лист дружині"),
        K.POSTCARD: ("Листівка родині", "Червонохресна картка: живий, здоровий"),
    },
    "Russian": {
        K.LETTER: ("Письмо семье", "Письмо матери", "Письмо жене"),
        K.POSTCARD: ("Открытка родным", "Карточка Красного Креста: жив, здоров"),
    },
    "English": {
        K.LETTER: ("Letter to his family", "Letter to his mother"),
        K.POSTCARD: ("Red Cross message: alive and well",),
    },
}

CONTENTS = {
    "Ukrainian": (
        "Теплі шкарпетки, листи, ліки",
        "Термобілизна, шкарпетки, мило",
        "Чай, печиво, цукерки, листи",
        "Теплий светр, шапка, рукавиці",
        "Вітаміни, ліки за списком, зубна паста",
        "Книги, зошит, ручки, фото",
        "Теплі шкарпетки, рушник, засоби гігієни",
    ),
    "Russian": (
        "Тёплые носки, письма, лекарства",
        "Термобельё, носки, мыло",
        "Чай, печенье, конфеты",
        "Тёплый свитер, шапка, перчатки",
        "Витамины, лекарства по списку, зубная паста",
    ),
}

WITHHELD_REASONS = (
    "Names a military unit and where it is",
    "Photo shows a person in uniform",
    "Contains the family's home address and phone numbers",
    "Містить відомості про розташування підрозділу",
    "Иллюстрация с военной символикой",
)
RETURN_REASONS = (
    "Addressee transferred; new place of detention unknown",
    "Refused at the handover: over the weight limit",
    "Повернуто: адресата переведено до іншої установи",
)
LOST_REASONS = (
    "Not on the counterpart's list; search requested",
    "Lost in transit, confirmed by the ICRC",
)
REOPEN_REASONS = (
    "Family brought warm clothes to add",
    "Seal damaged; repacked",
    "Withdrawn item to be taken out",
)
ICRC_DELEGATES = ("Marc Fontaine", "Elena Rossi", "Jonas Keller", "Amira Haddad")
COUNTERPART_OFFICERS = ("Ирина Соколова", "Павел Гусев", "Олена Кравець")
ACK_SOURCE = "Office of the counterpart ombudsman"

# Operations and reviews.
EXCHANGE_NOTES = "Handed over at the border crossing; ICRC delegates present."
RETURN_NOTES = "Buses from the transit centre; the ICRC accompanies the group."
KEEP_WAITING_NOTES = (
    "The counterpart ombudsman promised an answer this month; wait.",
    "ICRC visit requested; waiting for its report.",
    "Чекаємо відповіді від омбудсмена іншої сторони.",
    "Family informed; nothing more can be done until the lists are exchanged.",
)
ESCALATE_NOTES = (
    "No answer for months: raised with the head of office.",
    "Escalated to the ICRC delegation: identity still not confirmed.",
    "Передано керівнику: сторона не приймає повернення.",
    "Raise at the next meeting with the counterpart ombudsman.",
)
REASSIGN_REASONS = (
    "Caseworker on leave until January: cases shared out.",
    "Speaks the family's language; knows the region.",
    "Перерозподіл навантаження: забагато справ у одного працівника.",
    "The family asked for the same caseworker as for the brother's case.",
    "Новий працівник бере справи Запорізького напрямку.",
)

# Status changes and case notes.
REASONS: dict[CaseStatus, tuple[str, ...]] = {
    S.CONFIRMED: (
        "Identity confirmed by ICRC visit",
        "Named on the holding party's list",
        "Confirmed by the counterpart ombudsman",
    ),
    S.LISTED_FOR_EXCHANGE: ("Included in the exchange list", "Proposed for the next exchange"),
    S.REPATRIATED: ("Returned in an exchange", "Handed over at the border crossing"),
    S.RETURN_REQUESTED: (
        "Return request sent to the counterpart ombudsman",
        "Family asked for return",
    ),
    S.AWAITING_ACCEPTANCE: ("Request forwarded; awaiting acceptance", "Lists exchanged"),
    S.RETURNED: ("Returned in an ICRC-facilitated group return", "Crossed via a third country"),
    S.RELEASED: ("Released by the holding party",),
    S.RESETTLED: ("Resettled in a third country at own request",),
    S.DECEASED: ("Death reported by the holding party",),
    S.CLOSED: ("Case closed: duplicate record", "Family withdrew the request"),
}
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
