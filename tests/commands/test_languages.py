"""The command line in Ukrainian and Russian: ``--lang`` or ``LANG``/``LC_ALL`` choose the
language of its help, argparse's own words, its one-line refusals, its tables and summaries;
what it stores (the audit trail) stays English, and English output stays as it was."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from ombuds_desk.domain.accounts import User
from ombuds_desk.store.database import Database
from tests.commands.helpers import (
    one_error_line,
    password_file,
    query,
    run,
    run_process,
    signed_in_as,
)
from tests.services.helpers import register

ROOT = Path(__file__).resolve().parents[2]


def _stats(db_path: Path, folder: Path, *lang: str, env: dict[str, str] | None = None) -> str:
    result = run(
        *lang, "stats", "--db", str(db_path), *signed_in_as("s.melnyk", folder), cwd=folder, env=env
    )
    assert result.returncode == 0, result.stderr
    return result.stdout


def test_stats_read_in_ukrainian_with_lang(
    db: Database, db_path: Path, supervisor: User, real_today: date, tmp_path: Path
) -> None:
    today = real_today
    register(db, supervisor, today, status_since=today - timedelta(days=50))
    text = _stats(db_path, tmp_path, "--lang", "uk")
    lines = text.splitlines()
    assert lines[0].split() == ["Сьогодні", today.strftime("%d.%m.%Y")]
    assert lines[1].split() == ["Усього", "справ", "1"]
    assert "Справи без руху" in text and "Черга перегляду" in text
    assert "Завершено за місяць:" in text
    month = today.strftime("%m.%Y")  # a month as 11.2026, as the office writes it
    assert any(line.strip().startswith(month) for line in lines)
    for english in ("Total cases", "Stalled cases", "Review queue", "Completed per month"):
        assert english not in text


def test_stats_follow_lang_from_the_environment_and_stay_english_without(
    db: Database, db_path: Path, supervisor: User, real_today: date, tmp_path: Path
) -> None:
    register(db, supervisor, real_today)
    russian = _stats(db_path, tmp_path, env={"LANG": "ru_RU.UTF-8", "LC_ALL": ""})
    assert russian.splitlines()[1].split() == ["Всего", "дел", "1"]
    assert "Очередь рассмотрения" in russian
    ukrainian = _stats(db_path, tmp_path, env={"LC_ALL": "uk_UA.UTF-8"})
    assert "Усього справ" in ukrainian
    english = _stats(db_path, tmp_path)  # the suite's LC_ALL=C.UTF-8
    assert english.splitlines()[0] == f"{'Today':<22}{real_today.isoformat()}"
    assert "Total cases" in english and "Review queue" in english
    # --lang wins over the environment
    assert "Total cases" in _stats(db_path, tmp_path, "--lang", "en", env={"LC_ALL": "uk_UA"})


def test_a_refused_sign_in_reads_in_ukrainian_and_is_stored_in_english(
    db: Database, db_path: Path, supervisor: User, tmp_path: Path
) -> None:
    wrong = password_file(tmp_path, "s.melnyk", "не той пароль зовсім")
    result = run(
        "--lang",
        "uk",
        "stalled",
        "--db",
        str(db_path),
        "--user",
        "s.melnyk",
        "--password-file",
        str(wrong),
        cwd=tmp_path,
    )
    assert one_error_line(result) == "ombuds-desk: Неправильне ім’я користувача або пароль."
    stored = query(
        db_path,
        "SELECT changes FROM audit_entry WHERE action = 'sign_in_failed' ORDER BY id DESC LIMIT 1",
    )
    assert '"refused": "Wrong user name or password."' in stored[0][0]


def test_not_allowed_reads_in_russian(
    db: Database, db_path: Path, caseworker: User, tmp_path: Path
) -> None:
    result = run(
        "--lang",
        "ru",
        "audit",
        "verify",
        "--db",
        str(db_path),
        *signed_in_as("o.bondar", tmp_path),
        cwd=tmp_path,
    )
    line = one_error_line(result)
    # The roles' names are the domain's labels (translated there): only ours are checked.
    assert line.startswith("ombuds-desk: Только ")
    assert " может проверять журнал аудита; вы вошли как " in line


def test_audit_verify_reads_in_ukrainian(
    db: Database, admin: User, db_path: Path, tmp_path: Path
) -> None:
    result = run(
        "--lang",
        "uk",
        "audit",
        "verify",
        "--db",
        str(db_path),
        *signed_in_as("admin", tmp_path),
        cwd=tmp_path,
    )
    assert result.returncode == 0, result.stderr
    first, second = result.stdout.splitlines()
    assert first.startswith("Журнал аудиту цілий: записів — ")
    assert second.startswith("Жодна резервна копія ще не зафіксувала")


def test_audit_verify_names_the_tampered_entry_in_ukrainian(
    db: Database, admin: User, db_path: Path, tmp_path: Path
) -> None:
    assert (
        run(
            "audit", "verify", "--db", str(db_path), *signed_in_as("admin", tmp_path), cwd=tmp_path
        ).returncode
        == 0
    )
    import sqlite3

    with sqlite3.connect(db_path) as sql:
        sql.execute("UPDATE audit_entry SET changes = '{}' WHERE id = 1")
    result = run(
        "--lang",
        "uk",
        "audit",
        "verify",
        "--db",
        str(db_path),
        *signed_in_as("admin", tmp_path),
        cwd=tmp_path,
    )
    assert one_error_line(result).startswith(
        "ombuds-desk: Журнал аудиту було змінено: запис 1 змінено."
    )


def test_help_and_argparse_words_in_ukrainian(tmp_path: Path) -> None:
    result = run("--lang", "uk", "stats", "--help", cwd=tmp_path)
    assert result.returncode == 0
    assert result.stdout.startswith("використання: ombuds-desk stats")
    assert "показники бюро: відкриті, без руху" in result.stdout
    assert "показати цю довідку й вийти" in result.stdout
    assert "JSON замість звичайного тексту" in result.stdout
    refused = run("--lang", "uk", "block", cwd=tmp_path)
    assert refused.returncode == 2
    assert refused.stderr.splitlines()[-1] == (
        "ombuds-desk block: помилка: потрібні такі аргументи: CASE_NO, --reason"
    )
    top = run("--lang=ru", "--help", cwd=tmp_path)
    assert "ведение дел пленных и эвакуированных" in top.stdout
    english = run("block", cwd=tmp_path)
    assert english.stderr.splitlines()[-1].endswith(
        "error: the following arguments are required: CASE_NO, --reason"
    )


def test_stats_in_ukrainian_in_a_process_of_its_own(
    db: Database, db_path: Path, supervisor: User, tmp_path: Path
) -> None:
    register(db, supervisor, date.today())
    # This tree's code, not the one the virtualenv was installed from.
    env = {"PYTHONPATH": str(ROOT), "LC_ALL": "uk_UA.UTF-8"}
    result = run_process(
        "stats", "--db", str(db_path), *signed_in_as("s.melnyk", tmp_path), cwd=tmp_path, env=env
    )
    assert result.returncode == 0, result.stderr
    assert "Усього справ" in result.stdout
    assert "Черга перегляду" in result.stdout


def test_a_refused_sign_in_and_audit_verify_in_ukrainian_in_a_process(
    db: Database, db_path: Path, admin: User, tmp_path: Path
) -> None:
    env = {"PYTHONPATH": str(ROOT)}
    wrong = password_file(tmp_path, "admin", "не той пароль зовсім")
    refused = run_process(
        "--lang",
        "uk",
        "audit",
        "verify",
        "--db",
        str(db_path),
        "--user",
        "admin",
        "--password-file",
        str(wrong),
        cwd=tmp_path,
        env=env,
    )
    assert one_error_line(refused) == "ombuds-desk: Неправильне ім’я користувача або пароль."
    verified = run_process(
        "--lang",
        "uk",
        "audit",
        "verify",
        "--db",
        str(db_path),
        *signed_in_as("admin", tmp_path),
        cwd=tmp_path,
        env=env,
    )
    assert verified.returncode == 0, verified.stderr
    assert verified.stdout.startswith("Журнал аудиту цілий: записів — ")
