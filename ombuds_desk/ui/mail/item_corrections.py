"""Correcting the items of the case's Mail tab (``MailTab``'s base): F2 or Edit… corrects
the one selected item (a packed or sent one is refused, saying what to do instead); Delete
removes the selected items logged in error, asking why, and the status bar offers to put
them back. Its words are the tab's (context ``MailTab``); the dialogs' modules are imported
when one is first opened, not while the window starts.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, Slot
from PySide6.QtWidgets import QMessageBox, QWidget
from sqlmodel import Session

from ombuds_desk.domain.errors import TransitionError
from ombuds_desk.domain.i18n import QT_TRANSLATE_NOOP
from ombuds_desk.services.cases.case_view import CaseDetails
from ombuds_desk.services.mail.correspondence import (
    REMOVABLE_STATUSES,
    RemovedItem,
    edit_problem,
    removal_problem,
    remove_item,
    restore_item,
)
from ombuds_desk.services.mail.mail_query import ItemRow
from ombuds_desk.ui.common.changes import Change
from ombuds_desk.ui.common.errors import show_error
from ombuds_desk.ui.common.host import Host
from ombuds_desk.ui.common.operations import CollectionOp

if TYPE_CHECKING:
    from ombuds_desk.ui.mail.handover_dialog import ReasonDialog
    from ombuds_desk.ui.mail.item_dialog import ItemDialog

# Why an item is removed, offered in the removal's reason box.
REMOVAL_REASONS = (
    QT_TRANSLATE_NOOP("MailTab", "Logged twice"),
    QT_TRANSLATE_NOOP("MailTab", "Logged on the wrong case"),
    QT_TRANSLATE_NOOP("MailTab", "Logged by mistake: there is no such item"),
)


class ItemCorrections(QWidget):
    """What :class:`~ombuds_desk.ui.mail.mail_tab.MailTab` builds and shows, its items
    corrected here."""

    _host: Host
    details: CaseDetails | None
    remove_dialog: ReasonDialog | None
    edit_dialog: ItemDialog | None
    refusal: QMessageBox

    def selected_items(self) -> list[ItemRow]:
        raise NotImplementedError

    @Slot()
    def edit_selected(self) -> ItemDialog | None:
        """Correct the selected item (one at a time); a packed or sent one is refused, with
        what to do instead."""
        details, rows = self.details, self.selected_items()
        if details is None or len(rows) != 1:
            if len(rows) > 1:
                self._host.show_status(
                    QCoreApplication.translate("MailTab", "Select one item to edit."), 5000
                )
            return None
        row = rows[0]
        problem = edit_problem(f"{row.kind.label} #{row.id}", row.status)
        if problem:
            show_error(self, TransitionError(problem))
            return None
        from ombuds_desk.ui.mail.item_dialog import edit_item

        self.edit_dialog = edit_item(
            self._host, row.id, details.name, details.contacts, self._host.window()
        )
        return self.edit_dialog

    @Slot()
    def remove_selected(self) -> ReasonDialog | None:
        """Remove the selected items logged in error, asking why; Undo puts them back."""
        rows = self.selected_items()
        if not rows:
            return None
        kept = [r for r in rows if r.status not in REMOVABLE_STATUSES]
        if kept:
            self._refuse_removal(kept)
            return None
        actor, host = self._host.actor, self._host
        removed: list[RemovedItem] = []
        chosen = [(r.id, r.version) for r in rows]

        def remove(reason: str) -> Callable[[Session], object]:
            def run(session: Session) -> None:
                removed.clear()  # a refused attempt was rolled back
                removed.extend(
                    remove_item(session, actor, i, reason=reason, expected_version=v)
                    for i, v in chosen
                )

            return run

        count = len(rows)
        what = (
            f"{rows[0].kind.label.lower()} #{rows[0].id}"
            if count == 1
            else QCoreApplication.translate("MailTab", "%n items", "", count)
        )
        from ombuds_desk.ui.mail.handover_dialog import ReasonDialog

        self.remove_dialog = ReasonDialog(
            host,
            QCoreApplication.translate("MailTab", "Remove items"),
            QCoreApplication.translate(
                "MailTab",
                "Remove {what} logged in error? It goes from the case; the history keeps the "
                "removal and its reason. Why?",
            ).format(what=what),
            QCoreApplication.translate("MailTab", "Re&move"),
            remove,
            Change.ITEMS,
            tuple(QCoreApplication.translate("MailTab", r) for r in REMOVAL_REASONS),
            self,
        )
        self.remove_dialog.accepted.connect(lambda: self._offer_restore(list(removed)))
        self.remove_dialog.open()
        return self.remove_dialog

    def _refuse_removal(self, kept: list[ItemRow]) -> None:
        """Say which items stay and why (the service's words for the first of them)."""
        row = kept[0]
        title = f"{row.kind.label} #{row.id}"
        text = removal_problem(title, row.status, row.parcel_number) or ""
        count = len(kept)
        if count > 1:
            text += " " + QCoreApplication.translate(
                "MailTab", "%n of the selected items cannot be removed.", "", count
            )
        self.refusal = QMessageBox(
            QMessageBox.Icon.Information,
            QCoreApplication.translate("MailTab", "Cannot remove"),
            text,
            parent=self,
        )
        self.refusal.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.refusal.open()

    def _offer_restore(self, removed: list[RemovedItem]) -> None:
        if not removed:
            return
        actor, host = self._host.actor, self._host
        count = len(removed)
        text = (
            QCoreApplication.translate("MailTab", "{item} removed.").format(item=removed[0].title)
            if count == 1
            else QCoreApplication.translate("MailTab", "%n items removed.", "", count)
        )

        def undo() -> None:
            CollectionOp(
                host,
                host.window(),
                lambda session: [restore_item(session, actor, r) for r in removed],
                Change.ITEMS,
            ).run()

        host.offer_undo(text, undo)
