"""How much of an import's report to show: the first 200 problems and how many more.

A file with thousands of problems (the wrong file, a shifted column) would otherwise print
thousands of lines; the first ones say what is wrong, and the count says how much.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TypeVar

SHOWN = 200

T = TypeVar("T")


def first_problems(problems: Sequence[T], limit: int = SHOWN) -> tuple[list[T], int]:
    """The first ``limit`` problems, and how many are left out."""
    return list(problems[:limit]), max(0, len(problems) - limit)
