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

from ombuds_desk.domain.i18n import QT_TRANSLATE_NOOP, translate
from ombuds_desk.services.printing.languages import counted

INTERNAL = QT_TRANSLATE_NOOP("PdfMetadata", "internal version")
COUNTERPART = QT_TRANSLATE_NOOP("PdfMetadata", "counterpart version")
LISTED = 20  # case numbers named in a batch's subject before "and N more"


def version_words(counterpart: bool) -> str:
    return translate("PdfMetadata", COUNTERPART if counterpart else INTERNAL)


def case_sheet_title(case_numbers: list[str], counterpart: bool) -> str:
    """``Case sheet CAP-2026-00158 — internal version``, or for several
    ``Case sheets CAP-2026-00158 … CAP-2025-00018 (5 cases) — counterpart version``."""
    version = version_words(counterpart)
    if len(case_numbers) == 1:
        title = translate("PdfMetadata", "Case sheet {number} — {version}")
        return title.format(number=case_numbers[0], version=version)
    span = " … ".join((case_numbers[0], case_numbers[-1])) + " " if case_numbers else ""
    count = len(case_numbers)  # a plain name: pyside6-lupdate misses a call inside the call
    title = counted(count).translate(
        "PdfMetadata", "Case sheets {span}(%n cases) — {version}", None, 0
    )
    return title.format(span=span, version=version)


def case_sheet_subject(case_numbers: list[str], counterpart: bool, office: str) -> str:
    """Who the document is for and which cases it covers."""
    if counterpart:
        purpose = translate(
            "PdfMetadata", "{office} — counterpart version, to be handed to the other side"
        )
    else:
        purpose = translate(
            "PdfMetadata",
            "{office} — internal version, for the office's own files; "
            "confidential, contains personal data",
        )
    listed = ", ".join(case_numbers[:LISTED])
    count = len(case_numbers)  # a plain name: pyside6-lupdate misses a call inside the call
    rest = count - LISTED
    if rest > 0:
        more = counted(rest).translate("PdfMetadata", "{listed} and %n more", None, 0)
        listed = more.format(listed=listed)
    cases = (
        translate("PdfMetadata", "{purpose}. Case {listed}.")
        if count == 1
        else translate("PdfMetadata", "{purpose}. Cases {listed}.")
    )
    return cases.format(purpose=purpose.format(office=office), listed=listed)


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
