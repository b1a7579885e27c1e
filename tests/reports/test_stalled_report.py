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
from ombuds_desk.reports.blocks import cell, day, esc, gap
from ombuds_desk.reports.page import DocInfo, Furniture, build_pdf
from ombuds_desk.reports.stalled_report import (
    FRACTIONS,
    HEADER,
    cases,
    group_style,
    group_title,
    landscape_size,
    landscape_template,
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
    """The story as one ReportLab Table a group would print it: name cells Paragraphs, the
    group's title row and the column headings repeated on every page (a single Table cannot
    say "(continued)", so the comparison leaves that word out)."""
    s = st.styles()
    width = landscape_size("A4")[0] - 2 * st.MARGIN_X
    widths = [width * f for f in FRACTIONS]
    story = stalled_report_story(data)
    story = story[: -(len(data.groups) + 2)]  # the title, the summary: all before the groups
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
                day(r.last_review_on),
                r.decision,
                day(r.next_review_on),
            ]
            for r in group.rows
        ]
        rows = [
            [v if isinstance(v, Flowable) else cell(v, widths[c]) for c, v in enumerate(row)]
            for row in rows
        ]
        title = [Paragraph(esc(group_title(group)), s.section), *([""] * (len(HEADER) - 1))]
        head = [cell(h, w, s.head) for h, w in zip(HEADER, widths, strict=True)]
        total = [f"Total: {cases(group.total)}", *([""] * (len(HEADER) - 1))]
        table = Table([title, head, *rows, total], colWidths=widths, repeatRows=2, hAlign="LEFT")
        table.setStyle(group_style(0, True))
        story += [KeepTogether([table])] if group.total <= 6 else [table]
    return [*story, gap(4), Paragraph(f"<b>All stalled cases: {data.total}</b>", s.body)]


def test_a_long_group_prints_as_one_table_would(tmp_path: Path) -> None:
    """Page for page and line for line what one big table printed, the group's title
    ("… (continued)") and the column headings on every page."""
    data = _long_report(400)
    paged, whole = tmp_path / "paged.pdf", tmp_path / "whole.pdf"
    pages = render_stalled_report(data, paged, generated_by="Світлана Мельник")
    reference = build_pdf(
        whole,
        _as_one_table(data),
        paper="A4",
        info=DocInfo("Stalled cases 26.11.2026", data.office.name),
        furniture=Furniture(data.office.name, "Stalled cases", "Generated 26.11.2026"),
        templates=[landscape_template("A4")],
    )
    assert pages == reference > 10
    texts_ = page_texts(paged)
    assert [t.replace(" (continued)", "") for t in texts_] == [
        t.replace("Generated 26.11.2026", "Generated 26.11.2026 by Світлана Мельник")
        for t in page_texts(whole)
    ]
    headings = "Case no. Name Category Status Since Days Caseworker Last review Decision Next"
    assert all(headings in t for t in texts_[1:])
    continued = "No change for more than 30 days — 397 cases (continued)"
    assert continued not in texts_[0]
    assert all(continued in t for t in texts_[1:])
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
