"""Setting up campaigns: name, target of parcels delivered, window, optional category.

A supervisor adds, changes or removes campaigns; anyone else sees them read-only (the
services refuse them anyway). The campaigns are read before the dialog opens and again,
off the GUI thread, after each change. A campaign saved meanwhile by someone else is not
overwritten: the conflict dialog names who changed what, and offers to reload it with the
user's changes put back on top.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, timedelta

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from sqlmodel import Session

from ombuds_desk.domain.enums import Category, Role
from ombuds_desk.domain.errors import EditConflictError, ValidationError
from ombuds_desk.domain.i18n import QT_TRANSLATE_NOOP, translate
from ombuds_desk.domain.mail import Campaign
from ombuds_desk.services.mail import campaigns as svc
from ombuds_desk.services.mail.campaigns import CampaignProgress
from ombuds_desk.ui.common.changes import Change
from ombuds_desk.ui.common.conflict_dialog import (
    ConflictDialog,
    FormConflict,
    notice_label,
    open_conflict,
    reloaded_text,
)
from ombuds_desk.ui.common.date_fields import date_edit, picked, qdate
from ombuds_desk.ui.common.dialog_parts import (
    field_problems,
    place_problems,
    problem_label,
    show_problem,
)
from ombuds_desk.ui.common.enum_combo import EnumCombo
from ombuds_desk.ui.common.form_fields import ValidatedLine
from ombuds_desk.ui.common.formatting import number
from ombuds_desk.ui.common.host import Host
from ombuds_desk.ui.common.operations import CollectionOp, Loader, QueryOp
from ombuds_desk.ui.mail.labels import translated

ID_ROLE = Qt.ItemDataRole.UserRole + 1
# The form's fields, as the conflict dialog names them.
LABELS = {
    "name": QT_TRANSLATE_NOOP("CampaignsDialog", "Name"),
    "target_parcels": QT_TRANSLATE_NOOP("CampaignsDialog", "Target (parcels delivered)"),
    "starts_on": QT_TRANSLATE_NOOP("CampaignsDialog", "Counting from"),
    "deadline": QT_TRANSLATE_NOOP("CampaignsDialog", "Deadline"),
    "category": QT_TRANSLATE_NOOP("CampaignsDialog", "Parcels for"),
}


@dataclass(frozen=True)
class CampaignList:
    """The campaigns, the nearest deadline first, with each one's stored values."""

    progress: list[CampaignProgress]
    campaigns: dict[int, Campaign]


def campaign_list(session: Session, today: date) -> CampaignList:
    progress = svc.campaign_progress(session, today=today)
    return CampaignList(
        progress, {p.campaign_id: svc.get_campaign(session, p.campaign_id) for p in progress}
    )


def open_campaigns_dialog(host: Host) -> CampaignsDialog | None:
    """Open the campaigns over the window (None, after saying why, when they cannot be
    read)."""
    today = host.today()
    found = QueryOp(host, host.window(), lambda session: campaign_list(session, today)).run_now()
    if found is None:
        return None
    dialog = CampaignsDialog(host, found, host.window())
    dialog.open()
    return dialog


class CampaignsDialog(QDialog):
    """The list of campaigns and a form for the selected (or a new) one."""

    def __init__(self, host: Host, found: CampaignList, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._host = host
        self._today = today = host.today()
        actor = host.actor
        self.loader = Loader(host, self, self)
        self._campaigns: dict[int, Campaign] = {}
        self._editing: Campaign | None = None
        self._opened: dict[str, str] = {}
        self.conflict_dialog: ConflictDialog | None = None
        self.setObjectName("campaignsDialog")
        self.setWindowTitle(self.tr("Campaigns"))
        self.list = QListWidget(self)
        self.list.setObjectName("campaignList")
        self.name = ValidatedLine("name", self, self.tr("e.g. Winter parcels 2026"))
        self.target = ValidatedLine("target_parcels", self, self.tr("parcels delivered"))
        self.has_start = QCheckBox(self.tr("From"), self)
        self.starts_on = date_edit(self, today)
        self.deadline = date_edit(self, today + timedelta(days=60))
        self.category = EnumCombo(Category, none_label=self.tr("Everyone"), parent=self)
        self.problem = problem_label(self)
        self.notice = notice_label(self)
        start_row = QHBoxLayout()
        start_row.addWidget(self.has_start)
        start_row.addWidget(self.starts_on, 1)
        form = QFormLayout()
        form.addRow(self.tr("&Name *"), self.name)
        form.addRow(self.tr("&Target (parcels delivered) *"), self.target)
        form.addRow(self.tr("Counting from"), start_row)
        form.addRow(self.tr("&Deadline *"), self.deadline)
        form.addRow(self.tr("&Parcels for"), self.category)
        self.new_button = QPushButton(self.tr("Ne&w"), self)
        self.save_button = QPushButton(self.tr("&Save"), self)
        self.save_button.setDefault(True)
        self.delete_button = QPushButton(self.tr("&Remove"), self)
        row = QHBoxLayout()
        for button in (self.new_button, self.save_button, self.delete_button):
            row.addWidget(button)
        row.addStretch(1)
        side = QVBoxLayout()
        side.addLayout(form)
        side.addWidget(self.problem)
        side.addWidget(self.notice)
        side.addLayout(row)
        self.note = QLabel(self.tr("Only a supervisor can change campaigns."), self)
        self.note.setStyleSheet("color: palette(mid);")
        side.addWidget(self.note)
        side.addStretch(1)
        body = QHBoxLayout()
        body.addWidget(self.list, 2)
        body.addLayout(side, 3)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(body)
        layout.addWidget(buttons)
        self.resize(720, 320)

        allowed = actor.role.rank >= Role.SUPERVISOR.rank
        for widget in (
            self.new_button,
            self.save_button,
            self.delete_button,
            self.name,
            self.target,
            self.has_start,
            self.starts_on,
            self.deadline,
            self.category,
        ):
            widget.setEnabled(allowed)
        self.note.setVisible(not allowed)
        self.starts_on.setEnabled(False)
        self.has_start.toggled.connect(lambda on: self.starts_on.setEnabled(on and allowed))
        self.list.currentItemChanged.connect(self.on_list_current_changed)
        self.new_button.clicked.connect(self.on_new_clicked)
        self.save_button.clicked.connect(self.on_save_clicked)
        self.delete_button.clicked.connect(self.on_delete_clicked)
        self.show_list(found)
        self.name.setFocus()

    def reload(self, select_id: int | None = None) -> None:
        """Read the campaigns again (off the GUI thread), then select ``select_id`` (none:
        a new one)."""
        today = self._today
        self.loader.load(
            lambda session: campaign_list(session, today),
            lambda found: self.show_list(found, select_id),
        )

    def show_list(self, found: CampaignList, select_id: int | None = None) -> None:
        self._campaigns = found.campaigns
        self.list.clear()
        for p in found.progress:
            entry = QListWidgetItem(f"{p.name} — {number(p.target)} · {p.deadline:%d.%m.%Y}")
            entry.setData(ID_ROLE, p.campaign_id)
            self.list.addItem(entry)
            if p.campaign_id == select_id:
                self.list.setCurrentItem(entry)
        if select_id is None:
            self.on_new_clicked()

    @Slot()
    def on_list_current_changed(self) -> None:
        current = self.list.currentItem()
        if current is None:
            return
        c = self._campaigns.get(int(current.data(ID_ROLE)))
        if c is None:
            return
        self._editing = c
        self.notice.hide()
        self.put(values_of(c))
        self._opened = self.values()

    def values(self) -> dict[str, str]:
        """The form as typed (dates in ISO, the category's value; "" for none)."""
        category = self.category.current()
        return {
            "name": self.name.text(),
            "target_parcels": self.target.text(),
            "starts_on": picked(self.starts_on).isoformat() if self.has_start.isChecked() else "",
            "deadline": picked(self.deadline).isoformat(),
            "category": category.value if category else "",
        }

    def put(self, values: Mapping[str, str]) -> None:
        """Set the fields named in ``values`` (the shape of :meth:`values`)."""
        if "name" in values:
            self.name.edit.setText(values["name"])
        if "target_parcels" in values:
            self.target.edit.setText(values["target_parcels"])
        if "starts_on" in values:
            starts = values["starts_on"]
            self.has_start.setChecked(bool(starts))
            self.starts_on.setDate(qdate(date.fromisoformat(starts) if starts else self._today))
        if "deadline" in values:
            self.deadline.setDate(qdate(date.fromisoformat(values["deadline"])))
        if "category" in values:
            category = values["category"]
            self.category.set_current(Category(category) if category else None)

    @Slot()
    def on_new_clicked(self) -> None:
        self._editing = None
        self.list.clearSelection()
        self.list.setCurrentRow(-1)
        self.name.edit.clear()
        self.target.edit.clear()
        self.has_start.setChecked(False)
        self.category.set_current(None)
        self.name.setFocus()

    @Slot()
    def on_save_clicked(self) -> None:
        for line in (self.name, self.target):
            line.set_problem(None)
        self.problem.hide()
        name, target, deadline = self.name.text(), self.target.text(), picked(self.deadline)
        starts_on = picked(self.starts_on) if self.has_start.isChecked() else None
        category = self.category.current()
        editing, actor = self._editing, self._host.actor

        def save(session: Session) -> Campaign:
            if editing is None:
                return svc.create_campaign(
                    session, actor, name, target, deadline, starts_on=starts_on, category=category
                )
            return svc.update_campaign(
                session,
                actor,
                editing.id or 0,
                name,
                target,
                deadline,
                starts_on=starts_on,
                category=category,
                expected_version=editing.version,
            )

        CollectionOp(self._host, self, save, Change.CAMPAIGNS).on_invalid(
            self._show_problems
        ).on_conflict(self._on_conflict).on_success(lambda saved: self.reload(saved.id)).run()

    def _on_conflict(self, exc: EditConflictError) -> None:
        """Someone saved the campaign since it was read here: read the campaigns as saved
        now and let the user choose (the dialog names who changed what)."""
        editing, today = self._editing, self._today
        if editing is None or editing.id is None:
            return
        campaign_id = editing.id
        found = QueryOp(self._host, self, lambda session: campaign_list(session, today)).run_now()
        now = found.campaigns.get(campaign_id) if found is not None else None
        if found is None or now is None:
            return
        conflict = FormConflict(
            exc,
            translated("CampaignsDialog", LABELS),
            self._opened,
            self.values(),
            values_of(now),
            _shown,
        )
        self.conflict_dialog = open_conflict(
            self._host,
            self,
            conflict,
            Change.CAMPAIGNS,
            lambda mine: self.reload_with(
                found, campaign_id, mine, reloaded_text(conflict, bool(mine))
            ),
        )

    def reload_with(
        self, found: CampaignList, campaign_id: int, mine: Mapping[str, str], notice: str = ""
    ) -> None:
        """Show the campaigns as read in ``found`` with ``campaign_id`` selected, and
        ``mine`` put back on top of it."""
        self.show_list(found, campaign_id)
        self.put(mine)
        self.notice.setText(notice)
        self.notice.setVisible(bool(notice))
        self.save_button.setFocus()

    def _show_problems(self, exc: ValidationError) -> None:
        lines = {"name": self.name, "target_parcels": self.target}
        rest = place_problems(exc, lines, lambda _field, problem: problem.capitalize())
        if rest or not exc.fields:
            show_problem(self.problem, field_problems(ValidationError(exc.message, rest)))

    @Slot()
    def on_delete_clicked(self) -> None:
        editing, actor = self._editing, self._host.actor
        if editing is None:
            return
        CollectionOp(
            self._host,
            self,
            lambda session: svc.delete_campaign(session, actor, editing.id or 0),
            Change.CAMPAIGNS,
        ).on_success(lambda _none: self.reload()).run()


def values_of(campaign: Campaign) -> dict[str, str]:
    """The form's values filled from ``campaign`` (the shape of ``CampaignsDialog.values``)."""
    return {
        "name": campaign.name,
        "target_parcels": str(campaign.target_parcels),
        "starts_on": campaign.starts_on.isoformat() if campaign.starts_on else "",
        "deadline": campaign.deadline.isoformat(),
        "category": campaign.category.value if campaign.category else "",
    }


def _shown(field: str, value: str) -> str:
    if field == "category":
        return Category(value).label if value else translate("CampaignsDialog", "Everyone")
    if not value.strip():
        return "—"
    if field in ("starts_on", "deadline"):
        return date.fromisoformat(value).strftime("%d.%m.%Y")
    return value
