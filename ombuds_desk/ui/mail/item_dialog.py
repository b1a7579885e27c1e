"""Logging correspondence items on a case, keyboard-first, with "save and next"; screening.

A caseworker logs twenty letters of one family in a row: Enter saves and closes, Ctrl+Enter
(or Alt+N) saves and keeps the form open with the kind, direction, author, date and language
kept, the rest cleared and the focus back on the first field. The service checks the values.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt, Signal, Slot
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from sqlmodel import Session

from ombuds_desk.domain.enums import Direction, ItemKind, Relationship
from ombuds_desk.domain.errors import ValidationError
from ombuds_desk.domain.mail import CorrespondenceItem
from ombuds_desk.services.cases.case_view import ContactRow
from ombuds_desk.services.mail.correspondence import log_item, screen_items
from ombuds_desk.ui.common.changes import Change
from ombuds_desk.ui.common.dialog_parts import place_problems, problem_label, show_rest
from ombuds_desk.ui.common.discard import ask_discard
from ombuds_desk.ui.common.enum_combo import EnumCombo
from ombuds_desk.ui.common.errors import show_error
from ombuds_desk.ui.common.form_fields import ValidatedLine
from ombuds_desk.ui.common.host import Host
from ombuds_desk.ui.common.operations import CollectionOp
from ombuds_desk.ui.mail.handover_dialog import ReasonDialog

OTHER = "other"
NOBODY = "nobody"
LANGUAGES = ("Ukrainian", "Russian", "English", "Crimean Tatar", "Belarusian")
CLEARED = ("pages", "description")


class ItemDialog(QDialog):
    """Logs items on ``person_id``; ``item_logged(id)`` after each save."""

    item_logged = Signal(int)

    def __init__(
        self,
        host: Host,
        person_id: int,
        person_name: str,
        contacts: list[ContactRow],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._host = host
        self._person_id = person_id
        self._today = today = host.today()
        self.logged = 0
        self.setObjectName("itemDialog")
        self.setWindowTitle(self.tr("Log letters and items — %s") % person_name)

        self.kind = EnumCombo(ItemKind, parent=self)
        self.kind.setObjectName("kind")
        self.direction = EnumCombo(Direction, parent=self)
        self.direction.setObjectName("direction")
        self.direction.setItemText(0, self.tr("To the person (from family)"))
        self.direction.setItemText(1, self.tr("From the person"))
        self.author = QComboBox(self)
        self.author.setObjectName("author")
        for contact in contacts:
            relation = self.tr(contact.relationship.label).lower()
            self.author.addItem(f"{contact.name} ({relation})", str(contact.id))
        self.author.addItem(self.tr("Other person… (type the name)"), OTHER)
        self.author.addItem(self.tr("— nobody (item from the person) —"), NOBODY)
        self.lines = {"author_name": ValidatedLine("author_name", self, self.tr("Name as signed"))}
        self.relationship = EnumCombo(Relationship, none_label=self.tr("— unknown —"), parent=self)
        self.relationship.setObjectName("author_relationship")
        self.lines["received_on"] = ValidatedLine("received_on", self, self.tr("DD.MM.YYYY"))
        self.lines["received_on"].edit.setText(today.strftime("%d.%m.%Y"))
        self.lines["language"] = ValidatedLine("language", self)
        completer = QCompleter(list(LANGUAGES), self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.InlineCompletion)  # no popup
        self.lines["language"].edit.setCompleter(completer)
        self.lines["pages"] = ValidatedLine("pages", self)
        self.lines["pages"].setMaximumWidth(80)
        self.lines["description"] = ValidatedLine(
            "description", self, self.tr("e.g. drawing by his daughter, a house and a dog")
        )
        self.problem = problem_label(self)
        self.counter = QLabel(self)
        self.counter.setObjectName("counter")

        form = QFormLayout()
        rows: list[tuple[str, QWidget]] = [
            (self.tr("&Kind"), self.kind),
            (self.tr("&Direction"), self.direction),
            (self.tr("&Author"), self.author),
            (self.tr("Author's na&me"), self.lines["author_name"]),
            (self.tr("&Relationship"), self.relationship),
            (self.tr("Date &received"), self.lines["received_on"]),
            (self.tr("&Language"), self.lines["language"]),
            (self.tr("&Pages"), self.lines["pages"]),
            (self.tr("Descr&iption"), self.lines["description"]),
        ]
        for caption, widget in rows:
            text = QLabel(caption, self)
            text.setBuddy(widget.focusProxy() or widget)
            form.addRow(text, widget)

        buttons = QDialogButtonBox(self)
        self.next_button = QPushButton(self.tr("Save and &next"), self)
        self.next_button.setObjectName("saveNext")
        self.next_button.setAutoDefault(False)
        self.next_button.setToolTip(self.tr("Ctrl+Enter or Alt+N: save, keep author and date"))
        self.save_button = QPushButton(self.tr("&Save"), self)
        self.save_button.setObjectName("save")
        self.save_button.setDefault(True)
        self.save_button.setToolTip(self.tr("Enter: save and close"))
        buttons.addButton(self.next_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.next_button.clicked.connect(self.on_next_clicked)
        self.save_button.clicked.connect(self.on_save_clicked)
        buttons.rejected.connect(self.reject)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self).activated.connect(self.on_next_clicked)

        hint = QLabel(
            self.tr("Enter saves and closes · Ctrl+Enter saves and starts the next item"), self
        )
        hint.setStyleSheet("color: palette(mid);")
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(self.counter)
        layout.addWidget(hint)
        layout.addWidget(buttons)
        self.setMinimumWidth(520)

        self.author.currentIndexChanged.connect(self.on_author_changed)
        self.direction.currentIndexChanged.connect(self.on_direction_changed)
        self.on_author_changed()
        self._initial = self.values()
        self.kind.setFocus()

    # -- values --------------------------------------------------------------

    def values(self) -> dict[str, str]:
        raw = {name: line.text() for name, line in self.lines.items()}
        raw["kind"] = (self.kind.current() or ItemKind.LETTER).value
        raw["direction"] = (self.direction.current() or Direction.TO_PERSON).value
        choice = self.author.currentData()
        raw["author_contact_id"] = "" if choice in (OTHER, NOBODY) else str(choice or "")
        if choice != OTHER:
            raw["author_name"] = ""
        relationship = self.relationship.current()
        raw["author_relationship"] = relationship.value if relationship and choice == OTHER else ""
        return raw

    def _clear_problems(self) -> None:
        for line in self.lines.values():
            line.set_problem(None)
        self.problem.hide()

    def _save(self) -> bool:
        self._clear_problems()
        actor, person_id, raw, today = self._host.actor, self._person_id, self.values(), self._today

        def change(session: Session) -> CorrespondenceItem:
            return log_item(session, actor, person_id, raw, today=today)

        return (
            CollectionOp(self._host, self, change, Change.ITEMS)
            .on_invalid(self._show_problems)
            .on_success(self._logged)
            .run()
        )

    def _logged(self, item: CorrespondenceItem) -> None:
        self.logged += 1
        self.item_logged.emit(item.id or 0)

    def _show_problems(self, exc: ValidationError) -> None:
        if not exc.fields:
            show_error(self, exc)
            return
        show_rest(self.problem, place_problems(exc, self.lines))
        first = next((f for f in exc.fields if f in self.lines), None)
        if first == "author_name" and not self.lines["author_name"].isEnabled():
            self.author.setFocus()
        elif first:
            self.lines[first].setFocus()

    # -- slots ---------------------------------------------------------------

    @Slot()
    def on_next_clicked(self) -> None:
        if not self._save():
            return
        for name in CLEARED:
            self.lines[name].edit.clear()
        self._initial = self.values()
        self.counter.setText(
            self.tr("1 item logged")
            if self.logged == 1
            else self.tr("%d items logged") % self.logged
        )
        self.kind.setFocus(Qt.FocusReason.OtherFocusReason)

    @Slot()
    def on_save_clicked(self) -> None:
        if self._save():
            self.accept()

    @Slot()
    def on_author_changed(self) -> None:
        other = self.author.currentData() == OTHER
        self.lines["author_name"].setEnabled(other)
        self.relationship.setEnabled(other)

    @Slot()
    def on_direction_changed(self) -> None:
        # An item from the person usually has no other author; one to them usually has.
        from_person = self.direction.current() is Direction.FROM_PERSON
        nobody = self.author.findData(NOBODY)
        if from_person and self.author.currentData() != OTHER:
            self.author.setCurrentIndex(nobody)
        elif not from_person and self.author.currentIndex() == nobody:
            self.author.setCurrentIndex(0)

    def reject(self) -> None:
        if self.values() == self._initial:
            super().reject()
            return
        ask_discard(self, lambda: QDialog.reject(self))


WITHHOLD_REASONS = (
    "Content could endanger the person",
    "Content not allowed by the holding party",
    "Sender could not be identified",
)


def pass_items(host: Host, parent: QWidget, ids: list[int]) -> bool:
    """Screening: the items may be sent (logged → screened); True once saved."""
    actor, today = host.actor, host.today()
    return CollectionOp(
        host,
        parent,
        lambda session: screen_items(session, actor, ids, passed=True, today=today),
        Change.ITEMS,
    ).run()


def ask_withhold(host: Host, parent: QWidget, ids: list[int]) -> ReasonDialog:
    """Screening: keep the items back; the reason is asked for (and required)."""
    actor, today = host.actor, host.today()

    def withhold(reason: str) -> Callable[[Session], object]:
        return lambda session: screen_items(
            session, actor, ids, passed=False, reason=reason, today=today
        )

    dialog = ReasonDialog(
        host,
        QCoreApplication.translate("ItemDialog", "Withhold items"),
        QCoreApplication.translate("ItemDialog", "Withhold %d item(s): they will not be sent. Why?")
        % len(ids),
        QCoreApplication.translate("ItemDialog", "&Withhold"),
        withhold,
        Change.ITEMS,
        tuple(QCoreApplication.translate("ItemDialog", r) for r in WITHHOLD_REASONS),
        parent,
    )
    dialog.open()
    return dialog
