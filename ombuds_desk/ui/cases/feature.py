"""The Cases feature: the Cases page (Alt+1), File → New case…, the Case menu and View →
Search, each action enabled only when it can act on the case shown.

"Correct status…" (Ctrl+Shift+K) is there for supervisors only: it puts right a mistaken
status, also of a closed case, which "Change status…" cannot move. So is "Reassign…"
(Ctrl+Shift+H): it hands the cases selected in the list (Shift and Ctrl select many) to
another caseworker, with a reason.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, Slot
from PySide6.QtGui import QAction

from ombuds_desk.domain.enums import Role
from ombuds_desk.services.cases.case_view import CaseDetails
from ombuds_desk.services.core.permissions import Action, allowed
from ombuds_desk.ui.cases.cases_page import CasesPage
from ombuds_desk.ui.common.actions import menu_action
from ombuds_desk.ui.common.host import Host, MenuKey

if TYPE_CHECKING:
    from ombuds_desk.ui.common.reassign_dialog import ReassignDialog


@dataclass
class CaseActions:
    new_case: QAction
    edit_case: QAction
    change_status: QAction
    correct_status: QAction | None
    block: QAction
    add_contact: QAction
    add_note: QAction
    find: QAction
    reassign: QAction | None = None

    def on_case(self) -> list[QAction]:
        """The actions that need a case shown."""
        found = [self.edit_case, self.change_status, self.block, self.add_contact]
        optional = [a for a in (self.correct_status, self.reassign) if a is not None]
        return [*found, self.add_note, *optional]


class CasesFeature(QObject):
    """The page and its actions in one host."""

    def __init__(self, host: Host) -> None:
        super().__init__(host.window())
        self.setObjectName("casesFeature")
        self.host = host
        self.dialog: ReassignDialog | None = None
        self.page = CasesPage(host)
        host.add_page(self.page, QCoreApplication.translate("Cases", "Cases"))
        self.actions = self._build_actions()
        host.signals.case_shown.connect(self.on_case_shown)
        self.on_case_shown(self.page.details)

    def _action(
        self, name: str, text: str, keys: str, tip: str, slot: Callable[[], Any], menu: MenuKey
    ) -> QAction:
        return menu_action(self.host, menu, name, text, keys, tip, slot)

    def _build_actions(self) -> CaseActions:
        page, case = self.page, MenuKey.CASE
        new_case = self._action(
            "newCase",
            QCoreApplication.translate("Cases", "&New case…"),
            "Ctrl+N",
            QCoreApplication.translate("Cases", "Register a new captive or evacuee"),
            page.new_case,
            MenuKey.FILE,
        )
        edit_case = self._action(
            "editCase",
            QCoreApplication.translate("Cases", "&Edit case…"),
            "F2",
            QCoreApplication.translate(
                "Cases", "Edit the selected case's identity and details (also Enter)"
            ),
            page.on_edit_requested,
            case,
        )
        change_status = self._action(
            "changeStatus",
            QCoreApplication.translate("Cases", "Change &status…"),
            "Ctrl+Shift+S",
            QCoreApplication.translate(
                "Cases", "Move the selected case to its next repatriation status"
            ),
            page.on_status_requested,
            case,
        )
        correct_status = None
        if self.host.actor.role.rank >= Role.SUPERVISOR.rank:
            correct_status = self._action(
                "correctStatus",
                QCoreApplication.translate("Cases", "Co&rrect status…"),
                "Ctrl+Shift+K",
                QCoreApplication.translate(
                    "Cases", "Put right a mistaken status of the selected case (supervisors)"
                ),
                self.on_correct_status_triggered,
                case,
            )
        reassign = None
        if allowed(self.host.actor.role, Action.ASSIGN_CASE):
            reassign = self._action(
                "reassign",
                QCoreApplication.translate("Cases", "Reass&ign…"),
                "Ctrl+Shift+H",
                QCoreApplication.translate(
                    "Cases",
                    "Hand the cases selected in the list to another caseworker (supervisors)",
                ),
                self.on_reassign_triggered,
                case,
            )
        block = self._action(
            "block",
            QCoreApplication.translate("Cases", "&Block / unblock…"),
            "Ctrl+Shift+B",
            QCoreApplication.translate(
                "Cases", "Block the selected case with a reason, or lift the block"
            ),
            page.on_block_requested,
            case,
        )
        self.host.menu(case).addSeparator()
        add_contact = self._action(
            "addContact",
            QCoreApplication.translate("Cases", "Add &contact…"),
            "Ctrl+Shift+C",
            QCoreApplication.translate(
                "Cases", "Add a relative or next of kin to the selected case"
            ),
            page.on_contact_add_requested,
            case,
        )
        add_note = self._action(
            "addNote",
            QCoreApplication.translate("Cases", "Add n&ote"),
            "Ctrl+Shift+N",
            QCoreApplication.translate("Cases", "Write a note on the selected case"),
            self.on_add_note_triggered,
            case,
        )
        find = self._action(
            "find",
            QCoreApplication.translate("Cases", "&Search"),
            "Ctrl+F",
            QCoreApplication.translate("Cases", "Search by name (any spelling) or by case number"),
            page.focus_search,
            MenuKey.VIEW,
        )
        return CaseActions(
            new_case,
            edit_case,
            change_status,
            correct_status,
            block,
            add_contact,
            add_note,
            find,
            reassign,
        )

    @Slot(object)
    def on_case_shown(self, details: CaseDetails | None) -> None:
        for action in self.actions.on_case():
            action.setEnabled(details is not None)
        if details is not None:
            self.actions.change_status.setEnabled(bool(details.next_statuses))
            self.actions.block.setEnabled(details.blocked or not details.final)
            self.actions.block.setText(
                QCoreApplication.translate("Cases", "Un&block…")
                if details.blocked
                else QCoreApplication.translate("Cases", "&Block…")
            )

    @Slot()
    def on_add_note_triggered(self) -> None:
        if self.page.details is not None:
            self.host.show_page(self.page)
            self.page.case_panel.focus_note()

    @Slot()
    def on_correct_status_triggered(self) -> None:
        details = self.page.details
        if details is None:
            self.host.show_status(QCoreApplication.translate("Cases", "Select a case first."), 4000)
            return
        self.page.cases.change_status(details, correcting=True)

    @Slot()
    def on_reassign_triggered(self) -> None:
        details = self.page.details
        ids = self.page.table.selected_person_ids() or ([details.id] if details else [])
        if not ids:
            self.host.show_status(
                QCoreApplication.translate(
                    "Cases", "Select the cases to reassign in the list first."
                ),
                4000,
            )
            return
        if len(ids) == 1 and details is not None and details.id == ids[0]:
            about = QCoreApplication.translate("Cases", "<b>%s</b> — %s<br>Caseworker now: %s") % (
                details.name,
                details.case_number,
                details.assigned_to or QCoreApplication.translate("Cases", "nobody"),
            )
        else:
            count = len(ids)
            about = self.tr(
                "<b>%n</b> cases selected in the list, all of them to one caseworker.", "", count
            )
        if self.dialog is not None:
            self.dialog.deleteLater()
        from ombuds_desk.ui.common.reassign_dialog import open_reassign_dialog  # at first use

        self.dialog = open_reassign_dialog(self.host, ids, about)


def install(host: Host) -> CasesPage:
    """Add the Cases page and its actions; returns the page, the window's case desk."""
    return CasesFeature(host).page
