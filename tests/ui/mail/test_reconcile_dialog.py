"""The acknowledgement dialog: a file that is not a list changes nothing, and the gaps are read
again for another number of days."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from pytestqt.qtbot import QtBot

from ombuds_desk.domain.accounts import User
from ombuds_desk.store.database import Database
from ombuds_desk.ui.mail.reconcile_dialog import ReconcileDialog, open_reconcile_dialog
from tests.services.helpers import id_of
from tests.services.mail_helpers import family, handed_over, packed
from tests.ui.helpers import wait_idle
from tests.ui.hosting import BareHost


def test_a_file_that_is_no_list_cannot_be_imported(
    qtbot: QtBot, host: BareHost, tmp_path: Path
) -> None:
    junk = tmp_path / "фото.csv"
    junk.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00 not a list")
    dialog = open_reconcile_dialog(host, str(junk))
    assert isinstance(dialog, ReconcileDialog) and dialog.isVisible()
    assert dialog.windowTitle() == "Acknowledgement — фото.csv"
    assert dialog.summary.text() == "This file cannot be read as an acknowledgement list."
    assert dialog.problem.isVisibleTo(dialog) and dialog.problem.text()
    assert not dialog.import_button.isEnabled()
    assert host.changes == []


def test_the_gaps_are_read_again_for_another_number_of_days(
    qtbot: QtBot,
    host: BareHost,
    db: Database,
    caseworker: User,
    today: date,
    tmp_path: Path,
) -> None:
    person, _ = family(db, caseworker, today)
    long_ago = today - timedelta(days=45)
    parcels = [packed(db, caseworker, id_of(person), today, items=1, on=long_ago) for _ in range(2)]
    handed_over(db, caseworker, parcels, today - timedelta(days=40), today)
    ack = tmp_path / "ack.csv"
    ack.write_text("Parcel number\nPCL-2026-555555\n", encoding="utf-8")
    dialog = open_reconcile_dialog(host, str(ack))
    assert dialog is not None
    assert dialog.unacknowledged.rowCount() == 2  # read before the dialog opened
    assert dialog.gaps_title.text() == "<b>Dispatched, not acknowledged after 30 days</b> (2)"
    assert "no delivery dates (today is used)" in dialog.summary.text()
    dialog.after_days.setValue(50)
    assert dialog.unacknowledged.rowCount() == 2  # the new read is under way
    wait_idle(qtbot, host)
    assert dialog.unacknowledged.rowCount() == 0
    assert dialog.gaps_title.text() == "<b>Dispatched, not acknowledged after 50 days</b> (0)"
    assert dialog.unknown_title.text() == (
        "<b>Acknowledged numbers this office does not know</b> (0)"
    )
    assert host.changes == []
