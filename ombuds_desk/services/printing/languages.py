"""The language a printed document speaks, whatever the window's or the terminal's.

Every printout can be made in English, Russian or Ukrainian. The office's own papers default
to the language of the person printing; the counterpart's default to the office setting
``counterpart_language``, and carry a second language beside the first in every heading and
label when ``counterpart_second_language`` is set, as the Geneva Conventions' model cards
do ("Прізвище / Фамилия"). Data (names, statuses, places) is printed once, in the first.

A document is read and laid out inside ``with speaking(language):``: every
``translate()`` below answers in its first language (``domain.i18n.using``), and
``both.translate`` (headings and labels) in both. It holds for the current thread only, so a
batch's worker processes are handed the :class:`DocumentLanguage` and speak it themselves.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass

from sqlmodel import Session

from ombuds_desk.domain import i18n
from ombuds_desk.domain.i18n import Language, replace_percent_n, translate
from ombuds_desk.services.core.office_settings import (
    COUNTERPART_LANGUAGE,
    COUNTERPART_SECOND_LANGUAGE,
    get_setting,
)
from ombuds_desk.store.translations import catalogue

BOTH = " / "  # between the two languages of a bilingual heading


@dataclass(frozen=True)
class DocumentLanguage:
    """The language of one document, and the second one beside it in headings (or none)."""

    first: Language = Language.EN
    second: Language | None = None

    def __post_init__(self) -> None:
        if self.second == self.first:
            object.__setattr__(self, "second", None)

    @property
    def code(self) -> str:
        """``uk``, or ``uk+ru`` for a bilingual document (audit details, file names)."""
        return self.first.value + (f"+{self.second.value}" if self.second else "")


def counterpart_language(session: Session, chosen: Language | None = None) -> DocumentLanguage:
    """The language of a document for the counterpart: ``chosen`` (a print dialog's choice,
    ``print --lang``) else the office's setting, with the office's second language beside
    it (choosing the office's second language puts it first, and its first beside it)."""
    office = Language.from_locale(get_setting(session, COUNTERPART_LANGUAGE))
    second_code = get_setting(session, COUNTERPART_SECOND_LANGUAGE)
    second = Language.from_locale(second_code) if second_code else None
    first = chosen or office
    if second is not None and second == first:
        second = office  # the office's second chosen first: its first goes beside it
    return DocumentLanguage(first, second)


_second: ContextVar[Language | None] = ContextVar("second_language", default=None)


@contextmanager
def speaking(language: DocumentLanguage | Language | None) -> Iterator[None]:
    """Read and lay out a document in ``language`` in this thread until the block ends
    (``None``: the installed language, as before)."""
    if language is None:
        yield
        return
    if isinstance(language, Language):
        language = DocumentLanguage(language)
    token = _second.set(language.second)
    try:
        with i18n.using(catalogue(language.first)):
            yield
    finally:
        _second.reset(token)


def _first(context: str, text: str, disambiguation: str | None, n: int) -> str:
    found = translate(context, text, disambiguation, n)
    if n >= 0 and found == replace_percent_n(text, n):
        # Untranslated (no language installed: English): English has plural forms too,
        # "1 day" / "2 days", in its own catalogue.
        return catalogue(Language.EN)(context, text, disambiguation, n)
    return found


class _Both:
    """``both.translate(context, text)``: a heading or label in the document's language,
    followed by its second language's words when the document is bilingual and they
    differ. A method named ``translate`` so that ``pyside6-lupdate`` collects its texts.
    Only for words without data in them: a line holding a name, number or date is printed
    once, in the first language (``translate``), so the data is not printed twice."""

    @staticmethod
    def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
        first = _first(context, text, disambiguation, n)
        second = _second.get()
        if second is None:
            return first
        other = catalogue(second)(context, text, disambiguation, n)
        return first if other == first else f"{first}{BOTH}{other}"


both = _Both()


def bilingual() -> bool:
    """Whether the document being made carries a second language."""
    return _second.get() is not None


def document_language(
    session: Session, *, counterpart: bool, chosen: Language | None, interface: Language
) -> DocumentLanguage:
    """The language to print in: ``chosen`` if the person chose one, else the counterpart's
    (office settings, with its second language) for a document that goes to the other side,
    else the language the person works in (``interface``)."""
    if counterpart:
        return counterpart_language(session, chosen)
    return DocumentLanguage(chosen or interface)


class _Counted:
    """``counted(n).translate(context, "%n days", None, 0)``: a count in words, in the
    document's language(s). ``pyside6-lupdate`` marks a text as having plural forms only when
    the call's last argument is a number written out (a variable there, and the entry gets a
    single form, "1 днів"); so the call says 0 and the count comes from ``counted(n)``.
    A count is data: it is printed once, in the document's first language."""

    def __init__(self, n: int) -> None:
        self.n = n

    def translate(
        self, context: str, text: str, disambiguation: str | None = None, _plural: int = 0
    ) -> str:
        return _first(context, text, disambiguation, self.n)


def counted(n: int) -> _Counted:
    return _Counted(n)
