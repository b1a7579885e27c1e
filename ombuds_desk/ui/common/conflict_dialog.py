"""A save that meets a record somebody else saved meanwhile: who changed what, and what next.

The service refuses the save with an ``EditConflictError`` that says, from the audit trail,
who saved the record since the form was opened, when, and which fields they changed
(``services/core/conflicts.py``). Nothing is overwritten; the user decides.

A form of fields (``CollectionOp.on_conflict``) reads the record as saved now and opens a
:class:`ConflictDialog` on a :class:`FormConflict`: a table of the fields they changed whose
value differs from the form's (field, their value, your value, who and when), and three ways
on:

- **Reload and apply my changes again**: the form shows the record as saved now, with the
  fields the user had changed put back on top; nothing is saved until they click Save.
- **Discard my changes**: the form shows the record as saved now.
- **Cancel**: the form stays as typed (saving it again meets the same conflict).

A change that is not a form of fields (a status, a block, a merge) gets :func:`show_conflict`,
``CollectionOp``'s default: the message naming who changed what and when, their values, and
"Close and show the new version" (every view reads again and the form closes, to be opened on
the new version) or "Keep this form open".
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from html import escape

from PySide6.QtCore import QCoreApplication, Qt, Signal, Slot
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ombuds_desk.domain.errors import ChangedField, EditConflictError
from ombuds_desk.ui.common.changes import NOTHING, Change
from ombuds_desk.ui.common.host import Host
from ombuds_desk.ui.common.palette import deferred_text

EMPTY = "—"
NOTICE_STYLE = (
    "background: #fff4ce; color: #202020; border: 1px solid #e0c060;"
    " border-radius: 3px; padding: 4px 6px;"
)


def as_typed(_field: str, value: str) -> str:
    """A value as a line edit shows it (``—`` for nothing)."""
    return value if value.strip() else EMPTY


def _and(words: list[str]) -> str:
    if len(words) <= 1:
        return "".join(words)
    return ", ".join(words[:-1]) + QCoreApplication.translate("ConflictDialog", " and ") + words[-1]


@dataclass(frozen=True)
class ConflictRow:
    """One field they changed whose value now differs from the form's."""

    name: str
    label: str
    theirs: str
    yours: str
    yours_changed: bool  # False: the user left it as opened (their value will be kept)
    by: str  # "Олег Бондар, 26.11.2026 14:03" (empty when the trail could not say)


@dataclass(frozen=True)
class FormConflict:
    """What a form knows when its save met a newer version of its record.

    ``labels``: the form's fields in the order it shows them, named as it names them;
    ``opened``, ``typed`` and ``now``: the form's values (as its ``values()`` gives them)
    when it was opened, as typed, and of the record as saved now; ``shown(field, value)``:
    a value in words (an enum's label, a date as typed).
    """

    error: EditConflictError
    labels: Mapping[str, str]
    opened: Mapping[str, str]
    typed: Mapping[str, str]
    now: Mapping[str, str]
    shown: Callable[[str, str], str] = as_typed

    def mine(self) -> dict[str, str]:
        """The fields the user changed, with what they typed: what goes back on top."""
        return {f: v for f, v in self.typed.items() if v != self.opened.get(f, "")}

    def merged(self) -> dict[str, str]:
        """The record as saved now with the user's changes on top."""
        return {**self.now, **self.mine()}

    def _by(self, change: ChangedField | None) -> str:
        if change is not None:
            return f"{change.by}, {change.when}"
        saves = self.error.saves
        return f"{saves[-1].by}, {saves[-1].when}" if saves else ""

    def rows(self) -> list[ConflictRow]:
        """Each field changed since the form was opened whose value differs from yours."""
        found = []
        for name, label in self.labels.items():
            theirs, before = self.now.get(name, ""), self.opened.get(name, "")
            yours = self.typed.get(name, "")
            if theirs in (before, yours):
                continue
            found.append(
                ConflictRow(
                    name,
                    label,
                    self.shown(name, theirs),
                    self.shown(name, yours),
                    yours != before,
                    self._by(self.error.change_of(name)),
                )
            )
        return found

    def elsewhere(self) -> list[str]:
        """What else they did that this form does not show: ``Status: Registered →
        Confirmed (Світлана Мельник, 26.11.2026 14:03)``, or a save of nothing shown."""
        lines = [
            f"{c.label}: {c.before} → {c.after} ({c.by}, {c.when})"
            for c in self.error.changes
            if c.name not in self.labels
        ]
        shown = {c.label for c in self.error.changes}
        for save in self.error.saves:
            if not any(label in shown for label in save.fields):
                lines.append(
                    QCoreApplication.translate(
                        "ConflictDialog", "%s saved it on %s without changing a field shown here"
                    )
                    % (save.by, save.when)
                )
        return lines

    def who(self) -> str:
        return _and(list(self.error.changed_by)) or QCoreApplication.translate(
            "ConflictDialog", "someone else"
        )

    def what(self) -> str:
        return self.error.what or QCoreApplication.translate("ConflictDialog", "This record")

    def mine_words(self) -> str:
        mine = self.mine()
        return _and([label for name, label in self.labels.items() if name in mine])


def reloaded_text(conflict: FormConflict, kept: bool) -> str:
    """The line a reloaded form shows above its buttons."""
    if kept and conflict.mine():
        return QCoreApplication.translate(
            "ConflictDialog",
            "Reloaded: this is %s as %s saved it, with your changes put back (%s). "
            "Check them, then save.",
        ) % (conflict.what(), conflict.who(), conflict.mine_words())
    return QCoreApplication.translate(
        "ConflictDialog", "Reloaded: this is %s as %s saved it; what you had typed was discarded."
    ) % (
        conflict.what(),
        conflict.who(),
    )


def notice_label(parent: QWidget) -> QLabel:
    """The form's line that says it was reloaded after a conflict (hidden until then)."""
    notice = QLabel(parent)
    notice.setObjectName("conflictNotice")
    notice.setWordWrap(True)
    notice.setStyleSheet(NOTICE_STYLE)
    notice.hide()
    return notice


class ConflictDialog(QDialog):
    """Who changed what, beside what the user typed; ``reload_requested(keep_mine)`` when
    the user chose to reload (after the host was told, so that every view reads again)."""

    reload_requested = Signal(bool)

    def __init__(
        self, host: Host, conflict: FormConflict, changes: Change, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._host = host
        self._changes = changes
        self.conflict = conflict
        self.setObjectName("conflictDialog")
        self.setWindowTitle(conflict.error.title)

        heading = QLabel(self)
        heading.setObjectName("conflictHeading")
        heading.setWordWrap(True)
        heading.setTextFormat(Qt.TextFormat.RichText)
        heading.setText(
            QCoreApplication.translate(
                "ConflictDialog",
                "<b>%s</b> was changed by <b>%s</b> after you opened it. Nothing of yours was saved.",
            )
            % (escape(conflict.what()), escape(conflict.who()))
        )
        self.rows = conflict.rows()
        self.table = self._table(self.rows)
        self.elsewhere = QLabel(self)
        self.elsewhere.setObjectName("conflictElsewhere")
        self.elsewhere.setWordWrap(True)
        other = conflict.elsewhere()
        self.elsewhere.setText(
            QCoreApplication.translate("ConflictDialog", "Also changed: %s") % "; ".join(other)
            if other
            else ""
        )
        self.elsewhere.setVisible(bool(other))
        self.advice = QLabel(self)
        self.advice.setObjectName("conflictAdvice")
        self.advice.setWordWrap(True)
        self.advice.setText(self._advice())

        self.reapply_button = QPushButton(
            QCoreApplication.translate("ConflictDialog", "&Reload and apply my changes again"), self
        )
        self.reapply_button.setObjectName("reapply")
        self.reapply_button.setDefault(True)
        self.discard_button = QPushButton(
            QCoreApplication.translate("ConflictDialog", "&Discard my changes"), self
        )
        self.discard_button.setObjectName("discard")
        buttons = QDialogButtonBox(self)
        buttons.addButton(self.reapply_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.discard_button, QDialogButtonBox.ButtonRole.DestructiveRole)
        cancel = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setToolTip(
            QCoreApplication.translate(
                "ConflictDialog", "Back to the form as you typed it; nothing is saved"
            )
        )
        self.reapply_button.clicked.connect(self.on_reapply_clicked)
        self.discard_button.clicked.connect(self.on_discard_clicked)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.table)
        layout.addWidget(self.elsewhere)
        layout.addWidget(self.advice)
        layout.addWidget(buttons)
        self.setMinimumWidth(640)
        self.reapply_button.setFocus()

    def _table(self, rows: list[ConflictRow]) -> QTableWidget:
        headers = [
            QCoreApplication.translate("ConflictDialog", "Field"),
            QCoreApplication.translate("ConflictDialog", "Their value"),
            QCoreApplication.translate("ConflictDialog", "Your value"),
            QCoreApplication.translate("ConflictDialog", "Changed by"),
        ]
        table = QTableWidget(len(rows), len(headers), self)
        table.setObjectName("conflictTable")
        table.setHorizontalHeaderLabels(headers)
        table.verticalHeader().hide()
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        table.setWordWrap(True)
        for row, found in enumerate(rows):
            yours = QTableWidgetItem(found.yours)
            if not found.yours_changed:
                yours.setText(
                    QCoreApplication.translate("ConflictDialog", "%s (you did not change it)")
                    % found.yours
                )
                yours.setForeground(deferred_text())
                yours.setToolTip(
                    QCoreApplication.translate(
                        "ConflictDialog", "Their value is kept when you reload"
                    )
                )
            label = QTableWidgetItem(found.label)
            bold = QFont(label.font())
            bold.setBold(True)
            label.setFont(bold)
            for column, item in enumerate(
                (label, QTableWidgetItem(found.theirs), yours, QTableWidgetItem(found.by))
            ):
                table.setItem(row, column, item)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        table.resizeRowsToContents()
        height = table.horizontalHeader().height() + 2 * table.frameWidth()
        height += sum(table.rowHeight(r) for r in range(len(rows)))
        table.setFixedHeight(max(height, table.horizontalHeader().height() + 8))
        table.setVisible(bool(rows))
        return table

    def _advice(self) -> str:
        conflict = self.conflict
        if not self.rows:
            first = (
                QCoreApplication.translate(
                    "ConflictDialog", "None of the fields on your form differs from theirs."
                )
                + " "
            )
        else:
            first = ""
        mine = conflict.mine_words()
        if mine:
            return first + QCoreApplication.translate(
                "ConflictDialog",
                "“Reload and apply my changes again” shows %s as saved now with your changes "
                "(%s) on top; check it and save. Nothing is saved until you do.",
            ) % (conflict.what(), mine)
        return first + QCoreApplication.translate(
            "ConflictDialog", "You changed nothing on the form; reload it to see %s as saved now."
        ) % (conflict.what())

    def _reload(self, keep_mine: bool) -> None:
        self.accept()
        if self._changes != NOTHING:
            self._host.notify(self._changes)  # what is shown behind the form is old too
        self.reload_requested.emit(keep_mine)

    @Slot()
    def on_reapply_clicked(self) -> None:
        self._reload(True)

    @Slot()
    def on_discard_clicked(self) -> None:
        self._reload(False)


def open_conflict(
    host: Host,
    parent: QWidget,
    conflict: FormConflict,
    changes: Change,
    reload: Callable[[Mapping[str, str]], object],
) -> ConflictDialog:
    """Open the dialog over the form; ``reload(mine)`` shows the record as saved now with
    ``mine`` (the user's changes, or nothing when they discarded them) put back on top."""
    for earlier in parent.findChildren(ConflictDialog):
        if not earlier.isVisible():
            earlier.deleteLater()  # a conflict met before, answered
    dialog = ConflictDialog(host, conflict, changes, parent)
    dialog.reload_requested.connect(lambda keep: reload(conflict.mine() if keep else {}))
    dialog.open()
    return dialog


# -- a change that is not a form of fields ----------------------------------------------

# A box with no parent window is owned by no one: kept here until it is closed.
_ORPHANS: set[QMessageBox] = set()


def _changes_table(error: EditConflictError) -> str:
    if not error.changes:
        return ""
    head = "".join(
        f"<th align='left'>{escape(h)}</th>"
        for h in (
            QCoreApplication.translate("ConflictDialog", "Field"),
            QCoreApplication.translate("ConflictDialog", "Now"),
            QCoreApplication.translate("ConflictDialog", "Before"),
            QCoreApplication.translate("ConflictDialog", "Changed by"),
        )
    )
    rows = "".join(
        "<tr>"
        + "".join(
            f"<td>{escape(v)}</td>" for v in (c.label, c.after, c.before, f"{c.by}, {c.when}")
        )
        + "</tr>"
        for c in error.changes
    )
    return f"<table cellspacing='0' cellpadding='3'><tr>{head}</tr>{rows}</table>"


def show_conflict(
    host: Host, parent: QWidget | None, error: EditConflictError, changes: Change
) -> QMessageBox:
    """What ``CollectionOp`` shows when no one handles a conflict: who changed what and
    when; over a dialog, "Close and show the new version" (every view reads again and the
    dialog closes, to be opened again on the new version) or "Keep this form open"; over a
    page, OK (and the views read again)."""
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        error.title,
        error.message,
        QMessageBox.StandardButton.NoButton,
        parent,
    )
    box.setObjectName("conflictMessage")
    # Wide enough for a sentence naming people and fields (a message box keeps itself narrow).
    box.setStyleSheet(
        "QLabel#qt_msgbox_label, QLabel#qt_msgbox_informativelabel { min-width: 460px; }"
    )
    table = _changes_table(error)
    if table:
        box.setInformativeText(table)
    over_form = isinstance(parent, QDialog)
    if over_form:
        refresh = box.addButton(
            QCoreApplication.translate("ConflictDialog", "&Close and show the new version"),
            QMessageBox.ButtonRole.AcceptRole,
        )
        keep = box.addButton(
            QCoreApplication.translate("ConflictDialog", "&Keep this form open"),
            QMessageBox.ButtonRole.RejectRole,
        )
        box.setDefaultButton(refresh)
        box.setEscapeButton(keep)
    else:
        refresh = box.addButton(QMessageBox.StandardButton.Ok)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

    def finished(_result: int) -> None:
        if box.clickedButton() is not refresh:
            return
        if changes != NOTHING:
            host.notify(changes)
        if isinstance(parent, QDialog):
            parent.done(QDialog.DialogCode.Rejected)  # the user chose: no "discard?" question

    box.finished.connect(finished)
    if parent is None:
        _ORPHANS.add(box)
        box.finished.connect(lambda _result: _ORPHANS.discard(box))
    box.open()
    return box
