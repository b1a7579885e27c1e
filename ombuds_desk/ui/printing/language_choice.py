"""The language a document is printed in: a combo box for the print dialogs.

Each language is listed by its own name (English, Русский, Українська), as a language menu
lists them, so a person who cannot read the interface's language still finds their own. A
bilingual counterpart document says which second language it carries beside the first.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale, Signal, Slot
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QWidget

from ombuds_desk.domain.i18n import Language
from ombuds_desk.services.printing.languages import DocumentLanguage


def interface_language() -> Language:
    """The language the window speaks (Settings, else the system's)."""
    return Language.from_locale(QLocale().name())


class LanguageChoice(QWidget):
    """ "Language of the document: [Українська ▾]", with the second language named when the
    office prints the counterpart's documents in two."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("documentLanguage")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.label = QLabel(self.tr("&Language of the document:"), self)
        self.combo = QComboBox(self)
        self.combo.setObjectName("documentLanguageCombo")
        for language in Language:
            self.combo.addItem(language.native_name, language.value)
        self.label.setBuddy(self.combo)
        self.second_label = QLabel(self)
        self.second_label.setObjectName("secondLanguage")
        layout.addWidget(self.label)
        layout.addWidget(self.combo)
        layout.addWidget(self.second_label, 1)
        self._second: Language | None = None
        self.combo.currentIndexChanged.connect(self._on_changed)

    def set_language(self, language: DocumentLanguage) -> None:
        """Show ``language`` as chosen (a dialog's default)."""
        self._second = language.second
        self.combo.setCurrentIndex(self.combo.findData(language.first.value))
        self._show_second()

    @property
    def language(self) -> DocumentLanguage:
        return DocumentLanguage(Language(self.combo.currentData()), self._second)

    @Slot(int)
    def _on_changed(self, _index: int) -> None:
        self._show_second()
        self.changed.emit()

    def _show_second(self) -> None:
        second = self.language.second
        self.second_label.setText(
            self.tr("headings also in {language}").format(language=second.native_name)
            if second is not None
            else ""
        )
