"""Register a new person or edit one: a keyboard-first form that checks as you type.

Every field is checked with ``person_rules.field_problem`` on each key, the problem shown in
red under the field and Save disabled while anything is wrong; a name typed with look-alike
letters of the other script (``Шевчeнко``) is warned of there, and may still be saved. Latin names fill themselves
from the names as written (``latin_of``) until the user types in a Latin field.

An edit saved meanwhile by someone else is never overwritten: the save is refused, the case
is read again and the conflict dialog shows who changed which field, their value and the
user's; reloading shows the case as saved now, with the user's changes put back on top if
they asked, to be checked and saved again.
"""

from __future__ import annotations

import html
from collections.abc import Mapping

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)
from sqlmodel import Session

from ombuds_desk.domain.enums import Category, Sex
from ombuds_desk.domain.errors import EditConflictError, ValidationError
from ombuds_desk.domain.people import Person
from ombuds_desk.domain.person_rules import (
    CAPTIVE_FIELDS,
    DATE_FIELDS,
    EVACUEE_FIELDS,
    LATIN_FIELDS,
    NAME_FIELDS,
    field_problem,
    latin_of,
    name_in_one_script,
    name_warning,
)
from ombuds_desk.domain.transliteration import LatinForm
from ombuds_desk.services.cases.case_view import PersonForm, person_form
from ombuds_desk.services.cases.persons import office_latin_form, register_person, update_person
from ombuds_desk.ui.cases.duplicate_warning import DuplicateWarningDialog, warn_before_register
from ombuds_desk.ui.common.changes import Change
from ombuds_desk.ui.common.conflict_dialog import (
    ConflictDialog,
    FormConflict,
    notice_label,
    open_conflict,
    reloaded_text,
)
from ombuds_desk.ui.common.dialog_parts import accept_buttons, place_problems
from ombuds_desk.ui.common.discard import ask_discard
from ombuds_desk.ui.common.enum_combo import EnumCombo
from ombuds_desk.ui.common.errors import show_error
from ombuds_desk.ui.common.field_labels import label, problem_text
from ombuds_desk.ui.common.form_fields import ValidatedLine
from ombuds_desk.ui.common.host import Host
from ombuds_desk.ui.common.operations import CollectionOp, QueryOp
from ombuds_desk.ui.common.palette import muted_style

CORRECT_LINK = "one-script"


class PersonDialog(QDialog):
    """``saved_id`` holds the person's id once Save succeeded (the dialog is then accepted).

    Saving a new person who may already have a case shows the duplicate warning first;
    ``open_existing_requested`` carries the case the user chose to open instead.
    """

    open_existing_requested = Signal(int)

    def __init__(
        self,
        host: Host,
        form: PersonForm | None = None,
        category: Category | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._host = host
        self._today = host.today()
        self._form = form
        # Latin forms fill themselves in after the office's standard (ICAO 9303 or KMU 2010).
        self._latin_form = QueryOp(host, self, office_latin_form).run_now() or LatinForm.ICAO9303
        self._touched: set[str] = set()
        self.saved_id: int | None = None
        self.duplicate_warning: DuplicateWarningDialog | None = None
        self.conflict_dialog: ConflictDialog | None = None
        self.setObjectName("personDialog")
        self.setWindowTitle(
            self.tr("Edit case %s") % form.case_number if form else self.tr("Register a person")
        )

        self.category = EnumCombo(Category, parent=self)
        self.category.setObjectName("category")
        self.category.set_current(form.category if form else category or Category.CAPTIVE)
        self.category.setEnabled(form is None)
        placeholder = self.tr("YYYY, MM.YYYY or DD.MM.YYYY")
        self.lines: dict[str, ValidatedLine] = {}
        # Created in tab order: names, their Latin forms, birth, sex, the rest.
        before_sex = (*NAME_FIELDS, *LATIN_FIELDS.values(), "date_of_birth")
        after_sex = ("citizenship", "home_region", *CAPTIVE_FIELDS, *EVACUEE_FIELDS)
        for field in before_sex:
            self.lines[field] = ValidatedLine(
                field, self, placeholder if field in DATE_FIELDS else ""
            )
        self.sex = EnumCombo(Sex, (Sex.UNKNOWN, Sex.FEMALE, Sex.MALE), parent=self)
        self.sex.setObjectName("sex")

        for field in after_sex:
            self.lines[field] = ValidatedLine(
                field, self, placeholder if field in DATE_FIELDS else ""
            )
        self._latin_auto = {name: True for name in NAME_FIELDS}

        self.buttons, self.save_button = accept_buttons(
            self, self.tr("&Save"), self.on_save_clicked
        )
        self.notice = notice_label(self)

        self._lay_out()
        if form is not None:
            self._fill(form)
        self._initial = self.values()
        self._connect()
        self.on_category_changed()
        (self.lines["family_name"] if form else self.category).setFocus()

    # -- layout --------------------------------------------------------------

    def _labelled(self, field: str) -> QLabel:
        text = label(field, mnemonic=True) + (
            " *" if field in ("family_name", "given_name") else ""
        )
        caption = QLabel(text, self)
        caption.setBuddy(self.lines[field].edit if field in self.lines else self.category)
        return caption

    def _lay_out(self) -> None:
        names = QGroupBox(self.tr("Names as written, and in Latin letters"), self)
        grid = QGridLayout(names)
        for row, field in enumerate(NAME_FIELDS):
            latin = LATIN_FIELDS[field]
            grid.addWidget(self._labelled(field), row, 0)
            grid.addWidget(self.lines[field], row, 1)
            grid.addWidget(self._labelled(latin), row, 2)
            grid.addWidget(self.lines[latin], row, 3)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)

        person = QGroupBox(self.tr("Person"), self)
        person_form = QFormLayout(person)
        category_label = QLabel(label("category", mnemonic=True), self)
        category_label.setBuddy(self.category)
        # Above the names: chosen first (it decides the fields), so Tab follows the form.
        category_row = QFormLayout()
        category_row.addRow(category_label, self.category)
        person_form.addRow(self._labelled("date_of_birth"), self.lines["date_of_birth"])
        sex_label = QLabel(label("sex", mnemonic=True), self)
        sex_label.setBuddy(self.sex)
        person_form.addRow(sex_label, self.sex)
        for field in ("citizenship", "home_region"):
            person_form.addRow(self._labelled(field), self.lines[field])

        self.captive_box = QGroupBox(self.tr("Captivity"), self)
        self.evacuee_box = QGroupBox(self.tr("Evacuation"), self)
        for box, fields in ((self.captive_box, CAPTIVE_FIELDS), (self.evacuee_box, EVACUEE_FIELDS)):
            box_form = QFormLayout(box)
            for field in fields:
                box_form.addRow(self._labelled(field), self.lines[field])

        columns = QHBoxLayout()
        columns.addWidget(person, 1)
        columns.addWidget(self.captive_box, 1)
        columns.addWidget(self.evacuee_box, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(category_row)
        layout.addWidget(names)
        layout.addLayout(columns)
        hint = QLabel(self.tr("* required. Enter saves, Esc cancels."), self)
        hint.setStyleSheet(muted_style())
        layout.addWidget(hint)
        layout.addWidget(self.notice)
        layout.addWidget(self.buttons)
        self.resize(940, 520)

    def _fill(self, form: PersonForm) -> None:
        for field, line in self.lines.items():
            line.edit.setText(form.values.get(field, ""))
        self.sex.set_current(Sex(form.values.get("sex") or Sex.UNKNOWN))
        self._follow_latin()

    def _follow_latin(self) -> None:
        """A Latin name that is the auto-fill of its name keeps following it."""
        for name, latin in LATIN_FIELDS.items():
            typed = self.lines[latin].text()
            self._latin_auto[name] = typed == (
                latin_of(self.lines[name].text(), self._latin_form) or ""
            )

    def _connect(self) -> None:
        self.category.currentIndexChanged.connect(self.on_category_changed)
        for field, line in self.lines.items():
            line.edit.textEdited.connect(lambda _t, f=field: self.on_field_edited(f))
        for field in NAME_FIELDS:
            self.lines[field].problem_label.linkActivated.connect(
                lambda _link, f=field: self.on_problem_link_activated(f)
            )

    # -- values and checks ---------------------------------------------------

    def current_category(self) -> Category:
        return self.category.current() or Category.CAPTIVE

    def _hidden_fields(self) -> tuple[str, ...]:
        return EVACUEE_FIELDS if self.current_category() is Category.CAPTIVE else CAPTIVE_FIELDS

    def values(self) -> dict[str, str]:
        """What the form holds now, as the services take it (hidden fields left out)."""
        hidden = self._hidden_fields()
        raw = {f: line.text() for f, line in self.lines.items() if f not in hidden}
        raw["category"] = self.current_category().value
        raw["sex"] = (self.sex.current() or Sex.UNKNOWN).value
        return raw

    def values_of(self, form: PersonForm) -> dict[str, str]:
        """What the form would hold filled from ``form`` (the shape of :meth:`values`)."""
        hidden = EVACUEE_FIELDS if form.category is Category.CAPTIVE else CAPTIVE_FIELDS
        raw = {f: form.values.get(f, "") for f in self.lines if f not in hidden}
        raw["category"] = form.category.value
        raw["sex"] = form.values.get("sex") or Sex.UNKNOWN.value
        return raw

    def labels(self) -> dict[str, str]:
        """The fields shown, in tab order, as the form labels them."""
        hidden = self._hidden_fields()
        names = [f for f in self.lines if f not in hidden]
        return {f: label(f) for f in (*names[:7], "sex", *names[7:])}

    def is_dirty(self) -> bool:
        return self.values() != self._initial

    def problems(self) -> dict[str, str]:
        born = self.lines["date_of_birth"].text()
        hidden = self._hidden_fields()
        found: dict[str, str] = {}
        for field, line in self.lines.items():
            if field not in hidden:
                problem = field_problem(field, line.text(), self._today, born)
                if problem:
                    found[field] = problem
        return found

    def validate(self) -> bool:
        """Show the problems of touched or filled fields; Save only when there are none."""
        found = self.problems()
        for field, line in self.lines.items():
            visible = field in self._touched or bool(line.text().strip())
            problem = found.get(field) if visible else None
            warning = None if problem or not visible else name_warning(field, line.text())
            if warning is not None:
                self._warn_of_mixed_scripts(field, problem_text(field, warning))
            else:
                line.problem_label.setTextFormat(Qt.TextFormat.PlainText)
                line.set_problem(problem_text(field, problem) if problem else None)
        self.save_button.setEnabled(not found)
        return not found

    def _warn_of_mixed_scripts(self, field: str, warning: str) -> None:
        """A name with look-alike letters of the other script is warned of, not refused
        (it may be what was meant); a link puts it in one script, where it can be."""
        line = self.lines[field]
        line.set_problem(warning)
        fixed = name_in_one_script(field, line.text())
        text = html.escape(warning)
        if fixed is not None:
            link = self.tr("Correct it to “%s”") % html.escape(fixed)
            text += f'. <a href="{CORRECT_LINK}">{link}</a>'
        line.problem_label.setTextFormat(Qt.TextFormat.RichText)
        line.problem_label.setText(text)

    @Slot(str)
    def on_problem_link_activated(self, field: str) -> None:
        """The warning's link: the name in one script, as if typed so."""
        fixed = name_in_one_script(field, self.lines[field].text())
        if fixed is not None:
            self.lines[field].edit.setText(fixed)
            self.on_field_edited(field)

    # -- slots ---------------------------------------------------------------

    @Slot()
    def on_category_changed(self) -> None:
        captive = self.current_category() is Category.CAPTIVE
        self.captive_box.setVisible(captive)
        self.evacuee_box.setVisible(not captive)
        self.validate()

    def on_field_edited(self, field: str) -> None:
        self._touched.add(field)
        if field in LATIN_FIELDS:
            if self._latin_auto[field]:
                self.lines[LATIN_FIELDS[field]].edit.setText(
                    latin_of(self.lines[field].text(), self._latin_form) or ""
                )
        else:
            for name, latin in LATIN_FIELDS.items():
                if field == latin:
                    # Typing takes over; emptying the field hands it back to the auto-fill.
                    self._latin_auto[name] = not self.lines[latin].text().strip()
        self.validate()

    @Slot()
    def on_save_clicked(self) -> None:
        if not self.validate():
            return
        if self._form is None and self._warn_of_duplicates():
            return  # the warning decides: register anyway, open the existing case, or back
        self.save()

    def _warn_of_duplicates(self) -> bool:
        """Show the possible existing cases of a new person, if any (``duplicate_warning``)."""
        self.duplicate_warning = warn_before_register(
            self, self._host, self.values(), self.save, self._open_existing
        )
        return self.duplicate_warning is not None

    def _open_existing(self, person_id: int) -> None:
        QDialog.reject(self)  # the user chose the existing case: nothing to ask
        self.open_existing_requested.emit(person_id)

    @Slot()
    def save(self) -> None:
        raw, actor, today, form = self.values(), self._host.actor, self._today, self._form

        def change(session: Session) -> Person:
            if form is None:
                return register_person(session, actor, raw, today=today)
            return update_person(
                session, actor, form.id, raw, expected_version=form.version, today=today
            )

        op = CollectionOp(self._host, self, change, Change.CASES)
        op.on_invalid(self._show_field_problems).on_conflict(self._on_conflict)
        op.on_success(self._saved).run()

    def _on_conflict(self, exc: EditConflictError) -> None:
        """Someone saved the case since this form was opened: read it as saved now and let
        the user choose (the dialog names who changed what)."""
        if self._form is None:
            return
        person_id = self._form.id
        now = QueryOp(self._host, self, lambda session: person_form(session, person_id)).run_now()
        if now is None:
            return  # the case is gone; the read said so
        conflict = FormConflict(
            exc, self.labels(), self._initial, self.values(), self.values_of(now), _shown
        )
        self.conflict_dialog = open_conflict(
            self._host,
            self,
            conflict,
            Change.CASES,
            lambda mine: self.reload(now, mine, reloaded_text(conflict, bool(mine))),
        )

    def reload(self, form: PersonForm, mine: Mapping[str, str], notice: str = "") -> None:
        """Show ``form`` (the case as saved now, at its version), then put ``mine`` (fields
        the user had changed) back on top, for the user to check and save."""
        self._form = form
        self._fill(form)
        self._initial = self.values()
        for field, value in mine.items():
            if field in self.lines:
                self.lines[field].edit.setText(value)
                self._touched.add(field)
            elif field == "sex":
                self.sex.set_current(Sex(value or Sex.UNKNOWN))
        self._follow_latin()
        self.validate()
        self.notice.setText(notice)
        self.notice.setVisible(bool(notice))
        self.save_button.setFocus()

    def _saved(self, person: Person) -> None:
        self.saved_id = person.id
        super().accept()

    def _show_field_problems(self, exc: ValidationError) -> None:
        self._touched.update(field for field in exc.fields if field in self.lines)
        unplaced = place_problems(exc, self.lines, problem_text)
        if unplaced or not exc.fields:
            show_error(self, exc)
        self.save_button.setEnabled(False)

    def reject(self) -> None:
        """Esc or Cancel: ask first when something was typed."""
        if not self.is_dirty():
            super().reject()
            return
        ask_discard(self, lambda: QDialog.reject(self))


def _shown(field: str, value: str) -> str:
    """A value of the form in words: the sex by its label, nothing as a dash."""
    if field == "sex":
        return Sex(value or Sex.UNKNOWN).label
    if field == "category":
        return Category(value).label
    return value if value.strip() else "—"
