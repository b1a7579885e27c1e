"""The words a user reads, translated below the Qt layer.

The window translates through Qt (``self.tr``, ``QCoreApplication.translate``). The layers
below ``ui/`` (domain errors, enum labels, the services' messages, printed documents, the
command line) may not import Qt, so they call :func:`translate` from here instead.
``pyside6-lupdate`` collects these calls into the same ``.ts`` files as the window's, because it
recognises any call named ``translate(context, text)``; a constant declared before anyone can
translate it is marked with :func:`QT_TRANSLATE_NOOP` and translated where it is shown.

At run time :func:`translate` asks whichever translator was installed: the window installs
Qt's (so the whole process speaks the language chosen in Settings), the command line installs
a catalogue read from the ``.ts`` files (``store/translations.py``). A document made in another
language than the window's (the counterpart's copy) is built inside ``with using(...)``, which
holds for the current thread (or task) only.

Placeholders: plurals use Qt's ``%n`` (pass ``n``); any other value goes in by name with
``str.format`` after translation, so translators can move it: ``translate("Cases", "Case
{number} was not found").format(number=...)``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from enum import StrEnum

Translator = Callable[[str, str, str | None, int], str]
"""``(context, source text, disambiguation, n) -> text``, ``%n`` already replaced by ``n``."""


class Language(StrEnum):
    """The languages of the interface and of printed documents."""

    EN = "en"
    RU = "ru"
    UK = "uk"

    @property
    def native_name(self) -> str:
        """The language's name in itself, as a language menu lists it."""
        return _NATIVE_NAMES[self]

    @classmethod
    def from_locale(cls, name: str | None, default: Language | None = None) -> Language:
        """The language of a locale name (``uk_UA.UTF-8``, ``ru-RU``, ``uk``), else ``default``
        (English when none is given)."""
        code = (name or "").strip().lower().replace("-", "_").split(".")[0].split("_")[0]
        try:
            return cls(code)
        except ValueError:
            return default if default is not None else cls.EN


_NATIVE_NAMES = {Language.EN: "English", Language.RU: "Русский", Language.UK: "Українська"}


def replace_percent_n(text: str, n: int) -> str:
    """Put the count where Qt's plural placeholder ``%n`` stands (as Qt does after lookup)."""
    return text.replace("%n", str(n)) if n >= 0 else text


def _untranslated(context: str, text: str, disambiguation: str | None, n: int) -> str:
    return replace_percent_n(text, n)


_installed: Translator = _untranslated
_current: ContextVar[Translator | None] = ContextVar("translator", default=None)


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """``text`` in the reader's language: the translator of ``using`` if one is active in this
    thread, else the installed one. ``context`` groups the words for translators (a class or a
    feature: "Errors", "CaseStatus", "CaseSheet"); ``n`` selects a plural form for ``%n``."""
    translator = _current.get() or _installed
    return translator(context, text, disambiguation, n)


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark ``text`` for translation where it is declared; translate it where it is shown with
    ``translate(context, text)``."""
    return text


_catalogues: Callable[[Language], Translator] | None = None


def provide_catalogues(provider: Callable[[Language], Translator]) -> None:
    """Say where every language's words are (``store/translations.py`` does on import), so
    :func:`in_every_language` can read a word typed in any of them."""
    global _catalogues
    _catalogues = provider


def in_every_language(context: str, text: str) -> set[str]:
    """``text`` as it reads in English, in the reader's language and in every language whose
    catalogue was provided: what a user may type for it (a status in a Russian list)."""
    found = {text, translate(context, text)}
    if _catalogues is not None:
        for language in Language:
            found.add(_catalogues(language)(context, text, None, -1))
    return found


class Words(str):
    """A message in English that remembers how it was made: ``template`` (marked for the
    translators) and its ``values``, so it can be read in another language later
    (:meth:`translated`). A cache may keep it, since it holds no reader's language."""

    template: str
    values: dict[str, object]

    def __new__(cls, template: str, **values: object) -> Words:
        made = super().__new__(cls, template.format(**values))
        made.template, made.values = template, values
        return made

    def translated(self, context: str) -> str:
        return translate(context, self.template).format(**self.values)


def install(translator: Translator | None) -> None:
    """Make ``translator`` the process's (``None``: back to the untranslated English)."""
    global _installed
    _installed = translator or _untranslated


@contextmanager
def using(translator: Translator | None) -> Iterator[None]:
    """Translate with ``translator`` in this thread until the block ends (a document in its
    reader's language); ``None`` keeps the installed one."""
    if translator is None:
        yield
        return
    token = _current.set(translator)
    try:
        yield
    finally:
        _current.reset(token)
