"""argparse's own words (``usage:``, ``options``, ``the following arguments are required``)
in the command line's language.

argparse asks ``gettext`` for these words, which finds no catalogue of ours: the help and the
one-line complaints about a mistyped command would read half in English. :func:`install`
points argparse's ``_`` at our catalogue for the few words a user of ``ombuds-desk`` meets;
anything else argparse says (its complaints about a badly built parser: our bugs) stays as
gettext gives it. The words are listed here with ``QT_TRANSLATE_NOOP`` so that
``pyside6-lupdate`` puts them in the ``core`` catalogue.
"""

from __future__ import annotations

import argparse
from functools import cache
from gettext import gettext

from ombuds_desk.domain.i18n import QT_TRANSLATE_NOOP, translate

CONTEXT = "CommandLine"

WORDS = frozenset(
    {
        QT_TRANSLATE_NOOP("CommandLine", "usage: "),
        QT_TRANSLATE_NOOP("CommandLine", "positional arguments"),
        QT_TRANSLATE_NOOP("CommandLine", "options"),
        QT_TRANSLATE_NOOP("CommandLine", "show this help message and exit"),
        QT_TRANSLATE_NOOP("CommandLine", "%(prog)s: error: %(message)s\n"),
        QT_TRANSLATE_NOOP("CommandLine", "argument %(argument_name)s: %(message)s"),
        QT_TRANSLATE_NOOP("CommandLine", "the following arguments are required: %s"),
        QT_TRANSLATE_NOOP("CommandLine", "one of the arguments %s is required"),
        QT_TRANSLATE_NOOP("CommandLine", "unrecognized arguments: %s"),
        QT_TRANSLATE_NOOP("CommandLine", "expected one argument"),
        QT_TRANSLATE_NOOP("CommandLine", "expected at most one argument"),
        QT_TRANSLATE_NOOP("CommandLine", "expected at least one argument"),
        QT_TRANSLATE_NOOP("CommandLine", "not allowed with argument %s"),
        QT_TRANSLATE_NOOP("CommandLine", "ambiguous option: %(option)s could match %(matches)s"),
        QT_TRANSLATE_NOOP("CommandLine", "invalid %(type)s value: %(value)r"),
        QT_TRANSLATE_NOOP("CommandLine", "invalid choice: %(value)r (choose from %(choices)s)"),
        QT_TRANSLATE_NOOP("CommandLine", "can't open '%(filename)s': %(error)s"),
    }
)


@cache
def _gettext(message: str) -> str:
    """gettext's word, asked once: gettext looks for its catalogue on disk at every call (a
    stat of each of the environment's languages), and argparse asks for a word some 80
    times as the parser is built at every start (10 ms of the window's start)."""
    return gettext(message)


def _words(message: str) -> str:
    if message in WORDS:
        return translate(CONTEXT, message)
    return _gettext(message)


def install(translated: bool) -> None:
    """argparse's words from our catalogue (``translated``), or back to gettext's."""
    argparse._ = _words if translated else _gettext  # type: ignore[attr-defined]
