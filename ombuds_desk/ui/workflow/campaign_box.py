"""The Dashboard's campaigns box: each campaign's target, its progress bar and the figures
beside it (what was counted, by when).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QGroupBox,
    QLabel,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from ombuds_desk.services.mail.campaigns import CampaignProgress
from ombuds_desk.ui.common.formatting import number
from ombuds_desk.ui.workflow.dashboard_parts import CAPTION_STYLE
from ombuds_desk.ui.workflow.plurals import DashboardPagePlurals


class CampaignBox(QGroupBox):
    """One progress bar per campaign: delivered against the target, with the other counts."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(QCoreApplication.translate("DashboardPage", "Campaign progress"), parent)
        self.setObjectName("campaignPanel")
        self.rows = QVBoxLayout()
        layout = QVBoxLayout(self)
        layout.addLayout(self.rows)
        layout.addStretch(1)
        self.bars: dict[str, QProgressBar] = {}
        self.details: dict[str, QLabel] = {}

    def show_progress(self, campaigns: list[CampaignProgress]) -> None:
        while self.rows.count():
            item = self.rows.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.bars.clear()
        self.details.clear()
        if not campaigns:
            empty = QLabel(QCoreApplication.translate("DashboardPage", "No campaigns yet."), self)
            empty.setStyleSheet(CAPTION_STYLE)
            self.rows.addWidget(empty)
        for campaign in campaigns:
            self.rows.addWidget(self._row(campaign))

    def _row(self, campaign: CampaignProgress) -> QWidget:
        row = QWidget(self)
        title = QLabel(
            QCoreApplication.translate("DashboardPage", "<b>{name}</b> — by {date}").format(
                name=campaign.name, date=campaign.deadline.strftime("%d.%m.%Y")
            ),
            row,
        )
        bar = QProgressBar(row)
        bar.setObjectName("campaignBar")
        bar.setRange(0, max(campaign.target, 1))
        bar.setValue(min(campaign.delivered, campaign.target))
        bar.setFormat(
            QCoreApplication.translate(
                "DashboardPage", "{delivered} of {target} delivered ({percent}%)"
            ).format(
                delivered=number(campaign.delivered),
                target=number(campaign.target),
                percent=campaign.percent_delivered,
            )
        )
        if campaign.days_left >= 0:
            left = DashboardPagePlurals.tr("%n days left", "", campaign.days_left)
        else:
            left = DashboardPagePlurals.tr("deadline passed %n days ago", "", -campaign.days_left)
        detail = QLabel(
            QCoreApplication.translate(
                "DashboardPage",
                "Delivered {delivered} · dispatched {dispatched} · packed {packed} · "
                "target {target} · {left}",
            ).format(
                delivered=number(campaign.delivered),
                dispatched=number(campaign.dispatched),
                packed=number(campaign.packed),
                target=number(campaign.target),
                left=left,
            ),
            row,
        )
        detail.setObjectName("campaignDetail")
        detail.setStyleSheet(CAPTION_STYLE)
        layout = QVBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 6)
        layout.setSpacing(2)
        for widget in (title, bar, detail):
            layout.addWidget(widget)
        self.bars[campaign.name] = bar
        self.details[campaign.name] = detail
        return row
