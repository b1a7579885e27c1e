"""A combo box of enum members: shown by label, read back as the member itself (not the plain
string PySide keeps), an optional "none" entry, and the choice kept when the entries change."""

from __future__ import annotations

from enum import StrEnum

from pytestqt.qtbot import QtBot

from ombuds_desk.domain.enums import Category, Channel, ParcelStatus
from ombuds_desk.ui.common.enum_combo import EnumCombo


class Region(StrEnum):
    """A plain StrEnum (no ``label``): shown by its value."""

    KYIV = "Київська"
    ZHYTOMYR = "Житомирська"
    ZAPORIZHZHIA = "Запорізька"


def _texts(combo: EnumCombo[Channel] | EnumCombo[Region] | EnumCombo[ParcelStatus]) -> list[str]:
    return [combo.itemText(i) for i in range(combo.count())]


def test_members_are_shown_by_label_and_read_back_as_members(qtbot: QtBot) -> None:
    combo = EnumCombo(Channel)
    qtbot.addWidget(combo)
    assert _texts(combo) == ["Counterpart ombudsman", "ICRC", "Other"]
    assert combo.current() is Channel.COUNTERPART_OMBUDSMAN
    combo.setCurrentIndex(1)
    current = combo.current()
    assert current is Channel.ICRC
    assert type(current) is Channel


def test_an_enum_without_labels_shows_its_values(qtbot: QtBot) -> None:
    combo = EnumCombo(Region)
    qtbot.addWidget(combo)
    assert _texts(combo) == ["Київська", "Житомирська", "Запорізька"]
    combo.set_current(Region.ZAPORIZHZHIA)
    assert combo.currentText() == "Запорізька"
    assert combo.current() is Region.ZAPORIZHZHIA


def test_only_the_members_given_are_offered(qtbot: QtBot) -> None:
    combo = EnumCombo(ParcelStatus, [ParcelStatus.DELIVERED, ParcelStatus.LOST])
    qtbot.addWidget(combo)
    assert _texts(combo) == ["Delivered", "Lost"]
    combo.set_current(ParcelStatus.PACKED)  # not offered: the first entry
    assert combo.current() is ParcelStatus.DELIVERED


def test_the_none_entry_is_first_and_reads_as_none(qtbot: QtBot) -> None:
    combo = EnumCombo(Region, none_label="— будь-яка область —")
    qtbot.addWidget(combo)
    assert _texts(combo)[0] == "— будь-яка область —"
    assert combo.count() == 4
    assert combo.current() is None
    combo.set_current(Region.KYIV)
    assert combo.current() is Region.KYIV
    combo.set_current(None)
    assert combo.currentIndex() == 0
    assert combo.current() is None


def test_new_members_keep_the_choice_when_still_offered(qtbot: QtBot) -> None:
    combo = EnumCombo(Region, none_label="— будь-яка —")
    qtbot.addWidget(combo)
    combo.set_current(Region.ZHYTOMYR)
    changes: list[int] = []
    combo.currentIndexChanged.connect(changes.append)
    combo.set_members([Region.ZAPORIZHZHIA, Region.ZHYTOMYR])
    assert _texts(combo) == ["— будь-яка —", "Запорізька", "Житомирська"]
    assert combo.current() is Region.ZHYTOMYR
    assert changes == []  # the same choice: no listener is told it changed
    combo.set_members([Region.KYIV])
    assert combo.current() is None  # no longer offered: back to "any"


def test_an_unknown_stored_value_reads_as_none(qtbot: QtBot) -> None:
    combo = EnumCombo(Category)
    qtbot.addWidget(combo)
    combo.addItem("Стара категорія", "prisoner")  # e.g. added by hand, not a member
    combo.setCurrentIndex(combo.count() - 1)
    assert combo.current() is None
