"""The main window: filter bar on top, the person list and the case view side by side.

Slots here gather what the user chose and hand it to a model, a controller or a service;
rules live in ``domain`` and ``services``.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from functools import partial

from PySide6.QtCore import QByteArray, QItemSelection, QSettings, Qt, Signal, Slot
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent
from PySide6.QtWidgets import QLabel, QMainWindow, QSplitter, QTabWidget, QVBoxLayout, QWidget

from ombuds_desk.domain.accounts import User
from ombuds_desk.domain.enums import Category
from ombuds_desk.domain.mail_rules import parse_parcel_number
from ombuds_desk.services.cases.case_view import CaseDetails, case_details
from ombuds_desk.services.core.office_settings import stalled_after_days
from ombuds_desk.store.database import Database
from ombuds_desk.ui.cases.case_controller import CaseController
from ombuds_desk.ui.cases.case_panel import CasePanel
from ombuds_desk.ui.cases.contact_controller import ContactController
from ombuds_desk.ui.cases.filter_panel import FilterPanel
from ombuds_desk.ui.cases.person_model import PersonTableModel
from ombuds_desk.ui.cases.person_view import PersonTableView
from ombuds_desk.ui.common.errors import show_error
from ombuds_desk.ui.common.fonts import register_fonts
from ombuds_desk.ui.shell.actions import add_action, build_actions
from ombuds_desk.ui.shell.features import installers

DEMO_STYLE = "background: #7a1f1f; color: white; font-weight: bold; padding: 5px 8px;"


def window_title(db: Database, actor: User) -> str:
    parts = ["Ombuds Desk", *(["DEMO"] if db.demo else []), db.display_name, actor.full_name]
    return " — ".join(parts)


class MainWindow(QMainWindow):
    """The case register. ``today_fn`` is injectable so tests can fix the date.

    Other features add themselves as pages (tabs beside "Cases") with :meth:`add_page`
    and listen to :attr:`data_changed`, which fires after every change made in the window,
    so every view can refresh itself (Anki's "operation did change" pattern). Every page is
    also an entry of the Go menu, with its shortcut (Alt+1 for Cases, Alt+2… in tab order).
    """

    data_changed = Signal()

    def __init__(
        self,
        db: Database,
        actor: User,
        today_fn: Callable[[], date] = date.today,
        settings: QSettings | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        register_fonts()
        self.db = db
        self.actor = actor
        self.today_fn = today_fn
        self.settings = settings or QSettings("Ombuds Desk", "Ombuds Desk")
        self.setObjectName("mainWindow")
        self.setWindowTitle(window_title(db, actor))

        self.filter_panel = FilterPanel(actor.id, self)
        self.model = PersonTableModel(db, today_fn, self)
        self.model.count_changed.connect(self.filter_panel.set_count)
        self.table = PersonTableView(self.model, self)
        self.case_panel = CasePanel(self)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.case_panel)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setSizes([905, 495])

        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        if db.demo:
            banner = QLabel(
                self.tr(
                    "DEMO DATABASE — every person here is invented, for trying Ombuds Desk. "
                    "Nothing entered here reaches the office's real database."
                ),
                self,
            )
            banner.setObjectName("demoBanner")
            banner.setStyleSheet(DEMO_STYLE)
            layout.addWidget(banner)
        cases_page = QWidget(self)
        cases_layout = QVBoxLayout(cases_page)
        cases_layout.setContentsMargins(0, 0, 0, 0)
        cases_layout.setSpacing(0)
        cases_layout.addWidget(self.filter_panel)
        cases_layout.addWidget(self.splitter, 1)
        self.cases_page = cases_page
        self.pages = QTabWidget(self)
        self.pages.setObjectName("pages")
        self.pages.setDocumentMode(True)
        layout.addWidget(self.pages, 1)
        self.setCentralWidget(central)

        self.who = QLabel(
            self.tr("%s (%s) · %s")
            % (actor.full_name, self.tr(actor.role.label).lower(), db.display_name),
            self,
        )
        self.statusBar().addWidget(self.who)

        self.cases = CaseController(db, actor, today_fn, self)
        self.contacts = ContactController(db, actor, self, self.statusBar())
        self.actions_ = build_actions(self)
        self.go_menu = self.menuBar().addMenu(self.tr("&Go"))
        self.go_menu.setObjectName("goMenu")
        self._page_group = QActionGroup(self)
        self.page_actions: dict[QWidget, QAction] = {}
        self.add_page(cases_page, self.tr("Cases"))
        self.pages.currentChanged.connect(self.on_page_changed)
        self._connect()
        for install in installers():
            install(self)
        self._restore_settings()
        self.show_case(None)

    def _connect(self) -> None:
        self.filter_panel.filter_changed.connect(self.on_filter_changed)
        self.filter_panel.results_requested.connect(self.on_results_requested)
        self.filter_panel.search.returnPressed.connect(self.on_search_return_pressed)
        self.table.selectionModel().selectionChanged.connect(self.on_selection_changed)
        self.table.open_requested.connect(self.on_edit_case_triggered)
        panel = self.case_panel
        panel.edit_requested.connect(self.on_edit_case_triggered)
        panel.status_requested.connect(self.on_change_status_triggered)
        panel.block_requested.connect(self.on_block_triggered)
        panel.contact_add_requested.connect(self.on_add_contact_triggered)
        panel.contact_edit_requested.connect(self.on_contact_edit_requested)
        panel.contact_remove_requested.connect(self.on_contact_remove_requested)
        panel.note_add_requested.connect(self.on_note_add_requested)
        self.cases.case_saved.connect(self.on_case_saved)
        self.cases.case_changed.connect(self.on_case_changed)
        self.contacts.contacts_changed.connect(self.on_case_changed)

    # -- pages and change notification ------------------------------------------

    def add_page(self, widget: QWidget, title: str, shortcut: str | None = None) -> int:
        """Add a page as a tab and as an entry of the Go menu.

        ``shortcut`` (e.g. "Alt+3") brings it forward; without one the page gets Alt+ its tab
        number while that is free (the shortcut shows in the menu; tab titles carry no
        mnemonic, so Alt+letter stays free for the pages' own buttons).
        """
        index = self.pages.addTab(widget, title)
        taken = {a.shortcut().toString() for a in self.page_actions.values()}
        keys = shortcut or (f"Alt+{index + 1}" if index < 9 else None)
        if keys in taken:
            keys = None
        action = add_action(
            self,
            title,
            keys,
            self.tr("Show the %s page") % title,
            partial(self.show_page, widget),
            menu=self.go_menu,
        )
        action.setCheckable(True)
        action.setChecked(widget is self.pages.currentWidget())
        self._page_group.addAction(action)
        self.page_actions[widget] = action
        return index

    def show_page(self, widget: QWidget) -> None:
        self.pages.setCurrentWidget(widget)

    def notify_changed(self) -> None:
        """Tell every view that the database changed (called after each successful write)."""
        self.data_changed.emit()

    def open_case(self, person_id: int) -> None:
        """Bring the Cases page forward with this case selected, clearing filters if needed."""
        self.show_page(self.cases_page)
        if self.model.row_of(person_id) is None:
            self.filter_panel.clear()
            self.model.set_filter(self.filter_panel.current_filter())
        if not self.table.select_person(person_id):
            self.show_case(person_id)
        self.table.setFocus()

    @Slot(int)
    def on_page_changed(self, index: int) -> None:
        page = self.pages.widget(index)
        action = self.page_actions.get(page) if page is not None else None
        if action is not None:
            action.setChecked(True)
        refresh = getattr(page, "refresh", None)
        if page is not self.cases_page and callable(refresh):
            refresh()

    # -- helpers -------------------------------------------------------------

    @property
    def details(self) -> CaseDetails | None:
        return self.case_panel.details

    def show_case(self, person_id: int | None) -> None:
        """Read the case again and show it (or the empty hint)."""
        details = None
        if person_id is not None:
            try:
                with self.db.reading() as session:
                    details = case_details(
                        session,
                        person_id,
                        today=self.today_fn(),
                        threshold_days=stalled_after_days(session),
                    )
            except Exception as exc:
                show_error(self, exc)
        self.case_panel.show_case(details)
        self._update_actions()

    def _update_actions(self) -> None:
        details = self.details
        for action in self.actions_.case_actions():
            action.setEnabled(details is not None)
        if details is not None:
            self.actions_.change_status.setEnabled(bool(details.next_statuses))
            self.actions_.block.setEnabled(details.blocked or not details.final)
            self.actions_.block.setText(
                self.tr("Un&block…") if details.blocked else self.tr("&Block…")
            )

    def _reload_list(self, keep_id: int | None) -> None:
        self.model.refresh()
        if keep_id is not None and not self.table.select_person(keep_id):
            self.show_case(keep_id)

    # -- slots ---------------------------------------------------------------

    @Slot()
    def on_filter_changed(self) -> None:
        keep = self.details.id if self.details else None
        self.model.set_filter(self.filter_panel.current_filter())
        if keep is not None:
            self.table.select_person(keep)

    @Slot(QItemSelection, QItemSelection)
    def on_selection_changed(self, *_args: object) -> None:
        # A reset (refresh, filter) clears the selection silently; the case stays shown.
        rows = self.table.selectionModel().selectedRows()
        person_id = self.model.id_at(rows[0].row()) if rows else None
        if person_id is not None:
            self.show_case(person_id)

    @Slot()
    def on_new_case_triggered(self) -> None:
        category = self.filter_panel.current_filter().category
        self.cases.new_case(category if isinstance(category, Category) else None)

    @Slot()
    def on_edit_case_triggered(self) -> None:
        if self.details is not None:
            self.cases.edit_case(self.details.id)

    @Slot()
    def on_change_status_triggered(self) -> None:
        if self.details is not None and self.details.next_statuses:
            self.cases.change_status(self.details)

    @Slot()
    def on_block_triggered(self) -> None:
        if self.details is not None:
            self.cases.toggle_block(self.details)

    @Slot()
    def on_add_contact_triggered(self) -> None:
        if self.details is not None:
            self.contacts.add(self.details.id)

    @Slot()
    def on_add_note_triggered(self) -> None:
        if self.details is not None:
            self.case_panel.focus_note()

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
        if self.details is not None and self.cases.add_note(self.details.id, text):
            self.case_panel.note_saved()
            self.notify_changed()

    @Slot()
    def on_refresh_triggered(self) -> None:
        self._reload_list(self.details.id if self.details else None)
        self.show_case(self.details.id if self.details else None)

    @Slot()
    def on_find_triggered(self) -> None:
        self.filter_panel.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.filter_panel.search.selectAll()

    @Slot()
    def on_results_requested(self) -> None:
        """Down in the search box: into the list, on its first row."""
        if self.model.rowCount() == 0:
            return
        person_id = self.model.id_at(0)
        if person_id is not None:
            self.table.select_person(person_id)
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    @Slot()
    def on_search_return_pressed(self) -> None:
        """Enter in the search box when exactly one case matches: show it, focus on its row
        (Enter there opens it). A parcel number is left to the scan hook of the Mail feature."""
        is_parcel = parse_parcel_number(self.filter_panel.search.text()) is not None
        if not is_parcel and self.model.rowCount() == 1:
            self.on_results_requested()

    @Slot(int)
    def on_case_saved(self, person_id: int) -> None:
        self.model.refresh()
        self.open_case(person_id)
        self.notify_changed()

    @Slot(int)
    def on_case_changed(self, person_id: int) -> None:
        self._reload_list(person_id)
        self.show_case(person_id)
        self.notify_changed()

    # -- settings ------------------------------------------------------------

    def _restore_settings(self) -> None:
        for key, restore in (
            ("main/geometry", self.restoreGeometry),
            ("main/state", self.restoreState),
            ("main/splitter", self.splitter.restoreState),
            ("main/header", self.table.horizontalHeader().restoreState),
        ):
            value = self.settings.value(key)
            if isinstance(value, QByteArray):
                restore(value)
        if not self.settings.contains("main/geometry"):
            self.resize(1400, 850)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.settings.setValue("main/geometry", self.saveGeometry())
        self.settings.setValue("main/state", self.saveState())
        self.settings.setValue("main/splitter", self.splitter.saveState())
        self.settings.setValue("main/header", self.table.horizontalHeader().saveState())
        self.settings.sync()
        super().closeEvent(event)
