"""Help → User guide (F1): ``docs/guide/<language>.md`` in the interface's language.

The guide is Markdown with screenshots beside it (``docs/guide/images/``, made by
``scripts/guide_screenshots.py``), shown in a window of its own by Qt's text browser, so it
opens the same way on every system and offline; links to other sites open in the browser.
The interface's language is the one its translators were installed for (``QLocale``'s
default, set with them); a language without its guide falls back to English. The window is
one per main window: F1 again brings it forward.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QUrl
from PySide6.QtGui import (
    QDesktopServices,
    QImage,
    QPixmap,
    QResizeEvent,
    QTextCursor,
    QTextDocument,
)
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QMessageBox,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ombuds_desk.domain.i18n import Language


def guide_dir() -> Path | None:
    """``docs/guide`` of the source tree, or of the bundle (``packaging/ombuds-desk.spec``)."""
    here = Path(__file__).resolve()
    for base in (here.parents[3], here.parents[2]):
        candidate = base / "docs" / "guide"
        if candidate.is_dir():
            return candidate
    return None


def interface_language() -> Language:
    return Language.from_locale(QLocale().name())


def guide_path(language: Language | None = None) -> Path | None:
    """The guide in ``language`` (default: the interface's), else the English one."""
    folder = guide_dir()
    if folder is None:
        return None
    for code in (language or interface_language()).value, Language.EN.value:
        path = folder / f"{code}.md"
        if path.is_file():
            return path
    return None


class GuideText(QTextBrowser):
    """The guide's text, its screenshots shrunk to the width of the view (never enlarged),
    so that nothing needs scrolling sideways whatever the window's size."""

    MARGIN = 24

    def fit_images(self) -> None:
        width = max(self.viewport().width() - self.MARGIN, 100)
        document = self.document()
        cursor = QTextCursor(document)
        block = document.begin()
        while block.isValid():
            it = block.begin()
            while not it.atEnd():
                fragment = it.fragment()
                if fragment.isValid() and fragment.charFormat().isImageFormat():
                    image = fragment.charFormat().toImageFormat()
                    natural = document.resource(
                        QTextDocument.ResourceType.ImageResource.value, QUrl(image.name())
                    )
                    if isinstance(natural, QImage | QPixmap) and not natural.isNull():
                        shown = min(natural.width(), width)
                        if shown != image.width():
                            image.setWidth(shown)
                            image.setHeight(natural.height() * shown / natural.width())
                            cursor.setPosition(fragment.position())
                            cursor.setPosition(
                                fragment.position() + fragment.length(),
                                QTextCursor.MoveMode.KeepAnchor,
                            )
                            cursor.setCharFormat(image)
                it += 1
            block = block.next()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit_images()


class GuideWindow(QDialog):
    """The user guide, read in the app (non-modal, beside the main window)."""

    def __init__(self, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("guideWindow")
        self.setWindowTitle(self.tr("User guide"))
        self.path = path
        layout = QVBoxLayout(self)
        self.browser = GuideText(self)
        self.browser.setObjectName("guideText")
        self.browser.setAccessibleName(self.tr("User guide"))
        self.browser.setOpenExternalLinks(True)
        self.browser.setSearchPaths([str(path.parent)])
        self.browser.setSource(
            QUrl.fromLocalFile(str(path)), QTextDocument.ResourceType.MarkdownResource
        )
        layout.addWidget(self.browser, 1)
        self.browser.fit_images()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        outside = QPushButton(self.tr("Open in &another program"), self)
        outside.setObjectName("openOutside")
        outside.setToolTip(self.tr("Open the guide's file with the program the system chooses"))
        outside.clicked.connect(self.open_outside)
        buttons.addButton(outside, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(900, 760)

    def open_outside(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.path)))


def show_guide(window: QWidget) -> GuideWindow | None:
    """Open (or bring forward) the guide in the interface's language; say so if it is
    missing (an installation without ``docs/``)."""
    existing = window.findChild(GuideWindow, "guideWindow")
    if isinstance(existing, GuideWindow):
        existing.show()
        existing.raise_()
        existing.activateWindow()
        return existing
    path = guide_path()
    if path is None:
        QMessageBox.information(
            window,
            QCoreApplication.translate("GuideWindow", "User guide"),
            QCoreApplication.translate(
                "GuideWindow",
                "The user guide is not installed with this copy of Ombuds Desk. It is in the "
                "folder docs/guide of the program's source.",
            ),
        )
        return None
    guide = GuideWindow(path, window)
    guide.show()
    return guide
