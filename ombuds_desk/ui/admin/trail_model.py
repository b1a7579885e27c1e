"""The whole audit trail as a paged table, newest first (the database filters; rows are
worded a page at a time)."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QColor, QFontMetrics
from sqlmodel import Session

from ombuds_desk.domain.enums import AuditAction
from ombuds_desk.services.core.audit_labels import KIND_WORDS, kind_word
from ombuds_desk.services.core.audit_trail import TrailFilter, TrailRow, browse_ids, browse_rows
from ombuds_desk.ui.common.columns import Column
from ombuds_desk.ui.common.formatting import local_time
from ombuds_desk.ui.common.host import Host
from ombuds_desk.ui.common.paged_model import Loaded, PagedTableModel
from ombuds_desk.ui.common.palette import BLOCKED_BACKGROUND, DARK_TEXT


def _tr(text: str) -> str:
    return QCoreApplication.translate("Columns", text)


def _first_line(text: str) -> str:
    lines = text.splitlines()
    return lines[0] + (" …" if len(lines) > 1 else "") if lines else ""


# A list too long to measure: starting widths (see ``column_widths``); "What" takes the
# rest. A change of several fields shows its first line here, every field in the tooltip.
TRAIL_COLUMNS: list[Column[TrailRow]] = [
    Column("No.", lambda r: f"{r.id:,}", right=True),
    Column("When", lambda r: local_time(r.at)),
    Column("Who", lambda r: r.who, width=190),
    Column("Kind", lambda r: _tr(kind_word(r.kind))),
    Column("Record", lambda r: r.record, width=290),
    Column(
        "What",
        lambda r: _first_line(r.what),
        tooltip=lambda r: "\n".join(p for p in (r.what, r.detail) if p and p != r.what) or r.what,
    ),
]


def column_widths(metrics: QFontMetrics) -> list[int]:
    """Starting widths in pixels: the widest value a column can hold where that is known
    (a number of seven digits, a moment, the longest kind), else the column's own."""
    pad = 16
    samples = {0: "9,999,999", 1: "00.00.0000 00:00", 3: max(KIND_WORDS.values(), key=len)}
    widths = []
    for column, spec in enumerate(TRAIL_COLUMNS):
        sample = samples.get(column)
        title = metrics.horizontalAdvance(spec.title) + pad
        measured = metrics.horizontalAdvance(_tr(sample)) + pad if sample else 0
        widths.append(max(title, measured, spec.width or 0))
    return widths


class TrailTableModel(PagedTableModel[TrailRow]):
    """Entries matching a :class:`TrailFilter`; ``set_filter`` reads the ids again."""

    CONTEXT = "Columns"

    def __init__(self, host: Host, parent: QObject | None = None) -> None:
        super().__init__(host, TRAIL_COLUMNS, None, True, parent)
        self._filter = TrailFilter()
        self._actor = host.actor

    @property
    def current_filter(self) -> TrailFilter:
        return self._filter

    def set_filter(self, filt: TrailFilter) -> None:
        self._filter = filt
        self.refresh()

    def ids_query(self) -> Callable[[Session], Loaded]:
        filt, actor = self._filter, self._actor
        return lambda session: Loaded(browse_ids(session, actor, filt))

    def query_rows(self, session: Session, ids: Sequence[int]) -> dict[int, TrailRow]:
        return browse_rows(session, self._actor, ids)

    def background(self, row: TrailRow) -> QColor | None:
        # Refused sign-ins stand out: several in a row are someone guessing.
        return BLOCKED_BACKGROUND if row.kind is AuditAction.SIGN_IN_FAILED else None

    def foreground(self, row: TrailRow, column: int) -> QColor | None:
        return DARK_TEXT if row.kind is AuditAction.SIGN_IN_FAILED else None
