"""The workflow's table models: the review queue (blocked rows tinted, deferred rows greyed
and italic, a due review in red) and the persons of an operation (a closed case stands out
while the operation is planned)."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QFont
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from ombuds_desk.domain.accounts import User
from ombuds_desk.domain.enums import CaseStatus, Category, OperationKind, ReviewDecision
from ombuds_desk.domain.operations import Operation
from ombuds_desk.domain.people import Person
from ombuds_desk.services.cases.case_status import block_case, change_status
from ombuds_desk.services.core.unit_of_work import unit_of_work
from ombuds_desk.services.workflow.review_queue import review_case
from ombuds_desk.store.database import Database
from ombuds_desk.ui.common.palette import (
    BLOCKED_BACKGROUND,
    DARK_TEXT,
    DEFERRED_TEXT,
    DUE_TEXT,
)
from ombuds_desk.ui.workflow.workflow_tables import (
    MembersModel,
    OperationRow,
    OperationsModel,
    QueueModel,
)
from tests.services.helpers import register
from tests.ui.hosting import BareHost


def _colour(model: QueueModel | MembersModel, row: int, column: int, role: int) -> str | None:
    brush = model.index(row, column).data(role)
    return brush.color().name() if isinstance(brush, QBrush) else None


def test_queue_rows_show_blocked_deferred_and_due(
    qtbot: QtBot,
    qtmodeltester: ModelTester,
    supervisor_host: BareHost,
    db: Database,
    caseworker: User,
    supervisor: User,
    today: date,
) -> None:
    waiting = register(
        db, caseworker, today, family_name="Ґудзь", status_since=today - timedelta(90)
    )
    deferred = register(
        db, caseworker, today, family_name="Їжакевич", status_since=today - timedelta(80)
    )
    due = register(db, caseworker, today, family_name="Novák", status_since=today - timedelta(70))
    held = register(db, caseworker, today, family_name="Müller", status_since=today - timedelta(3))
    assert waiting.id and deferred.id and due.id and held.id
    with unit_of_work(db, supervisor) as session:
        block_case(session, supervisor, held.id, "Whereabouts unknown", today=today)
        review_case(session, supervisor, deferred.id, ReviewDecision.KEEP_WAITING, today=today)
        review_case(
            session,
            supervisor,
            due.id,
            ReviewDecision.ESCALATE,
            escalate_to_id=caseworker.id,
            today=today - timedelta(days=10),
            next_review_on=today - timedelta(days=3),
        )
    model = QueueModel(supervisor_host)
    model.show(queue_only=False)
    with qtbot.waitSignal(model.loaded):
        pass
    qtmodeltester.check(model)
    assert model.ids() == [waiting.id, deferred.id, due.id, held.id]  # longest first
    assert (model.counts.queued, model.counts.deferred, model.threshold.general) == (3, 1, 30)
    assert model.threshold.days(Category.CAPTIVE, CaseStatus.REGISTERED) == 14
    rows = {pid: model.row_of(pid) for pid in model.ids()}
    row = rows[held.id]
    assert row is not None
    assert _colour(model, row, 0, Qt.ItemDataRole.BackgroundRole) == BLOCKED_BACKGROUND.name()
    assert _colour(model, row, 0, Qt.ItemDataRole.ForegroundRole) == DARK_TEXT.name()
    assert model.index(row, 4).data() == "Whereabouts unknown"

    row = rows[deferred.id]
    assert row is not None
    assert _colour(model, row, 0, Qt.ItemDataRole.ForegroundRole) == DEFERRED_TEXT.name()
    font = model.index(row, 1).data(Qt.ItemDataRole.FontRole)
    assert isinstance(font, QFont) and font.italic()
    next_on = (today + timedelta(days=30)).strftime("%d.%m.%Y")
    assert model.index(row, model.NEXT_COLUMN).data(Qt.ItemDataRole.ToolTipRole) == (
        f"Deferred by review until {next_on}"
    )

    row = rows[due.id]
    assert row is not None
    assert _colour(model, row, model.NEXT_COLUMN, Qt.ItemDataRole.ForegroundRole) == DUE_TEXT.name()
    assert _colour(model, row, 0, Qt.ItemDataRole.ForegroundRole) is None
    assert model.index(row, 1).data(Qt.ItemDataRole.FontRole) is None
    assert (
        model.index(row, model.NEXT_COLUMN)
        .data(Qt.ItemDataRole.ToolTipRole)
        .startswith("Review due since")
    )
    assert model.index(row, 7).data().endswith("Escalate")

    row = rows[waiting.id]
    assert row is not None
    assert model.index(row, model.DAYS_COLUMN).data() == "90"
    assert model.index(row, model.DAYS_COLUMN).data(Qt.ItemDataRole.TextAlignmentRole) == int(
        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
    )
    assert model.index(row, 7).data() == "—" and model.index(row, 8).data() == "—"
    assert model.index(row, model.NEXT_COLUMN).data(Qt.ItemDataRole.ToolTipRole) is None

    model.show(queue_only=True)  # the queue leaves the deferred case out
    with qtbot.waitSignal(model.loaded):
        pass
    assert model.ids() == [waiting.id, due.id, held.id]


def test_a_closed_person_stands_out_while_the_operation_is_planned(
    qtbot: QtBot,
    qtmodeltester: ModelTester,
    db: Database,
    supervisor: User,
    today: date,
) -> None:
    alive = register(db, supervisor, today, family_name="Ґудзь")
    gone = register(db, supervisor, today, family_name="Завʼялов")
    assert gone.id is not None
    with unit_of_work(db, supervisor) as session:
        change_status(
            session,
            supervisor,
            gone.id,
            CaseStatus.DECEASED,
            effective_on=today,
            today=today,
            reason="Death notice from the ICRC",
        )
        gone_now = session.get(Person, gone.id)
        assert gone_now is not None
        session.expunge(gone_now)
    model = MembersModel()
    model.set_rows([alive, gone_now])
    qtmodeltester.check(model)
    assert model.index(1, 3).data() == "Deceased"
    assert _colour(model, 1, 0, Qt.ItemDataRole.BackgroundRole) == BLOCKED_BACKGROUND.name()
    assert model.index(1, 2).data(Qt.ItemDataRole.ToolTipRole) == (
        "Already deceased: remove the person or correct the case before completing"
    )
    assert _colour(model, 0, 0, Qt.ItemDataRole.BackgroundRole) is None
    assert model.index(0, 2).data(Qt.ItemDataRole.ToolTipRole) is None

    model.planned = False  # a completed or cancelled operation: nothing to put right
    model.set_rows([alive, gone_now])
    assert _colour(model, 1, 0, Qt.ItemDataRole.BackgroundRole) is None
    assert model.index(1, 2).data(Qt.ItemDataRole.ToolTipRole) is None


def test_operation_columns(qtmodeltester: ModelTester) -> None:
    operation = Operation(
        name="Обмін",
        kind=OperationKind.EXCHANGE,
        planned_on=date(2026, 12, 5),
        facilitated_by=None,
    )
    model = OperationsModel()
    model.set_rows([OperationRow(operation, ())])
    qtmodeltester.check(model)
    assert [model.index(0, c).data() for c in range(model.columnCount())] == [
        "Обмін",
        "Exchange",
        "05.12.2026",
        "—",
        "Planned",
        "0",
    ]
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in range(6)] == [
        "Name",
        "Type",
        "Date",
        "Facilitated by",
        "Status",
        "Persons",
    ]
