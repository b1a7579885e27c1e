"""``ombuds-desk init --encrypt``, ``encrypt``, ``decrypt`` and ``--passphrase-file``, run as a
script runs them: every command of a new process, so no passphrase is remembered between
two of them (each run here forgets what the one before was given)."""

from __future__ import annotations

import json
import stat
import subprocess
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from ombuds_desk.domain.accounts import User
from ombuds_desk.services.core.data_locations import LAST_VERIFICATION
from ombuds_desk.store import encryption
from ombuds_desk.store.database import Database
from tests.commands.helpers import one_error_line, password_file, query, run, signed_in_as
from tests.services.helpers import register

NAME = "Ґудзь-Їжакевич"
PASSPHRASE = "гарна кава зранку"


@pytest.fixture(autouse=True)
def _no_passphrase_kept() -> Iterator[None]:
    encryption.forget_all()
    yield
    encryption.forget_all()


def _run(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    encryption.forget_all()  # a new process each time
    return run(*args, cwd=cwd)


def _secret(folder: Path, text: str = PASSPHRASE, name: str = "passphrase.txt") -> Path:
    path = folder / name
    path.write_text(text + "\n", encoding="utf-8")
    path.chmod(0o600)
    return path


def test_init_encrypt_makes_an_encrypted_owner_only_database_that_needs_its_passphrase(
    tmp_path: Path,
) -> None:
    db_path = tmp_path / "office.sqlite3"
    secret = _secret(tmp_path)
    admin = password_file(tmp_path, "admin")
    made = _run(
        "init", "--db", str(db_path), "--office", "Офіс Ґудзь", "--admin", "admin",
        "--password-file", str(admin), "--encrypt", "--passphrase-file", str(secret),
        cwd=tmp_path,
    )  # fmt: skip
    assert made.returncode == 0, made.stderr
    assert "(encrypted)" in made.stdout
    assert encryption.looks_encrypted(db_path) and "Ґудзь".encode() not in db_path.read_bytes()
    assert stat.S_IMODE(db_path.stat().st_mode) == 0o600

    signed = ("--user", "admin", "--password-file", str(admin))
    without = _run("stats", "--db", str(db_path), *signed, cwd=tmp_path)
    assert "is encrypted: give its passphrase" in one_error_line(without)
    wrong = _run(
        "stats", "--db", str(db_path), *signed,
        "--passphrase-file", str(_secret(tmp_path, "не той ключ", "wrong.txt")), cwd=tmp_path,
    )  # fmt: skip
    line = one_error_line(wrong)
    assert "passphrase does not open the database" in line and "not a database" not in line
    secret.chmod(0o644)
    open_to_others = _run(
        "stats", "--db", str(db_path), *signed, "--passphrase-file", str(secret), cwd=tmp_path
    )
    assert "chmod 600" in one_error_line(open_to_others)
    secret.chmod(0o600)
    right = _run(
        "stats", "--db", str(db_path), *signed, "--passphrase-file", str(secret), cwd=tmp_path
    )
    assert right.returncode == 0, right.stderr


def test_encrypt_backup_restore_and_decrypt_from_the_command_line(
    db: Database, admin: User, today: date, db_path: Path, tmp_path: Path
) -> None:
    register(db, admin, today, family_name=NAME)
    db.dispose()
    signed = signed_in_as("admin", tmp_path)
    secret = _secret(tmp_path)

    done = _run(
        "encrypt", "--db", str(db_path), *signed, "--new-passphrase-file", str(secret),
        cwd=tmp_path,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith(f"Encrypted {db_path}: ")
    assert "content hash checked" in done.stdout
    assert NAME.encode() not in db_path.read_bytes()

    opened = ("--db", str(db_path), *signed, "--passphrase-file", str(secret))
    backed = _run("backup", *opened, cwd=tmp_path)
    assert backed.returncode == 0, backed.stderr
    made = Path(backed.stdout.strip())
    assert NAME.encode() not in made.read_bytes() and encryption.looks_encrypted(made)
    assert stat.S_IMODE(made.stat().st_mode) == 0o600

    restored = _run("restore", str(made), *opened, cwd=tmp_path)
    assert restored.returncode == 0, restored.stderr
    set_aside = next(db_path.parent.glob("office.before-restore-*.sqlite3"))
    assert NAME.encode() not in set_aside.read_bytes()
    assert NAME.encode() not in db_path.read_bytes()

    again = _run("encrypt", "--db", str(db_path), *signed, "--passphrase-file", str(secret),
                 "--new-passphrase-file", str(secret), cwd=tmp_path)  # fmt: skip
    assert "already encrypted" in one_error_line(again)

    plain = _run("decrypt", *opened, cwd=tmp_path)
    assert plain.returncode == 0, plain.stderr
    assert NAME.encode() in db_path.read_bytes()
    assert query(db_path, "SELECT family_name FROM person") == [(NAME,)]


def test_only_an_admin_encrypts(
    db: Database, supervisor: User, db_path: Path, tmp_path: Path
) -> None:
    db.dispose()
    refused = _run(
        "encrypt", "--db", str(db_path), *signed_in_as("s.melnyk", tmp_path),
        "--new-passphrase-file", str(_secret(tmp_path)), cwd=tmp_path,
    )  # fmt: skip
    assert "Only an admin" in one_error_line(refused)
    assert not encryption.looks_encrypted(db_path)


def test_audit_verify_records_its_result(
    db: Database, admin: User, db_path: Path, tmp_path: Path
) -> None:
    db.dispose()
    done = _run("audit", "verify", "--db", str(db_path), *signed_in_as("admin", tmp_path),
                cwd=tmp_path)  # fmt: skip
    assert done.returncode == 0, done.stderr
    [(value,)] = query(
        db_path, f"SELECT value FROM office_setting WHERE key = '{LAST_VERIFICATION}'"
    )
    recorded = json.loads(value)
    assert recorded["intact"] is True and recorded["by"] == "admin"
