"""The review queue's filters and sorting on the real page: each choice shows its count, a
choice narrows the list (the database filters), a click on a header sorts it, the count says
"1 of 3 cases", and the choices come back in the next session."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import QPoint, Qt
from pytestqt.qtbot import QtBot

from ombuds_desk.domain.accounts import User
from ombuds_desk.services.cases.case_status import block_case
from ombuds_desk.services.core.unit_of_work import unit_of_work
from ombuds_desk.services.workflow.queue_filters import QueueSort
from ombuds_desk.store.database import Database
from ombuds_desk.ui.workflow.review_queue_page import ReviewQueuePage
from tests.services.helpers import id_of, register
from tests.ui.conftest import HostFactory
from tests.ui.helpers import wait_idle
from tests.ui.hosting import BareHost


@pytest.fixture
def cases(db: Database, caseworker: User, supervisor: User, today: date) -> dict[str, int]:
    """Three stalled cases (a captive 120 days registered, an evacuee 45, one blocked) and a
    fresh one."""
    old = register(db, caseworker, today, family_name="Ґудзь", status_since=today - timedelta(120))
    mid = register(
        db,
        caseworker,
        today,
        category="evacuee",
        family_name="Їжакевич",
        status_since=today - timedelta(45),
    )
    held = register(db, supervisor, today, family_name="Novák", status_since=today - timedelta(5))
    register(db, caseworker, today, family_name="Свіжий", status_since=today - timedelta(10))
    with unit_of_work(db, supervisor) as session:
        block_case(session, supervisor, id_of(held), "Whereabouts unknown", today=today)
    return {"old": id_of(old), "mid": id_of(mid), "held": id_of(held)}


def _shown(qtbot: QtBot, host: BareHost) -> ReviewQueuePage:
    page = ReviewQueuePage(host)
    host.add_page(page, "Review queue")
    host.show_page(page)
    wait_idle(qtbot, host)
    return page


def _click_header(qtbot: QtBot, page: ReviewQueuePage, column: int) -> None:
    header = page.table.horizontalHeader()
    where = QPoint(header.sectionViewportPosition(column) + 10, header.height() // 2)
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=where)


def test_choices_show_counts_filter_sort_and_are_remembered(
    qtbot: QtBot, make_host: HostFactory, supervisor: User, cases: dict[str, int]
) -> None:
    host = make_host(supervisor)
    page = _shown(qtbot, host)
    bar = page.filters
    assert bar.category.labels() == ["Any category (3)", "Captive (2)", "Evacuee (1)"]
    assert "Blocked: Whereabouts unknown (1)" in bar.reason.labels()
    assert "Олег Бондар (2)" in bar.caseworker.labels()
    assert not bar.clear_button.isEnabled()

    bar.category.setFocus()
    bar.category.setCurrentIndex(bar.category.findData("evacuee"))
    wait_idle(qtbot, host)
    assert page.case_ids() == [cases["mid"]]
    assert page.counts.text() == "1 of 3 cases in the queue · 0 deferred by review"
    assert bar.category.currentText() == "Evacuee (1)"  # the counts stay the whole queue's
    assert bar.clear_button.isEnabled()

    bar.reason.setCurrentIndex(bar.reason.findData("blocked"))
    wait_idle(qtbot, host)
    assert page.case_ids() == []  # no blocked evacuee
    assert page.counts.text().startswith("0 of 3 cases")
    qtbot.mouseClick(bar.clear_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, host)
    assert page.case_ids() == [cases["old"], cases["mid"], cases["held"]]  # longest first
    assert page.counts.text() == "3 stalled cases in the queue · 0 deferred by review"

    _click_header(qtbot, page, 1)  # Name
    wait_idle(qtbot, host)
    sort, descending = page.model.sorted_by
    assert sort is QueueSort.NAME
    names = [page.model.index(r, 1).data() for r in range(3)]
    alphabetical = ["Novák Петро", "Ґудзь Петро", "Їжакевич Петро"]  # Ґ before Ї
    assert names == (alphabetical[::-1] if descending else alphabetical)
    _click_header(qtbot, page, 1)  # the other way
    wait_idle(qtbot, host)
    assert [page.model.index(r, 1).data() for r in range(3)] == names[::-1]

    bar.age.setCurrentIndex(bar.age.findData("over_180"))
    wait_idle(qtbot, host)
    assert page.case_ids() == []
    bar.age.setCurrentIndex(bar.age.findData("90_180"))
    wait_idle(qtbot, host)
    assert page.case_ids() == [cases["old"]]

    # The next session: the same filter and sort, read once shown.
    again = ReviewQueuePage(host)
    host.add_page(again, "Review queue again")
    host.show_page(again)
    wait_idle(qtbot, host)
    assert again.model.sorted_by == (QueueSort.NAME, not descending)
    assert again.filters.age.key() == "90_180"
    assert again.case_ids() == [cases["old"]]
    assert again.counts.text().startswith("1 of 3 cases")


def test_a_caseworker_filters_their_own_cases(
    qtbot: QtBot, make_host: HostFactory, caseworker: User, cases: dict[str, int]
) -> None:
    host = make_host(caseworker)
    page = _shown(qtbot, host)
    assert not page.filters.caseworker.isVisible()
    assert page.filters.category.labels() == ["Any category (2)", "Captive (1)", "Evacuee (1)"]
    page.filters.category.setCurrentIndex(page.filters.category.findData("captive"))
    wait_idle(qtbot, host)
    assert page.case_ids() == [cases["old"]]
    assert page.counts.text() == "My cases needing action: 1 of 2"


def test_a_standard_block_reason_reads_in_the_windows_language(
    ukrainian: None, qtbot: QtBot, make_host: HostFactory, supervisor: User, cases: dict[str, int]
) -> None:
    """The reason choices of a Ukrainian queue say a standard reason in Ukrainian (it is
    stored in English, and was offered so: "Заблоковано: Whereabouts unknown")."""
    page = _shown(qtbot, make_host(supervisor))
    assert any("Місцеперебування невідоме" in label for label in page.filters.reason.labels()), (
        page.filters.reason.labels()
    )
    assert not any("Whereabouts unknown" in label for label in page.filters.reason.labels())
