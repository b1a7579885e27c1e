"""Page furniture and the one way a document is built: every page names the office, its
sheet and the marking; pages are counted per sheet ("Page 1 of 2"); the PDF says what it
is."""

from __future__ import annotations

from datetime import date
from io import BytesIO
from pathlib import Path

import pytest
from pypdf import PdfReader
from reportlab.platypus import Flowable, PageBreak, Paragraph

from ombuds_desk import __version__
from ombuds_desk.reports import styles as st
from ombuds_desk.reports.blocks import esc
from ombuds_desk.reports.page import (
    CONFIDENTIAL,
    DocInfo,
    Furniture,
    PageMark,
    StartSheet,
    build_pdf,
    content_width,
    generated_line,
    office_pdf,
)
from ombuds_desk.services.printing.common import Office
from tests.reports.pdf_checks import assert_only_dejavu, page_texts

FURNITURE = Furniture("Офіс Уповноваженого", "Case sheet", "Generated 26.11.2026 by Олег Бондар")
INFO = DocInfo("Справи", "Олег Бондар", "Case sheets")


def _text(words: str) -> Paragraph:
    return Paragraph(esc(words), st.styles().body)


def _sheet(title: str, pages: int, marking: str = "", strong: bool = False) -> list[Flowable]:
    story: list[Flowable] = [StartSheet(PageMark(title, marking, strong))]
    for n in range(pages):
        if n:
            story.append(PageBreak())
        story.append(_text(f"{title}: сторінка {n + 1}"))
    return story


def test_pages_are_counted_per_sheet_and_carry_their_sheets_title(tmp_path: Path) -> None:
    path = tmp_path / "batch.pdf"
    story = [*_sheet("Case CAP-2026-00001", 2), PageBreak(), *_sheet("Case EVA-2026-00007", 1)]
    assert build_pdf(path, story, paper="A4", info=INFO, furniture=FURNITURE) == 3
    first, second, third = page_texts(path)
    assert "Case CAP-2026-00001" in first and "Page 1 of 2" in first
    assert "Case CAP-2026-00001" in second and "Page 2 of 2" in second
    assert "Case EVA-2026-00007" in third and "Page 1 of 1" in third
    for text in (first, second, third):
        assert "Офіс Уповноваженого" in text and CONFIDENTIAL in text
        assert "Generated 26.11.2026 by Олег Бондар" in text and "Case sheet" in text
    assert_only_dejavu(path)


def test_the_marking_is_printed_on_every_page(tmp_path: Path) -> None:
    path = tmp_path / "counterpart.pdf"
    story = _sheet("Case CAP-2026-00001", 2, "Counterpart version", strong=True)
    build_pdf(path, story, paper="A4", info=INFO, furniture=FURNITURE)
    assert all("Counterpart version" in text for text in page_texts(path))


def test_without_furniture_a_page_holds_only_its_story() -> None:
    out = BytesIO()
    pages = build_pdf(out, _sheet("Labels", 1), paper="A4", info=INFO, furniture=None)
    (text,) = page_texts(out.getvalue())
    assert pages == 1 and text == "Labels: сторінка 1"


def test_a_sheet_reports_its_start_and_can_stop_the_build(tmp_path: Path) -> None:
    started: list[str] = []

    def start(title: str) -> StartSheet:
        return StartSheet(PageMark(title), on_start=lambda: started.append(title))

    story: list[Flowable] = [start("A"), _text("a"), PageBreak(), start("B"), _text("b")]
    build_pdf(tmp_path / "ok.pdf", story, paper="A4", info=INFO, furniture=FURNITURE)
    assert started == ["A", "B"]

    class StopError(Exception):
        pass

    def refuse() -> None:
        raise StopError

    stopped: list[Flowable] = [StartSheet(PageMark("A"), on_start=refuse), _text("a")]
    with pytest.raises(StopError):
        build_pdf(tmp_path / "stopped.pdf", stopped, paper="A4", info=INFO, furniture=FURNITURE)


def test_the_pdf_says_what_it_is() -> None:
    out = BytesIO()
    build_pdf(out, _sheet("Case", 1), paper="A4", info=INFO, furniture=FURNITURE)
    metadata = PdfReader(BytesIO(out.getvalue())).metadata
    assert metadata is not None
    assert (metadata.title, metadata.author, metadata.subject) == (
        "Справи",
        "Олег Бондар",
        "Case sheets",
    )
    # The program and its version, in every PDF (issue 14).
    assert metadata.creator == f"Ombuds Desk {__version__}"
    assert metadata.producer == f"Ombuds Desk {__version__}"


@pytest.mark.parametrize(("paper", "size"), [("A4", (595, 842)), ("Letter", (612, 792))])
def test_an_office_document_is_laid_out_on_the_offices_paper(
    paper: str, size: tuple[int, int]
) -> None:
    out = BytesIO()
    office = Office("Офіс", paper)
    pages = office_pdf(
        out,
        _sheet("Manifest ICRC-2026-05", 1),
        office,
        INFO,
        "Shipment manifest",
        today=date(2026, 11, 26),
        generated_by="Світлана Мельник",
    )
    page = PdfReader(BytesIO(out.getvalue())).pages[0]
    assert pages == 1
    assert (round(float(page.mediabox.width)), round(float(page.mediabox.height))) == size
    (text,) = page_texts(out.getvalue())
    assert "Generated 26.11.2026 by Світлана Мельник" in text and "Shipment manifest" in text


def test_a_long_office_name_is_still_printed_whole(tmp_path: Path) -> None:
    name = "Офіс Уповноваженого Верховної Ради України з прав людини, Представництво на Сході"
    path = tmp_path / "long.pdf"
    furniture = Furniture(name, "Case sheet", "Generated 26.11.2026")
    build_pdf(path, _sheet("Case CAP-2026-00001", 1), paper="A4", info=INFO, furniture=furniture)
    (text,) = page_texts(path)
    assert name in text and "Case CAP-2026-00001" in text


def test_the_generated_line_names_who_when_there_is_someone() -> None:
    assert generated_line("26.11.2026", "Олег Бондар") == "Generated 26.11.2026 by Олег Бондар"
    assert generated_line("26.11.2026", "") == "Generated 26.11.2026"


def test_the_width_between_the_margins() -> None:
    assert content_width("A4") == pytest.approx(595.2756 - 2 * st.MARGIN_X, abs=0.01)
    assert content_width("Letter") == pytest.approx(612 - 2 * st.MARGIN_X)


def test_page_streams_are_binary_not_ascii85(tmp_path: Path) -> None:
    path = tmp_path / "two.pdf"
    build_pdf(
        path,
        _sheet("Справа ЄҐ-1", 2),
        paper="A4",
        info=DocInfo("Test", "Office"),
        furniture=Furniture("Office", "Case sheet", "Generated"),
    )
    data = path.read_bytes()
    assert b"/FlateDecode" in data and b"ASCII85Decode" not in data
    assert "Справа ЄҐ-1" in page_texts(path)[1]  # still read back whole
