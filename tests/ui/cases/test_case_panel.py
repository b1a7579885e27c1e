"""The case view: a hint when no case is selected; the case's header, status line and
blocked/stalled warning; its facts as its category has them; tab titles with their counts;
features' tabs following the case shown; and the actions it asks for."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QFormLayout, QLabel, QPushButton, QScrollArea
from pytestqt.qtbot import QtBot

from ombuds_desk.domain.accounts import User
from ombuds_desk.domain.enums import CaseStatus
from ombuds_desk.services.cases.case_status import block_case, change_status
from ombuds_desk.services.cases.case_view import CaseDetails, case_details
from ombuds_desk.services.cases.contacts import add_contact, update_contact
from ombuds_desk.services.cases.notes import add_note
from ombuds_desk.services.core.audit_labels import PERSON_FIELDS
from ombuds_desk.services.core.unit_of_work import unit_of_work
from ombuds_desk.store.database import Database
from ombuds_desk.ui.cases.case_panel import BLOCKED_STYLE, WARNING_STYLE, CasePanel
from ombuds_desk.ui.common.field_labels import FIELD_LABELS, label
from tests.services.helpers import id_of, register
from tests.ui.helpers import type_text, wait_idle
from tests.ui.hosting import BareHost

HINT = "Select a case in the list to see it here,\nor press Ctrl+N to register a new one."


@pytest.fixture
def panel(qtbot: QtBot) -> CasePanel:
    shown = CasePanel()
    qtbot.addWidget(shown)
    shown.resize(700, 600)
    shown.show()
    qtbot.waitExposed(shown)
    return shown


def _details(db: Database, person_id: int, today: date) -> CaseDetails:
    with db.reading() as session:
        return case_details(session, person_id, today=today, threshold_days=30)


def _facts(panel: CasePanel) -> dict[str, str]:
    """The Details tab as its labels read: field label → value shown."""
    scroll = panel.tabs.widget(0)
    assert isinstance(scroll, QScrollArea)
    inner = scroll.widget()
    assert inner is not None
    form = inner.layout()
    assert isinstance(form, QFormLayout)
    facts: dict[str, str] = {}
    for row in range(form.rowCount()):
        caption_item = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
        value_item = form.itemAt(row, QFormLayout.ItemRole.FieldRole)
        assert caption_item is not None and value_item is not None
        caption, value = caption_item.widget(), value_item.widget()
        assert isinstance(caption, QLabel) and isinstance(value, QLabel)
        facts[caption.text()] = value.text()
    return facts


def _hint(panel: CasePanel) -> QLabel:
    return next(label for label in panel.findChildren(QLabel) if label.text() == HINT)


def _titles(panel: CasePanel) -> list[str]:
    return [panel.tabs.tabText(i) for i in range(panel.tabs.count())]


class MailLikeTab(QLabel):
    """A feature's case-view tab: it keeps the cases it was shown."""

    def __init__(self) -> None:
        super().__init__("Пошта")
        self.shown: list[CaseDetails | None] = []

    def show_case(self, details: CaseDetails | None) -> None:
        self.shown.append(details)


def test_a_hint_shows_until_a_case_is_selected(
    panel: CasePanel, db: Database, caseworker: User, today: date
) -> None:
    assert _hint(panel).isVisible() and not panel.name.isVisible()
    assert panel.details is None
    person_id = id_of(register(db, caseworker, today, family_name="Ґудзь", given_name="Євген"))
    details = _details(db, person_id, today)
    panel.show_case(details)
    assert not _hint(panel).isVisible()
    assert panel.name.isVisible() and panel.name.text() == "Ґудзь Євген"
    assert panel.latin_name.text() == "Gudz Ievgen"  # ICAO 9303
    assert panel.case_number.text() == f"{details.case_number} · Captive · caseworker: Олег Бондар"
    assert panel.details is details
    panel.show_case(None)
    assert _hint(panel).isVisible() and not panel.name.isVisible()


def test_the_facts_are_those_of_the_category(
    panel: CasePanel, db: Database, caseworker: User, today: date
) -> None:
    captive = id_of(
        register(
            db,
            caseworker,
            today,
            family_name="Пʼятницький",
            date_of_birth="03.1985",
            citizenship="Україна",
            rank="сержант",
            holding_party="РФ",
        )
    )
    panel.show_case(_details(db, captive, today))
    facts = _facts(panel)
    assert list(facts)[:4] == ["Date of birth:", "Sex:", "Citizenship:", "Home region:"]
    assert facts["Date of birth:"] == "03.1985"
    assert facts["Citizenship:"] == "Україна"
    assert facts["Rank:"] == "сержант" and facts["Holding party:"] == "РФ"
    assert facts["Home region:"] == "—" and facts["Unit:"] == "—"  # not known yet
    assert "Evacuated from:" not in facts

    evacuee = id_of(
        register(
            db,
            caseworker,
            today,
            category="evacuee",
            family_name="Коваленко",
            evacuated_from="Маріуполь",
        )
    )
    panel.show_case(_details(db, evacuee, today))
    facts = _facts(panel)
    assert facts["Evacuated from:"] == "Маріуполь"
    assert "Rank:" not in facts and "Service number:" not in facts  # none left from before
    assert len(facts) == 4 + 4


def test_a_blocked_case_says_why_in_pink(
    panel: CasePanel, db: Database, caseworker: User, today: date
) -> None:
    person_id = id_of(register(db, caseworker, today))
    with unit_of_work(db, caseworker) as session:
        block_case(
            session,
            caseworker,
            person_id,
            "No contact with family",
            today=today,
            note="Мати не відповідає",
        )
    panel.show_case(_details(db, person_id, today))
    assert panel.warning_line.isVisible()
    assert panel.warning_line.text() == "Blocked: No contact with family — Мати не відповідає"
    assert panel.warning_line.styleSheet() == BLOCKED_STYLE
    assert panel.block_button.text() == "Unbloc&k…" and panel.block_button.isEnabled()


def test_a_stalled_case_says_how_long_in_amber(
    panel: CasePanel, db: Database, caseworker: User, today: date
) -> None:
    person_id = id_of(register(db, caseworker, today, status_since=today - timedelta(days=45)))
    panel.show_case(_details(db, person_id, today))
    assert panel.warning_line.isVisible()
    assert panel.warning_line.text() == "Stalled: no status change for 45 days."
    assert panel.warning_line.styleSheet() == WARNING_STYLE
    assert panel.status_line.text() == (
        f"<b>Registered</b> since {today - timedelta(days=45):%d.%m.%Y} — 45 days"
    )
    assert panel.block_button.text() == "Bloc&k…"

    fresh = id_of(register(db, caseworker, today, status_since=today - timedelta(days=1)))
    panel.show_case(_details(db, fresh, today))
    assert not panel.warning_line.isVisible()  # the last case's warning does not linger
    assert panel.status_line.text().endswith("— 1 day")


def test_long_waits_are_counted_with_thousands(
    panel: CasePanel, db: Database, caseworker: User, today: date
) -> None:
    person_id = id_of(register(db, caseworker, today, status_since=today - timedelta(days=1234)))
    panel.show_case(_details(db, person_id, today))
    assert panel.status_line.text().endswith("— 1,234 days")
    assert panel.warning_line.text() == "Stalled: no status change for 1234 days."


def test_a_closed_case_can_neither_move_nor_be_blocked(
    panel: CasePanel, db: Database, caseworker: User, today: date
) -> None:
    person_id = id_of(register(db, caseworker, today, status_since=today - timedelta(days=90)))
    with unit_of_work(db, caseworker) as session:
        change_status(
            session,
            caseworker,
            person_id,
            CaseStatus.DECEASED,
            effective_on=today,
            today=today,
            reason="Death notice from the ICRC",
        )
    panel.show_case(_details(db, person_id, today))
    assert not panel.status_button.isEnabled()
    assert not panel.block_button.isEnabled()
    assert not panel.warning_line.isVisible()  # a final case is never stalled


def test_tab_titles_count_contacts_and_notes(
    panel: CasePanel, db: Database, caseworker: User, today: date
) -> None:
    person_id = id_of(register(db, caseworker, today, family_name="Соловйов"))
    with unit_of_work(db, caseworker) as session:
        for given, relationship in (("Марія", "wife"), ("Юрій", "son")):
            add_contact(
                session,
                caseworker,
                person_id,
                {"family_name": "Соловйова", "given_name": given, "relationship": relationship},
            )
        change_status(
            session, caseworker, person_id, CaseStatus.CONFIRMED, effective_on=today, today=today
        )
        for text in ("Перший лист", "Дзвінок матері", "Фото отримано"):
            add_note(session, caseworker, person_id, text)
    panel.show_case(_details(db, person_id, today))
    # The status history needs no count: the titles stay short enough for every tab to fit.
    assert _titles(panel) == ["Details", "Contacts (2)", "Status", "Notes (3)"]
    assert panel.contacts_model.rowCount() == 2
    assert panel.history_model.rowCount() == 2
    assert panel.notes_list.count() == 3
    assert "Фото отримано" in "".join(
        panel.notes_list.item(i).text() for i in range(panel.notes_list.count())
    )


def test_a_case_without_notes_says_so(
    panel: CasePanel, db: Database, caseworker: User, today: date
) -> None:
    panel.show_case(_details(db, id_of(register(db, caseworker, today)), today))
    assert _titles(panel)[1:] == ["Contacts (0)", "Status", "Notes (0)"]
    assert panel.notes_list.count() == 1
    placeholder = panel.notes_list.item(0)
    assert placeholder.text() == "No notes yet."
    assert placeholder.flags() == Qt.ItemFlag.NoItemFlags  # not a note to select


def test_a_features_tab_follows_the_case_shown(
    panel: CasePanel, db: Database, caseworker: User, today: date
) -> None:
    assert _titles(panel) == ["Details", "Contacts", "Status", "Notes"]  # no host: no History
    tab = MailLikeTab()
    assert panel.add_tab(tab, "Пошта") == 4
    assert _titles(panel)[4] == "Пошта"
    details = _details(db, id_of(register(db, caseworker, today)), today)
    panel.show_case(details)
    panel.show_case(None)
    assert tab.shown == [details, None]


def test_the_buttons_ask_for_the_actions(
    qtbot: QtBot, panel: CasePanel, db: Database, caseworker: User, today: date
) -> None:
    panel.show_case(_details(db, id_of(register(db, caseworker, today)), today))
    for button, signal in (
        (panel.status_button, panel.status_requested),
        (panel.block_button, panel.block_requested),
        (panel.edit_button, panel.edit_requested),
    ):
        with qtbot.waitSignal(signal):
            qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_contact_buttons_name_the_selected_contact(
    qtbot: QtBot, panel: CasePanel, db: Database, caseworker: User, today: date
) -> None:
    person_id = id_of(register(db, caseworker, today))
    with unit_of_work(db, caseworker) as session:
        for given in ("Ганна", "Ірина"):
            add_contact(
                session,
                caseworker,
                person_id,
                {"family_name": "Ґава", "given_name": given, "relationship": "sister"},
            )
    details = _details(db, person_id, today)
    panel.show_case(details)
    panel.tabs.setCurrentIndex(1)
    asked: list[tuple[str, int]] = []
    panel.contact_edit_requested.connect(lambda i: asked.append(("edit", i)))
    panel.contact_remove_requested.connect(lambda i: asked.append(("remove", i)))

    panel.contact_edit_button.click()  # nothing selected: nothing asked
    panel.contact_remove_button.click()
    assert asked == []
    panel.contacts_view.selectRow(1)
    panel.contact_edit_button.click()
    panel.contact_remove_button.click()
    second = details.contacts[1].id
    assert asked == [("edit", second), ("remove", second)]

    first = panel.contacts_view.visualRect(panel.contacts_model.index(0, 0)).center()
    viewport = panel.contacts_view.viewport()
    qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=first)
    assert len(asked) == 2  # one click only selects
    qtbot.mouseDClick(viewport, Qt.MouseButton.LeftButton, pos=first)
    assert asked[2:] == [("edit", details.contacts[0].id)]


def test_a_note_is_asked_for_only_when_there_is_text(
    qtbot: QtBot, panel: CasePanel, db: Database, caseworker: User, today: date
) -> None:
    panel.show_case(_details(db, id_of(register(db, caseworker, today)), today))
    panel.focus_note()
    assert panel.tabs.currentIndex() == 3
    asked: list[str] = []
    panel.note_add_requested.connect(asked.append)
    panel.note_edit.setPlainText("   \n ")
    panel.note_button.click()
    assert asked == []
    panel.note_edit.clear()
    type_text(qtbot, panel.note_edit, "Лист від сина передано")
    qtbot.keyClick(panel.note_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert asked == ["Лист від сина передано"]
    assert panel.note_edit.toPlainText() == "Лист від сина передано"  # kept until saved
    panel.note_saved()
    assert panel.note_edit.toPlainText() == ""


# -- the History tab: the case's audit trail ---------------------------------------------------


@pytest.fixture
def hosted_panel(qtbot: QtBot, host: BareHost) -> CasePanel:
    """A case view with a host, as the Cases page builds it: it has the History tab."""
    shown = CasePanel(host.pages, host=host)
    host.pages.addTab(shown, "Справа")
    host.pages.setCurrentWidget(shown)
    qtbot.waitExposed(shown)
    return shown


def _history_texts(panel: CasePanel) -> list[str]:
    tab = panel.history_tab
    assert tab is not None
    return [tab.model.data(tab.model.index(row, 1)) for row in range(tab.model.rowCount())]


def _show_history(qtbot: QtBot, host: BareHost, panel: CasePanel) -> None:
    assert panel.history_tab is not None
    panel.tabs.setCurrentWidget(panel.history_tab)
    wait_idle(qtbot, host)


def test_the_history_tab_tells_the_case_in_words(
    qtbot: QtBot,
    host: BareHost,
    hosted_panel: CasePanel,
    db: Database,
    caseworker: User,
    today: date,
) -> None:
    person_id = id_of(register(db, caseworker, today, family_name="Ґудзь", given_name="Євген"))
    with unit_of_work(db, caseworker) as session:
        wife = add_contact(
            session,
            caseworker,
            person_id,
            {
                "family_name": "Їжакевич",
                "given_name": "Ганна",
                "relationship": "wife",
                "phone": "+380501112233",
            },
        )
    with unit_of_work(db, caseworker) as session:
        update_contact(
            session,
            caseworker,
            id_of(wife),
            {
                "family_name": "Їжакевич",
                "given_name": "Ганна",
                "relationship": "wife",
                "phone": "+380509998877",
            },
            expected_version=None,
        )
        change_status(
            session, caseworker, person_id, CaseStatus.CONFIRMED, effective_on=today, today=today
        )
        add_note(session, caseworker, person_id, "Дзвонила дружина, просить фото")
    assert _titles(hosted_panel) == ["Details", "Contacts", "Status", "Notes", "History"]
    hosted_panel.show_case(_details(db, person_id, today))
    _show_history(qtbot, host, hosted_panel)

    assert _history_texts(hosted_panel) == [
        "Note written: Дзвонила дружина, просить фото",
        "Status: Registered → Confirmed",
        "Phone of contact Їжакевич Ганна: +380501112233 → +380509998877",
        "Contact added: Їжакевич Ганна (wife)",
        "Case registered (captive)",
    ]
    tab = hosted_panel.history_tab
    assert tab is not None
    who = tab.model.data(tab.model.index(0, 0))
    assert who.splitlines()[1] == "Олег Бондар"
    assert tab.note.text() == "5 entries, newest first. Point at one to see every field it changed."
    shown = " ".join(_history_texts(hosted_panel))
    assert not any(mark in shown for mark in ("{", "[", '":', "null"))  # never JSON
    # Read only: nothing to edit or remove an entry with.
    assert tab.view.editTriggers() == QAbstractItemView.EditTrigger.NoEditTriggers
    assert tab.findChildren(QPushButton) == []


def test_the_history_tab_reads_when_in_front_and_never_shows_another_case(
    qtbot: QtBot,
    host: BareHost,
    hosted_panel: CasePanel,
    db: Database,
    caseworker: User,
    today: date,
) -> None:
    first = id_of(register(db, caseworker, today, family_name="Коваленко"))
    second = id_of(register(db, caseworker, today, family_name="Пʼятницький"))
    hosted_panel.show_case(_details(db, first, today))
    assert host.tasks.pending == 0  # the Details tab is in front: nothing read yet
    _show_history(qtbot, host, hosted_panel)
    assert _history_texts(hosted_panel) == ["Case registered (captive)"]
    assert hosted_panel.history_tab is not None
    hosted_panel.tabs.setCurrentIndex(0)
    hosted_panel.show_case(_details(db, second, today))
    assert _history_texts(hosted_panel) == []  # the first case's entries are gone at once
    with unit_of_work(db, caseworker) as session:
        add_note(session, caseworker, second, "Новий запис")
    _show_history(qtbot, host, hosted_panel)
    assert _history_texts(hosted_panel) == [
        "Note written: Новий запис",
        "Case registered (captive)",
    ]
    hosted_panel.show_case(None)
    assert _history_texts(hosted_panel) == []


def test_the_history_names_fields_as_the_case_view_does() -> None:
    """The trail's words for a person's fields are the register's labels."""
    assert {name: PERSON_FIELDS[name] for name in FIELD_LABELS} == {
        name: label(name) for name in FIELD_LABELS
    }


def test_every_tab_is_in_sight_in_ukrainian(
    ukrainian: None, qtbot: QtBot, db: Database, caseworker: User, today: date
) -> None:
    """Six tabs in a narrow case view: no scroll arrows hiding the last (Mail), no title
    cut short; the titles set the view's least width (in Ukrainian the last tabs were out of
    sight behind the arrows)."""
    shown = CasePanel()
    qtbot.addWidget(shown)
    shown.add_tab(MailLikeTab(), "Листи й посилки")
    shown.add_tab(MailLikeTab(), "Журнал")
    shown.resize(420, 600)
    shown.show()
    qtbot.waitExposed(shown)
    shown.show_case(_details(db, id_of(register(db, caseworker, today)), today))
    shown.resize(420, 600)  # as a splitter squeezing it would: the titles hold their width
    qtbot.waitUntil(lambda: shown.width() >= shown.tabs.minimumSizeHint().width())
    bar = shown.tabs.tabBar()
    assert not bar.usesScrollButtons()
    last = bar.tabRect(bar.count() - 1)
    assert last.right() <= bar.width()
    assert shown.tabs.minimumSizeHint().width() >= last.right()
    assert [shown.tabs.tabToolTip(i) for i in range(2)] == ["Відомості", "Контакти (0)"]
