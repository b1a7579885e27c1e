"""The operation helper: a change saved and announced once, a refused one routed to the form,
every other failure shown one way with nothing saved; reads off the GUI thread, the newest
read winning, and the page told while it loads."""

from __future__ import annotations

import threading
from datetime import date

from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot
from sqlmodel import Session, select

from ombuds_desk.domain.accounts import User
from ombuds_desk.domain.errors import ValidationError
from ombuds_desk.domain.people import CaseNote
from ombuds_desk.services.cases.notes import add_note
from ombuds_desk.store.database import Database
from ombuds_desk.ui.common.changes import Change
from ombuds_desk.ui.common.operations import CollectionOp, Loader, LoadingBadge, QueryOp
from tests.services.helpers import id_of, register
from tests.ui.hosting import BareHost


def _notes(db: Database) -> list[str]:
    with db.reading() as session:
        return [n.text for n in session.exec(select(CaseNote)).all()]


def _message(qtbot: QtBot) -> QMessageBox:
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), QMessageBox))
    box = QApplication.activeModalWidget()
    assert isinstance(box, QMessageBox)
    return box


def test_a_saved_change_is_announced_once_then_success_runs(
    host: BareHost, db: Database, caseworker: User, today: date
) -> None:
    person_id = id_of(register(db, caseworker, today, family_name="Ґудзь", given_name="Євген"))
    seen: list[object] = []
    host.signals.changed.connect(lambda change: seen.append(("changed", change)))
    saved = (
        CollectionOp(
            host,
            host,
            lambda s: add_note(s, caseworker, person_id, "Лист від дружини"),
            Change.NOTES,
        )
        .on_success(lambda note: seen.append(("success", note.text)))
        .run()
    )
    assert saved
    assert seen == [("changed", Change.NOTES), ("success", "Лист від дружини")]
    assert _notes(db) == ["Лист від дружини"]


def test_a_refused_change_goes_to_the_form_and_nothing_is_announced(
    host: BareHost, db: Database, caseworker: User, today: date
) -> None:
    person_id = id_of(register(db, caseworker, today, family_name="Ґудзь", given_name="Євген"))
    problems: list[ValidationError] = []
    saved = (
        CollectionOp(host, host, lambda s: add_note(s, caseworker, person_id, "  "), Change.NOTES)
        .on_invalid(problems.append)
        .run()
    )
    assert not saved
    assert problems[0].fields == {"text": "a note cannot be empty"}
    assert host.changes == [] and _notes(db) == []
    assert QApplication.activeModalWidget() is None  # the form says it, not a box


def test_other_refusals_are_shown_with_their_own_title(
    qtbot: QtBot, host: BareHost, db: Database, caseworker: User
) -> None:
    CollectionOp(host, host, lambda s: add_note(s, caseworker, 999, "x"), Change.NOTES).run()
    box = _message(qtbot)
    assert box.windowTitle() == "Not found"
    assert host.changes == []


def test_an_unexpected_error_rolls_back_and_says_so(
    qtbot: QtBot, host: BareHost, db: Database, caseworker: User, today: date
) -> None:
    person_id = id_of(register(db, caseworker, today, family_name="Ґудзь", given_name="Євген"))

    def half_done(session: Session) -> None:
        add_note(session, caseworker, person_id, "written first")
        raise RuntimeError("a bug half-way through")

    assert not CollectionOp(host, host, half_done, Change.NOTES).run()
    box = _message(qtbot)
    assert box.windowTitle() == "Something went wrong"
    assert "nothing was saved" in box.text() and "a bug half-way through" in box.text()
    assert _notes(db) == []  # the first write of the unit of work was rolled back
    assert host.changes == []


def test_a_query_runs_off_the_gui_thread_and_answers_on_it(qtbot: QtBot, host: BareHost) -> None:
    threads: list[str] = []
    answers: list[int] = []

    def query(session: Session) -> int:
        threads.append(threading.current_thread().name)
        return len(session.exec(select(CaseNote)).all())

    def answer(count: int) -> None:
        answers.append(threading.current_thread() is threading.main_thread())
        answers.append(count)

    QueryOp(host, host, query).on_success(answer).run()
    qtbot.waitUntil(lambda: len(answers) == 2)
    assert threads[0].startswith("ombuds-db")
    assert answers == [True, 0]  # delivered in the GUI thread


def test_a_failed_read_is_shown_and_run_now_returns_none(qtbot: QtBot, host: BareHost) -> None:
    def broken(session: Session) -> int:
        session.exec(select(CaseNote).where(CaseNote.id == 1)).all()
        raise ValidationError("The list cannot be read like that.")

    failures: list[BaseException] = []
    assert QueryOp(host, host, broken).on_failure(failures.append).run_now() is None
    assert _message(qtbot).text() == "The list cannot be read like that."
    assert len(failures) == 1


def test_the_newest_load_wins_and_later_steps_wait_for_it(qtbot: QtBot, host: BareHost) -> None:
    loader = Loader(host, host)
    release = threading.Event()
    shown: list[str] = []
    steps: list[list[str]] = []

    def slow(_session: Session) -> str:
        release.wait(5)
        return "old"

    loader.load(slow, shown.append)
    assert loader.loading
    loader.load(lambda _session: "new", shown.append)
    loader.after_load(lambda: steps.append(list(shown)))
    qtbot.waitUntil(lambda: shown == ["new"])
    release.set()
    qtbot.waitUntil(lambda: host.tasks.pending == 0)
    assert shown == ["new"]  # the superseded read came back later and was dropped
    assert steps == [["new"]] and not loader.loading


def test_the_badge_shows_only_when_a_read_takes_a_while(qtbot: QtBot, host: BareHost) -> None:
    loader = Loader(host, host)
    badge = LoadingBadge(loader, host)
    release = threading.Event()
    loader.load(lambda _session: release.wait(30), lambda _result: None)
    assert not badge.isVisible()  # not at once: quick reads do not flash it
    qtbot.waitUntil(badge.isVisible)
    assert badge.text() == "Loading…"
    release.set()
    qtbot.waitUntil(lambda: not badge.isVisible())
