"""The whole audit trail as a paged table, newest first (the database filters; rows are
worded a page at a time)."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QColor, QFontMetrics
from sqlmodel import Session

from ombuds_desk.domain.enums import AuditAction
from ombuds_desk.domain.i18n import QT_TRANSLATE_NOOP
from ombuds_desk.services.core.audit_labels import KIND_WORDS, kind_word
from ombuds_desk.services.core.audit_trail import TrailFilter, TrailRow, browse_ids, browse_rows
from ombuds_desk.ui.common.columns import Column, column_title
from ombuds_desk.ui.common.formatting import local_time, number
from ombuds_desk.ui.common.host import Host
from ombuds_desk.ui.common.paged_model import Loaded, PagedTableModel
from ombuds_desk.ui.common.palette import BLOCKED_BACKGROUND, DARK_TEXT

WORDS_CONTEXT = "AuditWords"
# The trail's words for kinds of entry and records (services/core/audit_labels.py, in
# English there for the trail's exports and the command line), translated where shown.
AUDIT_WORDS = (
    QT_TRANSLATE_NOOP("AuditWords", "Added"),
    QT_TRANSLATE_NOOP("AuditWords", "Changed"),
    QT_TRANSLATE_NOOP("AuditWords", "Removed"),
    QT_TRANSLATE_NOOP("AuditWords", "Signed in"),
    QT_TRANSLATE_NOOP("AuditWords", "Sign-in refused"),
    QT_TRANSLATE_NOOP("AuditWords", "Case opened"),
    QT_TRANSLATE_NOOP("AuditWords", "Printed"),
    QT_TRANSLATE_NOOP("AuditWords", "Exported"),
    QT_TRANSLATE_NOOP("AuditWords", "Backup made"),
    QT_TRANSLATE_NOOP("AuditWords", "Backup restored"),
    QT_TRANSLATE_NOOP("AuditWords", "Anonymised"),
    QT_TRANSLATE_NOOP("AuditWords", "Database encrypted"),
    QT_TRANSLATE_NOOP("AuditWords", "Database decrypted"),
    QT_TRANSLATE_NOOP("AuditWords", "Case"),
    QT_TRANSLATE_NOOP("AuditWords", "Contact"),
    QT_TRANSLATE_NOOP("AuditWords", "Note"),
    QT_TRANSLATE_NOOP("AuditWords", "Review"),
    QT_TRANSLATE_NOOP("AuditWords", "Reassignment"),
    QT_TRANSLATE_NOOP("AuditWords", "Item"),
    QT_TRANSLATE_NOOP("AuditWords", "Parcel"),
    QT_TRANSLATE_NOOP("AuditWords", "Shipment"),
    QT_TRANSLATE_NOOP("AuditWords", "Acknowledgement"),
    QT_TRANSLATE_NOOP("AuditWords", "Acknowledgement line"),
    QT_TRANSLATE_NOOP("AuditWords", "Campaign"),
    QT_TRANSLATE_NOOP("AuditWords", "Operation"),
    QT_TRANSLATE_NOOP("AuditWords", "Operation member"),
    QT_TRANSLATE_NOOP("AuditWords", "Block reason"),
    QT_TRANSLATE_NOOP("AuditWords", "Member of staff"),
    QT_TRANSLATE_NOOP("AuditWords", "Setting"),
    QT_TRANSLATE_NOOP("AuditWords", "Backup"),
    QT_TRANSLATE_NOOP("AuditWords", "Audit trail"),
    QT_TRANSLATE_NOOP("AuditWords", "Database"),
)


def audit_word(word: str) -> str:
    """A kind of entry or of record (one of :data:`AUDIT_WORDS`) in the window's language."""
    return QCoreApplication.translate(WORDS_CONTEXT, word)


def _first_line(text: str) -> str:
    lines = text.splitlines()
    return lines[0] + (" …" if len(lines) > 1 else "") if lines else ""


# A list too long to measure: starting widths (see ``column_widths``); "What" takes the
# rest. A change of several fields shows its first line here, every field in the tooltip.
TRAIL_COLUMNS: list[Column[TrailRow]] = [
    Column(QT_TRANSLATE_NOOP("Columns", "No."), lambda r: number(r.id), right=True),
    Column(QT_TRANSLATE_NOOP("Columns", "When"), lambda r: local_time(r.at)),
    Column(QT_TRANSLATE_NOOP("Columns", "Who"), lambda r: r.who, width=190),
    Column(QT_TRANSLATE_NOOP("Columns", "Kind"), lambda r: audit_word(kind_word(r.kind))),
    Column(QT_TRANSLATE_NOOP("Columns", "Record"), lambda r: r.record, width=290),
    Column(
        QT_TRANSLATE_NOOP("Columns", "What"),
        lambda r: _first_line(r.what),
        tooltip=lambda r: "\n".join(p for p in (r.what, r.detail) if p and p != r.what) or r.what,
    ),
]


def column_widths(metrics: QFontMetrics) -> list[int]:
    """Starting widths in pixels: the widest value a column can hold where that is known
    (a number of seven digits, a moment, the longest kind), else the column's own."""
    pad = 16
    longest_kind = max((audit_word(w) for w in KIND_WORDS.values()), key=len)
    samples = {0: "9,999,999", 1: "00.00.0000 00:00", 3: longest_kind}
    widths = []
    for column, spec in enumerate(TRAIL_COLUMNS):
        sample = samples.get(column)
        title = metrics.horizontalAdvance(column_title("Columns", spec)) + pad
        measured = metrics.horizontalAdvance(sample) + pad if sample else 0
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
