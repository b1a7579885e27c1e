"""What a PDF's metadata (title, subject) says: the document, the case(s), the version.

A viewer's title bar, a file dialog's details and a search of a shared folder show the PDF's
title and subject, so they name the document and its case, and the version: an internal
file says "internal version", a counterpart file "counterpart version", and the two cannot
be mistaken for each other. No person's name goes into the metadata (it travels with the
file wherever the file goes, and shows where the pages do not): case numbers only.

A batch of case sheets learns its cases as it lays them out; :class:`CaseInfo`, an invisible
flowable opening each sheet, rewrites the title and subject as each sheet starts, so a batch
of one case reads like a single sheet, and a batch of many names how many and which.
"""

from __future__ import annotations

from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable

INTERNAL = "internal version"
COUNTERPART = "counterpart version"
LISTED = 20  # case numbers named in a batch's subject before "and N more"


def version_words(counterpart: bool) -> str:
    return COUNTERPART if counterpart else INTERNAL


def case_sheet_title(case_numbers: list[str], counterpart: bool) -> str:
    """``Case sheet CAP-2026-00158 — internal version``, or for several
    ``Case sheets CAP-2026-00158 … CAP-2025-00018 (5 cases) — counterpart version``."""
    version = version_words(counterpart)
    if len(case_numbers) == 1:
        return f"Case sheet {case_numbers[0]} — {version}"
    span = f"{case_numbers[0]} … {case_numbers[-1]} " if case_numbers else ""
    return f"Case sheets {span}({len(case_numbers)} cases) — {version}"


def case_sheet_subject(case_numbers: list[str], counterpart: bool, office: str) -> str:
    """Who the document is for and which cases it covers."""
    if counterpart:
        purpose = f"{office} — counterpart version, to be handed to the other side"
    else:
        purpose = (
            f"{office} — internal version, for the office's own files; "
            "confidential, contains personal data"
        )
    listed = ", ".join(case_numbers[:LISTED])
    if len(case_numbers) > LISTED:
        listed += f" and {len(case_numbers) - LISTED} more"
    noun = "Case" if len(case_numbers) == 1 else "Cases"
    return f"{purpose}. {noun} {listed}."


class CaseInfo(Flowable):
    """Invisible: as a case sheet starts, adds its case to the PDF's title and subject."""

    _SEEN = "_ombuds_case_numbers"

    def __init__(self, case_number: str, counterpart: bool, office: str) -> None:
        super().__init__()
        self.case_number = case_number
        self.counterpart = counterpart
        self.office = office

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return (0, 0)

    def draw(self) -> None:
        canvas: Canvas = self.canv
        seen: list[str] = canvas.__dict__.setdefault(self._SEEN, [])
        seen.append(self.case_number)
        canvas.setTitle(case_sheet_title(seen, self.counterpart))
        canvas.setSubject(case_sheet_subject(seen, self.counterpart, self.office))
