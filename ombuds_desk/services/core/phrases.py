"""Words made where no reader is known yet, said later in the reader's language.

An import is checked in a worker process, and its problems travel to the window (or are
printed by the command line); the reasons a pair of cases may be one person travel the same
way. The worker knows nothing of the window's language, so a problem's message is a
:class:`Phrase`: the English text (a ``str``, as logs, tests and older callers read it) that
remembers its source and values, so that :func:`said` can put it in the language of whoever
reads it — the window's translator, the command line's ``--lang``, or ``i18n.using(...)``.

Declare each source where it is made with ``QT_TRANSLATE_NOOP(context, "…")`` so that
``pyside6-lupdate`` finds it: ``Phrase("ImportProblems", QT_TRANSLATE_NOOP("ImportProblems",
"no case numbered {number}"), number=number)``. A value that is itself a Phrase is said in
the reader's language too, and an enum by its label.
"""

from __future__ import annotations

from typing import Any

from ombuds_desk.domain.i18n import replace_percent_n, translate


def _value(value: Any, say: bool) -> Any:
    if hasattr(value, "label"):  # an enum: its label (translated by the domain when said)
        return value.label
    return said(value) if say else value


def _filled(text: str, n: int, values: dict[str, Any], say: bool) -> str:
    text = replace_percent_n(text, n)
    if not values:
        return text
    return text.format(**{k: _value(v, say) for k, v in values.items()})


class Phrase(str):
    """English text that can be said again in the reader's language (:func:`said`)."""

    context: str
    source: str
    n: int
    values: dict[str, Any]

    def __new__(cls, context: str, source: str, n: int = -1, **values: Any) -> Phrase:
        made = super().__new__(cls, _filled(source, n, values, say=False))
        made.context, made.source, made.n, made.values = context, source, n, values
        return made

    def __reduce__(self) -> tuple[Any, ...]:
        # Across a worker process's boundary with its source and values, not as a plain str.
        return (_remade, (self.context, self.source, self.n, self.values))

    def said(self) -> str:
        """In the language the current translator speaks (the English source without one)."""
        translated = translate(self.context, self.source, None, self.n)
        return _filled(translated, self.n, self.values, True)


def _remade(context: str, source: str, n: int, values: dict[str, Any]) -> Phrase:
    return Phrase(context, source, n, **values)


def said(text: Any) -> str:
    """``text`` in the reader's language if it is a :class:`Phrase`, else as it is."""
    return text.said() if isinstance(text, Phrase) else str(text)


PROBLEMS = "ImportProblems"  # the context of an import's problems and warnings


def problem_phrase(source: str, n: int = -1, **values: Any) -> Phrase:
    """A problem of an import: ``problem_phrase(QT_TRANSLATE_NOOP("ImportProblems", "…"))``."""
    return Phrase(PROBLEMS, source, n, **values)


def counted(text: str, n: int, many: str, one: str) -> str:
    """``text`` — ``translate(context, many, None, n)`` of a ``%n`` plural whose English source
    ``many`` is the plural form ("%n parcels") — or, where no translator answered (no
    catalogue installed: the tests, a bare process), the English singular ``one`` ("%n
    parcel") for a count of 1."""
    plain = {"%Ln": "%n"}  # Qt's locale-formatted count: 1 reads the same in every locale
    if n == 1 and text == replace_percent_n(many.replace("%Ln", plain["%Ln"]), n):
        return replace_percent_n(one.replace("%Ln", plain["%Ln"]), n)
    return text


class Plural:
    """Counted words (``%n``) of one context: subclass it, named as the context, and call
    ``Name.tr("%n rows", "", n)``. pyside6-lupdate marks ``translate(context, text, None, n)``
    plural only for a literal ``n``, but files ``Name.tr(text, "", n)`` under ``Name`` as a
    plural whatever ``n`` is; at run time the class's name is the context."""

    @classmethod
    def tr(cls, text: str, disambiguation: str = "", n: int = -1) -> str:
        return translate(cls.__name__, text, disambiguation or None, n)
