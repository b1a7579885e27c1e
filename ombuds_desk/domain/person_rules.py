"""Rules for what a person's record may hold: cleaning and checking typed values.

Pure functions, so forms can check a field as it is typed and services check a whole record
before saving with the very same rules.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from datetime import date
from functools import lru_cache
from typing import Any

from ombuds_desk.domain.enums import Category, Sex
from ombuds_desk.domain.i18n import QT_TRANSLATE_NOOP, Words, translate
from ombuds_desk.domain.lookalikes import MixedScripts, mixed_scripts
from ombuds_desk.domain.partial_dates import PartialDate
from ombuds_desk.domain.transliteration import LatinForm, has_cyrillic, to_latin

NAME_FIELDS = ("family_name", "given_name", "patronymic")
LATIN_FIELDS = {f: f"{f}_latin" for f in NAME_FIELDS}
REQUIRED_FIELDS = ("family_name", "given_name")
DATE_FIELDS = ("date_of_birth", "captured_on", "evacuated_on")
CAPTIVE_FIELDS = (
    "service_number",
    "rank",
    "unit",
    "captured_on",
    "captured_at",
    "holding_party",
    "detention_place",
    "icrc_number",
)
EVACUEE_FIELDS = ("evacuated_from", "evacuated_on", "current_location", "evacuated_by")
TEXT_FIELDS = (
    *NAME_FIELDS,
    *LATIN_FIELDS.values(),
    "citizenship",
    "home_region",
    "service_number",
    "rank",
    "unit",
    "captured_at",
    "holding_party",
    "detention_place",
    "icrc_number",
    "evacuated_from",
    "current_location",
    "evacuated_by",
)
OLDEST_AGE_YEARS = 120

# What can be wrong with a field, in English; the cached checks return these and the public
# ones translate them (a cache must not keep one language's words for another's reader).
REQUIRED = QT_TRANSLATE_NOOP("Problems", "is required")
IN_FUTURE = QT_TRANSLATE_NOOP("Problems", "is in the future")
BEFORE_BIRTH = QT_TRANSLATE_NOOP("Problems", "is before the date of birth")
TOO_OLD = QT_TRANSLATE_NOOP("Problems", "is more than {years} years ago")
LETTERS_ONLY = QT_TRANSLATE_NOOP("Problems", "must contain letters only")
LATIN_ONLY = QT_TRANSLATE_NOOP("Problems", "must be in Latin letters")
TOO_LONG = QT_TRANSLATE_NOOP("Problems", "is too long (200 characters at most)")
NOT_A_CATEGORY = QT_TRANSLATE_NOOP("Problems", "must be captive or evacuee")
NOT_A_SEX = QT_TRANSLATE_NOOP("Problems", "must be male, female or unknown")
NOT_DERIVED = QT_TRANSLATE_NOOP(
    "Problems", "cannot be made from the {name}; type it in Latin letters"
)
# Warnings: the name is saved as typed, but it is probably not what was meant.
LATIN_AMONG_CYRILLIC = QT_TRANSLATE_NOOP(
    "Problems",
    "has Latin letters among Cyrillic ones: {letters}. They look the same, but sorting, "
    "printouts and other programs take them for other letters",
)
CYRILLIC_AMONG_LATIN = QT_TRANSLATE_NOOP(
    "Problems",
    "has Cyrillic letters among Latin ones: {letters}. They look the same, but sorting, "
    "printouts and other programs take them for other letters",
)
LETTER_AT = QT_TRANSLATE_NOOP("Problems", "“{letter}” (letter {position})")
# The name a problem of a derived Latin field refers to, in words.
_NAME_WORDS = {
    "family_name": QT_TRANSLATE_NOOP("Problems", "family name"),
    "given_name": QT_TRANSLATE_NOOP("Problems", "given name"),
    "patronymic": QT_TRANSLATE_NOOP("Problems", "patronymic"),
}


def say(problem: str | None) -> str | None:
    """A problem in the reader's language (a date's own message, not one of ours, as it is)."""
    if problem is None:
        return None
    if isinstance(problem, Words):
        return problem.translated("Problems")
    return translate("Problems", problem).format(years=OLDEST_AGE_YEARS)


# An apostrophe typed inside a Cyrillic word becomes the Ukrainian one (U+02BC).
_CYRILLIC_APOSTROPHE = re.compile(r"(?<=[\u0400-\u04FF])['’‘`](?=[\u0400-\u04FF])")
# A run of spaces, or one space other than a plain one: a clean text is left as the very
# same string (a list of 100,000 rows keeps one copy of each value, not two).
_SPACES = re.compile(r"\s{2,}|[^\S ]")
_LATIN_NAME = re.compile(r"^[A-Za-zÀ-ÖØ-öø-ÿĀ-žḀ-ỿ'’ʼ\- .]*$")
# Besides letters (any script), a name may hold spaces, hyphens, apostrophes and dots.
_NAME_MARKS = frozenset(" -'’‘`ʼ.")


def is_name(text: str) -> bool:
    """Letters of any script, with spaces, hyphens, apostrophes and dots between them."""
    return any(c.isalpha() for c in text) and all(
        c.isalpha() or c in _NAME_MARKS or unicodedata.category(c) == "Mn" for c in text
    )


# A list of 100,000 rows repeats its names, places and dates many times over: each distinct
# text is cleaned and checked once (pure functions of the text, so a cache cannot go stale).
_CACHED = 65536


@lru_cache(maxsize=_CACHED)
def _clean_str(text: str) -> str | None:
    text = unicodedata.normalize("NFC", text)
    text = _SPACES.sub(" ", text).strip()
    return text or None


def clean_text(value: Any) -> str | None:
    """NFC, trimmed, inner runs of spaces folded; empty becomes None."""
    if value is None:
        return None
    return _clean_str(value if type(value) is str else str(value))


@lru_cache(maxsize=_CACHED)
def _clean_name_str(text: str) -> str | None:
    cleaned = _clean_str(text)
    return _CYRILLIC_APOSTROPHE.sub("ʼ", cleaned) if cleaned else None


def clean_name(value: Any) -> str | None:
    if value is None:
        return None
    return _clean_name_str(value if type(value) is str else str(value))


def date_problem(field: str, value: str | None, today: date, born: str | None = None) -> str | None:
    """What is wrong with a typed partial date, or None (in the reader's language)."""
    return say(_date_problem(field, value, today, born))


def _date_problem(field: str, value: str | None, today: date, born: str | None) -> str | None:
    if not value:
        return None
    of_birth = field == "date_of_birth"
    problem = _date_alone(of_birth, value, today)
    if problem is not None or of_birth or not born:
        return problem
    iso, birth = _iso(value), _iso(born)
    if iso is not None and birth is not None and iso < birth[: len(iso)]:
        return BEFORE_BIRTH
    return None


@lru_cache(maxsize=_CACHED)
def _date_alone(of_birth: bool, value: str, today: date) -> str | None:
    """What is wrong with a typed partial date on its own (not beside the birth date)."""
    try:
        parsed = PartialDate.parse(value)
    except ValueError as exc:
        message = exc.args[0] if exc.args else ""
        return message if isinstance(message, Words) else str(exc)
    if parsed.is_after(today):
        return IN_FUTURE
    if of_birth and parsed.year < today.year - OLDEST_AGE_YEARS:
        return TOO_OLD
    return None


@lru_cache(maxsize=_CACHED)
def _iso(text: str) -> str | None:
    """A typed partial date as stored (ISO), None when it is no date."""
    try:
        return PartialDate.parse(text).iso()
    except ValueError:
        return None


def field_problem(field: str, value: Any, today: date, born: str | None = None) -> str | None:
    """Check one typed field on its own (for validation as the user types), in words."""
    return say(_field_problem(field, value, today, born))


def _field_problem(field: str, value: Any, today: date, born: str | None = None) -> str | None:
    text = clean_text(value)
    if field in REQUIRED_FIELDS and not text:
        return REQUIRED
    if field in DATE_FIELDS:
        return _date_problem(field, text, today, born)
    return _text_problem(field, text)


def name_warning(field: str, value: Any) -> str | None:
    """A warning (not a problem: the value may be saved) for a name typed with look-alike
    letters of the other script inside a word (``Шевчeнко`` with a Latin ``e``): which
    letters, by their place (on screen they look right), in the reader's language; None for
    any other field or value."""
    mixed = _mixed_name(field, value)
    if mixed is None:
        return None
    return mixed_scripts_words(mixed)


def mixed_scripts_words(mixed: MixedScripts) -> str:
    """What :func:`name_warning` says of ``mixed``, in the reader's language."""
    letter_at = translate("Problems", LETTER_AT)
    letters = ", ".join(letter_at.format(letter=c, position=at) for at, c in mixed.letters)
    template = LATIN_AMONG_CYRILLIC if mixed.latin_among_cyrillic else CYRILLIC_AMONG_LATIN
    return translate("Problems", template).format(letters=letters)


def name_in_one_script(field: str, value: Any) -> str | None:
    """The name ``value`` with each word in one script, when :func:`name_warning` warns of
    it and every odd letter has a look-alike; else None."""
    mixed = _mixed_name(field, value)
    return mixed.suggested if mixed is not None else None


def _mixed_name(field: str, value: Any) -> MixedScripts | None:
    if field not in NAME_FIELDS or value is None:
        return None
    text = clean_name(value)
    return mixed_scripts(text) if text else None


@lru_cache(maxsize=_CACHED)
def _text_problem(field: str, text: str | None) -> str | None:
    if field in NAME_FIELDS and text and not is_name(text):
        return LETTERS_ONLY
    if field in LATIN_FIELDS.values() and text and not _LATIN_NAME.match(text):
        return LATIN_ONLY
    if text and len(text) > 200:
        return TOO_LONG
    return None


@lru_cache(maxsize=_CACHED)
def latin_of(name: str | None, form: LatinForm = LatinForm.ICAO9303) -> str | None:
    """The default Latin form of a name: ``form``'s for Cyrillic (ICAO 9303 unless the office
    chose KMU 2010), itself for Latin."""
    if not name:
        return None
    return to_latin(name, form) if has_cyrillic(name) else name


def shown_latin(name: str | None, stored: str | None, form: LatinForm) -> str | None:
    """The Latin form shown for a name: in the office's standard when the stored one was made
    by either standard (so switching LATIN_FORM shows every such name the new way), else the
    one typed from a document, as typed."""
    if not name or not stored or not has_cyrillic(name):
        return stored
    if stored in {to_latin(name, each) for each in LatinForm}:
        return to_latin(name, form)
    return stored


# Each field with its cleaner, and the fields checked, in the order clean_person goes.
_CLEANERS = (
    *((f, clean_name if "name" in f or f == "patronymic" else clean_text) for f in TEXT_FIELDS),
    *((f, clean_text) for f in DATE_FIELDS),
)
_CHECKED = (*TEXT_FIELDS, *DATE_FIELDS)


@lru_cache(maxsize=256)  # a list says "captive" or "male" in a few ways, 100,000 times
def _category(text: str) -> Category:
    return Category.parse(text)  # type: ignore[return-value]


@lru_cache(maxsize=256)
def _sex(text: str) -> Sex:
    return Sex.parse(text)  # type: ignore[return-value]


def clean_person(
    raw: Mapping[str, Any], today: date, latin_form: LatinForm = LatinForm.ICAO9303
) -> tuple[dict[str, Any], dict[str, str]]:
    """Cleaned values and the problems found, by field. Latin names fill themselves in
    (after ``latin_form``, the office's LATIN_FORM).

    A problem is told of the field the user typed: a Latin name derived from a bad name is
    not blamed (the name is), and one that cannot be derived (a script other than Cyrillic
    or Latin) asks for the Latin form to be typed.
    """
    values: dict[str, Any] = {}
    problems: dict[str, str] = {}
    for field, clean in _CLEANERS:
        if field in raw:
            values[field] = clean(raw[field])
    category = raw.get("category")
    try:
        values["category"] = _category(str(category)) if category else None
    except ValueError:
        problems["category"] = say(NOT_A_CATEGORY) or ""
    if values.get("category") is None and "category" not in problems:
        problems["category"] = say(REQUIRED) or ""
    sex = raw.get("sex") or Sex.UNKNOWN
    try:
        values["sex"] = _sex(str(sex))
    except ValueError:
        problems["sex"] = say(NOT_A_SEX) or ""
    derived: dict[str, str] = {}
    for name_field, latin_field in LATIN_FIELDS.items():
        if not values.get(latin_field):
            values[latin_field] = latin_of(values.get(name_field), latin_form)
            derived[latin_field] = name_field
    born = values.get("date_of_birth")
    for field in _CHECKED:
        # What _field_problem says of the value, asked of the cleaned value directly
        # (cleaning it again gives the same text; an empty field has no problem but a
        # required one's): a list of 100,000 rows asks this of 21 fields each. A Latin
        # form made here is cleaned first, as _field_problem would.
        value = values.get(field)
        if field in derived:
            value = clean_text(value)
        if not value:
            problem = REQUIRED if field in REQUIRED_FIELDS else None
        elif field in DATE_FIELDS:
            problem = _date_problem(field, value, today, born)
        else:
            problem = _text_problem(field, value)
        if problem and field in derived:
            name_field = derived[field]
            if name_field in problems:
                continue  # not typed: the name's own problem says what is wrong
            if problem == LATIN_ONLY:
                name = translate("Problems", _NAME_WORDS[name_field])
                problems[field] = translate("Problems", NOT_DERIVED).format(name=name)
                continue
        if problem:
            problems[field] = say(problem) or ""
    for field in DATE_FIELDS:
        if values.get(field) and field not in problems:
            iso = _iso(values[field])
            values[field] = values[field] if values[field] == iso else iso
    return values, problems
