"""PySide6's check of each module imported after it (``ombuds_desk/pyside_sources.py``): the
cheap check answers as PySide's own does, for every module this process holds and for files
written here; it is in place once the window's package is imported, once only."""

from __future__ import annotations

import importlib
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest

import ombuds_desk.ui  # noqa: F401 (imports PySide6 and installs the check)
from ombuds_desk import pyside_sources


def pyside_check() -> ModuleType:
    return sys.modules["shibokensupport.feature"]


def original_check() -> object:
    return pyside_check()._mod_uses_pyside.__wrapped__


@pytest.fixture
def on_path(tmp_path: Path) -> Iterator[Path]:
    sys.path.insert(0, str(tmp_path))
    try:
        yield tmp_path
    finally:
        sys.path.remove(str(tmp_path))


def test_it_is_in_place_once_the_window_package_is_imported() -> None:
    installed = pyside_check()._mod_uses_pyside
    assert installed.__wrapped__ is not None
    assert pyside_sources.install() is True  # again: nothing changes
    assert pyside_check()._mod_uses_pyside is installed


def test_it_answers_as_pysides_own_check_for_every_module_loaded() -> None:
    importlib.import_module("ombuds_desk.ui.shell.app")  # the window's modules, Qt's own
    original = original_check()
    modules = [m for m in list(sys.modules.values()) if isinstance(m, ModuleType)]
    answers = {
        m.__name__: pyside_sources.uses_pyside(m, original)  # type: ignore[arg-type]
        for m in modules
    }
    assert answers == {m.__name__: original(m) for m in modules}  # type: ignore[operator]
    assert answers["ombuds_desk.ui.shell.app"] is True
    assert answers["ombuds_desk.domain.people"] is False
    assert answers["sys"] is False  # built in: no source at all


def test_a_file_with_the_name_anywhere_uses_pyside(on_path: Path) -> None:
    (on_path / "uses_qt_here.py").write_text(
        '"""Вікно: іїєґʼ."""\n# import PySide6 later, in a function\nVALUE = 1\n', "utf-8"
    )
    (on_path / "no_qt_here.py").write_text('"""Реєстр: іїєґʼ, PySide2 only."""\n', "utf-8")
    # Through the import statement's function, which PySide replaced (import_module is not).
    uses = __import__("uses_qt_here")
    plain = __import__("no_qt_here")
    original = original_check()
    assert pyside_sources.uses_pyside(uses, original) is True  # type: ignore[arg-type]
    assert pyside_sources.uses_pyside(plain, original) is False  # type: ignore[arg-type]
    assert pyside_check().pyside_feature_dict["uses_qt_here"] == 0  # PySide's "no feature"
    assert pyside_check().pyside_feature_dict["no_qt_here"] == -1  # "ignore this module"


def test_a_module_whose_file_is_gone_is_asked_of_pysides_own_check(on_path: Path) -> None:
    path = on_path / "gone_after_import.py"
    path.write_text("import PySide6\n", "utf-8")
    module = importlib.import_module("gone_after_import")
    path.unlink()
    asked: list[ModuleType] = []

    def fallback(what: ModuleType) -> bool:
        asked.append(what)
        return True

    assert pyside_sources.uses_pyside(module, fallback) is True
    assert asked == [module]
