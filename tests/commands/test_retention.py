"""``ombuds-desk retention list|export|anonymise`` run as a supervisor runs it."""

from __future__ import annotations

import json
import re
import stat
from datetime import date
from pathlib import Path

from ombuds_desk.domain.accounts import User
from ombuds_desk.services.core.audit_verify import verify_chain
from ombuds_desk.services.lists.archives import read_encrypted
from ombuds_desk.store.database import Database
from tests.commands.helpers import one_error_line, password_file, query, run_on
from tests.services.cases.retention_helpers import NAME, PHONE, RELATIVE, closed_case

ARCHIVE_PASSWORD = "довгий пароль архіву"


def test_list_export_and_anonymise(
    db: Database,
    db_path: Path,
    admin: User,
    supervisor: User,
    caseworker: User,
    today: date,
    tmp_path: Path,
) -> None:
    closed_case(db, admin, today, 800)
    db.dispose()  # the command opens the file itself
    listed = run_on(db_path, "retention", "list", "--json", cwd=tmp_path, user="s.melnyk")
    assert listed.returncode == 0, listed.stderr
    (due,) = json.loads(listed.stdout)
    assert due["name"].startswith(NAME) and due["status"] == "closed"
    table = run_on(db_path, "retention", "list", cwd=tmp_path, user="s.melnyk")
    assert due["case_number"] in table.stdout and "--confirm 1" in table.stderr

    refused = run_on(db_path, "retention", "list", cwd=tmp_path)  # the caseworker
    assert "Only a supervisor or admin can export and anonymise" in one_error_line(refused)

    secret = password_file(tmp_path, "archive", ARCHIVE_PASSWORD)
    archive = tmp_path / "closed cases"
    exported = run_on(
        db_path,
        "retention",
        "export",
        str(archive),
        "--archive-password-file",
        str(secret),
        cwd=tmp_path,
        user="s.melnyk",
    )
    assert exported.returncode == 0, exported.stderr
    written = tmp_path / "closed cases.zip"
    assert stat.S_IMODE(written.stat().st_mode) == 0o600
    members = read_encrypted(written, ARCHIVE_PASSWORD)
    assert set(members) >= {"persons.csv", "relatives.csv", "notes.csv", "items.csv"}
    assert NAME in members["persons.csv"].decode("utf-8-sig")
    relatives = members["relatives.csv"].decode("utf-8-sig")
    assert RELATIVE in relatives and "'" + PHONE in relatives  # formula-safe, as every CSV
    assert NAME.encode() not in written.read_bytes()

    unconfirmed = run_on(db_path, "retention", "anonymise", cwd=tmp_path, user="s.melnyk")
    assert "1 case would be anonymised" in one_error_line(unconfirmed)
    assert "--confirm 1" in unconfirmed.stderr
    wrong = run_on(
        db_path, "retention", "anonymise", "--confirm", "5", cwd=tmp_path, user="s.melnyk"
    )
    assert "1 cases were chosen but 5 confirmed" in one_error_line(wrong)
    assert query(db_path, "SELECT count(*) FROM person WHERE anonymised_at IS NOT NULL") == [(0,)]

    done = run_on(
        db_path, "retention", "anonymise", "--confirm", "1", cwd=tmp_path, user="s.melnyk"
    )
    assert done.returncode == 0, done.stderr
    assert "Anonymised 1 case. The database file was rebuilt" in done.stderr
    raw = db_path.read_bytes()
    wal = db_path.with_name(db_path.name + "-wal")
    raw += wal.read_bytes() if wal.exists() else b""
    assert NAME.encode() not in raw and RELATIVE.encode() not in raw
    assert query(db_path, "SELECT family_name FROM person") == [("Anonymised",)]
    exports = query(
        db_path, "SELECT changes FROM audit_entry WHERE action = 'export' AND entity = 'person'"
    )
    (details,) = [json.loads(row[0]) for row in exports]
    assert details["export"] == "retention archive" and details["file"] == written.name
    assert "AES-256" in details["encrypted"] and ARCHIVE_PASSWORD not in exports[0][0]
    with db.reading() as session:
        assert verify_chain(session).intact
    again = run_on(db_path, "retention", "list", cwd=tmp_path, user="s.melnyk")
    assert again.returncode == 0 and "No closed case is older" in again.stderr


def test_anonymising_says_the_rebuild_in_the_readers_language(
    db: Database, db_path: Path, admin: User, supervisor: User, today: date, tmp_path: Path
) -> None:
    """What the rebuild did was English inside the Ukrainian sentence ("… The database file
    was rebuilt: …")."""
    closed_case(db, admin, today, 800)
    db.dispose()
    done = run_on(
        db_path, "--lang", "uk", "retention", "anonymise", "--confirm", "1", cwd=tmp_path,
        user="s.melnyk",
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    said = done.stderr.strip()
    assert "Файл бази даних перебудовано: видалених даних у ньому більше немає." in said
    assert re.findall(r"[A-Za-z]{2,}", said) == [], said
    assert query(db_path, "SELECT count(*) FROM office_setting WHERE key LIKE 'retention.%'") == [
        (0,)
    ]  # no rebuild left owed
