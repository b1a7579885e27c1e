"""argparse's own words in English come from gettext once per word (``argparse_words.py``):
gettext looks for its catalogue on disk at every call, and the parser is built at every
start, the window's too."""

from __future__ import annotations

import gettext
from typing import Any

import pytest

from ombuds_desk import cli
from ombuds_desk.commands import argparse_words


def test_building_the_parser_again_asks_gettext_for_no_word(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    argparse_words.install(False)
    cli.load_commands([])
    cli.build_parser()
    looked_up: list[str] = []
    real = gettext.translation

    def translation(domain: str, *args: Any, **kwargs: Any) -> gettext.NullTranslations:
        looked_up.append(domain)
        return real(domain, *args, **kwargs)

    monkeypatch.setattr(gettext, "translation", translation)
    parser = cli.build_parser()
    assert looked_up == []
    # The words are gettext's all the same.
    assert parser.format_help().startswith(gettext.gettext("usage: "))
