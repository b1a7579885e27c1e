"""``ombuds-desk backup`` and ``ombuds-desk restore``, run as a user runs them: signed in,
a private copy with its manifest, a restore that sets the current file aside, and one line
and exit status 1 for whatever cannot be done."""

from __future__ import annotations

import json
import stat
from datetime import date
from pathlib import Path

from ombuds_desk.domain.accounts import User
from ombuds_desk.store.database import Database
from ombuds_desk.store.files import sha256_of
from tests.commands.helpers import one_error_line, query, run, run_on
from tests.services.helpers import register

SERVER = "postgresql+psycopg://ombuds:s3cret@db.office.example/register"
PG_DUMP = (
    "ombuds-desk: On a PostgreSQL server, backups are the server's job: the server's "
    "administrator runs pg_dump (pg_dump --format=custom --file=ombuds-desk.dump "
    "'postgresql://ombuds@db.office.example/register') and restores with pg_restore."
)


def _names(path: Path) -> list[str]:
    return sorted(str(row[0]) for row in query(path, "SELECT family_name FROM person"))


def test_a_supervisor_backs_up_into_the_backups_folder(
    db: Database, supervisor: User, today: date, db_path: Path, tmp_path: Path
) -> None:
    register(db, supervisor, today, family_name="Ґудзь")
    done = run_on(db_path, "backup", cwd=tmp_path, user="s.melnyk")
    assert done.returncode == 0, done.stderr
    made = Path(done.stdout.strip())
    assert made.parent == db_path.parent / "backups" and made.name.startswith("office-on-demand-")
    assert _names(made) == ["Ґудзь"]
    assert stat.S_IMODE(made.stat().st_mode) == 0o600
    manifest = json.loads(Path(f"{made}.json").read_text(encoding="utf-8"))
    assert manifest["sha256"] == sha256_of(made) and manifest["kind"] == "on_demand"
    assert done.stderr.startswith(f"Backed up {db_path}: ")
    (made_by,) = query(db_path, "SELECT made_by_id FROM backup_record")[0]
    assert made_by == supervisor.id
    assert query(db_path, "SELECT user_id FROM audit_entry WHERE action = 'backup'") == [
        (supervisor.id,)
    ]


def test_a_file_or_a_folder_may_be_named_but_not_both(
    db: Database, admin: User, db_path: Path, tmp_path: Path
) -> None:
    named = tmp_path / "Копія перед перевіркою.sqlite3"
    done = run_on(db_path, "backup", str(named), cwd=tmp_path, user="admin")
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == str(named) and Path(f"{named}.json").exists()
    again = run_on(db_path, "backup", str(named), cwd=tmp_path, user="admin")
    assert one_error_line(again) == (
        f"ombuds-desk: {named} already exists. Choose another name, or remove it first."
    )
    into = run_on(db_path, "backup", "--folder", str(tmp_path / "usb"), cwd=tmp_path, user="admin")
    assert into.returncode == 0, into.stderr
    assert Path(into.stdout.strip()).parent == tmp_path / "usb"
    both = run_on(db_path, "backup", str(named), "--folder", "x", cwd=tmp_path, user="admin")
    assert one_error_line(both) == "ombuds-desk: Give a FILE or --folder DIR, not both."


def test_a_caseworker_may_not_back_up(
    db: Database, caseworker: User, db_path: Path, tmp_path: Path
) -> None:
    refused = run_on(db_path, "backup", cwd=tmp_path)
    assert one_error_line(refused).startswith(
        "ombuds-desk: Only a supervisor or admin can make a backup"
    )
    assert not (db_path.parent / "backups").exists()


def test_restore_round_trip_and_what_is_refused(
    db: Database, admin: User, today: date, db_path: Path, tmp_path: Path
) -> None:
    register(db, admin, today, family_name="Збережена")
    made = Path(run_on(db_path, "backup", cwd=tmp_path, user="admin").stdout.strip())
    register(db, admin, today, family_name="Пізніша")
    db.dispose()

    foreign = tmp_path / "list.csv"
    foreign.write_text("case_number;family_name\n", encoding="utf-8")
    refused = run_on(db_path, "restore", str(foreign), cwd=tmp_path, user="admin")
    assert one_error_line(refused) == (
        f"ombuds-desk: {foreign} is not an Ombuds Desk backup: it is not a database file. "
        "Choose another file."
    )
    assert _names(db_path) == ["Збережена", "Пізніша"]

    done = run_on(db_path, "restore", str(made), cwd=tmp_path, user="admin")
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == f"Restored {made} to {db_path}."
    [set_aside] = [p for p in db_path.parent.iterdir() if ".before-restore-" in p.name]
    assert f"The database as it was is kept as {set_aside}" in done.stderr
    assert _names(db_path) == ["Збережена"] and _names(set_aside) == ["Збережена", "Пізніша"]
    assert query(db_path, "SELECT user_id FROM audit_entry WHERE action = 'restore'") == [
        (admin.id,)
    ]


def test_a_supervisor_may_not_restore(
    db: Database, admin: User, supervisor: User, today: date, db_path: Path, tmp_path: Path
) -> None:
    made = Path(run_on(db_path, "backup", cwd=tmp_path, user="admin").stdout.strip())
    register(db, admin, today, family_name="Нова")
    db.dispose()
    refused = run_on(db_path, "restore", str(made), cwd=tmp_path, user="s.melnyk")
    assert one_error_line(refused).startswith("ombuds-desk: Only an admin can restore a backup")
    assert _names(db_path) == ["Нова"]  # (the refused attempt is in its audit trail)
    assert not [p for p in db_path.parent.iterdir() if ".before-restore-" in p.name]


def test_a_damaged_database_is_restored_by_an_admin_of_the_backup(
    db: Database, admin: User, today: date, db_path: Path, tmp_path: Path
) -> None:
    register(db, admin, today, family_name="Врятована")
    made = Path(run_on(db_path, "backup", cwd=tmp_path, user="admin").stdout.strip())
    db.dispose()
    db_path.write_bytes(b"\0" * 16384)  # damaged: nobody can sign in to it any more
    for end in ("-wal", "-shm"):
        db_path.with_name(db_path.name + end).unlink(missing_ok=True)

    wrong = run(
        "restore", str(made), "--db", str(db_path), "--user", "admin", "--password-file",
        str(_password(tmp_path, "not-the-password")), cwd=tmp_path,
    )  # fmt: skip
    assert wrong.returncode == 1 and wrong.stderr.splitlines()[-1] == (
        "ombuds-desk: Wrong user name or password."
    )
    assert db_path.read_bytes() == b"\0" * 16384

    done = run_on(db_path, "restore", str(made), cwd=tmp_path, user="admin")
    assert done.returncode == 0, done.stderr
    assert "Sign in as an admin of the backup to restore it." in done.stderr
    assert _names(db_path) == ["Врятована"]


def _password(folder: Path, text: str) -> Path:
    path = folder / "wrong-password.txt"
    path.write_text(text + "\n", encoding="utf-8")
    path.chmod(0o600)
    return path


def test_on_a_server_backups_are_the_server_s_job(tmp_path: Path) -> None:
    for args in (("backup",), ("restore", "office.dump")):
        result = run(*args, "--db", SERVER, cwd=tmp_path)
        assert one_error_line(result) == PG_DUMP
        assert "s3cret" not in result.stderr
