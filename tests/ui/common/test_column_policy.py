"""One column policy for every table, checked on the tables the issue names in the whole
window: the Parcels page and a case's mail history. No number or name is cut while a
column has room, and the LAST column shown takes the spare width, not a middle one."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTabWidget
from pytestqt.qtbot import QtBot

from ombuds_desk.domain.accounts import User
from ombuds_desk.services.core.unit_of_work import unit_of_work
from ombuds_desk.services.mail import deliveries
from ombuds_desk.store.database import Database
from ombuds_desk.ui.common.tables import MAX_COLUMN_WIDTH, RowsView
from tests.services.helpers import id_of, register
from tests.services.mail_helpers import handed_over, packed
from tests.ui.conftest import WindowFactory
from tests.ui.helpers import cases_page, settle_layouts, wait_idle


def _check_policy(view: RowsView) -> None:
    model, header = view.model(), view.horizontalHeader()
    shown = [c for c in range(model.columnCount()) if not header.isSectionHidden(c)]
    assert model.rowCount() > 0
    metrics = view.fontMetrics()
    *fitted, last = sorted(shown, key=header.visualIndex)
    for column in fitted:
        widest = max(
            metrics.horizontalAdvance(str(model.index(row, column).data() or ""))
            for row in range(model.rowCount())
        )
        title = metrics.horizontalAdvance(str(model.headerData(column, Qt.Orientation.Horizontal)))
        needed = min(max(widest, title), MAX_COLUMN_WIDTH - 12)
        assert view.columnWidth(column) >= needed, (view.objectName(), column)
    assert header.stretchLastSection()
    # The last column reaches the right edge: the spare width is there, nowhere else.
    right = header.sectionViewportPosition(last) + header.sectionSize(last)
    assert right >= view.viewport().width() - 1, (view.objectName(), right)


def _wait_fitted(qtbot: QtBot, view: RowsView) -> None:
    """Until the columns are fitted to the rows that came: a paged list fits them from the
    event loop once its rows are shown (one wait of a fixed time was not always enough on a
    busy host), and the header's layout takes the new widths in a turn later."""
    fit_later = getattr(view, "_fit_later", None)
    qtbot.waitUntil(lambda: fit_later is None or not fit_later.isActive())
    settle_layouts()


def _parcel(db: Database, supervisor: User, today: date) -> int:
    person = register(
        db,
        supervisor,
        today,
        family_name="Пʼятницький-Завʼялов",
        given_name="Ярослав-Святослав",
        patronymic="Олександрович",
    )
    parcel = packed(db, supervisor, id_of(person), today, items=1, on=today - timedelta(days=9))
    handed_over(db, supervisor, [parcel], today - timedelta(days=8), today, ref="ICRC-2026-09")
    with unit_of_work(db, supervisor) as session:
        deliveries.confirm_delivery(
            session, supervisor, [id_of(parcel)], on=today - timedelta(days=2), today=today
        )
    return id_of(person)


def test_the_parcels_page_and_the_mail_history_follow_the_policy(
    qtbot: QtBot, make_window: WindowFactory, db: Database, supervisor: User, today: date
) -> None:
    person_id = _parcel(db, supervisor, today)
    window = make_window(supervisor)
    window.resize(1280, 720)

    # Go → Parcels: the page is made when first opened.
    next(a for a in window.go_menu.actions() if a.text() == "Parcels").trigger()
    parcels = window.findChild(RowsView, "parcelsView")
    assert isinstance(parcels, RowsView)
    assert window.pages.currentWidget().isAncestorOf(parcels)
    wait_idle(qtbot, window)
    qtbot.waitUntil(lambda: parcels.model().rowCount() == 1)
    _wait_fitted(qtbot, parcels)
    _check_policy(parcels)

    window.open_case(person_id)
    wait_idle(qtbot, window)
    panel = cases_page(window).case_panel
    tabs = panel.findChild(QTabWidget)
    assert isinstance(tabs, QTabWidget)
    mail = next(i for i in range(tabs.count()) if tabs.tabText(i).replace("&", "") == "Mail")
    tabs.setCurrentIndex(mail)  # the Mail tab is made when first brought forward
    qtbot.waitUntil(lambda: window.findChild(RowsView, "mailHistoryView") is not None)
    wait_idle(qtbot, window)
    history = window.findChild(RowsView, "mailHistoryView")
    assert isinstance(history, RowsView)
    qtbot.waitUntil(lambda: history.model().rowCount() > 0)
    _wait_fitted(qtbot, history)
    _check_policy(history)
