"""The window's language: chosen from --lang, Settings or the system; Qt's own words and ours
installed; the built ``.qm`` and the ``.ts`` catalogue saying the same; the pseudo-language
marking only what a translator can see."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QSettings, QTranslator
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from ombuds_desk.domain import i18n
from ombuds_desk.domain.i18n import Language
from ombuds_desk.store.translations import catalogue, extracted, translations_dir
from ombuds_desk.ui.common.translators import (
    chosen_language,
    install_translators,
    save_language,
    uninstall_translators,
)

ROOT = Path(__file__).resolve().parents[3]


def test_the_language_is_the_asked_then_the_saved_then_the_systems(ui_settings: QSettings) -> None:
    system = Language.from_locale(QLocale.system().name())
    assert chosen_language(None, ui_settings) is system
    save_language(Language.UK, ui_settings)
    assert chosen_language(None, ui_settings) is Language.UK
    assert chosen_language("ru", ui_settings) is Language.RU


def test_ukrainian_installs_qts_words_ours_and_the_locale(qapp: QApplication) -> None:
    install_translators(qapp, Language.UK)
    try:
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        assert buttons.buttons()[0].text() == "Скасувати"
        assert QLocale().language() is QLocale.Language.Ukrainian
        context, source, comment = sorted(extracted(Language.UK))[0]
        expected = catalogue(Language.UK)(context, source, comment or None, -1)
        assert QCoreApplication.translate(context, source, comment or None) == expected
        # The layers below the window translate through Qt now.
        assert i18n.translate(context, source, comment or None) == expected
    finally:
        uninstall_translators(qapp)
    assert i18n.translate(context, source, comment or None) == source


def test_the_built_qm_says_what_the_ts_says() -> None:
    subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "translations.py"), "release"], check=True
    )
    for language in (Language.RU, Language.UK):
        built = QTranslator()
        assert built.load(str(translations_dir() / "build" / f"ombuds_desk_{language.value}.qm"))
        words = catalogue(language)
        for context, source, comment in sorted(extracted(language)):
            for n in (1, 3, 5) if "%n" in source else (-1,):
                from_ts = words.lookup(context, source, comment or None, n)
                from_qm = built.translate(context, source, comment or None, n)
                assert from_qm == (from_ts or ""), (context, source, n)


def test_the_pseudo_language_marks_only_extracted_words(qapp: QApplication) -> None:
    install_translators(qapp, Language.EN, pseudo=True)
    try:
        context, source, comment = sorted(extracted())[0]
        assert QCoreApplication.translate(context, source, comment or None) == f"⟦{source}⟧"
        # Built at run time, or in a context lupdate never saw: not translatable.
        assert QCoreApplication.translate("NoSuchContext", source) == source
    finally:
        uninstall_translators(qapp)
