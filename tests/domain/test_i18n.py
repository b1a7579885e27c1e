"""Translation below Qt: the installed translator, a document's own language in one thread,
and locale names read as languages."""

from __future__ import annotations

import threading

from ombuds_desk.domain import i18n
from ombuds_desk.domain.i18n import Language, translate


def _shouting(context: str, text: str, disambiguation: str | None, n: int) -> str:
    return f"{context}:{i18n.replace_percent_n(text, n).upper()}"


def test_untranslated_text_is_the_source_with_its_count() -> None:
    assert translate("Mail", "Letter") == "Letter"
    assert translate("Mail", "%n letters", None, 3) == "3 letters"


def test_the_installed_translator_answers_until_uninstalled() -> None:
    i18n.install(_shouting)
    assert translate("Mail", "%n letters", None, 2) == "Mail:2 LETTERS"
    i18n.install(None)
    assert translate("Mail", "Letter") == "Letter"


def test_using_holds_in_its_block_and_thread_only() -> None:
    seen: list[str] = []
    inside = threading.Event()
    done = threading.Event()

    def other_thread() -> None:
        inside.wait(5)
        seen.append(translate("Mail", "Letter"))
        done.set()

    worker = threading.Thread(target=other_thread)
    worker.start()
    with i18n.using(_shouting):
        assert translate("Mail", "Letter") == "Mail:LETTER"
        inside.set()
        done.wait(5)
    worker.join(5)
    assert seen == ["Letter"]  # another thread kept the installed (untranslated) words
    assert translate("Mail", "Letter") == "Letter"


def test_noop_marks_without_translating() -> None:
    i18n.install(_shouting)
    try:
        assert i18n.QT_TRANSLATE_NOOP("Mail", "Parcel") == "Parcel"
    finally:
        i18n.install(None)


def test_locale_names_become_languages() -> None:
    assert Language.from_locale("uk_UA.UTF-8") is Language.UK
    assert Language.from_locale("ru-RU") is Language.RU
    assert Language.from_locale("RU") is Language.RU
    assert Language.from_locale("C.UTF-8") is Language.EN
    assert Language.from_locale("de_DE", Language.UK) is Language.UK
    assert Language.from_locale(None) is Language.EN
    assert [lang.native_name for lang in Language] == ["English", "Русский", "Українська"]
