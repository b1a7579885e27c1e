"""The stalled-cases report: groups, order and totals as printed."""

from __future__ import annotations

from datetime import timedelta

from ombuds_desk.reports.stalled_report import render_stalled_report
from ombuds_desk.services.report_data import stalled_report_data
from tests.reports.builders import BLOCK_REASON, EVACUEE_NAME, RUSSIAN_NAME
from tests.reports.pdf_checks import assert_only_dejavu, assert_says, texts
from tests.services.helpers import register


def test_stalled_report(db, case_file, caseworker, today, tmp_path) -> None:
    register(db, caseworker, today, family_name="Їжак", given_name="Ґаврило",
             status_since=today - timedelta(days=40))  # fmt: skip
    with db.reading() as session:
        data = stalled_report_data(session, today=today)
    pdf = tmp_path / "stalled.pdf"
    render_stalled_report(data, pdf, generated_by="Світлана Мельник")
    assert_says(
        pdf,
        "Stalled cases on 26.11.2026", f"{BLOCK_REASON} — 1 case",
        "No change for more than 30 days — 2 cases", EVACUEE_NAME, RUSSIAN_NAME,
        "Їжак Ґаврило", case_file.evacuee_case, case_file.russian_case, "Return requested",
        "Registered", "Total: 1 case", "Total: 2 cases", "All stalled cases 3",
        "All stalled cases: 3", "Page 1 of 1",
    )  # fmt: skip
    for text in texts(pdf):
        assert text.index(BLOCK_REASON + " — 1 case") < text.index(
            "No change for more than 30 days — 2"
        )
        assert text.index(RUSSIAN_NAME) < text.index("Їжак Ґаврило")  # 75 days before 40
    assert_only_dejavu(pdf)


def test_nothing_stalled(db, today, tmp_path) -> None:
    with db.reading() as session:
        data = stalled_report_data(session, today=today)
    pdf = tmp_path / "stalled.pdf"
    render_stalled_report(data, pdf, generated_by="")
    assert_says(pdf, "No case is stalled.", "Generated 26.11.2026")
