"""The conflict dialog: the fields they changed whose value differs from the form's, theirs beside
yours with who and when; reloading (with the user's changes on top, or without) tells the
views first; Cancel keeps the form as typed. A change that is no form of fields gets the
operation helper's own box, which closes the form on the new version only when asked."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox
from pytestqt.qtbot import QtBot

from ombuds_desk.domain.accounts import User
from ombuds_desk.domain.errors import ChangedField, EditConflictError, SavedSince
from ombuds_desk.services.cases.case_view import person_form
from ombuds_desk.services.cases.notes import add_note
from ombuds_desk.services.cases.persons import assign_person, update_person
from ombuds_desk.services.core.unit_of_work import unit_of_work
from ombuds_desk.store.database import Database
from ombuds_desk.ui.common.changes import Change
from ombuds_desk.ui.common.conflict_dialog import (
    ConflictDialog,
    FormConflict,
    open_conflict,
    reloaded_text,
)
from ombuds_desk.ui.common.operations import CollectionOp
from tests.services.helpers import id_of, register
from tests.ui.hosting import BareHost

WHEN = "26.11.2026 14:03"
SAVE = SavedSince("Олег Бондар", datetime(2026, 11, 26, 12, 3, tzinfo=UTC), WHEN, ("Rank",))
STATUS = SavedSince(
    "Світлана Мельник", datetime(2026, 11, 26, 12, 5, tzinfo=UTC), WHEN, ("Status",)
)
ERROR = EditConflictError(
    "Case CAP-2026-00042 was changed by someone else after you opened it.",
    what="Case CAP-2026-00042",
    saves=(SAVE, STATUS),
    changes=(
        ChangedField("rank", "Rank", "солдат", "сержант", "Олег Бондар", WHEN),
        ChangedField("unit", "Unit", "—", "3-тя бригада", "Олег Бондар", WHEN),
        ChangedField("status", "Status", "Registered", "Confirmed", "Світлана Мельник", WHEN),
    ),
)
LABELS = {"rank": "Rank", "unit": "Unit", "phone": "Phone", "sex": "Sex"}
OPENED = {"rank": "солдат", "unit": "", "phone": "", "sex": "unknown"}
NOW = {"rank": "сержант", "unit": "3-тя бригада", "phone": "", "sex": "unknown"}


def _conflict(**typed: str) -> FormConflict:
    return FormConflict(ERROR, LABELS, OPENED, {**OPENED, **typed}, NOW)


def test_the_rows_are_their_changes_that_differ_from_the_form() -> None:
    conflict = _conflict(rank="майор", phone="+380 50 1")
    rows = [(r.label, r.theirs, r.yours, r.yours_changed, r.by) for r in conflict.rows()]
    assert rows == [
        ("Rank", "сержант", "майор", True, f"Олег Бондар, {WHEN}"),
        ("Unit", "3-тя бригада", "—", False, f"Олег Бондар, {WHEN}"),
    ]
    assert conflict.mine() == {"rank": "майор", "phone": "+380 50 1"}
    assert conflict.merged() == {**NOW, "rank": "майор", "phone": "+380 50 1"}
    assert conflict.mine_words() == "Rank and Phone"
    # The same value typed by both is no conflict; a status is not on this form.
    assert [r.name for r in _conflict(rank="сержант").rows()] == ["unit"]
    assert conflict.elsewhere() == [
        f"Status: Registered → Confirmed (Світлана Мельник, {WHEN})",
    ]
    assert conflict.who() == "Олег Бондар and Світлана Мельник"


def test_a_trail_that_says_nothing_still_shows_the_difference() -> None:
    bare = EditConflictError("This contact was changed by someone else after you opened it.")
    conflict = FormConflict(bare, LABELS, OPENED, {**OPENED, "rank": "майор"}, NOW)
    assert [(r.label, r.theirs, r.by) for r in conflict.rows()] == [
        ("Rank", "сержант", ""),
        ("Unit", "3-тя бригада", ""),
    ]
    assert (conflict.who(), conflict.what()) == ("someone else", "This record")
    bookkeeping = SavedSince("Світлана Мельник", STATUS.at, WHEN, ())
    saved_nothing = EditConflictError("x", what="Parcel PCL-1", saves=(bookkeeping,))
    assert FormConflict(saved_nothing, LABELS, OPENED, OPENED, OPENED).elsewhere() == [
        f"Світлана Мельник saved it on {WHEN} without changing a field shown here"
    ]


def test_the_reloaded_form_says_what_it_shows() -> None:
    conflict = _conflict(rank="майор")
    assert reloaded_text(conflict, True) == (
        "Reloaded: this is Case CAP-2026-00042 as Олег Бондар and Світлана Мельник saved it, "
        "with your changes put back (Rank). Check them, then save."
    )
    assert reloaded_text(conflict, False).endswith("what you had typed was discarded.")


def _table(dialog: ConflictDialog) -> list[list[str]]:
    grid = dialog.table
    rows = []
    for r in range(grid.rowCount()):
        cells = [grid.item(r, c) for c in range(grid.columnCount())]
        rows.append([cell.text() if cell is not None else "" for cell in cells])
    return rows


@pytest.fixture
def form(qtbot: QtBot, host: BareHost) -> QDialog:
    dialog = QDialog(host)
    dialog.open()
    qtbot.waitExposed(dialog)
    return dialog


@pytest.mark.parametrize(("button", "keep"), [("reapply_button", True), ("discard_button", False)])
def test_reloading_tells_the_views_then_the_form(
    qtbot: QtBot, host: BareHost, form: QDialog, tmp_path: Path, button: str, keep: bool
) -> None:
    conflict = _conflict(rank="майор", phone="+380 50 1")
    asked: list[dict[str, str]] = []
    dialog = open_conflict(
        host, form, conflict, Change.CASES, lambda mine: asked.append(dict(mine))
    )
    qtbot.waitExposed(dialog)
    dialog.grab().save(str(tmp_path / "conflict.png"))
    assert QApplication.activeModalWidget() is dialog and dialog.parent() is form
    assert _table(dialog) == [
        ["Rank", "сержант", "майор", f"Олег Бондар, {WHEN}"],
        ["Unit", "3-тя бригада", "— (you did not change it)", f"Олег Бондар, {WHEN}"],
    ]
    assert dialog.elsewhere.isVisible()
    assert dialog.elsewhere.text().startswith("Also changed: Status: Registered → Confirmed")
    assert "(Rank and Phone) on top" in dialog.advice.text()
    assert host.changes == [] and asked == []
    getattr(dialog, button).click()
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert host.changes == [Change.CASES]
    assert asked == [{"rank": "майор", "phone": "+380 50 1"} if keep else {}]


def test_cancel_keeps_the_form_as_typed(qtbot: QtBot, host: BareHost, form: QDialog) -> None:
    asked: list[dict[str, str]] = []
    dialog = open_conflict(
        host, form, _conflict(rank="майор"), Change.CASES, lambda m: asked.append(dict(m))
    )
    qtbot.waitExposed(dialog)
    assert dialog.reapply_button.isDefault()
    dialog.reject()  # Esc or Cancel
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert host.changes == [] and asked == [] and form.isVisible()


def test_with_nothing_in_the_way_the_dialog_says_so(
    qtbot: QtBot, host: BareHost, form: QDialog
) -> None:
    conflict = FormConflict(ERROR, LABELS, OPENED, {**OPENED, "phone": "1"}, OPENED)
    dialog = open_conflict(host, form, conflict, Change.CASES, lambda _mine: None)
    qtbot.waitExposed(dialog)
    assert not dialog.table.isVisible()
    assert dialog.advice.text().startswith("None of the fields on your form differs from theirs.")


# -- the operation helper ------------------------------------------------------------------


def _stale_edit(db: Database, caseworker: User, supervisor: User, today: date) -> int:
    """A case whose form, opened at version 1, was saved meanwhile by the supervisor."""
    person_id = id_of(register(db, caseworker, today, family_name="Ґудзь", rank="солдат"))
    with db.reading() as session:
        form = person_form(session, person_id)
    with unit_of_work(db, supervisor) as session:
        update_person(
            session,
            supervisor,
            person_id,
            {**form.values, "rank": "сержант"},
            expected_version=1,
            today=today,
        )
    return person_id


def _assign(host: BareHost, parent: QDialog | BareHost, person_id: int) -> CollectionOp[object]:
    actor = host.actor
    return CollectionOp(
        host,
        parent,
        lambda session: assign_person(session, actor, person_id, None, expected_version=1),
        Change.CASES,
    )


def _box(qtbot: QtBot) -> QMessageBox:
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), QMessageBox))
    box = QApplication.activeModalWidget()
    assert isinstance(box, QMessageBox) and box.objectName() == "conflictMessage"
    return box


def test_over_a_form_the_box_names_who_and_closes_it_on_the_new_version_when_asked(
    qtbot: QtBot,
    supervisor_host: BareHost,
    db: Database,
    caseworker: User,
    supervisor: User,
    today: date,
    tmp_path: Path,
) -> None:
    host = supervisor_host
    person_id = _stale_edit(db, caseworker, supervisor, today)
    form = QDialog(host)
    form.open()
    assert not _assign(host, form, person_id).run()
    box = _box(qtbot)
    box.grab().save(str(tmp_path / "conflict-box.png"))
    assert box.windowTitle() == "Changed by someone else"
    assert box.text().startswith(
        "Case CAP-2026-00001 was changed by someone else after you opened it: "
        "Світлана Мельник changed Rank ("
    )
    assert "<td>сержант</td><td>солдат</td>" in box.informativeText()
    assert [b.text() for b in box.buttons()] == [
        "&Close and show the new version",
        "&Keep this form open",
    ]
    box.escapeButton().click()  # Keep this form open
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is form)
    assert form.isVisible() and host.changes == []

    assert not _assign(host, form, person_id).run()
    again = _box(qtbot)
    again.buttons()[0].click()
    qtbot.waitUntil(lambda: not form.isVisible())
    assert form.result() == QDialog.DialogCode.Rejected
    assert host.changes == [Change.CASES]  # the views read the case as saved now


def test_over_a_page_ok_has_the_views_read_again(
    qtbot: QtBot,
    supervisor_host: BareHost,
    db: Database,
    caseworker: User,
    supervisor: User,
    today: date,
) -> None:
    person_id = _stale_edit(db, caseworker, supervisor, today)
    assert not _assign(supervisor_host, supervisor_host, person_id).run()
    box = _box(qtbot)
    assert [b.text() for b in box.buttons()] == ["OK"]
    box.buttons()[0].click()
    assert supervisor_host.changes == [Change.CASES]


def test_a_form_that_handles_conflicts_gets_them_and_others_are_left_alone(
    qtbot: QtBot,
    supervisor_host: BareHost,
    db: Database,
    caseworker: User,
    supervisor: User,
    today: date,
) -> None:
    host = supervisor_host
    person_id = _stale_edit(db, caseworker, supervisor, today)
    seen: list[EditConflictError] = []
    worded: list[str] = []

    def word(exc: Exception) -> bool:
        worded.append(str(exc))
        return True  # shown by the caller

    op = _assign(host, host, person_id).on_conflict(seen.append).on_failure(word)
    assert not op.run()
    assert [e.changed_by for e in seen] == [("Світлана Мельник",)] and worded == []
    assert QApplication.activeModalWidget() is None and host.changes == []
    # Without on_conflict, a caller that words refusals itself words this one too.
    assert not _assign(host, host, person_id).on_failure(word).run()
    assert worded[0].startswith("Case CAP-2026-00001 was changed by someone else")
    assert QApplication.activeModalWidget() is None
    # Other refusals go their usual way, not to on_conflict.
    actor = host.actor
    op = CollectionOp(host, host, lambda s: add_note(s, actor, 4242, "x"), Change.NOTES)
    assert not op.on_conflict(seen.append).run()
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), QMessageBox))
    box = QApplication.activeModalWidget()
    assert isinstance(box, QMessageBox) and box.windowTitle() == "Not found"
    assert len(seen) == 1
