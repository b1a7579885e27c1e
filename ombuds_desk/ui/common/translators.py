"""The window's language: Qt's translators installed, and the language chosen.

The language is, in order: the one asked for on the command line (``--lang``), the one chosen
in Settings on this computer, the system's. Installing it loads Qt's own words (the standard
buttons, the file dialogs) and ours — ``resources/translations/build/ombuds_desk_<lang>.qm``,
built from the ``.ts`` files by ``scripts/translations.py release`` (``make run`` and ``make
test`` do); without a built ``.qm`` (a plain ``pip install``) the ``.ts`` catalogue serves the
same words. Dates and numbers follow with ``QLocale.setDefault``, and the layers below the
window (enum labels, domain errors, services' messages) translate through Qt as well.

``PseudoTranslator`` wraps every translated text in ⟦…⟧: the tests use it to find words on a
screen that never went through a translator.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QLibraryInfo,
    QLocale,
    QObject,
    QSettings,
    QTranslator,
)

from ombuds_desk.domain import i18n
from ombuds_desk.domain.i18n import Language
from ombuds_desk.store.translations import Catalogue, catalogue, extracted, translations_dir

LANGUAGE_KEY = "interface/language"
PSEUDO_OPEN, PSEUDO_CLOSE = "⟦", "⟧"

_LOCALES = {
    Language.EN: QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom),
    Language.RU: QLocale(QLocale.Language.Russian, QLocale.Country.Russia),
    Language.UK: QLocale(QLocale.Language.Ukrainian, QLocale.Country.Ukraine),
}


class CatalogueTranslator(QTranslator):
    """A Qt translator answering from a ``.ts`` catalogue (when no ``.qm`` was built)."""

    def __init__(self, words: Catalogue, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._words = words

    def isEmpty(self) -> bool:
        return len(self._words) == 0

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str | None:
        # None (a null QString) lets Qt ask the next translator; "" would be a translation.
        return self._words.lookup(context, source, disambiguation, n)


class PseudoTranslator(QTranslator):
    """Every text a translator can see in ⟦…⟧ — one ``pyside6-lupdate`` found in the code,
    in the context it is asked for — so a test sees which words on a screen were never
    translatable: those not passed to a translator, and those passed built at run time."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._known = {(context, source, comment) for context, source, comment in extracted()}

    def isEmpty(self) -> bool:
        return False

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str | None:
        if (context, source, disambiguation or "") in self._known:
            return f"{PSEUDO_OPEN}{source}{PSEUDO_CLOSE}"
        return None


def chosen_language(explicit: str | None = None, settings: QSettings | None = None) -> Language:
    """The window's language: ``explicit`` (``--lang``), else Settings', else the system's."""
    if explicit:
        return Language.from_locale(explicit)
    saved = (settings or QSettings()).value(LANGUAGE_KEY, "")
    if isinstance(saved, str) and saved:
        return Language.from_locale(saved)
    return Language.from_locale(QLocale.system().name())


def save_language(language: Language, settings: QSettings | None = None) -> None:
    """Remember ``language`` for this computer's next start."""
    (settings or QSettings()).setValue(LANGUAGE_KEY, language.value)


def _built(language: Language) -> Path:
    return translations_dir() / "build" / f"ombuds_desk_{language.value}.qm"


def _built_is_current(language: Language) -> bool:
    """Whether the ``.qm`` was built after every ``.ts`` of its language last changed."""
    built = _built(language)
    if not built.is_file():
        return False
    newest = max(
        (p.stat().st_mtime for p in translations_dir().glob(f"*_{language.value}.ts")),
        default=0.0,
    )
    return built.stat().st_mtime >= newest


def _qt_translate(context: str, text: str, disambiguation: str | None, n: int) -> str:
    return QCoreApplication.translate(context, text, disambiguation, n)


def uninstall_translators(app: QCoreApplication) -> None:
    """Back to the untranslated English source (tests)."""
    for old in app.findChildren(QTranslator, "ombudsTranslator"):
        app.removeTranslator(old)
        old.deleteLater()
    QLocale.setDefault(_LOCALES[Language.EN])
    i18n.install(None)


def install_translators(app: QCoreApplication, language: Language, pseudo: bool = False) -> None:
    """Make ``language`` the app's (replacing any installed before); ``pseudo`` wraps every
    translated text in ⟦…⟧ instead (tests)."""
    uninstall_translators(app)
    translators: list[QTranslator] = []
    qt_own = QTranslator(app)
    # Qt's own words (the standard buttons): Ukrainian under the pseudo-translation, so that
    # they are not taken for ours left in English.
    qt_language = Language.UK if pseudo else language
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt_own.load(f"qtbase_{qt_language.value}", qt_dir):
        translators.append(qt_own)
    if pseudo:
        translators.append(PseudoTranslator(app))
    else:
        ours = QTranslator(app)
        if _built_is_current(language) and ours.load(str(_built(language))):
            translators.append(ours)
        else:
            translators.append(CatalogueTranslator(catalogue(language), app))
    for translator in translators:
        translator.setObjectName("ombudsTranslator")
        app.installTranslator(translator)
    QLocale.setDefault(_LOCALES[language])
    i18n.install(_qt_translate)
