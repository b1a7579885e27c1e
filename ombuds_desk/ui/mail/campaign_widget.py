"""Campaign progress at a glance: delivered / dispatched / packed against each target.

One row per campaign: its name, a stacked bar (delivered, then dispatched, then packed, out
of the target) and the numbers with the days left. The numbers are ``campaign_progress``'s,
read off the GUI thread; the widget only draws them. ``summary_text`` is the one-line form
for the status bar.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QPushButton, QWidget

from ombuds_desk.domain.i18n import translate
from ombuds_desk.services.mail.campaigns import CampaignProgress, campaign_progress
from ombuds_desk.ui.common.formatting import number
from ombuds_desk.ui.common.host import Host
from ombuds_desk.ui.common.operations import Loader
from ombuds_desk.ui.common.palette import muted_style, problem_style
from ombuds_desk.ui.mail.plurals import plurals

DELIVERED = QColor("#3c8d40")
DISPATCHED = QColor("#5b8fd6")
PACKED = QColor("#c9d8ee")
TRACK = QColor("#e6e6e6")


def days_left_text(days_left: int) -> str:
    if days_left < 0:
        return plurals().deadline_passed(-days_left).format(days=number(-days_left))
    if days_left == 0:
        return translate("CampaignWidget", "deadline today")
    return plurals().days_left(days_left).format(days=number(days_left))


def numbers_text(p: CampaignProgress) -> str:
    return translate(
        "CampaignWidget",
        "{delivered} of {target} delivered · {dispatched} dispatched · "
        "{packed} packed · {days_left}",
    ).format(
        delivered=number(p.delivered),
        target=number(p.target),
        dispatched=number(p.dispatched),
        packed=number(p.packed),
        days_left=days_left_text(p.days_left),
    )


def summary_text(progress: list[CampaignProgress]) -> str:
    """The campaign with the nearest deadline still ahead, in one line ("" when none)."""
    current = [p for p in progress if p.days_left >= 0] or progress
    if not current:
        return ""
    p = current[0]
    return translate(
        "CampaignWidget", "{campaign}: {delivered} / {target} delivered · {days_left}"
    ).format(
        campaign=p.name,
        delivered=number(p.delivered),
        target=number(p.target),
        days_left=days_left_text(p.days_left),
    )


class StackedBar(QWidget):
    """Delivered, dispatched and packed as three segments of one bar out of the target."""

    def __init__(self, progress: CampaignProgress, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.progress = progress
        self.setMinimumWidth(160)
        self.setToolTip(
            self.tr(
                "Delivered {delivered}, dispatched {dispatched}, packed {packed} — "
                "target {target} ({percent}% delivered)"
            ).format(
                delivered=number(progress.delivered),
                dispatched=number(progress.dispatched),
                packed=number(progress.packed),
                target=number(progress.target),
                percent=f"{progress.percent_delivered:.0f}",
            )
        )

    def sizeHint(self) -> QSize:
        return QSize(240, 14)

    def paintEvent(self, _event: QPaintEvent) -> None:
        p = self.progress
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        box = QRectF(self.rect()).adjusted(0.5, 1.5, -0.5, -1.5)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(TRACK)
        painter.drawRoundedRect(box, 3, 3)
        left = box.left()
        for count, colour in (
            (p.delivered, DELIVERED),
            (p.dispatched, DISPATCHED),
            (p.packed, PACKED),
        ):
            width = min(box.width() * count / max(p.target, 1), box.right() - left)
            if width > 0:
                painter.setBrush(colour)
                painter.drawRect(QRectF(left, box.top(), width, box.height()))
                left += width
        painter.end()


class CampaignWidget(QFrame):
    """Every campaign's progress; ``manage_requested`` when "Campaigns…" is pressed."""

    manage_requested = Signal()

    def __init__(self, host: Host, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._host = host
        self.loader = Loader(host, self, self)
        self.progress: list[CampaignProgress] = []
        self.setObjectName("campaignWidget")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(8, 4, 8, 4)
        self._grid.setHorizontalSpacing(10)
        self._grid.setVerticalSpacing(2)
        self._grid.setColumnStretch(1, 1)
        self.manage_button = QPushButton(self.tr("Campai&gns…"), self)
        self.manage_button.setStatusTip(
            self.tr("Set up campaign targets and deadlines (supervisor)")
        )
        self.manage_button.clicked.connect(self.manage_requested)
        self.rows: list[tuple[QLabel, StackedBar, QLabel]] = []

    def refresh(self) -> None:
        """Read the campaigns' progress again; the rows follow once it is back."""
        today = self._host.today()
        self.loader.load(
            lambda session: campaign_progress(session, today=today), self.show_progress
        )

    def show_progress(self, progress: list[CampaignProgress]) -> None:
        self.progress = progress
        while self._grid.count():
            item = self._grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None and widget is not self.manage_button:
                widget.deleteLater()
        self.rows = []
        for row, p in enumerate(self.progress):
            name = QLabel(f"<b>{p.name}</b>", self)
            bar = StackedBar(p, self)
            numbers = QLabel(numbers_text(p), self)
            if p.days_left < 0 and p.delivered < p.target:
                numbers.setStyleSheet(problem_style())
            self._grid.addWidget(name, row, 0)
            self._grid.addWidget(bar, row, 1)
            self._grid.addWidget(numbers, row, 2)
            self.rows.append((name, bar, numbers))
        if not self.progress:
            hint = QLabel(self.tr("No campaign yet: a supervisor can set a target."), self)
            hint.setStyleSheet(muted_style())
            self._grid.addWidget(hint, 0, 0, 1, 3)
        self._grid.addWidget(self.manage_button, 0, 3, Qt.AlignmentFlag.AlignTop)
