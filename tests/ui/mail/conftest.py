"""Fixtures of the Mail feature's GUI tests: the feature installed in a small host (flows
across pages use the whole main window, ``window`` in ``tests/ui/conftest.py``)."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from ombuds_desk.ui.mail.feature import MailFeature
from tests.ui.helpers import wait_idle
from tests.ui.hosting import BareHost


@pytest.fixture
def feature(qtbot: QtBot, host: BareHost) -> MailFeature:
    """The Mail feature installed in the small host, its first reads done."""
    installed = MailFeature(host)
    wait_idle(qtbot, host)
    return installed
