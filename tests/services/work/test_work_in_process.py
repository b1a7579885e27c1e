"""My work's read in a worker process (``ui/work/work_in_process.py``) gives what the read on
a thread gives, on both back ends and in the window's language; the same lines again come
back as no bytes at all, and the page then keeps the very read it shows."""

from __future__ import annotations

import pickle
from datetime import date

import pytest

from ombuds_desk.domain import i18n
from ombuds_desk.domain.accounts import User
from ombuds_desk.domain.i18n import Language
from ombuds_desk.domain.people import Person
from ombuds_desk.services.core.reading import read
from ombuds_desk.services.core.unit_of_work import unit_of_work
from ombuds_desk.store.database import Database
from ombuds_desk.store.translations import catalogue
from ombuds_desk.ui.work.work_in_process import read_in_worker, work_query
from ombuds_desk.ui.work.work_read import WorkRead, read_work
from tests.services.work.office import Office


def _on_thread(db: Database, actor: User, today: date, team: bool) -> WorkRead:
    return read(db, lambda session: read_work(session, actor, today, team))


def _never_cancelled() -> bool:
    return False


@pytest.mark.parametrize("team", [False, True], ids=["own", "team"])
def test_the_worker_reads_what_the_thread_reads_in_the_window_s_language(
    db: Database, office: Office, supervisor: User, caseworker: User, today: date, team: bool
) -> None:
    actor = supervisor if team else caseworker
    with i18n.using(catalogue(Language.UK)):
        expected = _on_thread(db, actor, today, team)
    query = work_query(db, actor, today, team, "uk_UA", (None, None), _never_cancelled)
    found, digest = query(None)  # type: ignore[arg-type]  # the session is not used
    assert digest is not None  # read by a worker process, not on this thread
    assert found == expected
    work = found.team if team else found.own
    assert work is not None and work.count > 0
    if team:
        assert found.team_lines == expected.team_lines and found.loads == expected.loads
    # Said in Ukrainian, not in the English source (the worker has no Qt translator).
    english = _on_thread(db, actor, today, team)
    english_work = english.team if team else english.own
    assert english_work is not None
    said = [line.what for line in work.lines]
    assert all(a != b for a, b in zip(said, [x.what for x in english_work.lines], strict=True))
    assert any(set("іїєґ") & set(words) for words in said)


def test_the_same_lines_again_send_no_bytes_and_keep_the_read_shown(
    db: Database, office: Office, supervisor: User, caseworker: User, today: date
) -> None:
    def in_worker(known: str | None) -> tuple[str, bytes | None]:
        return read_in_worker(
            db.url,
            db.demo,
            supervisor,
            today,
            True,
            "en_GB",
            known,
            progress=lambda done, total: None,
            is_cancelled=_never_cancelled,
        )

    digest, data = in_worker(None)
    assert data is not None and pickle.loads(data) == _on_thread(db, supervisor, today, True)
    assert in_worker(digest) == (digest, None)

    shown: WorkRead = pickle.loads(data)
    query = work_query(db, supervisor, today, True, "en_GB", (shown, digest), _never_cancelled)
    again, again_digest = query(None)  # type: ignore[arg-type]
    assert again is shown and again_digest == digest

    # A change: the lines come again, read anew.
    with unit_of_work(db, supervisor) as session:
        found = read_work(session, supervisor, today, True)
        assert found.team is not None
        line = next(x for x in found.team.lines if x.owner_id == caseworker.id and x.person_id)
        person = session.get(Person, line.person_id)
        assert person is not None
        person.assigned_to_id = supervisor.id
        session.add(person)
    changed, changed_digest = work_query(
        db, supervisor, today, True, "en_GB", (shown, digest), _never_cancelled
    )(None)  # type: ignore[arg-type]
    assert changed_digest != digest and changed is not shown
    assert changed == _on_thread(db, supervisor, today, True)
    assert changed != shown
