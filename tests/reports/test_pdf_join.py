"""Parts of a batch joined by copying their objects: the same pages, text and metadata as
pypdf's join, and pypdf's join still for a part this copy does not know."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader, PdfWriter

from ombuds_desk.domain.accounts import User
from ombuds_desk.reports.batch import render_case_sheets
from ombuds_desk.reports.batch_parts import _join_with_pypdf, join_parts
from ombuds_desk.reports.pdf_join import UnexpectedPdfError, join_pdfs
from ombuds_desk.services.printing import SheetVersion, office_info
from ombuds_desk.services.printing.sheets import sheets_data
from ombuds_desk.store.database import Database
from tests.reports.builders import CaseFile
from tests.reports.pdf_checks import assert_only_dejavu, page_texts
from tests.services.helpers import id_of, register

TITLE = "Case sheets CAP-1 … CAP-9 (9 cases) — internal version"
SUBJECT = "Офіс (pilot) — internal version; Пʼятничук \\ ї. Cases CAP-1, CAP-9."


def _parts(
    db: Database, case_file: CaseFile, caseworker: User, today: date, folder: Path
) -> list[Path]:
    """Three parts of a batch, each laid out as a batch worker lays out its part."""
    extra = [
        id_of(register(db, caseworker, today, family_name="Пʼятничук", given_name=g))
        for g in ("Їрина", "Ігор", "Єва")
    ]
    groups = [[case_file.captive_id], [case_file.evacuee_id, *extra[:2]], [extra[2]]]
    paths = []
    with db.reading() as session:
        office = office_info(session)
        for n, ids in enumerate(groups):
            data = sheets_data(session, ids, today=today, version=SheetVersion.INTERNAL)
            path = folder / f"part-{n}.pdf"
            with open(path, "wb") as stream:
                render_case_sheets(data, stream, office=office, today=today, generated_by="Ян")
            paths.append(path)
    return paths


def _streams(path: Path) -> list[bytes]:
    return [page.get_contents().get_data() for page in PdfReader(path).pages]  # type: ignore[union-attr]


def test_copied_parts_draw_the_same_pages_as_pypdfs_join(
    db: Database, case_file: CaseFile, caseworker: User, today: date, tmp_path: Path
) -> None:
    parts = _parts(db, case_file, caseworker, today, tmp_path)
    copied, parsed = tmp_path / "copied.pdf", tmp_path / "parsed.pdf"
    join_pdfs(parts, copied, TITLE, SUBJECT)
    _join_with_pypdf(parts, parsed, TITLE, SUBJECT)
    streams = _streams(copied)
    assert streams == _streams(parsed)
    assert len(streams) == sum(len(PdfReader(p).pages) for p in parts) >= 3
    texts = page_texts(copied)
    assert texts == page_texts(parsed)
    assert sum("Page 1 of" in text for text in texts) == 5
    assert "Пʼятничук Єва" in " ".join(texts)
    assert_only_dejavu(copied)
    reader = PdfReader(copied, strict=True)  # a sound cross-reference table, no repairs
    first = PdfReader(parts[0]).metadata
    assert reader.metadata is not None and first is not None
    assert reader.metadata.title == TITLE and reader.metadata.subject == SUBJECT
    assert reader.metadata.author == first.author and reader.metadata.creator == first.creator
    assert reader.metadata.producer == first.producer
    assert reader.metadata == PdfReader(parsed).metadata


def test_a_part_not_written_by_reportlab_is_joined_by_pypdf(
    db: Database, case_file: CaseFile, caseworker: User, today: date, tmp_path: Path
) -> None:
    parts = _parts(db, case_file, caseworker, today, tmp_path)
    rewritten = tmp_path / "rewritten.pdf"
    writer = PdfWriter(clone_from=parts[1])  # another writer's layout of the same pages
    with open(rewritten, "wb") as stream:
        writer.write(stream)
    mixed = [parts[0], rewritten, parts[2]]
    with pytest.raises(UnexpectedPdfError):
        join_pdfs(mixed, tmp_path / "never.pdf", TITLE, SUBJECT)
    assert not (tmp_path / "never.pdf").exists()
    joined = tmp_path / "joined.pdf"
    assert join_parts(mixed, joined, TITLE, SUBJECT) > 0
    assert page_texts(joined) == [t for p in parts for t in page_texts(p)]
    metadata = PdfReader(joined).metadata
    assert metadata is not None and metadata.title == TITLE
