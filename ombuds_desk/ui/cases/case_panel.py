"""The case view on the right: identity, current status, contacts, status history, notes,
and the case's history from the audit trail.

It shows a ``CaseDetails`` and asks for actions through signals; the Cases page's
controllers open the dialogs. The History tab (:class:`CaseHistoryTab`) reads the trail
itself, off the GUI thread, when it is in front; nothing on it can be edited or removed.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, Qt, Signal, Slot
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ombuds_desk.domain.i18n import QT_TRANSLATE_NOOP
from ombuds_desk.services.cases.block_reasons import reason_words
from ombuds_desk.services.cases.case_status import HistoryRow
from ombuds_desk.services.cases.case_view import CaseDetails, ContactRow
from ombuds_desk.services.core.audit_trail import TrailRow, case_history
from ombuds_desk.ui.cases.case_tables import CONTACT_COLUMNS, HISTORY_COLUMNS
from ombuds_desk.ui.common.columns import Column
from ombuds_desk.ui.common.field_labels import FIELDS_BY_CATEGORY, IDENTITY_FIELDS, label
from ombuds_desk.ui.common.formatting import local_time, number
from ombuds_desk.ui.common.host import CaseTab, Host
from ombuds_desk.ui.common.operations import Loader
from ombuds_desk.ui.common.palette import muted_style
from ombuds_desk.ui.common.rows_model import RowsTableModel

Mode = QHeaderView.ResizeMode
# Few rows per case, so these tables may size to their contents and wrap long text.
CONTACT_MODES = [Mode.Stretch, Mode.ResizeToContents, Mode.ResizeToContents, Mode.ResizeToContents]
HISTORY_MODES = [Mode.ResizeToContents, Mode.Stretch, Mode.Stretch, Mode.ResizeToContents]
# The case view is narrow: when and who share a column; every field an entry touched shows
# as the row's tooltip.
TRAIL_COLUMNS: list[Column[TrailRow]] = [
    Column(
        QT_TRANSLATE_NOOP("Columns", "When, who"),
        lambda r: f"{local_time(r.at)}\n{r.who}",
        tooltip=lambda r: r.record,
    ),
    Column(
        QT_TRANSLATE_NOOP("Columns", "What"), lambda r: r.what, tooltip=lambda r: r.detail or r.what
    ),
]
TRAIL_MODES = [Mode.ResizeToContents, Mode.Stretch]
WARNING_STYLE = "background: #ffe3a3; color: #4a3000; padding: 4px 6px; border-radius: 3px;"
BLOCKED_STYLE = "background: #f8c4b4; color: #5a1000; padding: 4px 6px; border-radius: 3px;"
# The review in force: from the palette, so it reads on a dark one too.
REVIEW_STYLE = (
    "background: palette(alternate-base); color: palette(text);"
    " border-left: 3px solid palette(highlight); padding: 4px 6px;"
)


def _table(
    parent: QWidget, model: QAbstractTableModel, modes: list[QHeaderView.ResizeMode]
) -> QTableView:
    view = QTableView(parent)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setWordWrap(True)
    view.verticalHeader().hide()
    view.verticalHeader().setSectionResizeMode(Mode.ResizeToContents)
    header = view.horizontalHeader()
    header.setStretchLastSection(False)
    header.setMinimumSectionSize(40)
    view.setModel(model)
    for column, mode in enumerate(modes):
        header.setSectionResizeMode(column, mode)
    return view


class CaseHistoryTab(QWidget):
    """The case's history from the audit trail, newest first: who changed what, when, old →
    new, in words; cases opened, printed and exported too. Read when the tab is in front (a
    case shown while another tab is in front is read once this one is brought forward)."""

    def __init__(self, host: Host, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("caseHistoryTab")
        self._host = host
        self._person_id: int | None = None
        self._stale = False
        self.loader = Loader(host, self, self)
        self.model: RowsTableModel[TrailRow] = RowsTableModel(TRAIL_COLUMNS, self)
        self.view = _table(self, self.model, TRAIL_MODES)
        self.view.setObjectName("caseHistoryView")
        self.note = QLabel(self)
        self.note.setObjectName("caseHistoryNote")
        self.note.setWordWrap(True)
        self.note.setStyleSheet(muted_style())
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addWidget(self.view, 1)

    def show_case(self, details: CaseDetails | None) -> None:
        person_id = details.id if details is not None else None
        if person_id != self._person_id:
            # Another case: never show the last one's entries under this one's name.
            self.model.set_rows([])
            self.note.clear()
        self._person_id = person_id
        self._stale = True
        if person_id is not None and self.isVisible():
            self.load()

    def load(self) -> None:
        """Read the case's entries again (off the GUI thread)."""
        person_id = self._person_id
        if person_id is None:
            return
        self._stale = False
        self.loader.load(lambda session: case_history(session, person_id), self._show)

    def load_if_stale(self) -> None:
        if self._stale:
            self.load()

    def _show(self, rows: list[TrailRow]) -> None:
        self.model.set_rows(rows)
        if not rows:
            text = self.tr("Nothing recorded about this case yet.")
        elif len(rows) == 1:
            text = self.tr("1 entry. Point at it to see every field it changed.")
        else:
            text = self.tr(
                "%n entries, newest first. Point at one to see every field it changed.",
                "",
                len(rows),
            ).replace(str(len(rows)), number(len(rows)), 1)
        self.note.setText(text)


class CasePanel(QWidget):
    """Shows one case (or a hint when none is selected); with a host, its History tab too."""

    edit_requested = Signal()
    status_requested = Signal()
    block_requested = Signal()
    contact_add_requested = Signal()
    contact_edit_requested = Signal(int)
    contact_remove_requested = Signal(int)
    note_add_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None, host: Host | None = None) -> None:
        super().__init__(parent)
        # The Cases page is built with its host and is this panel's parent: its host serves
        # when none is given.
        self._host: Host | None = host if host is not None else getattr(parent, "host", None)
        self.history_tab: CaseHistoryTab | None = None
        self.details: CaseDetails | None = None
        self._feature_tabs: list[CaseTab] = []
        self._stack = QStackedWidget(self)
        hint = QLabel(
            self.tr(
                "Select a case in the list to see it here,\nor press Ctrl+N to register a new one."
            ),
            self,
        )
        hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        hint.setStyleSheet(muted_style() + " font-size: 12pt;")
        self._stack.addWidget(hint)
        self._stack.addWidget(self._build_case_page())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._stack)

    # -- building ------------------------------------------------------------

    def _build_case_page(self) -> QWidget:
        page = QWidget(self)
        self.case_number = QLabel(page)
        self.case_number.setStyleSheet("font-weight: bold; " + muted_style())
        self.name = QLabel(page)
        self.name.setObjectName("caseName")
        self.name.setStyleSheet("font-size: 15pt; font-weight: bold;")
        self.name.setWordWrap(True)
        self.name.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.latin_name = QLabel(page)
        self.latin_name.setStyleSheet("font-size: 11pt; " + muted_style())
        self.latin_name.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.status_line = QLabel(page)
        self.status_line.setObjectName("statusLine")
        self.status_line.setStyleSheet("font-size: 11pt;")
        self.warning_line = QLabel(page)
        self.warning_line.setObjectName("warningLine")
        self.warning_line.setWordWrap(True)
        self.review_line = QLabel(page)
        self.review_line.setObjectName("reviewLine")
        self.review_line.setWordWrap(True)
        self.review_line.setStyleSheet(REVIEW_STYLE)
        self.review_line.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.review_line.hide()
        self.status_button = QPushButton(self.tr("Change &status…"), page)
        self.block_button = QPushButton(self.tr("Bloc&k…"), page)
        self.edit_button = QPushButton(self.tr("&Edit…"), page)
        self.status_button.clicked.connect(self.status_requested)
        self.block_button.clicked.connect(self.block_requested)
        self.edit_button.clicked.connect(self.edit_requested)
        buttons = QHBoxLayout()
        for button in (self.status_button, self.block_button, self.edit_button):
            buttons.addWidget(button)
        buttons.addStretch(1)

        self.tabs = QTabWidget(page)
        # Every tab in sight and read whole: six titles did not fit the case view's width
        # (in English neither), and the scroll arrows hid the last ones (Mail) off to the
        # right. Without arrows or shortening, the titles set the view's least width and
        # the list beside it gives up what they need.
        self.tabs.tabBar().setUsesScrollButtons(False)
        self.tabs.tabBar().setElideMode(Qt.TextElideMode.ElideNone)
        self.tabs.addTab(self._build_details_tab(), self.tr("Details"))
        self.tabs.addTab(self._build_contacts_tab(), self.tr("Contacts"))
        # Short titles, so that every tab fits the case view's width: the status history
        # needs no count, the History tab (the audit trail) is read when shown.
        self.tabs.addTab(self._build_history_tab(), self.tr("Status"))
        self.tabs.addTab(self._build_notes_tab(), self.tr("Notes"))
        if self._host is not None:
            self.history_tab = CaseHistoryTab(self._host, page)
            self.tabs.addTab(self.history_tab, self.tr("History"))
            self.tabs.currentChanged.connect(self.on_tabs_current_changed)

        layout = QVBoxLayout(page)
        layout.setContentsMargins(10, 8, 8, 4)
        layout.addWidget(self.case_number)
        layout.addWidget(self.name)
        layout.addWidget(self.latin_name)
        layout.addSpacing(6)
        layout.addWidget(self.status_line)
        layout.addWidget(self.warning_line)
        layout.addWidget(self.review_line)
        layout.addLayout(buttons)
        layout.addWidget(self.tabs, 1)
        return page

    def _build_details_tab(self) -> QWidget:
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        inner = QWidget(scroll)
        self._facts = QFormLayout(inner)
        self._facts.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        self._facts.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        scroll.setWidget(inner)
        return scroll

    def _build_contacts_tab(self) -> QWidget:
        tab = QWidget(self)
        self.contacts_model: RowsTableModel[ContactRow] = RowsTableModel(CONTACT_COLUMNS, self)
        self.contacts_view = _table(tab, self.contacts_model, CONTACT_MODES)
        self.contacts_view.setObjectName("contactsView")
        self.contacts_view.doubleClicked.connect(self.on_contacts_view_double_clicked)
        add = QPushButton(self.tr("&Add contact…"), tab)
        self.contact_edit_button = QPushButton(self.tr("Edit co&ntact…"), tab)
        self.contact_remove_button = QPushButton(self.tr("&Remove contact"), tab)
        add.clicked.connect(self.contact_add_requested)
        self.contact_edit_button.clicked.connect(self.on_contact_edit_clicked)
        self.contact_remove_button.clicked.connect(self.on_contact_remove_clicked)
        row = QHBoxLayout()
        for button in (add, self.contact_edit_button, self.contact_remove_button):
            row.addWidget(button)
        row.addStretch(1)
        layout = QVBoxLayout(tab)
        layout.addWidget(self.contacts_view)
        layout.addLayout(row)
        return tab

    def _build_history_tab(self) -> QWidget:
        self.history_model: RowsTableModel[HistoryRow] = RowsTableModel(HISTORY_COLUMNS, self)
        self.history_view = _table(self, self.history_model, HISTORY_MODES)
        self.history_view.setObjectName("historyView")
        return self.history_view

    def _build_notes_tab(self) -> QWidget:
        tab = QWidget(self)
        self.notes_list = QListWidget(tab)
        self.notes_list.setWordWrap(True)
        self.notes_list.setAlternatingRowColors(True)
        self.note_edit = QPlainTextEdit(tab)
        self.note_edit.setObjectName("noteEdit")
        self.note_edit.setPlaceholderText(self.tr("Type a note; Ctrl+Enter adds it"))
        self.note_edit.setMaximumHeight(80)
        self.note_button = QPushButton(self.tr("Add n&ote"), tab)
        self.note_button.clicked.connect(self.on_note_button_clicked)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            shortcut = QShortcut(QKeySequence(keys), self.note_edit)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(self.on_note_button_clicked)
        row = QHBoxLayout()
        row.addWidget(self.note_edit, 1)
        row.addWidget(self.note_button, 0, Qt.AlignmentFlag.AlignBottom)
        layout = QVBoxLayout(tab)
        layout.addWidget(self.notes_list, 1)
        layout.addLayout(row)
        return tab

    # -- showing -------------------------------------------------------------

    def add_tab(self, tab: CaseTab, title: str) -> int:
        """A feature's tab in the case view; its ``show_case(details)`` follows the case shown."""
        assert isinstance(tab, QWidget)
        self._feature_tabs.append(tab)
        index = self.tabs.addTab(tab, title)
        self._titles_as_tips()
        return index

    def _titles_as_tips(self) -> None:
        """Each tab's whole title as its tooltip (shortened to fit, it is still read)."""
        for index in range(self.tabs.count()):
            self.tabs.setTabToolTip(index, self.tabs.tabText(index).replace("&", ""))

    def show_case(self, details: CaseDetails | None) -> None:
        self.details = details
        for tab in self._feature_tabs:
            tab.show_case(details)
        if details is None:
            if self.history_tab is not None:
                self.history_tab.show_case(None)
            self._stack.setCurrentIndex(0)
            return
        self._stack.setCurrentIndex(1)
        heading = f"{details.case_number} · {details.category.label}"
        if details.assigned_to:
            heading += " · " + self.tr("caseworker: %s") % details.assigned_to
        self.case_number.setText(heading)
        self.name.setText(details.name)
        self.latin_name.setText(details.latin_name)
        self._show_status(details)
        self._show_facts(details)
        self.contacts_model.set_rows(details.contacts)
        self.history_model.set_rows(details.history)
        self._show_notes(details)
        self.tabs.setTabText(1, self.tr("Contacts (%d)") % len(details.contacts))
        self.tabs.setTabText(3, self.tr("Notes (%d)") % len(details.notes))
        self._titles_as_tips()
        if self.history_tab is not None:
            self.history_tab.show_case(details)

    def _show_status(self, details: CaseDetails) -> None:
        days = details.days_in_status
        self.status_line.setText(
            self.tr("<b>%s</b> since %s — %s")
            % (
                details.status.label,
                details.status_since.strftime("%d.%m.%Y"),
                # "1 day" on its own: right in English even where no translator is installed.
                self.tr("1 day")
                if days == 1
                else self.tr("%n days", "", days).replace(str(days), number(days), 1),
            )
        )
        warning = ""
        if details.blocked:
            warning = self.tr("Blocked: %s") % reason_words(details.blocked_reason)
            if details.blocked_note:
                warning += f" — {details.blocked_note}"
        elif details.stalled:
            warning = self.tr("Stalled: no status change for %n days.", "", days)
        self.warning_line.setStyleSheet(BLOCKED_STYLE if details.blocked else WARNING_STYLE)
        self.warning_line.setText(warning)
        self.warning_line.setVisible(bool(warning))
        review = details.review
        self.review_line.setText(review.words if review is not None else "")
        self.review_line.setVisible(review is not None)
        self.status_button.setEnabled(bool(details.next_statuses))
        self.block_button.setText(self.tr("Unbloc&k…") if details.blocked else self.tr("Bloc&k…"))
        self.block_button.setEnabled(details.blocked or not details.final)

    def _show_facts(self, details: CaseDetails) -> None:
        while self._facts.rowCount():
            self._facts.removeRow(0)
        fields = [*IDENTITY_FIELDS, *FIELDS_BY_CATEGORY[details.category.value]]
        for field in fields:
            value = details.facts.get(field, "")
            text = QLabel(value or "—", self)
            text.setWordWrap(True)
            text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            if not value:
                text.setStyleSheet(muted_style())
            self._facts.addRow(label(field) + ":", text)

    def _show_notes(self, details: CaseDetails) -> None:
        self.notes_list.clear()
        for note in details.notes:
            item = QListWidgetItem(f"{local_time(note.created_at)} · {note.author}\n{note.text}")
            self.notes_list.addItem(item)
        if not details.notes:
            empty = QListWidgetItem(self.tr("No notes yet."))
            empty.setFlags(Qt.ItemFlag.NoItemFlags)
            self.notes_list.addItem(empty)

    def selected_contact_id(self) -> int | None:
        index = self.contacts_view.currentIndex()
        row = self.contacts_model.row_at(index.row()) if index.isValid() else None
        return row.id if row is not None else None

    def note_saved(self) -> None:
        self.note_edit.clear()

    def focus_note(self) -> None:
        self.tabs.setCurrentIndex(3)
        self.note_edit.setFocus()

    # -- slots ---------------------------------------------------------------

    @Slot(int)
    def on_tabs_current_changed(self, index: int) -> None:
        if self.history_tab is not None and self.tabs.widget(index) is self.history_tab:
            self.history_tab.load_if_stale()

    @Slot()
    def on_note_button_clicked(self) -> None:
        text = self.note_edit.toPlainText()
        if text.strip():
            self.note_add_requested.emit(text)

    @Slot()
    def on_contact_edit_clicked(self) -> None:
        contact_id = self.selected_contact_id()
        if contact_id is not None:
            self.contact_edit_requested.emit(contact_id)

    @Slot()
    def on_contact_remove_clicked(self) -> None:
        contact_id = self.selected_contact_id()
        if contact_id is not None:
            self.contact_remove_requested.emit(contact_id)

    @Slot()
    def on_contacts_view_double_clicked(self) -> None:
        self.on_contact_edit_clicked()
