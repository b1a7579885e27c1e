"""Fixtures of the Mail feature's GUI tests: the feature installed in a small host (flows
across pages use the whole main window, ``window`` in ``tests/ui/conftest.py``)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from ombuds_desk.domain.i18n import Language
from ombuds_desk.ui.common.translators import install_translators, uninstall_translators
from ombuds_desk.ui.mail.feature import MailFeature
from tests.ui.helpers import wait_idle
from tests.ui.hosting import BareHost


@pytest.fixture(autouse=True)
def english(qapp: QApplication) -> Iterator[None]:
    """English as the window installs it (its plural forms: "1 item logged", "3 items
    logged"); a test's ``pseudo_language``, ``ukrainian`` or ``russian`` replaces it."""
    install_translators(qapp, Language.EN)
    yield
    uninstall_translators(qapp)


@pytest.fixture
def feature(qtbot: QtBot, host: BareHost) -> MailFeature:
    """The Mail feature installed in the small host, its first reads done."""
    installed = MailFeature(host)
    wait_idle(qtbot, host)
    return installed
