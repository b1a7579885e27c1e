"""``ombuds-desk copy --from DB --to DB``: the whole register moved into another, empty
database — a SQLite file onto the office's PostgreSQL server, or a server's register into a
file — checked table by table (row counts and a content hash) before it says done.

The admin signs in to the source like every command (``--user``, ``--password-file``); the
target, which must hold no register, gets the same staff and passwords. A target file that
does not exist yet is made; a server database must be created first (README, "Office
server"). A target that was only made and opened (``ombuds-desk init``, the window's first
start) holds no register: its office name, first admin and their audit entries are replaced
by the source's (``services/core/copy_target.py``).
"""

from __future__ import annotations

import argparse

from ombuds_desk.commands import output
from ombuds_desk.commands.registry import command, fail, say, signed_in_actor
from ombuds_desk.domain.i18n import translate
from ombuds_desk.services.core.permissions import Action, require
from ombuds_desk.services.core.register_copy import copy_register
from ombuds_desk.services.startup import prepare_database
from ombuds_desk.store.database import Database, open_database
from ombuds_desk.store.locations import sqlite_path, to_url


def _copy_args(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--from",
        dest="source",
        required=True,
        metavar="PATH|URL",
        help=translate(
            "Copy",
            "the register to copy: a SQLite file or a URL such as "
            "postgresql+psycopg://user@host/dbname",
        ),
    )
    parser.add_argument(
        "--to",
        dest="target",
        required=True,
        metavar="PATH|URL",
        help=translate(
            "Copy",
            "the empty database to copy it into (a new file is made; a server "
            "database must exist, empty)",
        ),
    )


def _open_source(text: str) -> Database:
    url = to_url(text)
    path = sqlite_path(url)
    if path is not None and not path.exists():
        raise FileNotFoundError(path)
    db = open_database(url)
    prepare_database(db)
    return db


@command(
    "copy",
    "copy the whole register into another, empty database (SQLite ⇄ PostgreSQL), checked "
    "table by table (admins)",
    _copy_args,
)
def copy(args: argparse.Namespace) -> int:
    if getattr(args, "db", None):
        return fail(translate("Copy", "copy takes --from and --to, not --db: name both databases."))
    try:
        source = _open_source(args.source)
    except FileNotFoundError as missing:
        return fail(
            translate("Copy", "There is no database at {missing}: check the --from path.").format(
                missing=missing
            )
        )
    try:
        actor = signed_in_actor(source, args)
        require(actor, Action.COPY_REGISTER)  # before a target file is made
        target = open_database(to_url(args.target))
        try:
            report = copy_register(source, target, actor, progress=_Progress())
        finally:
            target.dispose()
    finally:
        source.dispose()
    width = max(len(check.table) for check in report.tables)
    for check in report.tables:
        print(
            translate("Copy", "{table}  {rows}  sha256 {sha256}").format(
                table=f"{check.table:<{width}}", rows=f"{check.rows:>10,}", sha256=check.sha256
            )
        )
    say(
        translate(
            "Copy",
            "Done: {rows} rows in {count} tables copied into {target}; every "
            "table's row count and content hash match {source}.",
        ).format(
            rows=output.number(report.rows),
            count=len(report.tables),
            target=report.target,
            source=report.source,
        )
    )
    return 0


class _Progress:
    """A line on stderr every 50,000 rows of a big table."""

    STEP = 50_000

    def __init__(self) -> None:
        self.said: tuple[str, int] = ("", 0)

    def __call__(self, table: str, rows: int) -> None:
        last_table, last_rows = self.said
        if table != last_table:
            last_rows = 0
        if rows // self.STEP > last_rows // self.STEP:
            say(
                translate("Copy", "  {table}: {rows} rows").format(
                    table=table, rows=output.number(rows)
                )
            )
        self.said = (table, rows)
