"""The parcel dialog's contents form (``ParcelDialog``'s base): its other contents and
weight saved, the parcel packed and sealed or reopened, each a change whose refusals are shown
under the form. Contents saved meanwhile by someone else are not overwritten: the conflict
dialog names who changed what and offers to reload the parcel with what the user typed put
back on top. Its words are the dialog's (context ``ParcelDialog``); a mixin, so that the
dialog is a QDialog of its own (the accessibility test finds every dialog by that).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Slot
from PySide6.QtWidgets import QDialog, QLabel, QPlainTextEdit, QPushButton
from sqlmodel import Session

from ombuds_desk.domain.enums import ParcelStatus
from ombuds_desk.domain.errors import EditConflictError, ValidationError
from ombuds_desk.domain.i18n import QT_TRANSLATE_NOOP
from ombuds_desk.domain.mail import Parcel
from ombuds_desk.services.mail import parcels as svc
from ombuds_desk.ui.common.changes import Change
from ombuds_desk.ui.common.conflict_dialog import (
    ConflictDialog,
    FormConflict,
    open_conflict,
    reloaded_text,
)
from ombuds_desk.ui.common.dialog_parts import field_problems, place_problems, show_problem
from ombuds_desk.ui.common.form_fields import ValidatedLine
from ombuds_desk.ui.common.host import Host
from ombuds_desk.ui.common.operations import CollectionOp, QueryOp
from ombuds_desk.ui.mail.handover_dialog import ReasonDialog
from ombuds_desk.ui.mail.labels import translated
from ombuds_desk.ui.mail.parcel_view import ParcelView, parcel_view

# Filling or emptying a parcel moves its items too.
PARCEL_AND_ITEMS = Change.PARCELS | Change.ITEMS
# The fields "Save contents" saves, as the conflict dialog names them.
CONTENT_LABELS = {
    "contents": QT_TRANSLATE_NOOP("ParcelDialog", "Other contents"),
    "weight_grams": QT_TRANSLATE_NOOP("ParcelDialog", "Weight (g)"),
}


if TYPE_CHECKING:
    _Dialog = QDialog
else:
    _Dialog = object  # a mixin: the dialog is ParcelDialog(ParcelContentsForm, QDialog)


class ParcelContentsForm(_Dialog):
    """What :class:`~ombuds_desk.ui.mail.parcel_dialog.ParcelDialog` builds and shows,
    changed here through its contents form."""

    _host: Host
    _today: date
    _version: int
    _shown: dict[str, str]
    parcel_id: int
    status: ParcelStatus
    contents: QPlainTextEdit
    weight: ValidatedLine
    seal: ValidatedLine
    save_contents_button: QPushButton
    problem: QLabel
    notice: QLabel
    conflict_dialog: ConflictDialog | None
    reopen_dialog: ReasonDialog

    def reload(self) -> None:
        raise NotImplementedError

    def show_view(self, view: ParcelView) -> None:
        raise NotImplementedError

    def content_values(self) -> dict[str, str]:
        """The contents and weight as typed."""
        return {"contents": self.contents.toPlainText(), "weight_grams": self.weight.text()}

    def _done(self) -> None:
        self.problem.hide()
        self.reload()

    def _run_form(self, change: Callable[[Session], object]) -> None:
        """Make a change whose ValidationError is shown under the form, not in a box."""
        self.weight.set_problem(None)
        self.seal.set_problem(None)
        self.notice.hide()
        CollectionOp(self._host, self, change, PARCEL_AND_ITEMS).on_invalid(
            self._show_form_problems
        ).on_conflict(self._on_conflict).on_success(lambda _result: self._done()).run()

    def _on_conflict(self, exc: EditConflictError) -> None:
        """Someone saved the parcel since it was read here: read it as saved now and let the
        user choose (the dialog names who changed what)."""
        parcel_id = self.parcel_id
        now = QueryOp(self._host, self, lambda session: parcel_view(session, parcel_id)).run_now()
        if now is None:
            return
        theirs = {
            "contents": now.parcel.contents or "",
            "weight_grams": str(now.parcel.weight_grams or ""),
        }
        conflict = FormConflict(
            exc,
            translated("ParcelDialog", CONTENT_LABELS),
            self._shown,
            self.content_values(),
            theirs,
        )
        self.conflict_dialog = open_conflict(
            self._host,
            self,
            conflict,
            PARCEL_AND_ITEMS,
            lambda mine: self.reload_with(now, mine, reloaded_text(conflict, bool(mine))),
        )

    def reload_with(self, view: ParcelView, mine: Mapping[str, str], notice: str = "") -> None:
        """Show ``view`` (the parcel as saved now), with ``mine`` put back on top."""
        self.show_view(view)
        if "contents" in mine:
            self.contents.setPlainText(mine["contents"])
        if "weight_grams" in mine:
            self.weight.edit.setText(mine["weight_grams"])
        self.notice.setText(notice)
        self.notice.setVisible(bool(notice))
        self.save_contents_button.setFocus()

    def _show_form_problems(self, exc: ValidationError) -> None:
        rest = place_problems(exc, {"weight_grams": self.weight, "seal_number": self.seal})
        if rest or not exc.fields:
            show_problem(self.problem, field_problems(ValidationError(exc.message, rest)))

    @Slot()
    def on_save_contents_clicked(self) -> None:
        actor, parcel_id, version = self._host.actor, self.parcel_id, self._version
        contents, weight = self.contents.toPlainText(), self.weight.text()
        self._run_form(
            lambda session: svc.set_parcel_contents(
                session,
                actor,
                parcel_id,
                contents=contents,
                weight_grams=weight,
                expected_version=version,
            )
        )

    @Slot()
    def on_pack_clicked(self) -> None:
        if self.status is not ParcelStatus.ASSEMBLING:
            return
        actor, parcel_id, today = self._host.actor, self.parcel_id, self._today
        contents, weight, seal = self.contents.toPlainText(), self.weight.text(), self.seal.text()

        def pack(session: Session) -> Parcel:
            parcel = svc.set_parcel_contents(
                session, actor, parcel_id, contents=contents, weight_grams=weight
            )
            return svc.pack_parcel(
                session,
                actor,
                parcel_id,
                seal_number=seal,
                today=today,
                expected_version=parcel.version,
            )

        self._run_form(pack)

    @Slot()
    def on_reopen_clicked(self) -> ReasonDialog:
        actor, parcel_id, today = self._host.actor, self.parcel_id, self._today

        def reopen(reason: str) -> Callable[[Session], object]:
            return lambda session: svc.reopen_parcel(
                session, actor, parcel_id, reason=reason, today=today
            )

        self.reopen_dialog = ReasonDialog(
            self._host,
            QCoreApplication.translate("ParcelDialog", "Reopen parcel"),
            QCoreApplication.translate(
                "ParcelDialog", "Break the seal of this parcel to change what is in it. Why?"
            ),
            QCoreApplication.translate("ParcelDialog", "&Reopen"),
            reopen,
            PARCEL_AND_ITEMS,
            (
                QCoreApplication.translate("ParcelDialog", "Item to add"),
                QCoreApplication.translate("ParcelDialog", "Seal damaged"),
            ),
            self,
        )
        self.reopen_dialog.accepted.connect(self._done)
        self.reopen_dialog.open()
        return self.reopen_dialog
