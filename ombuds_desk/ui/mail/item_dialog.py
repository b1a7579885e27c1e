"""Logging correspondence items on a case, keyboard-first, with "save and next"; screening.

A caseworker logs twenty letters of one family in a row: Enter saves and closes, Ctrl+Enter
(or Alt+N) saves and keeps the form open with the kind, direction, author, date and language
kept, the rest cleared and the focus back on the first field. The service checks the values.

The same form corrects an item already logged (:func:`edit_item`, while it is logged or
screened). An item saved meanwhile by someone else is not overwritten: the conflict dialog
names who changed which field, their value and the user's, and offers to reload the item with
the user's changes put back on top.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass

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
from ombuds_desk.domain.errors import EditConflictError, ValidationError
from ombuds_desk.domain.i18n import QT_TRANSLATE_NOOP
from ombuds_desk.domain.mail import CorrespondenceItem
from ombuds_desk.services.cases.case_view import ContactRow
from ombuds_desk.services.mail.correspondence import get_item, log_item, screen_items, update_item
from ombuds_desk.ui.common.changes import Change
from ombuds_desk.ui.common.conflict_dialog import (
    ConflictDialog,
    FormConflict,
    notice_label,
    open_conflict,
    reloaded_text,
)
from ombuds_desk.ui.common.dialog_parts import place_problems, problem_label, show_rest
from ombuds_desk.ui.common.discard import ask_discard
from ombuds_desk.ui.common.enum_combo import EnumCombo
from ombuds_desk.ui.common.errors import show_error
from ombuds_desk.ui.common.form_fields import ValidatedLine
from ombuds_desk.ui.common.host import Host
from ombuds_desk.ui.common.operations import CollectionOp, QueryOp
from ombuds_desk.ui.mail.handover_dialog import ReasonDialog
from ombuds_desk.ui.mail.labels import translated
from ombuds_desk.ui.mail.plurals import plurals

OTHER = "other"
NOBODY = "nobody"
LANGUAGES = (
    QT_TRANSLATE_NOOP("ItemDialog", "Ukrainian"),
    QT_TRANSLATE_NOOP("ItemDialog", "Russian"),
    QT_TRANSLATE_NOOP("ItemDialog", "English"),
    QT_TRANSLATE_NOOP("ItemDialog", "Crimean Tatar"),
    QT_TRANSLATE_NOOP("ItemDialog", "Belarusian"),
)
CLEARED = ("pages", "description")
# The form's fields in the order shown, as the conflict dialog names them.
LABELS = {
    "kind": QT_TRANSLATE_NOOP("ItemDialog", "Kind"),
    "direction": QT_TRANSLATE_NOOP("ItemDialog", "Direction"),
    "author_contact_id": QT_TRANSLATE_NOOP("ItemDialog", "Author"),
    "author_name": QT_TRANSLATE_NOOP("ItemDialog", "Author's name"),
    "author_relationship": QT_TRANSLATE_NOOP("ItemDialog", "Relationship"),
    "received_on": QT_TRANSLATE_NOOP("ItemDialog", "Date received"),
    "language": QT_TRANSLATE_NOOP("ItemDialog", "Language"),
    "pages": QT_TRANSLATE_NOOP("ItemDialog", "Pages"),
    "description": QT_TRANSLATE_NOOP("ItemDialog", "Description"),
}


@dataclass(frozen=True)
class ItemForm:
    """An item as the form shows it for correcting (``values`` as ``ItemDialog.values``)."""

    id: int
    version: int
    person_id: int
    values: dict[str, str]


def item_form(session: Session, item_id: int) -> ItemForm:
    """The values an item's edit form starts from."""
    item = get_item(session, item_id)
    by_contact = item.author_contact_id is not None
    relationship = item.author_relationship
    return ItemForm(
        id=item_id,
        version=item.version,
        person_id=item.person_id,
        values={
            "author_name": "" if by_contact else item.author_name or "",
            "received_on": item.received_on.strftime("%d.%m.%Y") if item.received_on else "",
            "language": item.language or "",
            "pages": str(item.pages) if item.pages is not None else "",
            "description": item.description or "",
            "kind": item.kind.value,
            "direction": item.direction.value,
            "author_contact_id": str(item.author_contact_id) if by_contact else "",
            "author_relationship": relationship.value if relationship and not by_contact else "",
        },
    )


class ItemDialog(QDialog):
    """Logs items on ``person_id`` (``item_logged(id)`` after each save), or corrects
    ``item`` (accepted once saved)."""

    item_logged = Signal(int)

    def __init__(
        self,
        host: Host,
        person_id: int,
        person_name: str,
        contacts: list[ContactRow],
        parent: QWidget | None = None,
        item: ItemForm | None = None,
    ) -> None:
        super().__init__(parent)
        self._host = host
        self._person_id = person_id
        self._today = today = host.today()
        self._item = item
        self.logged = 0
        self.saved_id: int | None = None
        self.conflict_dialog: ConflictDialog | None = None
        self.setObjectName("itemDialog")
        self.setWindowTitle(
            self.tr("Edit item — {person}").format(person=person_name)
            if item is not None
            else self.tr("Log letters and items — {person}").format(person=person_name)
        )

        self.kind = EnumCombo(ItemKind, parent=self)
        self.kind.setObjectName("kind")
        self.direction = EnumCombo(Direction, parent=self)
        self.direction.setObjectName("direction")
        self.direction.setItemText(0, self.tr("To the person (from family)"))
        self.direction.setItemText(1, self.tr("From the person"))
        self.author = QComboBox(self)
        self.author.setObjectName("author")
        for contact in contacts:
            relation = contact.relationship.label.lower()
            self.author.addItem(f"{contact.name} ({relation})", str(contact.id))
        self.author.addItem(self.tr("Other person… (type the name)"), OTHER)
        self.author.addItem(self.tr("— nobody (item from the person) —"), NOBODY)
        self.lines = {"author_name": ValidatedLine("author_name", self, self.tr("Name as signed"))}
        self.relationship = EnumCombo(Relationship, none_label=self.tr("— unknown —"), parent=self)
        self.relationship.setObjectName("author_relationship")
        self.lines["received_on"] = ValidatedLine("received_on", self, self.tr("DD.MM.YYYY"))
        self.lines["received_on"].edit.setText(today.strftime("%d.%m.%Y"))
        self.lines["language"] = ValidatedLine("language", self)
        completer = QCompleter([self.tr(language) for language in LANGUAGES], self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.InlineCompletion)  # no popup
        self.lines["language"].edit.setCompleter(completer)
        self.lines["pages"] = ValidatedLine("pages", self)
        self.lines["pages"].setMaximumWidth(80)
        self.lines["description"] = ValidatedLine(
            "description", self, self.tr("e.g. drawing by his daughter, a house and a dog")
        )
        self.problem = problem_label(self)
        self.notice = notice_label(self)
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
        hint.setWordWrap(True)  # Russian and Ukrainian run longer than the dialog's width
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(self.notice)
        layout.addWidget(self.counter)
        layout.addWidget(hint)
        layout.addWidget(buttons)
        self.setMinimumWidth(520)

        self.author.currentIndexChanged.connect(self.on_author_changed)
        self.direction.currentIndexChanged.connect(self.on_direction_changed)
        if item is not None:
            # Correcting one item: no "next", Enter saves it.
            self.next_button.hide()
            hint.setText(self.tr("Enter saves, Esc cancels"))
            self.put(item.values)
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

    def put(self, values: Mapping[str, str]) -> None:
        """Set the fields named in ``values`` (the shape of :meth:`values`)."""
        if "kind" in values:
            self.kind.set_current(ItemKind(values["kind"]))
        if "direction" in values:
            self.direction.set_current(Direction(values["direction"]))  # may pick an author
        for name, line in self.lines.items():
            if name in values:
                line.edit.setText(values[name])
        author = values.get("author_contact_id")
        if author is not None or "author_name" in values:
            index = self.author.findData(author) if author else -1
            if index < 0:
                fallback = OTHER if self.lines["author_name"].text().strip() else NOBODY
                index = self.author.findData(fallback)
            self.author.setCurrentIndex(index)
        if "author_relationship" in values:
            relationship = values["author_relationship"]
            self.relationship.set_current(Relationship(relationship) if relationship else None)

    def shown(self, field: str, value: str) -> str:
        """A value of the form in words, as its combo boxes say it."""
        if not value.strip():
            return "—"
        combos: dict[str, QComboBox] = {
            "kind": self.kind,
            "direction": self.direction,
            "author": self.author,
        }
        combo = combos.get("author" if field == "author_contact_id" else field)
        if combo is not None and combo.findData(value) >= 0:
            return combo.itemText(combo.findData(value))
        if field == "author_relationship":
            return Relationship(value).label
        return value

    def _clear_problems(self) -> None:
        for line in self.lines.values():
            line.set_problem(None)
        self.problem.hide()

    def _save(self) -> bool:
        self._clear_problems()
        actor, person_id, raw, today = self._host.actor, self._person_id, self.values(), self._today
        editing = self._item

        def change(session: Session) -> CorrespondenceItem:
            if editing is not None:
                return update_item(
                    session, actor, editing.id, raw, expected_version=editing.version, today=today
                )
            return log_item(session, actor, person_id, raw, today=today)

        return (
            CollectionOp(self._host, self, change, Change.ITEMS)
            .on_invalid(self._show_problems)
            .on_conflict(self._on_conflict)
            .on_success(self._logged)
            .run()
        )

    def _logged(self, item: CorrespondenceItem) -> None:
        self.saved_id = item.id
        if self._item is None:
            self.logged += 1
            self.item_logged.emit(item.id or 0)
        else:
            offer_undo_edit(self._host, item, self._item.values)

    def _on_conflict(self, exc: EditConflictError) -> None:
        """Someone saved the item since this form was opened: read it as saved now and let
        the user choose (the dialog names who changed what)."""
        if self._item is None:
            return
        item_id = self._item.id
        now = QueryOp(self._host, self, lambda session: item_form(session, item_id)).run_now()
        if now is None:
            return  # removed meanwhile; the read said so
        conflict = FormConflict(
            exc,
            translated("ItemDialog", LABELS),
            self._initial,
            self.values(),
            now.values,
            self.shown,
        )
        self.conflict_dialog = open_conflict(
            self._host,
            self,
            conflict,
            Change.ITEMS,
            lambda mine: self.reload(now, mine, reloaded_text(conflict, bool(mine))),
        )

    def reload(self, item: ItemForm, mine: Mapping[str, str], notice: str = "") -> None:
        """Show ``item`` as saved now (its version), with ``mine`` put back on top."""
        self._item = item
        self.put(item.values)
        self.on_author_changed()
        self._initial = self.values()
        self.put(mine)
        self.on_author_changed()
        self.notice.setText(notice)
        self.notice.setVisible(bool(notice))
        self.save_button.setFocus()

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
        if self._item is not None:
            return  # one item is corrected at a time
        if not self._save():
            return
        for name in CLEARED:
            self.lines[name].edit.clear()
        self._initial = self.values()
        self.counter.setText(self.tr("%n items logged", "", self.logged))
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

    def is_dirty(self) -> bool:
        """Something was typed since the form was opened (or last saved and cleared)."""
        return self.values() != self._initial

    def reject(self) -> None:
        if not self.is_dirty():
            super().reject()
            return
        ask_discard(self, lambda: QDialog.reject(self))


WITHHOLD_REASONS = (
    QT_TRANSLATE_NOOP("ItemDialog", "Content could endanger the person"),
    QT_TRANSLATE_NOOP("ItemDialog", "Content not allowed by the holding party"),
    QT_TRANSLATE_NOOP("ItemDialog", "Sender could not be identified"),
)


def edit_item(
    host: Host,
    item_id: int,
    person_name: str,
    contacts: list[ContactRow],
    parent: QWidget | None = None,
) -> ItemDialog | None:
    """Open the form correcting item ``item_id`` (None, after saying why, when it cannot be
    read)."""
    form = QueryOp(host, parent or host.window(), lambda s: item_form(s, item_id)).run_now()
    if form is None:
        return None
    dialog = ItemDialog(
        host, form.person_id, person_name, contacts, parent or host.window(), item=form
    )
    dialog.open()
    return dialog


def offer_undo_edit(host: Host, item: CorrespondenceItem, before: Mapping[str, str]) -> None:
    """Undo in the status bar after a correction: the item's values as they were (refused,
    with the conflict named, if someone changed it since)."""
    actor, today, item_id, version = host.actor, host.today(), item.id or 0, item.version
    title = f"{item.kind.label} #{item_id}"

    def undo() -> None:
        CollectionOp(
            host,
            host.window(),
            lambda session: update_item(
                session, actor, item_id, before, expected_version=version, today=today
            ),
            Change.ITEMS,
        ).run()

    host.offer_undo(
        QCoreApplication.translate("ItemDialog", "{item} corrected.").format(item=title), undo
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
        plurals().withhold_items(len(ids)),
        QCoreApplication.translate("ItemDialog", "&Withhold"),
        withhold,
        Change.ITEMS,
        tuple(QCoreApplication.translate("ItemDialog", r) for r in WITHHOLD_REASONS),
        parent,
    )
    dialog.open()
    return dialog
