"""``ombuds-desk users …`` run as a user runs it (a process, or at a pseudo-terminal): an
admin's staff administration, and everyone's own change of password."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from ombuds_desk.domain.accounts import User
from ombuds_desk.services.core import auth
from ombuds_desk.services.core.auth import MAX_FAILED_SIGN_INS, SignInError
from ombuds_desk.store.database import Database
from tests.commands.helpers import (
    one_error_line,
    password_file,
    query,
    run,
    run_in_terminal,
    run_on,
    signed_in_as,
)
from tests.conftest import PASSWORDS

TEMPORARY = "тимчасовий-пароль-7"
# What staff administration changes (not the sign-in bookkeeping of the one who tries).
STAFF_STATE = (
    "SELECT id, username, full_name, role, active, must_change_password, "
    "locked_until FROM user ORDER BY id"
)
CHOSEN = "мій-власний-пароль-8"


@pytest.fixture
def staff(admin: User, supervisor: User, caseworker: User) -> list[User]:
    return [admin, supervisor, caseworker]


def as_admin(db_path: Path, folder: Path, *args: str) -> str:
    """Run ``users ARGS`` as the admin; what it printed (it must succeed)."""
    result = run_on(db_path, "users", *args, cwd=folder, user="admin")
    assert result.returncode == 0, result.stderr
    return result.stdout


def user_row(db_path: Path, username: str) -> tuple[object, ...]:
    return query(
        db_path,
        "SELECT role, active, must_change_password, locked_until IS NOT NULL FROM user "
        f"WHERE username = '{username}'",
    )[0]


def test_list_shows_every_member_of_staff_with_their_state(
    db: Database, db_path: Path, staff: list[User], tmp_path: Path
) -> None:
    for _ in range(MAX_FAILED_SIGN_INS):
        with pytest.raises(SignInError):
            auth.sign_in(db, "o.bondar", "не-той-пароль-1")
    table = as_admin(db_path, tmp_path, "list").splitlines()
    assert table[0].split("  ")[0] == "User name"
    for title in (
        "Full name",
        "Role",
        "Active",
        "Locked until",
        "Must change password",
        "Last sign-in",
    ):
        assert title in table[0]
    assert table[-1] == "3 members of staff"
    bondar = next(line for line in table if line.startswith("o.bondar"))
    assert "Олег Бондар" in bondar and "Caseworker" in bondar and "yes" in bondar

    records = json.loads(as_admin(db_path, tmp_path, "list", "--json"))
    by_name = {r["username"]: r for r in records}
    assert set(by_name) == {"admin", "s.melnyk", "o.bondar"}
    assert set(by_name["o.bondar"]) == {
        "username",
        "full_name",
        "role",
        "active",
        "locked_until",
        "must_change_password",
        "last_sign_in",
    }
    assert by_name["o.bondar"]["locked_until"] is not None
    assert by_name["s.melnyk"]["locked_until"] is None
    assert by_name["admin"]["last_sign_in"] is not None  # this very command's sign-in
    assert by_name["s.melnyk"]["role"] == "supervisor" and by_name["s.melnyk"]["active"]


def test_add_gives_a_temporary_password_to_change_at_the_first_sign_in(
    db_path: Path, staff: list[User], tmp_path: Path
) -> None:
    temporary = password_file(tmp_path, "k.shevchuk", TEMPORARY)
    said = as_admin(
        db_path,
        tmp_path,
        "add",
        "k.shevchuk",
        "--name",
        "Катерина Шевчук",
        "--role",
        "supervisor",
        "--new-password-file",
        str(temporary),
    )
    assert said.startswith("Added k.shevchuk (Катерина Шевчук), supervisor.")
    assert user_row(db_path, "k.shevchuk") == ("supervisor", 1, 1, 0)
    # The temporary password signs in only to be changed.
    first = run(
        "stats",
        "--db",
        str(db_path),
        "--user",
        "k.shevchuk",
        "--password-file",
        str(temporary),
        cwd=tmp_path,
    )
    assert "choose a new one first with `ombuds-desk users change-password" in one_error_line(first)
    chosen = password_file(tmp_path, "k.shevchuk-new", CHOSEN)
    changed = run(
        "users",
        "change-password",
        "--db",
        str(db_path),
        "--user",
        "k.shevchuk",
        "--password-file",
        str(temporary),
        "--new-password-file",
        str(chosen),
        cwd=tmp_path,
    )
    assert changed.returncode == 0, changed.stderr
    assert user_row(db_path, "k.shevchuk") == ("supervisor", 1, 0, 0)
    again = run(
        "stats",
        "--db",
        str(db_path),
        "--user",
        "k.shevchuk",
        "--password-file",
        str(chosen),
        cwd=tmp_path,
    )
    assert again.returncode == 0, again.stderr
    # The admin did it, on record.
    ((admin_id,),) = query(db_path, "SELECT id FROM user WHERE username = 'admin'")
    assert query(
        db_path,
        "SELECT user_id FROM audit_entry WHERE action = 'create' AND entity = 'user' "
        "AND changes LIKE '%k.shevchuk%'",
    ) == [(admin_id,)]


def test_add_asks_the_temporary_password_twice_at_the_terminal(
    db_path: Path, staff: list[User], tmp_path: Path
) -> None:
    typed = run_in_terminal(
        "users",
        "add",
        "k.shevchuk",
        "--name",
        "Катерина Шевчук",
        "--role",
        "caseworker",
        "--db",
        str(db_path),
        "--user",
        "admin",
        cwd=tmp_path,
        answers=[PASSWORDS["admin"], TEMPORARY, TEMPORARY],
    )
    assert typed.status == 0, typed.screen
    assert "Password for admin: " in typed.screen
    assert "Temporary password for k.shevchuk: " in typed.screen
    assert "The same password again: " in typed.screen
    assert TEMPORARY not in typed.screen and PASSWORDS["admin"] not in typed.screen
    assert user_row(db_path, "k.shevchuk") == ("caseworker", 1, 1, 0)


def test_change_password_at_the_terminal_asks_the_current_and_the_new_twice(
    db_path: Path, staff: list[User], tmp_path: Path
) -> None:
    typed = run_in_terminal(
        "users",
        "change-password",
        "--db",
        str(db_path),
        "--user",
        "o.bondar",
        cwd=tmp_path,
        answers=[PASSWORDS["o.bondar"], CHOSEN, CHOSEN],
    )
    assert typed.status == 0, typed.screen
    assert "Password for o.bondar: " in typed.screen
    assert "New password for o.bondar: " in typed.screen
    assert "o.bondar: your new password is set." in typed.screen
    assert CHOSEN not in typed.screen
    new = password_file(tmp_path, "o.bondar", CHOSEN)
    signed = run(
        "stats",
        "--db",
        str(db_path),
        "--user",
        "o.bondar",
        "--password-file",
        str(new),
        cwd=tmp_path,
    )
    assert signed.returncode == 0, signed.stderr


def test_set_role_reset_password_and_unlock(
    db: Database, db_path: Path, staff: list[User], tmp_path: Path
) -> None:
    assert as_admin(db_path, tmp_path, "set-role", "o.bondar", "Supervisor").strip() == (
        "o.bondar: caseworker → supervisor"
    )
    assert user_row(db_path, "o.bondar")[0] == "supervisor"

    for _ in range(MAX_FAILED_SIGN_INS):
        with pytest.raises(SignInError):
            auth.sign_in(db, "s.melnyk", "не-той-пароль-1")
    assert user_row(db_path, "s.melnyk")[3] == 1
    assert as_admin(db_path, tmp_path, "unlock", "s.melnyk").strip() == "s.melnyk: unlocked"
    unlocked = run("stats", "--db", str(db_path), *signed_in_as("s.melnyk", tmp_path), cwd=tmp_path)
    assert unlocked.returncode == 0, unlocked.stderr

    temporary = password_file(tmp_path, "temporary", TEMPORARY)
    said = as_admin(
        db_path, tmp_path, "reset-password", "o.bondar", "--new-password-file", str(temporary)
    )
    assert said.startswith("o.bondar: temporary password set")
    assert user_row(db_path, "o.bondar") == ("supervisor", 1, 1, 0)
    old = run("stats", "--db", str(db_path), *signed_in_as("o.bondar", tmp_path), cwd=tmp_path)
    assert one_error_line(old) == "ombuds-desk: Wrong user name or password."


def test_deactivate_and_reactivate(db_path: Path, staff: list[User], tmp_path: Path) -> None:
    said = as_admin(db_path, tmp_path, "deactivate", "o.bondar")
    assert said.strip() == "o.bondar: deactivated (their past work keeps their name)"
    refused = run("stats", "--db", str(db_path), *signed_in_as("o.bondar", tmp_path), cwd=tmp_path)
    assert "deactivated" in one_error_line(refused)
    own = one_error_line(
        run_on(db_path, "users", "deactivate", "admin", cwd=tmp_path, user="admin")
    )
    assert "You cannot deactivate your own account" in own
    assert as_admin(db_path, tmp_path, "reactivate", "o.bondar").strip() == "o.bondar: active again"
    assert user_row(db_path, "o.bondar")[1] == 1


@pytest.mark.parametrize(
    "args",
    [
        ["list"],
        ["set-role", "s.melnyk", "admin"],
        ["unlock", "nobody-here"],
        ["deactivate", "admin"],
        ["reset-password", "admin", "--new-password-file", "{file}"],
        ["add", "intruder", "--name", "X", "--role", "admin", "--new-password-file", "{file}"],
    ],
    ids=lambda args: args[0],
)
def test_staff_administration_is_an_admins(
    args: list[str], db_path: Path, staff: list[User], tmp_path: Path
) -> None:
    """A supervisor is refused every piece of it, whether the user named exists or not, and
    nothing changes."""
    file = str(password_file(tmp_path, "temporary", TEMPORARY))
    before = query(db_path, STAFF_STATE)
    result = run_on(
        db_path, "users", *[a.replace("{file}", file) for a in args], cwd=tmp_path, user="s.melnyk"
    )
    assert one_error_line(result) == (
        "ombuds-desk: Only an admin can administer staff accounts; you are signed in as a "
        "supervisor."
    )
    assert query(db_path, STAFF_STATE) == before


def test_an_unknown_user_name_is_said_to_an_admin(
    db_path: Path, staff: list[User], tmp_path: Path
) -> None:
    line = one_error_line(run_on(db_path, "users", "unlock", "o.bondr", cwd=tmp_path, user="admin"))
    assert line == "ombuds-desk: No member of staff has the user name “o.bondr”."


def test_a_demo_database_has_no_passwords_to_change(tmp_path: Path) -> None:
    path = tmp_path / "demo.sqlite3"
    assert run("demo", "--db", str(path), "--persons", "5", cwd=tmp_path).returncode == 0
    new = password_file(tmp_path, "new", CHOSEN)
    line = one_error_line(
        run(
            "users",
            "change-password",
            "--db",
            str(path),
            "--new-password-file",
            str(new),
            cwd=tmp_path,
        )
    )
    assert "demo database" in line
