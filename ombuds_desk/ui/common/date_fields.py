"""Date fields as the office types them: DD.MM.YYYY, the calendar on Alt+Down or F4.

Qt's date edit moves to the month by itself once two day digits are typed; a caseworker who
then types the dot, as they would on paper (``03.02.2025``), would skip the month too and
save 03 of the current month and year. :class:`DateEdit` swallows a separator typed right
after such a jump, so both ``03.02.2025`` and ``03022025`` give 3 February 2025. A date typed
the ISO way (``2025-02-03``, as in a spreadsheet or a letter from abroad) is recognised by its
dash after four digits and taken whole; the field then shows it as ``03.02.2025``.

Partial dates (a date of birth known only as a year, or a month and year) are typed in a
line: :class:`PartialDateValidator` lets ``1985``, ``03.1985``, ``14.03.1985`` and the ISO
forms through, and :func:`as_typed` rewrites ISO as the office writes it. The same forms in
every language: Russian and Ukrainian offices write ``ДД.ММ.РРРР``/``ДД.ММ.ГГГГ`` as well.
"""

from __future__ import annotations

import re
from datetime import date

from PySide6.QtCore import QDate, QEvent, QObject, QPointF, Qt
from PySide6.QtGui import QFocusEvent, QKeyEvent, QMouseEvent, QValidator
from PySide6.QtWidgets import QDateEdit, QStyle, QStyleOptionComboBox, QWidget

from ombuds_desk.domain.partial_dates import PartialDate

SEPARATORS = {Qt.Key.Key_Period, Qt.Key.Key_Slash, Qt.Key.Key_Minus, Qt.Key.Key_Comma}
# What the keys typed since the field took the focus say: an ISO date begun (four digits and
# a dash), and one complete (two-digit month and day; a one-digit day is taken on leaving).
ISO_BEGUN = re.compile(r"^\d{4}-")
ISO_WHOLE = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")


def qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


class DateEdit(QDateEdit):
    """A date edit that takes ``DD.MM.YYYY`` typed with its dots and opens its calendar
    from the keyboard."""

    def __init__(self, value: QDate, parent: QWidget | None = None) -> None:
        super().__init__(value, parent)
        self._jumped = False
        self._typed = ""  # the digits and separators typed since the focus came

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = Qt.Key(event.key())
        alt_down = key == Qt.Key.Key_Down and event.modifiers() & Qt.KeyboardModifier.AltModifier
        if self.calendarPopup() and (alt_down or key == Qt.Key.Key_F4):
            self.open_calendar()
            event.accept()
            return
        if self._typed_iso(event):
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
        self._typed = ""
        super().focusInEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        self._take_iso(ISO_WHOLE.match(self._typed))  # 2025-02-3 and Tab
        self._typed = ""
        super().focusOutEvent(event)

    def _typed_iso(self, event: QKeyEvent) -> bool:
        """Follow what is typed; once it is an ISO date begun, take the keys here (Qt's
        sections would read 2025 as day 20 and month 2) and set the date when whole."""
        text = event.text()
        if text and (text.isdigit() or text in "-./,"):
            self._typed += text
        elif Qt.Key(event.key()) in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._take_iso(ISO_WHOLE.match(self._typed))
            self._typed = ""
            return False
        else:
            self._typed = ""
            return False
        if not ISO_BEGUN.match(self._typed):
            return False
        whole = ISO_WHOLE.match(self._typed)
        if whole and len(whole.group(3)) == 2:
            self._take_iso(whole)
            self._typed = ""
        return True

    def _take_iso(self, whole: re.Match[str] | None) -> None:
        if whole is None:
            return
        typed = QDate(int(whole.group(1)), int(whole.group(2)), int(whole.group(3)))
        if typed.isValid() and self.minimumDate() <= typed <= self.maximumDate():
            self.setDate(typed)

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


class PartialDateValidator(QValidator):
    """A partial date as it is typed: ``1985``, ``03.1985``, ``14.03.1985`` (dots or
    slashes), or ISO ``1985-03-14`` / ``1985-03``; digits and separators on the way there
    are let through, anything else is refused at the key."""

    PARTS = re.compile(r"^[0-9./-]{0,10}$")

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)

    def validate(self, text: str, pos: int) -> object:
        typed = text.strip()
        if not typed:
            return QValidator.State.Intermediate, text, pos
        if not self.PARTS.match(typed):
            return QValidator.State.Invalid, text, pos
        try:
            PartialDate.parse(typed)
        except ValueError:
            return QValidator.State.Intermediate, text, pos
        return QValidator.State.Acceptable, text, pos


def as_typed(text: str) -> str:
    """A partial date as the office writes it (``1985-03-14`` → ``14.03.1985``, ``1985-03``
    → ``03.1985``); text that is not one is returned as it is, for the form to refuse."""
    try:
        return PartialDate.parse(text).display()
    except ValueError:
        return text
