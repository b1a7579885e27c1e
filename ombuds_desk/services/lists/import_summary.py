"""What the import dialog needs of a checked plan, small enough to cross processes cheaply.

A plan of 10,000 rows is tens of thousands of objects: unpickled in the window (when a worker
process checked the file) it held the interpreter lock ~66 ms on the job's thread, and its
objects set off a garbage collection on the GUI thread once it arrived. The dialog shows only
counts, the first problems and warnings, and the possible duplicates; so the worker sends a
:class:`PlanSummary` of those, with the plan itself as the opaque bytes it was pickled to
there. The window never unpickles them: Import hands them to the import's worker as they are.

Likewise the file is not sent to the check's worker as a table (10,000 rows pickled on the
job's thread, ~48 ms): a :class:`TableSource` (the path and the reading the dialog chose)
is, and the worker reads the file itself.
"""

from __future__ import annotations

import pickle
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ombuds_desk.services.lists.duplicates import DuplicateCandidate
from ombuds_desk.services.lists.import_report import first_problems
from ombuds_desk.services.lists.item_import import ItemImportPlan
from ombuds_desk.services.lists.person_import import ImportPlan
from ombuds_desk.services.lists.tabular_files import ImportProblem, Table, read_table

ACTIONS = ("add", "update", "unchanged")

# (line, name in the file, case number, name, birth year, reasons) of an existing case.
DuplicateLine = tuple[int, str, str, str, int | None, tuple[str, ...]]


@dataclass(frozen=True)
class TableSource:
    """A file to read where the work runs: its path and the encoding and delimiter the
    dialog read it with (None: detected again, as for a workbook)."""

    path: Path
    encoding: str | None = None
    delimiter: str | None = None

    def read(self) -> Table:
        return read_table(self.path, encoding=self.encoding, delimiter=self.delimiter)


def table_of(source: Table | TableSource) -> Table:
    """The table itself, or read from its file."""
    return source.read() if isinstance(source, TableSource) else source


# slots: no weak reference, so the job does not keep the bytes it came as beside it
# (ui/common/process_work.py): only ``plan`` travels again, already bytes.
@dataclass(frozen=True, slots=True)
class PlanSummary:
    """A checked plan as the dialog shows it; ``plan``: the whole plan, pickled."""

    persons: bool
    rows: int  # every row of the file
    valid: int  # rows without a problem
    actions: dict[str, int]  # valid person rows by action (add, update, unchanged)
    problems: list[ImportProblem]  # the first shown (import_report.SHOWN)
    problem_count: int
    warnings: list[ImportProblem]  # the first shown
    warning_count: int
    # Each valid new person's likely duplicates, as plain tuples: no dataclass to rebuild
    # per row on the job's thread, and their reasons (phrases, said in the window) shared:
    # pickled once each, not rebuilt 11,000 times (~200 ms of the job's thread).
    duplicates: list[DuplicateLine]
    doubtful: int  # valid rows with any likely duplicate
    plan: bytes

    @property
    def invalid(self) -> int:
        return self.rows - self.valid

    def load_plan(self) -> ImportPlan | ItemImportPlan:
        """The plan itself (done where the import runs)."""
        plan: ImportPlan | ItemImportPlan = pickle.loads(self.plan)
        return plan


def summarize(plan: ImportPlan | ItemImportPlan) -> PlanSummary:
    """The summary of ``plan``, with the plan pickled into it."""
    problems = plan.problems
    warnings: list[ImportProblem] = list(getattr(plan, "warnings", []))
    valid = plan.valid_rows
    actions: dict[str, int] = {}
    duplicates: list[DuplicateLine] = []
    doubtful = 0
    shared = _Shared()
    if isinstance(plan, ImportPlan):
        for action in ACTIONS:
            actions[action] = 0
        for row in plan.valid_rows:  # as a person plan's rows
            actions[row.action] = actions.get(row.action, 0) + 1
            if row.duplicates:
                doubtful += 1
                name = " ".join(row.values.get(k) or "" for k in ("family_name", "given_name"))
                duplicates.extend(_line(row.line, name.strip(), f, shared) for f in row.duplicates)
    return PlanSummary(
        persons=isinstance(plan, ImportPlan),
        rows=len(plan.rows),
        valid=len(valid),
        actions=actions,
        problems=first_problems(problems)[0],
        problem_count=len(problems),
        warnings=first_problems(warnings)[0],
        warning_count=len(warnings),
        duplicates=duplicates,
        doubtful=doubtful,
        plan=pickle.dumps(plan, protocol=pickle.HIGHEST_PROTOCOL),
    )


def _line(line: int, name: str, found: DuplicateCandidate, shared: _Shared) -> DuplicateLine:
    return (line, name, found.case_number, found.name, found.birth_year, shared(found.reasons))


class _Shared:
    """One object for every equal tuple of reasons (the pickle's memo then sends it once)."""

    def __init__(self) -> None:
        self._known: dict[tuple[Any, ...], tuple[str, ...]] = {}

    def __call__(self, reasons: tuple[str, ...]) -> tuple[str, ...]:
        # A phrase is its English text and what it is said again from: both in the key.
        key = tuple(
            (str(r), getattr(r, "source", None), repr(getattr(r, "values", None))) for r in reasons
        )
        return self._known.setdefault(key, reasons)
