"""The Latin form of a name as the office prints it: ICAO 9303 or KMU 2010 (``latin_form``).

A person's Latin name is stored as typed, or derived (ICAO 9303) when none was typed. On
paper, a derived form follows the office's LATIN_FORM setting (Melnik Iaroslav / Melnyk
Yaroslav); a form someone typed by hand (as in the person's own passport) is printed as
typed. Search matches both forms, whichever is printed.

``domain.transliteration`` is to learn KMU 2010 (``to_latin(text, form)``); until it does,
:func:`latin` falls back on the small table below (the Cabinet of Ministers' resolution
No. 55 of 27.01.2010), so the printouts follow the setting either way.
"""

from __future__ import annotations

import inspect
import re
from collections.abc import Callable
from functools import lru_cache

from sqlmodel import Session

from ombuds_desk.domain import transliteration
from ombuds_desk.domain.transliteration import has_cyrillic
from ombuds_desk.domain.transliteration import to_latin as icao
from ombuds_desk.services.core.office_settings import LATIN_FORM, get_setting

ICAO = "icao9303"
KMU = "kmu2010"

# KMU 2010: the second form applies at the start of a word.
_KMU: dict[str, tuple[str, str]] = {
    "а": ("a", "a"), "б": ("b", "b"), "в": ("v", "v"), "г": ("h", "h"), "ґ": ("g", "g"),
    "д": ("d", "d"), "е": ("e", "e"), "є": ("ie", "ye"), "ж": ("zh", "zh"), "з": ("z", "z"),
    "и": ("y", "y"), "і": ("i", "i"), "ї": ("i", "yi"), "й": ("i", "y"), "к": ("k", "k"),
    "л": ("l", "l"), "м": ("m", "m"), "н": ("n", "n"), "о": ("o", "o"), "п": ("p", "p"),
    "р": ("r", "r"), "с": ("s", "s"), "т": ("t", "t"), "у": ("u", "u"), "ф": ("f", "f"),
    "х": ("kh", "kh"), "ц": ("ts", "ts"), "ч": ("ch", "ch"), "ш": ("sh", "sh"),
    "щ": ("shch", "shch"), "ь": ("", ""), "ю": ("iu", "yu"), "я": ("ia", "ya"),
    # Russian letters a Ukrainian table lacks, as ICAO gives them.
    "ё": ("e", "e"), "ы": ("y", "y"), "э": ("e", "e"), "ъ": ("ie", "ie"),
    "'": ("", ""), "’": ("", ""), "ʼ": ("", ""), "`": ("", ""),
}  # fmt: skip
_WORD = re.compile(r"[\w'’ʼ`]+")


def _kmu_word(word: str) -> str:
    out: list[str] = []
    lower = word.lower().replace("зг", "zgh")  # зг is "zgh" (Zghurskyi), not "zh"
    for i, letter in enumerate(lower):
        start = i == 0
        forms = _KMU.get(letter)
        out.append(letter if forms is None else forms[1 if start else 0])
    latin = "".join(out)
    if word.isupper() and len(word) > 1:
        return latin.upper()
    return latin[:1].upper() + latin[1:] if word[:1].isupper() else latin


def _kmu_fallback(text: str) -> str:
    return _WORD.sub(
        lambda m: _kmu_word(m.group(0)) if has_cyrillic(m.group(0)) else m.group(0), text
    )


# Letters only Russian spells with, and a word starting with И (Ukrainian writes І: Ігор).
_RUSSIAN_ONLY = re.compile(r"[ыэёъЫЭЁЪ]|\bИ")


def _transliterator() -> Callable[[str, str], str]:
    """The domain's ``to_latin(text, form)`` once it takes a form, else the table above."""
    domain = transliteration.to_latin
    if len(inspect.signature(domain).parameters) >= 2:
        return domain
    return lambda text, form: _kmu_fallback(text) if form == KMU else icao(text)


@lru_cache(maxsize=16384)
def latin(text: str, form: str) -> str:
    """``text`` (a name or one part of it) in Latin letters after ``form``."""
    if not text or not has_cyrillic(text):
        return text
    if form == KMU and _RUSSIAN_ONLY.search(text):
        form = ICAO  # a Russian spelling (Воробьёв): the Ukrainian passport table is not its
    return _transliterator()(text, form)


def printed_latin(name: str | None, stored: str | None, form: str) -> str:
    """The Latin form of one part of a name to print: as typed, or derived after ``form``."""
    if not name or not has_cyrillic(name):
        return stored or ""
    if stored and stored != icao(name):
        return stored  # typed by hand (the person's passport): printed as it is
    return latin(name, form)


def latin_name(parts: tuple[str | None, ...], stored: tuple[str | None, ...], form: str) -> str:
    """A whole name's Latin form (family, given, patronymic) to print. A name spelt in
    Russian (ы, э, ё, ъ, or a part starting with И) keeps ICAO 9303 in every part:
    "Ivanovna", not "Yvanovna"."""
    if form == KMU and any(p and _RUSSIAN_ONLY.search(p) for p in parts):
        form = ICAO
    words = (printed_latin(p, s, form) for p, s in zip(parts, stored, strict=True))
    return " ".join(w for w in words if w)


def latin_form(session: Session) -> str:
    """The office's LATIN_FORM setting: ``icao9303`` or ``kmu2010``."""
    form = get_setting(session, LATIN_FORM)
    return form if form in (ICAO, KMU) else ICAO
