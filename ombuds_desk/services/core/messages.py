"""A message said twice: in English for the record, in the reader's language for the reader.

Some words a service produces are both shown and stored: a refused sign-in is told to the
person at the keyboard and kept in the audit trail; an audit check's finding is shown and
kept in the admins' "Where the data is" record. What is stored stays English (the trail is
read by any office, and its hashes must not change with the reader's language); what is
shown is translated. :class:`Said` holds the English template and its values, so both come
from one place::

    refusal = Said(QT_TRANSLATE_NOOP("SignIn", "The account is locked until {until}."),
                   "SignIn", until=when)
    store(refusal.english)
    raise SignInError(refusal.shown)

``QT_TRANSLATE_NOOP`` marks the template for ``pyside6-lupdate``; :attr:`Said.shown` looks it
up in the same context.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ombuds_desk.domain.i18n import translate


@dataclass(frozen=True)
class Said:
    """An English ``template`` (``str.format`` placeholders) with its ``values``."""

    template: str
    context: str
    values: dict[str, object] = field(default_factory=dict)

    def __init__(self, template: str, context: str, **values: object) -> None:
        object.__setattr__(self, "template", template)
        object.__setattr__(self, "context", context)
        object.__setattr__(self, "values", values)

    @property
    def english(self) -> str:
        """As stored: the English text."""
        return self.template.format(**self.values)

    @property
    def shown(self) -> str:
        """As read: translated into the reader's language."""
        return translate(self.context, self.template).format(**self.values)


def english(said: tuple[Said, ...]) -> str:
    """Sentences said one after another, as stored."""
    return " ".join(s.english for s in said)


def shown(said: tuple[Said, ...]) -> str:
    """Sentences said one after another, as read."""
    return " ".join(s.shown for s in said)


def tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """A ``%n`` text with its plural forms, for the layers without Qt.

    ``pyside6-lupdate`` marks a ``translate(context, text, disambiguation, n)`` call as a
    plural only when ``n`` is a number written in the code, never a variable; a call named
    ``tr`` it marks whatever ``n`` is, in the context of the class it is written in (none
    here: the empty context). So plurals below ``ui/`` are written ``tr("%n pages", "", n)``.
    """
    return translate("", text, disambiguation, n)


def days(count: int) -> str:
    """``1 day``, ``12 days``: a number of days in the reader's language (the window's day
    counts, ``ui/common/formatting.days_text``), with the count as digits."""
    return tr("%n day(s)", "", count)
