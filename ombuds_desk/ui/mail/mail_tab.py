"""The case view's "Mail" tab: items, parcels, the news clock and their history.

It shows one case (``show_case``, called by the case view) and reads it again, off the GUI
thread, whenever its mail changed — but only while it is visible; a hidden tab reads when
next shown. Item and parcel lists page from SQL (``ItemTableModel``, ``ParcelTableModel``);
screening and new parcels go through the operation helper.

The items table shows each item's description (one line, the whole text in the tooltip) so
twenty letters do not look alike; the history hides its Note column while every note only
repeats the status; the news clock line says what counts as sent (a dispatched item) and how
many items are still waiting in the office.

Every mistake can be corrected here: F2 (or Edit…, or the items' context menu) corrects the
selected item, Delete removes the selected items logged in error (with a reason) and Delete
on the parcels deletes an empty parcel never sealed; the status bar offers to undo a removal.
An empty list says why it is empty and what to do. Correcting and removing items is
``item_corrections.py`` (the tab's base class).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QPoint, Qt, Slot
from PySide6.QtGui import QKeyEvent, QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ombuds_desk.domain.enums import Category, ItemStatus
from ombuds_desk.domain.i18n import QT_TRANSLATE_NOOP
from ombuds_desk.domain.mail import Parcel
from ombuds_desk.services.cases.case_view import CaseDetails
from ombuds_desk.services.mail.mail_events import MailHistoryRow
from ombuds_desk.services.mail.mail_query import (
    ItemFilter,
    ItemRow,
    ParcelFilter,
)
from ombuds_desk.services.mail.parcels import create_parcel
from ombuds_desk.ui.common.changes import Change
from ombuds_desk.ui.common.columns import Column
from ombuds_desk.ui.common.formatting import day
from ombuds_desk.ui.common.host import Host
from ombuds_desk.ui.common.operations import CollectionOp, Loader, LoadingBadge
from ombuds_desk.ui.common.paged_model import ID_ROLE
from ombuds_desk.ui.common.rows_model import RowsTableModel
from ombuds_desk.ui.common.tables import RowsView
from ombuds_desk.ui.mail.empty_note import EmptyNote
from ombuds_desk.ui.mail.item_corrections import ItemCorrections
from ombuds_desk.ui.mail.mail_tab_rows import (
    CASE_PARCEL_COLUMNS,
    HISTORY_NOTE_COLUMN,
    ITEM_DESCRIPTION_COLUMN,
    ITEM_FROM_COLUMN,
    ITEM_FROM_WIDTH,
    CaseMail,
    ItemTableModel,
    case_mail,
    history_note,
    history_status,
    history_what,
    mail_table,
    news_line,
    pronouns,
)
from ombuds_desk.ui.mail.parcel_model import (
    ParcelTableModel,
)
from ombuds_desk.ui.mail.parcel_removal import delete_parcel_now
from ombuds_desk.ui.mail.waiting_words import to_person, waiting_text

# The dialogs' modules are imported when one is first opened: the tab is made while the
# window starts.
if TYPE_CHECKING:
    from ombuds_desk.ui.mail.handover_dialog import ReasonDialog
    from ombuds_desk.ui.mail.item_dialog import ItemDialog


NEWS_STYLE = "padding: 3px 6px;"
NO_NEWS_STYLE = "background: #ffe3a3; color: #4a3000; padding: 3px 6px; border-radius: 3px;"
# What the tab shows: the case's items (and their authors, who may be contacts), parcels,
# shipments they went in, and the no-news threshold. The case itself arrives by show_case.
SHOWN = Change.ITEMS | Change.PARCELS | Change.SHIPMENTS | Change.CONTACTS | Change.SETTINGS
EDIT_KEY, REMOVE_KEY = Qt.Key.Key_F2, Qt.Key.Key_Delete


class MailTab(ItemCorrections):
    """Letters and parcels of the case shown in the case view."""

    def __init__(self, host: Host, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._host = host
        self.details: CaseDetails | None = None
        self.mail: CaseMail | None = None
        self._stale = False
        self.loader = Loader(host, self, self)
        self.news = QLabel(self)
        self.news.setObjectName("newsClock")
        self.news.setWordWrap(True)
        self.log_button = QPushButton(self.tr("&Log items…"), self)
        self.log_button.setToolTip(
            self.tr("Ctrl+L: log letters, drawings and photos, one after another")
        )
        self.pass_button = QPushButton(self.tr("&Pass"), self)
        self.pass_button.setToolTip(self.tr("Screening: the selected items may be sent"))
        self.withhold_button = QPushButton(self.tr("&Withhold…"), self)
        self.withhold_button.setToolTip(
            self.tr("Screening: keep the selected items back, with a reason")
        )
        self.parcel_button = QPushButton(self.tr("New p&arcel"), self)
        self.parcel_button.setToolTip(self.tr("Start a parcel for this person and fill it"))
        self.edit_button = QPushButton(self.tr("&Edit…"), self)
        self.edit_button.setObjectName("editItem")
        self.edit_button.setToolTip(
            self.tr("F2: correct the selected item (author, date, kind, description)")
        )
        self.remove_button = QPushButton(self.tr("Re&move…"), self)
        self.remove_button.setObjectName("removeItem")
        self.remove_button.setToolTip(
            self.tr(
                "Delete: remove the selected items logged in error, with a reason (undo offered)"
            )
        )
        self.items = ItemTableModel(host, self)
        self.items_view = mail_table(
            self, self.items, "itemsView", ITEM_DESCRIPTION_COLUMN, multi=True
        )
        self.items_view.setWordWrap(False)
        self.items_view.setTextElideMode(Qt.TextElideMode.ElideRight)
        items_header = self.items_view.horizontalHeader()
        items_header.setSectionResizeMode(ITEM_FROM_COLUMN, QHeaderView.ResizeMode.Interactive)
        self.items_view.setColumnWidth(ITEM_FROM_COLUMN, ITEM_FROM_WIDTH)
        self.parcels = ParcelTableModel(host, self, CASE_PARCEL_COLUMNS)
        self.parcels_view = mail_table(self, self.parcels, "caseParcelsView", 1)
        self.parcels_view.open_requested.connect(self.on_parcel_activated)
        self.history: RowsTableModel[MailHistoryRow] = RowsTableModel(self._history_columns(), self)
        self.history_view = RowsView(self.history, "mailHistoryView", self)
        self.history_view.verticalHeader().setDefaultSectionSize(22)
        history_header = self.history_view.horizontalHeader()
        history_header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        history_header.setSectionResizeMode(HISTORY_NOTE_COLUMN, QHeaderView.ResizeMode.Stretch)
        history_header.setStretchLastSection(False)
        self.history_view.setWordWrap(True)

        buttons = QHBoxLayout()
        for button in (
            self.log_button,
            self.edit_button,
            self.remove_button,
            self.pass_button,
            self.withhold_button,
            self.parcel_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.items_title = QLabel(self)
        self.parcels_title = QLabel(self)
        split = QSplitter(Qt.Orientation.Vertical, self)
        for title, view in (
            (self.items_title, self.items_view),
            (self.parcels_title, self.parcels_view),
            (QLabel(self.tr("<b>History of items and parcels</b>"), self), self.history_view),
        ):
            box = QWidget(split)
            column = QVBoxLayout(box)
            column.setContentsMargins(0, 4, 0, 0)
            column.setSpacing(2)
            column.addWidget(title)
            column.addWidget(view)
            box.setMinimumHeight(box.fontMetrics().height() * 3)  # fits a 200 % screen
            split.addWidget(box)
        split.setSizes([260, 120, 160])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 6, 4, 4)
        layout.addWidget(self.news)
        layout.addLayout(buttons)
        layout.addWidget(split, 1)
        self.loading = LoadingBadge(self.loader, self)
        self.items_note = EmptyNote(self.items_view, self.on_note_link)
        self.parcels_note = EmptyNote(self.parcels_view, self.on_note_link)
        for view in (self.items_view, self.parcels_view):
            view.installEventFilter(self)
            view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.items_view.customContextMenuRequested.connect(self.on_items_menu_requested)
        self.parcels_view.customContextMenuRequested.connect(self.on_parcels_menu_requested)
        self.items_view.open_requested.connect(self.edit_selected)
        self.items_view.selectionModel().selectionChanged.connect(self.on_items_selected)
        self.items.modelReset.connect(self.on_items_selected)
        self.menu: QMenu | None = None
        self.remove_dialog: ReasonDialog | None = None
        self.edit_dialog: ItemDialog | None = None
        self.on_items_selected()

        self.log_button.clicked.connect(self.log_items)
        self.pass_button.clicked.connect(self.on_pass_clicked)
        self.withhold_button.clicked.connect(self.on_withhold_clicked)
        self.parcel_button.clicked.connect(self.on_new_parcel_clicked)
        self.edit_button.clicked.connect(self.edit_selected)
        self.remove_button.clicked.connect(self.remove_selected)
        self.items.count_changed.connect(self.on_items_counted)
        self.parcels.count_changed.connect(self.on_parcels_counted)
        host.signals.changed.connect(self.on_changed)

    def _history_columns(self) -> list[Column[MailHistoryRow]]:
        return [
            Column(QT_TRANSLATE_NOOP("Columns", "Date"), lambda r: day(r.effective_on)),
            Column(QT_TRANSLATE_NOOP("Columns", "What"), self._what, tooltip=self._what_tooltip),
            Column(QT_TRANSLATE_NOOP("Columns", "Status"), history_status),
            Column(QT_TRANSLATE_NOOP("Columns", "Note"), history_note),
            Column(QT_TRANSLATE_NOOP("Columns", "By"), lambda r: r.recorded_by),
        ]

    def _what(self, row: MailHistoryRow) -> str:
        mail = self.mail
        return history_what(row, mail.items, mail.parcel_numbers) if mail else ""

    def _what_tooltip(self, row: MailHistoryRow) -> str | None:
        item = self.mail.items.get(row.item_id or 0) if self.mail else None
        return item.description if item is not None else None

    def _show_history(self, history: Sequence[MailHistoryRow]) -> None:
        """The rows; the Note column only while some note says more than the status."""
        self.history.set_rows(list(history))
        notes = any(history_note(r) for r in history)
        self.history_view.setColumnHidden(HISTORY_NOTE_COLUMN, not notes)
        # The tables' one policy (ui/common/tables.py): each column fits its cells, the last
        # one shown stretches (a stretched middle column cut the parcel numbers).
        header = self.history_view.horizontalHeader()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.history_view.refit()

    # -- showing -------------------------------------------------------------

    def show_case(self, details: CaseDetails | None) -> None:
        """The case view shows ``details``: another case is read (now if visible, else when
        next shown); the same one read again only changes how it is named."""
        changed = details is None or self.details is None or details.id != self.details.id
        self.details = details
        if details is None:
            return
        if changed:
            self._reload_when_visible()
        elif self.mail is not None:
            self._show_news()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.reload()

    @Slot(object)
    def on_changed(self, change: Change) -> None:
        if change & SHOWN and self.details is not None:
            self._reload_when_visible()

    def _reload_when_visible(self) -> None:
        if self.isVisible():
            self.reload()
        else:
            self._stale = True

    def reload(self) -> None:
        """Read the case's mail again (off the GUI thread)."""
        self._stale = False
        details = self.details
        if details is None:
            return
        person_id, today = details.id, self._host.today()
        captive = details.category is Category.CAPTIVE
        self.loader.load(
            lambda session: case_mail(session, person_id, captive=captive, today=today),
            self._show_mail,
        )
        self.items.set_filter(ItemFilter(person_id=person_id))
        self.parcels.set_filter(ParcelFilter(person_id=person_id))

    def _show_mail(self, mail: CaseMail) -> None:
        self.mail = mail
        self._show_history(mail.history)
        self._show_news()
        self._say_why_empty()

    def _say_why_empty(self) -> None:
        """The notes over the empty lists: what is missing and what to do."""
        self.items_note.set_reason(
            self.tr(
                "No letters or items are logged for this person yet — "
                '<a href="log">Log items…</a> (Ctrl+L)'
            )
        )
        rows = list(self.mail.items.values()) if self.mail else []
        unscreened = to_person(rows, ItemStatus.LOGGED)
        screened = to_person(rows, ItemStatus.SCREENED)
        if screened:
            why = self.tr('No parcels yet: {waiting} — <a href="parcel">New parcel</a> (Alt+A)')
            why = why.format(waiting=waiting_text(screened, packing=True))
        elif unscreened:
            why = self.tr(
                "No parcels yet, and no screened items to pack: {waiting} — select them above "
                'and <a href="pass">Pass</a> them'
            ).format(waiting=waiting_text(unscreened))
        else:
            why = self.tr("No parcels for this person yet: log the items to send first.")
        self.parcels_note.set_reason(why)

    def _show_news(self) -> None:
        details, mail = self.details, self.mail
        if details is None or mail is None:
            return
        clock = mail.clock if details.category is Category.CAPTIVE else None
        items = list(mail.items.values())
        self.news.setText(news_line(clock, pronouns(details.sex.value), items) if clock else "")
        self.news.setVisible(clock is not None)
        silent = clock is not None and clock.days_since_from_person > mail.threshold_days
        self.news.setStyleSheet(NO_NEWS_STYLE if silent else NEWS_STYLE)

    @Slot(int)
    def on_items_counted(self, count: int) -> None:
        self.items_title.setText(self.tr("<b>Items</b> ({count})").format(count=count))

    @Slot(int)
    def on_parcels_counted(self, count: int) -> None:
        self.parcels_title.setText(self.tr("<b>Parcels</b> ({count})").format(count=count))

    def selected_item_ids(self) -> list[int]:
        rows = self.items_view.selected_rows()
        return [i for i in (self.items.id_at(r) for r in rows) if i is not None]

    def selected_items(self) -> list[ItemRow]:
        rows = (self.items.row_at(r) for r in self.items_view.selected_rows())
        return [row for row in rows if row is not None]

    @Slot()
    def on_items_selected(self) -> None:
        count = len(self.items_view.selected_rows())
        self.edit_button.setEnabled(count == 1)
        self.remove_button.setEnabled(count > 0)
        for button in (self.pass_button, self.withhold_button):
            button.setEnabled(count > 0)

    # -- keys and menus ------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """F2 and Delete act on the list that has the focus (before the window's F2, which
        edits the case, takes them)."""
        if watched not in (self.items_view, self.parcels_view):
            return super().eventFilter(watched, event)
        kind = event.type()
        if kind not in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress):
            return False
        assert isinstance(event, QKeyEvent)
        key, plain = event.key(), event.modifiers() == Qt.KeyboardModifier.NoModifier
        ours = plain and (key == REMOVE_KEY or (key == EDIT_KEY and watched is self.items_view))
        if not ours:
            return False
        event.accept()
        if kind == QEvent.Type.KeyPress:
            if watched is self.parcels_view:
                self.delete_selected_parcel()
            elif key == EDIT_KEY:
                self.edit_selected()
            else:
                self.remove_selected()
        return True

    @Slot(QPoint)
    def on_items_menu_requested(self, at: QPoint) -> QMenu:
        menu = QMenu(self)
        count = len(self.items_view.selected_rows())
        for text, slot, enabled in (
            (self.tr("&Edit…\tF2"), self.edit_selected, count == 1),
            (self.tr("Re&move…\tDel"), self.remove_selected, count > 0),
            (self.tr("&Pass"), self.on_pass_clicked, count > 0),
            (self.tr("&Withhold…"), self.on_withhold_clicked, count > 0),
        ):
            menu.addAction(text, slot).setEnabled(enabled)
        return self._popup(menu, self.items_view, at)

    @Slot(QPoint)
    def on_parcels_menu_requested(self, at: QPoint) -> QMenu:
        menu = QMenu(self)
        chosen = self.parcels_view.current_row() is not None
        menu.addAction(self.tr("&Open"), self.on_parcel_activated).setEnabled(chosen)
        menu.addAction(
            self.tr("&Delete empty parcel\tDel"), self.delete_selected_parcel
        ).setEnabled(chosen)
        return self._popup(menu, self.parcels_view, at)

    def _popup(self, menu: QMenu, view: RowsView, at: QPoint) -> QMenu:
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.menu = menu
        menu.popup(view.viewport().mapToGlobal(at))
        return menu

    @Slot(str)
    def on_note_link(self, link: str) -> None:
        {
            "log": self.log_items,
            "parcel": self.on_new_parcel_clicked,
            "pass": self.items_view.setFocus,
        }.get(link, lambda: None)()

    # -- actions -------------------------------------------------------------

    @Slot()
    def log_items(self) -> ItemDialog | None:
        details = self.details
        if details is None:
            return None
        from ombuds_desk.ui.mail.item_dialog import ItemDialog

        self.item_dialog = ItemDialog(
            self._host, details.id, details.name, details.contacts, self._host.window()
        )
        self.item_dialog.open()
        return self.item_dialog

    @Slot()
    def on_pass_clicked(self) -> None:
        ids = self.selected_item_ids()
        if ids:
            from ombuds_desk.ui.mail.item_dialog import pass_items

            pass_items(self._host, self, ids)

    @Slot()
    def on_withhold_clicked(self) -> ReasonDialog | None:
        ids = self.selected_item_ids()
        if not ids:
            return None
        from ombuds_desk.ui.mail.item_dialog import ask_withhold

        self.withhold_dialog = ask_withhold(self._host, self, ids)
        return self.withhold_dialog

    @Slot()
    def delete_selected_parcel(self) -> bool:
        """Delete the selected parcel if it is empty and was never sealed; Undo brings it
        back under its own number."""
        row_index = self.parcels_view.current_row()
        row = self.parcels.row_at(row_index) if row_index is not None else None
        if row is None:
            return False
        return delete_parcel_now(self._host, self, row.id, row.version)

    @Slot()
    def on_new_parcel_clicked(self) -> None:
        if self.details is None:
            return
        actor, person_id, today = self._host.actor, self.details.id, self._host.today()
        CollectionOp(
            self._host,
            self,
            lambda session: create_parcel(session, actor, person_id, today=today),
            Change.PARCELS,
        ).on_success(self._parcel_created).run()

    def _parcel_created(self, parcel: Parcel) -> None:
        if parcel.id is not None:
            open_parcel_dialog(self._host, parcel.id)

    @Slot()
    def on_parcel_activated(self) -> None:
        index = self.parcels_view.currentIndex()
        parcel_id = index.data(ID_ROLE) if index.isValid() else None
        if parcel_id is not None:
            open_parcel_dialog(self._host, int(parcel_id))


def open_parcel_dialog(host: Host, parcel_id: int) -> QDialog | None:
    """The parcel dialog over the window; its module is imported when one is first opened,
    not while the window starts (the Mail tab is made then)."""
    from ombuds_desk.ui.mail import parcel_dialog

    return parcel_dialog.open_parcel_dialog(host, parcel_id)
