"""The package's names are read from their modules at first use (``__getattr__``), so that
the window's start does not import every document's module: each name is still the object
its module defines, and a name it does not have is refused as before."""

from __future__ import annotations

import importlib

import pytest

from ombuds_desk.services import printing
from ombuds_desk.services.printing import common, shipments, stalled


def test_every_name_is_its_module_s_object() -> None:
    for name in printing.__all__:
        module = importlib.import_module(f"{printing.__name__}.{printing._MODULE_OF[name]}")
        assert getattr(printing, name) is getattr(module, name), name
    assert printing.SheetVersion is common.SheetVersion
    assert printing.manifest_data is shipments.manifest_data
    assert printing.stalled_report_data is stalled.stalled_report_data


def test_the_names_are_those_of_all() -> None:
    assert set(printing._MODULE_OF) == set(printing.__all__)


def test_a_name_it_does_not_have_is_refused() -> None:
    with pytest.raises(AttributeError, match="no_such_thing"):
        _ = printing.no_such_thing
    with pytest.raises(ImportError):
        exec("from ombuds_desk.services.printing import no_such_thing", {})
