"""The Latin form of a name as the office prints it: ICAO 9303 or KMU 2010 (``latin_form``).

A person's Latin name is stored as typed, or derived when none was typed. On paper, a derived
form follows the office's LATIN_FORM setting (Melnik Iaroslav / Melnyk Yaroslav); a form
someone typed by hand (as in the person's own passport) is printed as typed. A name spelt in
Russian keeps ICAO 9303 in every part. Search matches both forms, whichever is printed.
"""

from __future__ import annotations

from sqlmodel import Session

from ombuds_desk.domain.transliteration import LatinForm, has_cyrillic, is_russian_only, to_latin
from ombuds_desk.services.cases.persons import office_latin_form

ICAO = LatinForm.ICAO9303.value
KMU = LatinForm.KMU2010.value


def latin(text: str, form: str) -> str:
    """``text`` (a name or one part of it) in Latin letters after ``form``."""
    return to_latin(text, LatinForm.of_setting(form))


def printed_latin(name: str | None, stored: str | None, form: str) -> str:
    """The Latin form of one part of a name to print: as typed, or derived after ``form``."""
    if not name or not has_cyrillic(name):
        return stored or ""
    if stored and stored != to_latin(name):
        return stored  # typed by hand (the person's passport): printed as it is
    return latin(name, form)


def latin_name(parts: tuple[str | None, ...], stored: tuple[str | None, ...], form: str) -> str:
    """A whole name's Latin form (family, given, patronymic) to print. A name spelt in
    Russian (ы, э, ё, ъ, or a part starting with И) keeps ICAO 9303 in every part:
    "Ivanovna", not "Yvanovna"."""
    if form == KMU and any(p and is_russian_only(p) for p in parts):
        form = ICAO
    words = (printed_latin(p, s, form) for p, s in zip(parts, stored, strict=True))
    return " ".join(w for w in words if w)


def latin_form(session: Session) -> str:
    """The office's LATIN_FORM setting: ``icao9303`` or ``kmu2010``."""
    return office_latin_form(session).value
