"""The mail screens' counted words, where a plain function (not a widget) needs them.

Russian and Ukrainian have three plural forms (1 лист, 2 листи, 5 листів), chosen by Qt from
the count. ``pyside6-lupdate`` marks a text as plural only in a ``tr(text, "", n)`` call; in
``QCoreApplication.translate(context, text, None, n)`` it misses the count unless that is a
literal number. So the texts counted outside a widget live here, as methods of one QObject
(their translation context is ``MailPlurals``), and :func:`plurals` hands out its one instance.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QObject


class MailPlurals(QObject):
    """Every counted text of the mail screens' plain functions."""

    def days_left(self, days: int) -> str:
        # {days}, not %n: the count keeps the locale's digit grouping (1,200).
        return self.tr("{days} days left", "", days)

    def deadline_passed(self, days: int) -> str:
        return self.tr("deadline passed {days} days ago", "", days)

    def letters(self, n: int) -> str:
        return self.tr("%n letters", "", n)

    def cards(self, n: int) -> str:
        return self.tr("%n cards", "", n)

    def drawings(self, n: int) -> str:
        return self.tr("%n drawings", "", n)

    def photos(self, n: int) -> str:
        return self.tr("%n photos", "", n)

    def other_items(self, n: int) -> str:
        return self.tr("%n other items", "", n)

    def wait_for_screening(self, n: int) -> str:
        """``{items} wait for screening``: the verb agrees with ``n`` items."""
        return self.tr("{items} wait for screening", "", n)

    def wait_to_be_packed(self, n: int) -> str:
        return self.tr("{items} wait to be packed", "", n)

    def pages(self, n: int) -> str:
        return self.tr("%n pages", "", n)

    def logged_waiting(self, n: int) -> str:
        return self.tr("%n logged, waiting to be packed", "", n)

    def packed_waiting(self, n: int) -> str:
        return self.tr("%n packed, waiting to be dispatched", "", n)

    def withhold_items(self, n: int) -> str:
        return self.tr("Withhold %n items: they will not be sent. Why?", "", n)

    def undo_deliveries(self, n: int) -> str:
        return self.tr(
            "Undo the delivery of %n parcels ({numbers})? They go back to dispatched (or to "
            "lost, if recorded lost before), with their items.",
            "",
            n,
        )

    def deliveries_undone(self, n: int) -> str:
        return self.tr("Delivery of %n parcels undone.", "", n)


@cache
def plurals() -> MailPlurals:
    """The one instance (made when first needed, after the application)."""
    return MailPlurals()
