"""Fixtures of the Cases feature's GUI tests (one page or dialog on the small host ``host``;
flows through the whole window on ``window``, both in ``tests/ui/conftest.py``)."""

from __future__ import annotations

from datetime import date

import pytest
from pytestqt.qtbot import QtBot

from ombuds_desk.domain.accounts import User
from ombuds_desk.services.cases.persons import register_person
from ombuds_desk.services.core.unit_of_work import unit_of_work
from ombuds_desk.store.database import Database
from ombuds_desk.ui.shell.main_window import MainWindow
from tests.ui.helpers import cases_page, refresh


@pytest.fixture
def person_id(qtbot: QtBot, window: MainWindow, db: Database, caseworker: User, today: date) -> int:
    """An evacuee, Їжакевич Олексій, listed and selected in the caseworker's window."""
    page = cases_page(window)
    raw = {"category": "evacuee", "family_name": "Їжакевич", "given_name": "Олексій"}
    with unit_of_work(db, caseworker) as session:
        person = register_person(session, caseworker, raw, today=today)
    assert person.id is not None
    refresh(qtbot, window)
    assert page.table.select_person(person.id)
    return person.id
