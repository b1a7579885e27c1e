"""The administration's tests run in English as the window does: with the English catalogue
installed (``make_application`` installs it for English too), whose plural forms make
"1 entry" of "%n entries". Without any translator Qt would say "1 entries"."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication

from ombuds_desk.domain.i18n import Language
from ombuds_desk.ui.common.translators import install_translators, uninstall_translators


@pytest.fixture(autouse=True)
def _english(qapp: QApplication) -> Iterator[None]:
    install_translators(qapp, Language.EN)
    yield
    uninstall_translators(qapp)
