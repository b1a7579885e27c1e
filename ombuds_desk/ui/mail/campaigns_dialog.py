"""Setting up campaigns: name, target of parcels delivered, window, optional category.

A supervisor adds, changes or removes campaigns; anyone else sees them read-only (the
services refuse them anyway). ``changed`` fires after each successful write.
"""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import Qt, Signal, Slot
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

from ombuds_desk.domain.accounts import User
from ombuds_desk.domain.enums import Category, Role
from ombuds_desk.domain.errors import ValidationError
from ombuds_desk.domain.mail import Campaign
from ombuds_desk.services.mail import campaigns as svc
from ombuds_desk.store.database import Database
from ombuds_desk.ui.common.date_fields import date_edit, picked, qdate
from ombuds_desk.ui.common.dialog_parts import (
    field_problems,
    place_problems,
    problem_label,
    show_problem,
)
from ombuds_desk.ui.common.enum_combo import EnumCombo
from ombuds_desk.ui.common.errors import show_error
from ombuds_desk.ui.common.form_fields import ValidatedLine
from ombuds_desk.ui.mail.parcel_model import run, write

ID_ROLE = Qt.ItemDataRole.UserRole + 1


class CampaignsDialog(QDialog):
    """The list of campaigns and a form for the selected (or a new) one."""

    changed = Signal()

    def __init__(
        self, db: Database, actor: User, today: date, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._db = db
        self._actor = actor
        self._today = today
        self._editing: Campaign | None = None
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
        self.reload()
        self.name.setFocus()

    def reload(self, select_id: int | None = None) -> None:
        with self._db.reading() as session:
            progress = svc.campaign_progress(session, today=self._today)
        self.list.clear()
        for p in progress:
            entry = QListWidgetItem(f"{p.name} — {p.target:,} · {p.deadline:%d.%m.%Y}")
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
        with self._db.reading() as session:
            self._editing = svc.get_campaign(session, int(current.data(ID_ROLE)))
        c = self._editing
        self.name.edit.setText(c.name)
        self.target.edit.setText(str(c.target_parcels))
        self.has_start.setChecked(c.starts_on is not None)
        self.starts_on.setDate(qdate(c.starts_on or self._today))
        self.deadline.setDate(qdate(c.deadline))
        self.category.set_current(c.category)

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
        editing = self._editing

        def save(s: Session) -> Campaign:
            if editing is None:
                return svc.create_campaign(
                    s, self._actor, name, target, deadline, starts_on=starts_on, category=category
                )
            return svc.update_campaign(
                s,
                self._actor,
                editing.id or 0,
                name,
                target,
                deadline,
                starts_on=starts_on,
                category=category,
                expected_version=editing.version,
            )

        try:
            saved = run(self._db, self._actor, save)
        except ValidationError as exc:
            lines = {"name": self.name, "target_parcels": self.target}
            rest = place_problems(exc, lines, lambda _field, problem: problem.capitalize())
            if rest or not exc.fields:
                show_problem(self.problem, field_problems(ValidationError(exc.message, rest)))
            return
        except Exception as exc:
            show_error(self, exc)
            return
        self.changed.emit()
        self.reload(saved.id)

    @Slot()
    def on_delete_clicked(self) -> None:
        editing = self._editing
        if editing is None:
            return

        def remove(s: Session) -> bool:
            svc.delete_campaign(s, self._actor, editing.id or 0)
            return True

        if write(self, self._db, self._actor, remove):
            self.changed.emit()
            self.reload()
