"""The parcel list model: ids read off the GUI thread, rows a page at a time, sorting in SQL,
and rows that need attention standing out."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from ombuds_desk.domain.accounts import User
from ombuds_desk.services.core.unit_of_work import unit_of_work
from ombuds_desk.services.mail import deliveries
from ombuds_desk.services.mail.mail_query import ParcelFilter
from ombuds_desk.store.database import Database
from ombuds_desk.ui.common.palette import BLOCKED_BACKGROUND, DARK_TEXT, DONE_BACKGROUND
from ombuds_desk.ui.mail.parcel_model import ParcelTableModel
from tests.services.helpers import id_of
from tests.services.mail_helpers import family, handed_over, packed
from tests.ui.helpers import wait_idle
from tests.ui.hosting import BareHost


def test_the_parcel_model_pages_sorts_and_passes_the_model_tester(
    qtbot: QtBot,
    qtmodeltester: ModelTester,
    host: BareHost,
    db: Database,
    caseworker: User,
    today: date,
) -> None:
    person, _ = family(db, caseworker, today)
    numbers = [
        packed(db, caseworker, id_of(person), today, items=1).parcel_number for _ in range(5)
    ]
    model = ParcelTableModel(host)
    model.PAGE = 2
    model.refresh()
    assert model.rowCount() == 0 and model.loading  # the ids are on their way
    wait_idle(qtbot, host)
    qtmodeltester.check(model, force_py=True)
    assert model.rowCount() == 5
    assert model.index(0, 0).data() == max(numbers)  # the newest first
    assert model.cached_rows <= 4  # only the pages shown were fetched
    model.sort(0, Qt.SortOrder.AscendingOrder)
    wait_idle(qtbot, host)
    assert [model.index(r, 0).data() for r in range(5)] == sorted(numbers)
    assert model.index(0, 3).data() == "Packed"
    assert model.index(0, 2).data() == "Іваненко Петро"
    assert model.headerData(0, Qt.Orientation.Horizontal) == "Parcel number"
    model.set_filter(ParcelFilter(text=numbers[2].lower()))
    wait_idle(qtbot, host)
    assert model.rowCount() == 1 and model.index(0, 0).data() == numbers[2]
    qtmodeltester.check(model, force_py=True)


def test_returned_parcels_stand_out_and_delivered_ones_are_quiet(
    qtbot: QtBot, host: BareHost, db: Database, caseworker: User, today: date
) -> None:
    person, _ = family(db, caseworker, today)
    long_ago = today - timedelta(days=10)
    parcels = [packed(db, caseworker, id_of(person), today, items=1, on=long_ago) for _ in range(3)]
    handed_over(db, caseworker, parcels[:2], today - timedelta(days=5), today)
    with unit_of_work(db, caseworker) as session:
        deliveries.confirm_delivery(session, caseworker, [id_of(parcels[0])], on=today, today=today)
        deliveries.mark_returned(
            session,
            caseworker,
            parcels[1].id or 0,
            reason="Адресата переведено",
            on=today,
            today=today,
        )
    model = ParcelTableModel(host)
    model.set_filter(ParcelFilter(person_id=id_of(person)))
    wait_idle(qtbot, host)
    rows = {model.index(r, 0).data(): r for r in range(model.rowCount())}
    delivered, returned, waiting = (rows[p.parcel_number] for p in parcels)

    def brush(row: int, role: Qt.ItemDataRole) -> object:
        value = model.index(row, 1).data(role)
        return value.color() if isinstance(value, QBrush) else None

    background, foreground = Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ForegroundRole
    assert brush(delivered, background) == DONE_BACKGROUND
    assert brush(returned, background) == BLOCKED_BACKGROUND
    assert brush(returned, foreground) == DARK_TEXT
    assert brush(waiting, background) is None and brush(waiting, foreground) is None
    # The whole row's tooltip: what is in it, and why it came back.
    tooltip = model.index(returned, 5).data(Qt.ItemDataRole.ToolTipRole)
    assert tooltip == "Шкарпетки\nАдресата переведено"
    assert model.index(waiting, 4).data(Qt.ItemDataRole.TextAlignmentRole) is not None  # Items
