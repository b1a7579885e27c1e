"""``ombuds-desk check``: is the database file whole?

Runs SQLite's check over the whole file (``PRAGMA quick_check``), as the window does after it
has shown and on demand, and a backup on its copy. Exit status 0 when nothing is wrong; 1 and
one line saying what the check found, in which file, and what to do, when something is: the
kind of damage in the reader's language (``store/check_findings.py``); SQLite's own report,
in English, only after that line and with ``--details``.

It reads the file only, and reads it itself rather than opening it as the window does: the
window's opening refuses a damaged file with "not a database or damaged", which is not what
the check found. So no upgrade, no sign-in (the check shows nothing of what the file holds),
no empty database made for a mistyped path; a database on a server has nothing to check here.
"""

from __future__ import annotations

import argparse
import re
from contextlib import closing
from pathlib import Path
from typing import Any

from ombuds_desk.commands.registry import command, fail, passphrase_of
from ombuds_desk.domain.errors import DatabaseUnavailableError
from ombuds_desk.domain.i18n import translate
from ombuds_desk.services.core.messages import tr
from ombuds_desk.store import check_findings, encryption, file_header
from ombuds_desk.store import db_messages as words
from ombuds_desk.store.database import open_database
from ombuds_desk.store.db_messages import said
from ombuds_desk.store.engine import ReadOnly, read_only_uri
from ombuds_desk.store.files import SQLITE_HEADER
from ombuds_desk.store.locations import resolve_db, sqlite_path

# How many of SQLite's findings are counted: enough to say "one" from "many".
MOST_FINDINGS = 100


def _check_args(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--details",
        action="store_true",
        help=translate(
            "Check",
            "after saying what is wrong, print SQLite's own report (in English) for an "
            "administrator",
        ),
    )


@command(
    "check", "check the whole database file for damage (SQLite's integrity check)", _check_args
)
def check(args: argparse.Namespace) -> int:
    url = resolve_db(args.db)
    path = sqlite_path(url)
    if path is None:
        db = open_database(url, upgrade=False)
        try:
            print(
                translate(
                    "Check", "{display_name} is a database server: it keeps its own files whole."
                ).format(display_name=db.display_name)
            )
        finally:
            db.dispose()
        return 0
    report: list[str] = []
    problem = _problem_in(path, args, report)
    if problem is not None:
        status = fail(problem)
        if args.details and report:
            # After the one line, on request: SQLite's words under a label in the reader's.
            print(translate("Check", "SQLite's report:"), *report, sep="\n  ")
        return status
    print(translate("Check", "No damage found in {display_name}.").format(display_name=path))
    return 0


def _problem_in(path: Path, args: argparse.Namespace, report: list[str]) -> str | None:
    """What the check finds wrong with the file ``path``, said for the user; None: whole.
    SQLite's own words, when it said any, are added to ``report``."""
    if not path.exists():
        return translate("Check", "There is no database at {path}: nothing was checked.").format(
            path=path
        )
    if path.is_dir():
        return said(words.A_FOLDER, name=path)
    header = file_header.header(path)
    if header and header != SQLITE_HEADER:
        if not encryption.looks_encrypted(path):
            return translate(
                "Check",
                "{path} is not a database file: it does not begin as one does. Choose another "
                "file, or restore the database from a backup.",
            ).format(path=path)
        passphrase = encryption.known_passphrase(path) or passphrase_of(args, path)
        try:
            encryption.check_passphrase(path, passphrase)
        except DatabaseUnavailableError as exc:
            return exc.message
    try:
        connection = encryption.open_file(path, uri=read_only_uri(path, ReadOnly.MODE_RO))
    except encryption.DRIVER_ERRORS as exc:
        return _unreadable(path, exc, report)
    with closing(connection):
        try:
            connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
            found = [
                str(row[0])
                for row in connection.execute(f"PRAGMA quick_check({MOST_FINDINGS})").fetchall()
            ]
        except encryption.DRIVER_ERRORS as exc:
            return _unreadable(path, exc, report)
        if not found or found == ["ok"]:
            return None
        report.extend(map(check_findings.plain, found))
        check_findings.log_finding(path, report[0])
        first = _in_table(connection, report[0])
    return tr(
        "The check found damage in {path}: %n problem(s), the first: {first}. Restore the "
        "database from a backup (File → Restore a backup…, or ombuds-desk restore FILE).",
        "",
        len(found),
    ).format(path=path, first=first)


def _unreadable(path: Path, exc: BaseException, report: list[str]) -> str:
    """The file could not be read through: what SQLite said, in words a user reads (its own
    words to the log and to ``report``)."""
    said_by_sqlite = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
    lowered = said_by_sqlite.lower()
    if "locked" in lowered or "busy" in lowered:
        return said(words.LOCKED, name=path)
    report.append(said_by_sqlite)
    check_findings.log_finding(path, said_by_sqlite)
    return translate(
        "Check",
        "The check could not read {path} to the end: {why}. The file is damaged: restore the "
        "database from a backup (File → Restore a backup…, or ombuds-desk restore FILE).",
    ).format(path=path, why=check_findings.in_words(said_by_sqlite))


def _in_table(connection: Any, finding: str) -> str:
    """The kind of damage SQLite found, in the reader's words, with the table or index it
    is in when SQLite names only its page ("Tree 7 page 12 …": tree 7 is the table whose root
    page is 7)."""
    words_for = check_findings.in_words(finding)
    tree = re.match(r"Tree (\d+)", finding)
    if tree is None:
        return words_for
    try:
        row = connection.execute(
            "SELECT name FROM sqlite_master WHERE rootpage = ?", (int(tree.group(1)),)
        ).fetchone()
    except encryption.DRIVER_ERRORS:
        row = None
    if not row:
        return words_for
    return translate("Check", "{finding} (in {table})").format(finding=words_for, table=row[0])
