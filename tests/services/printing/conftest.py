"""The document tests' register (``tests/reports/builders.py``) for the report-data tests."""

from __future__ import annotations

from tests.reports.conftest import case_file

__all__ = ["case_file"]
