"""Date fields as the office types them: DD.MM.YYYY, the calendar on Alt+Down or F4.

Qt's date edit moves to the month by itself once two day digits are typed; a caseworker who
then types the dot, as they would on paper (``03.02.2025``), would skip the month too and
save 03 of the current month and year. :class:`DateEdit` swallows a separator typed right
after such a jump, so both ``03.02.2025`` and ``03022025`` give 3 February 2025.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QEvent, QPointF, Qt
from PySide6.QtGui import QFocusEvent, QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QDateEdit, QStyle, QStyleOptionComboBox, QWidget

SEPARATORS = {Qt.Key.Key_Period, Qt.Key.Key_Slash, Qt.Key.Key_Minus, Qt.Key.Key_Comma}


def qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


class DateEdit(QDateEdit):
    """A date edit that takes ``DD.MM.YYYY`` typed with its dots and opens its calendar
    from the keyboard."""

    def __init__(self, value: QDate, parent: QWidget | None = None) -> None:
        super().__init__(value, parent)
        self._jumped = False

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = Qt.Key(event.key())
        alt_down = key == Qt.Key.Key_Down and event.modifiers() & Qt.KeyboardModifier.AltModifier
        if self.calendarPopup() and (alt_down or key == Qt.Key.Key_F4):
            self.open_calendar()
            event.accept()
            return
        if key in SEPARATORS and self._jumped:
            self._jumped = False  # already in the next section: the dot is not a second jump
            event.accept()
            return
        before = self.currentSectionIndex()
        super().keyPressEvent(event)
        typed_digit = event.text().isdigit()
        self._jumped = typed_digit and self.currentSectionIndex() != before

    def focusInEvent(self, event: QFocusEvent) -> None:
        self._jumped = False
        super().focusInEvent(event)

    def open_calendar(self) -> None:
        """Open the calendar as a click on the arrow does (Qt offers no call for it)."""
        option = QStyleOptionComboBox()  # what the date edit hit-tests its arrow with
        option.initFrom(self)
        option.editable = True
        option.subControls = QStyle.SubControl.SC_All
        arrow = self.style().subControlRect(
            QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxArrow, self
        )
        where = QPointF(arrow.center())
        for kind in (QEvent.Type.MouseMove, QEvent.Type.MouseButtonPress):
            press = kind == QEvent.Type.MouseButtonPress
            event = QMouseEvent(
                kind,
                where,
                self.mapToGlobal(where),
                Qt.MouseButton.LeftButton if press else Qt.MouseButton.NoButton,
                Qt.MouseButton.LeftButton if press else Qt.MouseButton.NoButton,
                Qt.KeyboardModifier.NoModifier,
            )
            self.event(event)


def date_edit(parent: QWidget, value: date, latest: date | None = None) -> DateEdit:
    """A keyboard-friendly date field (DD.MM.YYYY, calendar on Alt+Down or F4)."""
    edit = DateEdit(qdate(value), parent)
    edit.setDisplayFormat("dd.MM.yyyy")
    edit.setCalendarPopup(True)
    if latest is not None:
        edit.setMaximumDate(qdate(latest))
    return edit


def picked(edit: QDateEdit) -> date:
    value = edit.date()
    return date(value.year(), value.month(), value.day())
