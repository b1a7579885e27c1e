"""The choice made before a case sheet or manifest is printed: the office's internal version
or the counterpart's (only what may be shared), and the document's language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Slot
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from ombuds_desk.domain.i18n import QT_TRANSLATE_NOOP
from ombuds_desk.services.printing import SheetVersion
from ombuds_desk.services.printing.languages import DocumentLanguage
from ombuds_desk.ui.printing.language_choice import LanguageChoice, interface_language

COUNTERPART_CHOICE = QT_TRANSLATE_NOOP("Printing", "For the &counterpart")
COUNTERPART_HOLDS = QT_TRANSLATE_NOOP(
    "Printing",
    "Only what the office may share: no staff names, notes, internal reasons or review "
    "state; relatives only with their consent",
)
PRINT_CASE_SHEETS = QT_TRANSLATE_NOOP("Printing", "Print case sheets")


class SheetVersionDialog(QDialog):
    """Internal or counterpart version of the document(s) about to be printed, and its
    language: the window's for the internal version, the counterpart's (office settings)
    for theirs, until the person chooses another."""

    def __init__(
        self,
        what: str,
        parent: QWidget,
        title: str = PRINT_CASE_SHEETS,
        counterpart_language: DocumentLanguage | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("sheetVersion")
        self.setWindowTitle(QCoreApplication.translate("Printing", title))
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(what, self))
        self.internal = self._choice(
            layout,
            QCoreApplication.translate("Printing", "&Internal"),
            QCoreApplication.translate("Printing", "Everything, for the office's own files"),
        )
        self.counterpart = self._choice(
            layout,
            QCoreApplication.translate("Printing", COUNTERPART_CHOICE),
            QCoreApplication.translate("Printing", COUNTERPART_HOLDS),
        )
        self.internal.setChecked(True)
        self.languages = {
            SheetVersion.INTERNAL: DocumentLanguage(interface_language()),
            SheetVersion.COUNTERPART: counterpart_language
            or DocumentLanguage(interface_language()),
        }
        self.language_choice = LanguageChoice(self)
        self.language_choice.set_language(self.languages[SheetVersion.INTERNAL])
        layout.addWidget(self.language_choice)
        self.counterpart.toggled.connect(self._version_changed)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.setMinimumWidth(460)
        self.setMaximumWidth(640)

    def _choice(self, layout: QVBoxLayout, name: str, holds: str) -> QRadioButton:
        """A version as a short choice and, below it, what it holds in lines that wrap: in
        one line, the counterpart's ran off the dialog's right edge (in any language, the
        most in Ukrainian and Russian)."""
        button = QRadioButton(name, self)
        button.setAccessibleDescription(holds)
        layout.addWidget(button)
        said = QLabel(holds, self)
        said.setWordWrap(True)
        # Imported here: the first window makes no QStyle (tests/ui/shell/test_quiet_build.py).
        from PySide6.QtWidgets import QStyle

        indent = self.style().pixelMetric(QStyle.PixelMetric.PM_ExclusiveIndicatorWidth)
        said.setContentsMargins(indent + 8, 0, 0, 4)
        layout.addWidget(said)
        return button

    @property
    def version(self) -> SheetVersion:
        return SheetVersion.COUNTERPART if self.counterpart.isChecked() else SheetVersion.INTERNAL

    @property
    def language(self) -> DocumentLanguage:
        """The chosen language; a second one only for the counterpart's version."""
        chosen = self.language_choice.language
        if self.version is SheetVersion.INTERNAL:
            return DocumentLanguage(chosen.first)
        return chosen

    @Slot(bool)
    def _version_changed(self, _checked: bool) -> None:
        # Each version's own default (the counterpart's language, with its second one).
        self.language_choice.set_language(self.languages[self.version])
