"""``ombuds-desk init``, run as a user runs it (a process, or at a pseudo-terminal): a new
database with its office and first admin, headless or typed; an existing one only upgraded."""

from __future__ import annotations

from pathlib import Path

from ombuds_desk.domain.accounts import User
from ombuds_desk.store import migrate
from tests.commands.helpers import (
    one_error_line,
    password_file,
    query,
    run,
    run_in_terminal,
    run_on,
    signed_in_as,
)

ADMIN_PASSWORD = "перший-адмін-2026"


def test_init_creates_a_database_with_its_office_and_first_admin(tmp_path: Path) -> None:
    path = tmp_path / "new" / "folder" / "office.sqlite3"
    secret = password_file(tmp_path, "y.honta", ADMIN_PASSWORD)
    result = run(
        "init",
        "--db",
        str(path),
        "--office",
        "Бюро омбудсмана",
        "--admin",
        "y.honta",
        "--name",
        "Юлія Ґонта",
        "--password-file",
        str(secret),
        cwd=tmp_path,
    )
    assert result.returncode == 0, result.stderr
    assert str(path) in result.stdout
    assert "First admin: y.honta (Юлія Ґонта)" in result.stdout
    assert query(path, "SELECT version_num FROM alembic_version") == [(migrate.head_revision(),)]
    assert query(path, "SELECT value FROM office_setting WHERE key = 'office_name'") == [
        ("Бюро омбудсмана",)
    ]
    assert query(
        path, "SELECT username, full_name, role, active, must_change_password FROM user"
    ) == [("y.honta", "Юлія Ґонта", "admin", 1, 0)]
    assert query(path, "SELECT COUNT(*) FROM person") == [(0,)]
    # The admin signs in with that password, and the office name was recorded as theirs.
    signed = run(
        "users",
        "list",
        "--json",
        "--db",
        str(path),
        "--user",
        "y.honta",
        "--password-file",
        str(secret),
        cwd=tmp_path,
    )
    assert signed.returncode == 0, signed.stderr
    (admin_id,) = query(path, "SELECT id FROM user WHERE username = 'y.honta'")[0]
    assert query(
        path,
        "SELECT user_id FROM audit_entry WHERE entity = 'office_setting' "
        "AND changes LIKE '%office_name%'",
    ) == [(admin_id,)]

    again = run("init", "--db", str(path), cwd=tmp_path)  # only upgrades: idempotent
    assert again.returncode == 0, again.stderr
    assert query(path, "SELECT COUNT(*) FROM user") == [(1,)]


def test_init_asks_the_password_twice_at_the_terminal_without_echo(tmp_path: Path) -> None:
    path = tmp_path / "office.sqlite3"
    typed = run_in_terminal(
        "init",
        "--db",
        str(path),
        "--office",
        "Бюро",
        "--admin",
        "y.honta",
        cwd=tmp_path,
        answers=[ADMIN_PASSWORD, ADMIN_PASSWORD],
    )
    assert typed.status == 0, typed.screen
    assert "Password for the first admin, y.honta: " in typed.screen
    assert "The same password again: " in typed.screen
    assert ADMIN_PASSWORD not in typed.screen  # never echoed
    assert "First admin: y.honta (y.honta)" in typed.screen
    # What was typed is the password: it signs in.
    stats = run(
        "stats",
        "--db",
        str(path),
        "--user",
        "y.honta",
        "--password-file",
        str(password_file(tmp_path, "y.honta", ADMIN_PASSWORD)),
        cwd=tmp_path,
    )
    assert stats.returncode == 0, stats.stderr


def test_two_different_passwords_make_no_admin(tmp_path: Path) -> None:
    path = tmp_path / "office.sqlite3"
    typed = run_in_terminal(
        "init",
        "--db",
        str(path),
        "--admin",
        "y.honta",
        cwd=tmp_path,
        answers=[ADMIN_PASSWORD, ADMIN_PASSWORD + "!"],
    )
    assert typed.status == 1
    assert "ombuds-desk: The two passwords differ; nothing was changed." in typed.screen
    assert query(path, "SELECT COUNT(*) FROM user") == [(0,)]


def test_init_without_a_terminal_or_file_asks_for_a_file(tmp_path: Path) -> None:
    path = tmp_path / "office.sqlite3"
    line = one_error_line(run("init", "--db", str(path), "--admin", "y.honta", cwd=tmp_path))
    assert "no terminal" in line and "--password-file FILE" in line
    assert query(path, "SELECT COUNT(*) FROM user") == [(0,)]


def test_a_short_password_is_refused_with_the_rule(tmp_path: Path) -> None:
    path = tmp_path / "office.sqlite3"
    short = password_file(tmp_path, "y.honta", "короткий")
    line = one_error_line(
        run(
            "init",
            "--db",
            str(path),
            "--admin",
            "y.honta",
            "--password-file",
            str(short),
            cwd=tmp_path,
        )
    )
    assert "at least 10 characters" in line
    assert query(path, "SELECT COUNT(*) FROM user") == [(0,)]


def test_init_without_admin_only_creates_and_says_who_is_missing(tmp_path: Path) -> None:
    path = tmp_path / "office.sqlite3"
    result = run("init", "--db", str(path), cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "Nobody can sign in yet" in result.stderr and "--admin USERNAME" in result.stderr
    assert query(path, "SELECT COUNT(*) FROM user") == [(0,)]
    # Nothing is changed without a signed-in user: the office name waits for the admin.
    line = one_error_line(run("init", "--db", str(path), "--office", "Бюро", cwd=tmp_path))
    assert "add --admin USERNAME" in line
    assert query(path, "SELECT COUNT(*) FROM office_setting WHERE key = 'office_name'") == [(0,)]


def test_on_a_database_with_staff_init_only_upgrades(
    db_path: Path, admin: User, tmp_path: Path
) -> None:
    secret = password_file(tmp_path, "intruder", ADMIN_PASSWORD)
    refused = one_error_line(
        run(
            "init",
            "--db",
            str(db_path),
            "--admin",
            "intruder",
            "--password-file",
            str(secret),
            cwd=tmp_path,
        )
    )
    assert "already has staff" in refused and "ombuds-desk users add" in refused
    renamed = one_error_line(run("init", "--db", str(db_path), "--office", "Інше", cwd=tmp_path))
    assert "ombuds-desk settings set office_name" in renamed
    assert query(db_path, "SELECT username FROM user") == [("admin",)]
    assert query(db_path, "SELECT COUNT(*) FROM office_setting WHERE key = 'office_name'") == [(0,)]
    assert run("init", "--db", str(db_path), cwd=tmp_path).returncode == 0
    # The admin's way to rename the office.
    renamed_by_admin = run_on(
        db_path, "settings", "set", "office_name", "Інше бюро", cwd=tmp_path, user="admin"
    )
    assert renamed_by_admin.returncode == 0, renamed_by_admin.stderr


def test_a_demo_database_takes_no_admin(tmp_path: Path) -> None:
    path = tmp_path / "demo.sqlite3"
    assert run("demo", "--db", str(path), "--persons", "5", cwd=tmp_path).returncode == 0
    secret = password_file(tmp_path, "y.honta", ADMIN_PASSWORD)
    line = one_error_line(
        run(
            "init",
            "--db",
            str(path),
            "--admin",
            "y.honta",
            "--password-file",
            str(secret),
            cwd=tmp_path,
        )
    )
    assert "is a demo database" in line
    assert query(path, "SELECT COUNT(*) FROM user WHERE password_hash IS NOT NULL") == [(0,)]


def test_init_without_db_uses_the_environment(tmp_path: Path) -> None:
    path = tmp_path / "from-env.sqlite3"
    result = run("init", cwd=tmp_path, env={"OMBUDS_DESK_DB": str(path)})
    assert result.returncode == 0, result.stderr
    assert path.exists()


def test_the_admin_made_by_init_signs_in_as_the_fixtures_do(
    db_path: Path, admin: User, tmp_path: Path
) -> None:
    """The fixtures' first admin is what init makes: it signs in with its password."""
    result = run(
        "users", "list", "--db", str(db_path), *signed_in_as("admin", tmp_path), cwd=tmp_path
    )
    assert result.returncode == 0, result.stderr
    assert "Адміністратор" in result.stdout
