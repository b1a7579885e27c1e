"""The stalled-cases report: groups, order and totals as printed."""

from __future__ import annotations

from datetime import date, timedelta
from io import BytesIO
from pathlib import Path

import pytest
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Table

from ombuds_desk.domain.accounts import User
from ombuds_desk.domain.status_rules import StalledRule
from ombuds_desk.reports import styles as st
from ombuds_desk.reports.blocks import TOTAL_ROW, data_table, day, esc, gap, section
from ombuds_desk.reports.page import DocInfo, content_width, office_pdf
from ombuds_desk.reports.stalled_report import (
    FRACTIONS,
    HEADER,
    cases,
    render_stalled_report,
    stalled_report_story,
)
from ombuds_desk.services.printing import (
    StalledGroup,
    StalledReportData,
    StalledRow,
    stalled_report_data,
)
from ombuds_desk.services.printing.common import Office
from ombuds_desk.store.database import Database
from tests.reports.builders import BLOCK_REASON, EVACUEE_NAME, RUSSIAN_NAME, CaseFile
from tests.reports.pdf_checks import assert_only_dejavu, assert_says, page_texts, texts
from tests.services.helpers import register


def test_stalled_report(
    db: Database, case_file: CaseFile, caseworker: User, today: date, tmp_path: Path
) -> None:
    register(
        db,
        caseworker,
        today,
        family_name="Їжак",
        given_name="Ґаврило",
        status_since=today - timedelta(days=40),
    )
    with db.reading() as session:
        data = stalled_report_data(session, today=today)
    pdf = tmp_path / "stalled.pdf"
    render_stalled_report(data, pdf, generated_by="Світлана Мельник")
    assert_says(
        pdf,
        "Stalled cases on 26.11.2026",
        f"{BLOCK_REASON} — 1 case",
        "No change for more than 14 days — 2 cases",  # registered captives: 14 days
        "longer than the office allows for their status (registered 14 days,",
        EVACUEE_NAME,
        RUSSIAN_NAME,
        "Їжак Ґаврило",
        case_file.evacuee_case,
        case_file.russian_case,
        "Return requested",
        "Registered",
        "Total: 1 case",
        "Total: 2 cases",
        "All stalled cases 3",
        "All stalled cases: 3",
        "Page 1 of 1",
    )
    for text in texts(pdf):
        assert text.index(BLOCK_REASON + " — 1 case") < text.index(
            "No change for more than 14 days — 2"
        )
        assert text.index(RUSSIAN_NAME) < text.index("Їжак Ґаврило")  # 75 days before 40
    assert_only_dejavu(pdf)


def test_nothing_stalled(db: Database, today: date, tmp_path: Path) -> None:
    with db.reading() as session:
        data = stalled_report_data(session, today=today)
    pdf = tmp_path / "stalled.pdf"
    render_stalled_report(data, pdf, generated_by="")
    assert_says(pdf, "No case is stalled.", "Generated 26.11.2026")


# -- long groups: a table laid out a page at a time -------------------------------------------

FAMILY = ("Пʼятницька", "Ґалаґан-Ярошенко", "Воробьёв", "Їжакевич", "Єрмоленко", "Шевчук")
GIVEN = ("Євгенія", "Олег", "Илья Святославович", "Ігор", "Ярина", "Вʼячеслав")
LATIN = ("Piatnytska", "Halahan-Yaroshenko Oleh", "Vorobiov Ilia Sviatoslavovych", "Izhakevych")


def _long_report(count: int, today: date = date(2026, 11, 26)) -> StalledReportData:
    rows = tuple(
        StalledRow(
            person_id=n,
            case_number=f"CAP-2026-{n:05d}",
            name=f"{FAMILY[n % 6]} {GIVEN[n % 5]} Миколайович" if n % 3 else FAMILY[n % 6],
            latin_name=LATIN[n % 4] if n % 7 else "",
            category="Captive",
            status=("Registered", "Listed for exchange")[n % 2],
            status_since=today - timedelta(days=900 - n),
            stalled_since=today - timedelta(days=900 - n),
            days_stalled=900 - n,
            assigned_to=("Олег Бондар", "Світлана Мельник-Гнатюк")[n % 2],
        )
        for n in range(count)
    )
    groups = (
        StalledGroup(BLOCK_REASON, True, rows[:3]),
        StalledGroup("No change for more than 30 days", False, rows[3:]),
    )
    return StalledReportData(
        Office("Офіс омбудсмана", "A4"), today, StalledRule.uniform(30), groups
    )


def _as_one_table(data: StalledReportData) -> list[Flowable]:
    """The story as it was built before: one ReportLab Table a group, name cells Paragraphs."""
    s = st.styles()
    width = content_width("A4")
    story = stalled_report_story(data)
    story = story[: story.index(next(f for f in story if isinstance(f, Table))) + 1]
    for group in data.groups:
        rows: list[list[object]] = [
            [
                r.case_number,
                Paragraph(
                    f"{esc(r.name)}<br/><font color='#59636e' size='7.5'>"
                    f"{esc(r.latin_name)}</font>",
                    s.cell,
                ),
                r.category,
                r.status,
                day(r.stalled_since),
                str(r.days_stalled),
                r.assigned_to,
            ]
            for r in group.rows
        ]
        rows.append([f"Total: {cases(group.total)}", "", "", "", "", "", ""])
        table = data_table(
            HEADER, rows, FRACTIONS, width, *TOTAL_ROW, ("SPAN", (0, -1), (-1, -1)), right=(5,)
        )
        title = section(f"{group.reason} — {cases(group.total)}")
        story += [KeepTogether([title, table])] if group.total <= 6 else [title, table]
    return [*story, gap(4), Paragraph(f"<b>All stalled cases: {data.total}</b>", s.body)]


def test_a_long_group_prints_as_one_table_would(tmp_path: Path) -> None:
    """Page for page and line for line what one big table printed, header on every page."""
    data = _long_report(400)
    paged, whole = tmp_path / "paged.pdf", tmp_path / "whole.pdf"
    pages = render_stalled_report(data, paged, generated_by="Світлана Мельник")
    info = DocInfo("Stalled cases 26.11.2026", data.office.name)
    reference = office_pdf(
        whole,
        _as_one_table(data),
        data.office,
        info,
        "Stalled cases",
        today=data.today,
        generated_by="Світлана Мельник",
    )
    assert pages == reference > 10
    assert page_texts(paged) == page_texts(whole)
    texts_ = page_texts(paged)
    assert all("Case no. Name Category Status Since Days Caseworker" in t for t in texts_[1:])
    joined_text = " ".join(texts_)
    numbers = [f"CAP-2026-{n:05d}" for n in range(400)]
    positions = [joined_text.index(n) for n in numbers]
    assert positions == sorted(positions)
    assert joined_text.count("Total: 397 cases") == 1 and "All stalled cases: 400" in joined_text


def test_progress_counts_the_cases_laid_out_and_may_stop_the_layout(tmp_path: Path) -> None:
    data = _long_report(300)
    heard: list[tuple[int, int]] = []
    render_stalled_report(
        data, BytesIO(), generated_by="", progress=lambda d, t: heard.append((d, t))
    )
    assert len(heard) > 5 and heard[-1] == (300, 300)
    assert {t for _d, t in heard} == {300}
    assert [d for d, _t in heard] == sorted(d for d, _t in heard)

    class StopError(Exception):
        pass

    def stop(done: int, total: int) -> None:
        if done > 100:
            raise StopError

    with pytest.raises(StopError):
        render_stalled_report(data, BytesIO(), generated_by="", progress=stop)
