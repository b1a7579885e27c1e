"""The Cases page: the filter bar on top, the person list and the case view side by side.

It is the window's case desk: it opens a case for any feature (clearing filters that hide
it), says which case is shown and which are listed, and carries the features' tabs in the
case view. It reads the list again when cases change (off the GUI thread, keeping the
selection) and the case shown when anything it shows changed.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QByteArray, QItemSelection, QSettings, Qt, Slot
from PySide6.QtWidgets import QSplitter, QVBoxLayout, QWidget

from ombuds_desk.domain.enums import Category
from ombuds_desk.domain.mail_rules import parse_parcel_number
from ombuds_desk.services.cases.case_view import CaseDetails, case_details
from ombuds_desk.services.cases.notes import add_note
from ombuds_desk.services.core.disclosures import log_case_viewed
from ombuds_desk.services.core.office_settings import stalled_after_days
from ombuds_desk.ui.cases.case_controller import CaseController
from ombuds_desk.ui.cases.case_panel import CasePanel
from ombuds_desk.ui.cases.contact_controller import ContactController
from ombuds_desk.ui.cases.filter_panel import FilterPanel
from ombuds_desk.ui.cases.person_model import PersonTableModel
from ombuds_desk.ui.cases.person_view import PersonTableView
from ombuds_desk.ui.common.changes import CASE_VIEW, Change
from ombuds_desk.ui.common.host import CaseTab, Host
from ombuds_desk.ui.common.operations import CollectionOp, LoadingBadge, QueryOp

log = logging.getLogger(__name__)


class CasesPage(QWidget):
    """The register's page; ``details`` is the case shown (None: the hint)."""

    def __init__(self, host: Host, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.host = host
        self.setObjectName("casesPage")
        self.filter_panel = FilterPanel(host.actor.id, self)
        self.model = PersonTableModel(host, self)
        # Scrolling through 100,000 cases: a page not read yet is read off the GUI thread
        # (its rows say "Loading…" for that moment) instead of freezing the window.
        self.model.rows_in_background = True
        self.model.count_changed.connect(self.filter_panel.set_count)
        self.table = PersonTableView(self.model, self)
        self.case_panel = CasePanel(self, host=host)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.case_panel)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setSizes([905, 495])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.filter_panel)
        layout.addWidget(self.splitter, 1)
        self.loading = LoadingBadge(self.model.loader, self)
        self.setFocusProxy(self.filter_panel.search)  # the window opens ready to search

        self.cases = CaseController(host, self)
        self.contacts = ContactController(host, self)
        self._connect()
        self._restore_settings(host.settings())
        self.model.set_filter(self.filter_panel.current_filter())
        self.show_case(None)

    def _connect(self) -> None:
        self.filter_panel.filter_changed.connect(self.on_filter_changed)
        self.filter_panel.results_requested.connect(self.on_results_requested)
        self.filter_panel.search.returnPressed.connect(self.on_search_return_pressed)
        self.table.selectionModel().selectionChanged.connect(self.on_selection_changed)
        self.table.open_requested.connect(self.on_edit_requested)
        panel = self.case_panel
        panel.edit_requested.connect(self.on_edit_requested)
        panel.status_requested.connect(self.on_status_requested)
        panel.block_requested.connect(self.on_block_requested)
        panel.contact_add_requested.connect(self.on_contact_add_requested)
        panel.contact_edit_requested.connect(self.on_contact_edit_requested)
        panel.contact_remove_requested.connect(self.on_contact_remove_requested)
        panel.note_add_requested.connect(self.on_note_add_requested)
        self.host.signals.changed.connect(self.on_changed)

    # -- the case desk -------------------------------------------------------------------

    @property
    def details(self) -> CaseDetails | None:
        return self.case_panel.details

    def current_case(self) -> CaseDetails | None:
        return self.case_panel.details

    def case_list(self) -> PersonTableModel:
        return self.model

    def search_text(self) -> str:
        return self.filter_panel.search.text()

    def clear_search(self) -> None:
        self.filter_panel.search.clear()

    def add_case_tab(self, tab: CaseTab, title: str) -> None:
        self.case_panel.add_tab(tab, title)

    def show_case_tab(self, tab: QWidget) -> None:
        self.host.show_page(self)
        self.case_panel.tabs.setCurrentWidget(tab)

    def open_case(self, person_id: int) -> None:
        """Bring this page forward with the case selected, clearing filters that hide it."""
        self.host.show_page(self)
        self.model.after_load(lambda: self._open_listed(person_id))

    def _open_listed(self, person_id: int) -> None:
        if self.model.row_of(person_id) is None:
            # Not listed: hidden by the filter, or new since the list was read.
            self.filter_panel.clear()
            self.model.set_filter(self.filter_panel.current_filter())
            self.model.after_load(lambda: self._select(person_id))
            return
        self._select(person_id)

    def _select(self, person_id: int) -> None:
        if not self.table.select_person(person_id):
            self.show_case(person_id)
        self.table.setFocus()

    def show_case(self, person_id: int | None) -> None:
        """Read the case again and show it (or the empty hint)."""
        details = None
        if person_id is not None:
            today = self.host.today()
            details = QueryOp(
                self.host,
                self,
                lambda session: case_details(
                    session,
                    person_id,
                    today=today,
                    threshold_days=stalled_after_days(session),
                ),
            ).run_now()
        self.case_panel.show_case(details)
        self.host.signals.case_shown.emit(details)
        if details is not None:
            self._log_viewed(details.id)

    def _log_viewed(self, person_id: int) -> None:
        """The access log (who opened which case), written on a worker thread: a busy
        database delays the entry, never the case on screen."""
        db, actor = self.host.db, self.host.actor
        self.host.tasks.run(lambda: log_case_viewed(db, actor, person_id), self._viewed)

    def _viewed(self, _logged: object, error: BaseException | None) -> None:
        if error is not None:
            log.warning("The opening of a case was not recorded: %s", error)

    def new_case(self) -> None:
        category = self.filter_panel.current_filter().category
        self.cases.new_case(category if isinstance(category, Category) else None)

    def focus_search(self) -> None:
        self.filter_panel.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.filter_panel.search.selectAll()

    # -- layout ----------------------------------------------------------------------------

    def _restore_settings(self, settings: QSettings) -> None:
        for key, restore in (
            ("main/splitter", self.splitter.restoreState),
            ("main/header", self.table.horizontalHeader().restoreState),
        ):
            value = settings.value(key)
            if isinstance(value, QByteArray):
                restore(value)

    def save_settings(self, settings: QSettings) -> None:
        settings.setValue("main/splitter", self.splitter.saveState())
        settings.setValue("main/header", self.table.horizontalHeader().saveState())

    # -- slots -----------------------------------------------------------------------------

    @Slot(object)
    def on_changed(self, change: Change) -> None:
        if not change & CASE_VIEW:
            return
        keep = self.details.id if self.details else None
        self.model.refresh()
        if keep is not None:
            self.show_case(keep)
            self.model.after_load(lambda: self.table.select_person(keep))

    @Slot()
    def on_filter_changed(self) -> None:
        keep = self.details.id if self.details else None
        self.model.set_filter(self.filter_panel.current_filter())
        if keep is not None:
            self.model.after_load(lambda: self._follow_list(keep))

    def _follow_list(self, person_id: int) -> None:
        """The case view shows a listed case or none: a filter that hides the case shown
        empties the view (rather than open the first row, which would log a case opened
        that nobody asked to see)."""
        if not self.table.select_person(person_id):
            self.table.clearSelection()
            self.show_case(None)

    @Slot(QItemSelection, QItemSelection)
    def on_selection_changed(self, *_args: object) -> None:
        # A reset (refresh, filter) clears the selection silently; the case stays shown.
        rows = self.table.selectionModel().selectedRows()
        person_id = self.model.id_at(rows[0].row()) if rows else None
        if person_id is not None and (self.details is None or self.details.id != person_id):
            self.show_case(person_id)

    @Slot()
    def on_results_requested(self) -> None:
        """Down in the search box: into the list, on its first row (once it answers)."""
        self.model.after_load(self._into_results)

    def _into_results(self) -> None:
        if self.model.rowCount() == 0:
            return
        person_id = self.model.id_at(0)
        if person_id is not None:
            self.table.select_person(person_id)
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    @Slot()
    def on_search_return_pressed(self) -> None:
        """Enter in the search box when exactly one case matches: show it, focus on its row
        (Enter there opens it). A parcel number goes to whoever listens (the Mail feature)."""
        text = self.filter_panel.search.text()
        self.host.signals.search_entered.emit(text)
        if parse_parcel_number(text) is None:
            self.model.after_load(self._into_only_result)

    def _into_only_result(self) -> None:
        if self.model.rowCount() == 1:
            self._into_results()

    @Slot()
    def on_edit_requested(self) -> None:
        if self.details is not None:
            self.cases.edit_case(self.details.id)

    @Slot()
    def on_status_requested(self) -> None:
        if self.details is not None and self.details.next_statuses:
            self.cases.change_status(self.details)

    @Slot()
    def on_block_requested(self) -> None:
        if self.details is not None:
            self.cases.toggle_block(self.details)

    @Slot()
    def on_contact_add_requested(self) -> None:
        if self.details is not None:
            self.contacts.add(self.details.id)

    @Slot(int)
    def on_contact_edit_requested(self, contact_id: int) -> None:
        if self.details is not None:
            self.contacts.edit(self.details, contact_id)

    @Slot(int)
    def on_contact_remove_requested(self, contact_id: int) -> None:
        if self.details is not None:
            self.contacts.remove(self.details, contact_id)

    @Slot(str)
    def on_note_add_requested(self, text: str) -> None:
        if self.details is None:
            return
        actor, person_id = self.host.actor, self.details.id
        CollectionOp(
            self.host, self, lambda session: add_note(session, actor, person_id, text), Change.NOTES
        ).on_success(lambda _note: self.case_panel.note_saved()).run()
