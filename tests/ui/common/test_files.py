"""Choosing a file without blocking the window: a window-modal dialog in save or open mode with
the filter, starting in the home folder; the path chosen goes to the callback."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QWidget
from pytestqt.qtbot import QtBot

from ombuds_desk.ui.common.files import ask_file

CSV = "Таблиці CSV (*.csv)"


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "домівка"
    folder.mkdir()
    monkeypatch.setenv("HOME", str(folder))
    assert Path.home() == folder
    return folder


@pytest.fixture
def parent(qtbot: QtBot) -> QWidget:
    widget = QWidget()
    widget.setWindowTitle("Імпорт переліку")
    qtbot.addWidget(widget)
    widget.resize(600, 400)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def test_save_mode_is_window_modal_with_the_name_and_filter(
    qtbot: QtBot, parent: QWidget, home: Path
) -> None:
    dialog = ask_file(
        parent, "Зберегти перелік", "перелік_ґ.csv", CSV, lambda _path: None, save=True
    )
    # reached at once: open(), not exec()
    assert dialog.isVisible()
    assert QApplication.activeModalWidget() is dialog
    assert dialog.windowModality() == Qt.WindowModality.WindowModal
    assert dialog.parent() is parent
    assert dialog.windowTitle() == "Зберегти перелік"
    assert dialog.acceptMode() == QFileDialog.AcceptMode.AcceptSave
    assert dialog.fileMode() == QFileDialog.FileMode.AnyFile
    assert dialog.nameFilters() == [CSV]
    assert Path(dialog.directory().absolutePath()) == home
    assert [Path(p) for p in dialog.selectedFiles()] == [home / "перелік_ґ.csv"]


def test_open_mode_wants_an_existing_file_from_home(
    qtbot: QtBot, parent: QWidget, home: Path
) -> None:
    dialog = ask_file(
        parent, "Відкрити перелік", "ignored.csv", CSV, lambda _path: None, save=False
    )
    assert dialog.isVisible()
    assert dialog.windowModality() == Qt.WindowModality.WindowModal
    assert dialog.acceptMode() == QFileDialog.AcceptMode.AcceptOpen
    assert dialog.fileMode() == QFileDialog.FileMode.ExistingFile
    assert dialog.nameFilters() == [CSV]
    assert Path(dialog.directory().absolutePath()) == home


def test_the_chosen_path_goes_to_the_callback(qtbot: QtBot, parent: QWidget, home: Path) -> None:
    chosen: list[str] = []
    dialog = ask_file(parent, "Зберегти", "звіт.pdf", "PDF (*.pdf)", chosen.append, save=True)
    dialog.fileSelected.emit(str(home / "звіт_Їжакевич.pdf"))
    assert chosen == [str(home / "звіт_Їжакевич.pdf")]


def test_saving_a_new_file_calls_back_with_its_path(
    qtbot: QtBot, parent: QWidget, home: Path
) -> None:
    chosen: list[str] = []
    dialog = ask_file(parent, "Зберегти", "перелік.csv", CSV, chosen.append, save=True)
    target = home / "полонені_Завʼялов.csv"
    dialog.selectFile(str(target))
    dialog.accept()
    assert [Path(p) for p in chosen] == [target]
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None)


def test_opening_an_existing_file_calls_back_with_its_path(
    qtbot: QtBot, parent: QWidget, home: Path
) -> None:
    source = home / "евакуйовані_Ґудзь.csv"
    source.write_text("family_name\nҐудзь\n", encoding="utf-8")
    chosen: list[str] = []
    dialog = ask_file(parent, "Відкрити", "", CSV, chosen.append, save=False)
    dialog.selectFile(str(source))
    dialog.accept()
    assert [Path(p) for p in chosen] == [source]


def test_cancelling_calls_nothing(qtbot: QtBot, parent: QWidget, home: Path) -> None:
    chosen: list[str] = []
    dialog = ask_file(parent, "Відкрити", "", CSV, chosen.append, save=False)
    dialog.reject()
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None)
    assert chosen == []
