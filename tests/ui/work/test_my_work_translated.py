"""The My work page — a caseworker's lists and a supervisor's team with the workloads — says
every word through a translator (the pseudo-language marks each ⟦…⟧), every line of its
tree included, and reads in Ukrainian and Russian."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from PySide6.QtWidgets import QTreeWidget, QTreeWidgetItem
from pytestqt.qtbot import QtBot

from ombuds_desk.domain.accounts import User
from ombuds_desk.store.database import Database
from ombuds_desk.ui.work.my_work_page import MyWorkPage
from tests.services.work.office import Office, build_office
from tests.ui.helpers import wait_idle
from tests.ui.hosting import BareHost
from tests.ui.others_words import OTHERS_WORDS
from tests.ui.untranslated import _unmarked, untranslated_texts

# Data, not interface: case numbers' and shipments' prefixes.
DATA = ("CAP-", "EVA-", "SHP-", "PCL-")

# The page reads in a worker process on a register file: the first worker starts the fork
# server (its imports take seconds on a busy machine).
WORKER_MS = 60_000


@pytest.fixture
def office(db: Database, admin: User, caseworker: User, supervisor: User, today: date) -> Office:
    return build_office(db, admin, caseworker, supervisor, today)


def _page(qtbot: QtBot, host: BareHost) -> MyWorkPage:
    page = MyWorkPage(host)
    host.add_page(page, "Моя робота")
    host.show_page(page)
    host.resize(1280, 760)
    host.show()
    qtbot.waitExposed(host)
    wait_idle(qtbot, host, WORKER_MS)
    assert page.read is not None
    return page


def _items(tree: QTreeWidget) -> Iterator[QTreeWidgetItem]:
    stack = [tree.topLevelItem(i) for i in range(tree.topLevelItemCount())]
    while stack:
        item = stack.pop()
        if item is None:
            continue
        yield item
        stack.extend(item.child(i) for i in range(item.childCount()))


def _untranslated_lines(tree: QTreeWidget, allow: tuple[str, ...]) -> list[str]:
    """Every line and heading of the tree (``untranslated_texts`` reads the top level only)."""
    found = []
    for item in _items(tree):
        for column in range(tree.columnCount()):
            for text in (item.text(column), item.toolTip(column)):
                if text and _unmarked(text, allow):
                    found.append(text)
    return found


@pytest.mark.usefixtures("pseudo_language", "office")
def test_a_caseworker_s_work_has_no_untranslated_words(qtbot: QtBot, host: BareHost) -> None:
    page = _page(qtbot, host)
    assert page.read is not None and page.read.own.count > 0
    allow = (*DATA, *OTHERS_WORDS)
    assert untranslated_texts(page, allow=allow) == []
    assert _untranslated_lines(page.tree, allow) == []
    assert "⟦" in host.pages.tabText(host.pages.indexOf(page))


@pytest.mark.usefixtures("pseudo_language", "office")
def test_the_team_s_work_has_no_untranslated_words(qtbot: QtBot, supervisor_host: BareHost) -> None:
    page = _page(qtbot, supervisor_host)
    page.tree.expandAll()
    allow = (*DATA, *OTHERS_WORDS)
    assert untranslated_texts(page, allow=allow) == []
    assert _untranslated_lines(page.tree, allow) == []


@pytest.mark.usefixtures("office")
def test_my_work_reads_in_ukrainian(qtbot: QtBot, host: BareHost, ukrainian: None) -> None:
    page = _page(qtbot, host)
    assert page.read is not None
    count = page.read.own.count
    assert host.pages.tabText(host.pages.indexOf(page)) == f"Моя робота ({count})"
    headings = [item.text(0) for item in _items(page.tree) if item.childCount()]
    assert any(h.startswith("Ескаловано вам (") for h in headings), headings
    assert any(h.startswith("Посилки до опломбування (") for h in headings), headings
    lines = [item.text(2) for item in _items(page.tree) if not item.childCount()]
    assert any(line.startswith("Ескаловано вам (") for line in lines), lines


@pytest.mark.usefixtures("office")
def test_the_team_reads_in_russian(qtbot: QtBot, supervisor_host: BareHost, russian: None) -> None:
    page = _page(qtbot, supervisor_host)
    assert page.workload is not None
    assert page.workload.title() == "Нагрузка"
    headings = [item.text(0) for item in _items(page.tree)]
    assert any(h.startswith("Эскалировано сотруднику (") for h in headings), headings
