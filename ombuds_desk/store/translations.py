"""Translation catalogues read from the ``.ts`` files, for the layers without Qt.

The ``.ts`` files in ``resources/translations`` (one per feature area and language:
``cases_ru.ts``, ``mail_uk.ts``…) are the source of every translation; ``pyside6-lupdate``
keeps them in step with the code and ``pyside6-lrelease`` builds the window's ``.qm`` files
from them (``scripts/translations.py``). The command line, printed documents and worker
processes do not load Qt, so they read the ``.ts`` files here: a :class:`Catalogue` is a
``domain.i18n.Translator`` for one language, with that language's plural rules.

An unfinished or empty translation falls back to the English source, as Qt's translator does.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Callable
from functools import cache
from pathlib import Path

from ombuds_desk.domain import i18n
from ombuds_desk.domain.i18n import Language, replace_percent_n

Key = tuple[str, str, str]  # (context, source, disambiguation or "")


def translations_dir() -> Path:
    """``resources/translations`` of the source tree, or one installed beside the package."""
    here = Path(__file__).resolve()
    for base in (here.parents[2], here.parents[1]):
        candidate = base / "resources" / "translations"
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError("The translations (resources/translations) are missing.")


def _english_plural(n: int) -> int:
    return 0 if n == 1 else 1


def _east_slavic_plural(n: int) -> int:
    # Qt's rule for Russian and Ukrainian: 1, 21, 101 … | 2–4, 22–24 … | the rest (5–20, 25 …).
    if n % 10 == 1 and n % 100 != 11:
        return 0
    if 2 <= n % 10 <= 4 and not 12 <= n % 100 <= 14:
        return 1
    return 2


PLURAL_RULES: dict[Language, Callable[[int], int]] = {
    Language.EN: _english_plural,
    Language.RU: _east_slavic_plural,
    Language.UK: _east_slavic_plural,
}


class Catalogue:
    """The translations of one language: ``catalogue(context, text, disambiguation, n)``."""

    def __init__(self, language: Language, entries: dict[Key, tuple[str, ...]]) -> None:
        self.language = language
        self._entries = entries
        self._plural = PLURAL_RULES[language]

    def __len__(self) -> int:
        return len(self._entries)

    def __call__(self, context: str, text: str, disambiguation: str | None, n: int) -> str:
        found = self.lookup(context, text, disambiguation, n)
        return replace_percent_n(text if found is None else found, n)

    def lookup(self, context: str, text: str, disambiguation: str | None, n: int) -> str | None:
        """The translation with ``%n`` still in it, or ``None`` (Qt then asks its next
        translator, and at last shows the source)."""
        forms = self._entries.get((context, text, disambiguation or ""))
        if not forms:
            return None
        if n >= 0 and len(forms) > 1:
            return forms[min(self._plural(n), len(forms) - 1)] or None
        return forms[0] or None


def read_ts(path: Path) -> dict[Key, tuple[str, ...]]:
    """The finished translations of one ``.ts`` file (unfinished and vanished ones left out)."""
    entries: dict[Key, tuple[str, ...]] = {}
    root = ET.parse(path).getroot()
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") in {
                "unfinished",
                "vanished",
                "obsolete",
            }:
                continue
            forms = tuple(form.text or "" for form in translation.iter("numerusform"))
            if not forms:
                forms = (translation.text or "",)
            if not any(forms):
                continue
            key = (name, message.findtext("source") or "", message.findtext("comment") or "")
            entries[key] = forms
    return entries


def extracted(language: Language = Language.UK) -> frozenset[Key]:
    """Every text ``pyside6-lupdate`` found in the code (in the ``.ts`` files of ``language``),
    translated or not: what a translator can see at all."""
    keys: set[Key] = set()
    for path in sorted(translations_dir().glob(f"*_{language.value}.ts")):
        root = ET.parse(path).getroot()
        for context in root.iter("context"):
            name = context.findtext("name") or ""
            for message in context.iter("message"):
                keys.add(
                    (name, message.findtext("source") or "", message.findtext("comment") or "")
                )
    return frozenset(keys)


@cache
def catalogue(language: Language) -> Catalogue:
    """Every area's translations into ``language``, read once per process."""
    entries: dict[Key, tuple[str, ...]] = {}
    for path in sorted(translations_dir().glob(f"*_{language.value}.ts")):
        for key, forms in read_ts(path).items():
            entries.setdefault(key, forms)
    return Catalogue(language, entries)


# The domain reads a word typed in any language (``LabelledEnum.parse``) through these.
i18n.provide_catalogues(catalogue)
