"""The administration in other languages: every word of Settings, Staff, the audit trail,
Retention and "Where the data is" goes through a translator (the pseudo-language finds any
that does not), the office's choices are lists of words, and the interface language chosen
in Settings is saved on this computer and spoken at the next start."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date

import pytest
from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QApplication, QComboBox
from pytestqt.qtbot import QtBot

from ombuds_desk.domain.accounts import User
from ombuds_desk.domain.enums import CaseStatus, Category, Role
from ombuds_desk.domain.i18n import Language
from ombuds_desk.services.core.office_settings import LATIN_FORM, PAPER_SIZE, all_settings
from ombuds_desk.store.database import Database
from ombuds_desk.ui.admin.admin_page import AdminPage
from ombuds_desk.ui.admin.choice_field import ChoiceBox
from ombuds_desk.ui.admin.feature import SettingsOpener
from ombuds_desk.ui.admin.retention_dialog import open_retention
from ombuds_desk.ui.admin.settings_dialog import SettingsDialog
from ombuds_desk.ui.common.translators import (
    LANGUAGE_KEY,
    chosen_language,
    uninstall_translators,
)
from ombuds_desk.ui.shell.app import make_application
from tests.services.cases.retention_helpers import closed_case
from tests.ui.conftest import HostFactory
from tests.ui.helpers import wait_idle
from tests.ui.hosting import BareHost
from tests.ui.untranslated import untranslated_texts

# Words that are another workstream's (the roles', categories' and statuses' labels, the
# domain's) or data: allowed here, tested where they are made.
ENUM_WORDS = [
    *(role.label for role in Role),
    *(c.label for c in Category),
    *(s.label for s in CaseStatus),
    *(s.label.lower() for s in CaseStatus),
]
USER_NAMES = ["admin", "s.melnyk", "o.bondar"]


def _settings_dialog(host: BareHost) -> SettingsDialog:
    dialog = SettingsOpener(host).open()
    assert dialog is not None
    return dialog


def test_settings_are_all_translatable(
    qtbot: QtBot, pseudo_language: None, make_host: HostFactory, admin: User
) -> None:
    host = make_host(admin)
    dialog = _settings_dialog(host)
    wait_idle(qtbot, host)  # the stalled counts are shown
    # "English" is the language's own name, as every language menu lists it.
    assert untranslated_texts(dialog, allow=["English", *ENUM_WORDS]) == []
    assert dialog.windowTitle() == "⟦Settings⟧"


def test_settings_read_only_hints_are_translatable(
    pseudo_language: None, make_host: HostFactory, supervisor: User
) -> None:
    dialog = _settings_dialog(make_host(supervisor))
    assert untranslated_texts(dialog, allow=["English", *ENUM_WORDS]) == []


def test_the_office_choices_are_lists_of_words_saving_the_programs_values(
    qtbot: QtBot, russian: None, make_host: HostFactory, supervisor: User, db: Database
) -> None:
    host = make_host(supervisor)
    dialog = _settings_dialog(host)
    latin = dialog.lines[LATIN_FORM].edit
    paper = dialog.lines[PAPER_SIZE].edit
    assert isinstance(latin, ChoiceBox) and isinstance(paper, ChoiceBox)
    assert [paper.itemText(i) for i in range(paper.count())] == ["A4", "Letter (США)"]
    assert latin.currentText() == "ICAO 9303 (Melnik Iaroslav)"
    latin.setCurrentIndex(latin.findData("kmu2010"))
    assert latin.currentText().startswith("КМУ 2010")
    language = dialog.lines["counterpart_language"].edit
    assert isinstance(language, ChoiceBox)
    assert [language.itemText(i) for i in range(language.count())] == [
        "Английский",
        "Русский",
        "Украинский",
    ]
    assert dialog.save_button is not None
    dialog.save_button.click()
    with db.reading() as session:
        assert all_settings(session)[LATIN_FORM] == "kmu2010"
    assert host.messages[-1] == "Настройки сохранены: Латинское написание украинских имён."


def test_a_caseworker_reads_the_choices_but_cannot_change_them(
    make_host: HostFactory, caseworker: User
) -> None:
    dialog = _settings_dialog(make_host(caseworker))
    assert dialog.lines[PAPER_SIZE].edit.isReadOnly()
    assert not dialog.lines[PAPER_SIZE].edit.isEnabled()
    assert dialog.language.isEnabled()  # the interface language is each computer's own


@pytest.fixture
def restore_app(qapp: QApplication) -> Iterator[QApplication]:
    """``make_application`` names the test's application too: its names are put back (the
    default QSettings of the later tests would be the app's own)."""
    names = (qapp.applicationName(), qapp.applicationDisplayName(), qapp.organizationName())
    yield qapp
    uninstall_translators(qapp)
    qapp.setApplicationName(names[0])
    qapp.setApplicationDisplayName(names[1])
    qapp.setOrganizationName(names[2])


def test_the_language_chosen_is_saved_and_spoken_at_the_next_start(
    make_host: HostFactory,
    caseworker: User,
    ui_settings: QSettings,
    restore_app: QApplication,
) -> None:
    dialog = _settings_dialog(make_host(caseworker))
    names = [dialog.language.itemText(i) for i in range(dialog.language.count())]
    assert names == ["English", "Русский", "Українська"]
    assert "next time Ombuds Desk starts" in dialog.language_note.text()
    dialog.language.setCurrentIndex(dialog.language.findData("uk"))
    assert ui_settings.value(LANGUAGE_KEY) == "uk"
    assert dialog.language_note.text() == (
        "Saved: Українська takes effect the next time Ombuds Desk starts."
    )
    # This window keeps its words; the next start speaks Ukrainian.
    assert QCoreApplication.translate("WindowHost", "&File") == "&File"
    assert chosen_language(None, ui_settings) is Language.UK
    make_application(settings=ui_settings)
    assert QCoreApplication.translate("WindowHost", "&File") == "&Файл"
    assert QCoreApplication.translate("SettingsDialog", "Settings") == "Налаштування"
    # ``--lang`` still wins over the choice.
    make_application(language="ru", settings=ui_settings)
    assert QCoreApplication.translate("SettingsDialog", "Settings") == "Настройки"


def test_the_dialog_shows_the_language_saved(
    make_host: HostFactory, caseworker: User, ui_settings: QSettings
) -> None:
    ui_settings.setValue(LANGUAGE_KEY, "ru")
    dialog = _settings_dialog(make_host(caseworker))
    assert dialog.language.currentData() == "ru"
    assert isinstance(dialog.language, QComboBox)


def test_staff_trail_and_data_locations_are_translatable(
    qtbot: QtBot,
    pseudo_language: None,
    make_host: HostFactory,
    admin: User,
    supervisor: User,
    caseworker: User,
    db: Database,
) -> None:
    host = make_host(admin)
    page = AdminPage(host)
    host.add_page(page, "Адміністрування")
    host.show_page(page)
    wait_idle(qtbot, host)
    assert untranslated_texts(page.staff, allow=[*ENUM_WORDS, *USER_NAMES]) == []

    page.tabs.setCurrentWidget(page.trail)
    wait_idle(qtbot, host)
    # "Ombuds Desk" is who did what the app did by itself: a name.
    found = untranslated_texts(page.trail, allow=[*ENUM_WORDS, *USER_NAMES, "Ombuds Desk"])
    # The entries' record and what they say (a cell and its tooltip, in the table and its
    # header's view of the same model) are stored data, never translated.
    stored = re.compile(r"\w+\(\w*\)\.cell\d+,[45]:")
    assert [text for text in found if not stored.match(text)] == []
    assert page.trail.model.rowCount() > 0

    page.tabs.setCurrentWidget(page.locations)
    wait_idle(qtbot, host)
    assert page.locations.shown is not None
    paths = [place.where for place in page.locations.shown.places if "/" in place.where]
    assert untranslated_texts(page.locations, allow=paths) == []
    assert untranslated_texts(page.tabs.tabBar()) == []


def test_retention_is_translatable(
    qtbot: QtBot,
    pseudo_language: None,
    make_host: HostFactory,
    supervisor: User,
    admin: User,
    db: Database,
    today: date,
) -> None:
    closed_case(db, admin, today, 800)
    host = make_host(supervisor)
    dialog = open_retention(host)
    assert dialog is not None
    numbers = [case.case_number for case in dialog.due()]
    assert len(numbers) == 1
    assert untranslated_texts(dialog, allow=[*ENUM_WORDS, *numbers]) == []
    assert dialog.anonymise_button.text() == "⟦&Anonymise %n cases…⟧".replace("%n", "1")
    box = dialog.confirmation()
    assert untranslated_texts(box) == []
