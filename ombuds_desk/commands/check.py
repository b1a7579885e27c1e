"""``ombuds-desk check``: is the database file whole?

Runs SQLite's integrity check over the whole file (``store.database.check_integrity``), which
the window runs after it has shown and on demand, and a backup on its copy. Exit status 0 when
nothing is wrong; 1 and one line saying what is damaged and what to do when something is.
It reads the file only (no upgrade, no sign-in: the check shows nothing of what the file
holds); a database on a server has nothing to check here.
"""

from __future__ import annotations

import argparse

from ombuds_desk.commands.registry import command, fail
from ombuds_desk.domain.i18n import translate
from ombuds_desk.store.database import check_integrity, open_database
from ombuds_desk.store.locations import resolve_db


@command("check", "check the whole database file for damage (SQLite's integrity check)")
def check(args: argparse.Namespace) -> int:
    db = open_database(resolve_db(args.db), upgrade=False)
    try:
        if db.path is None:
            print(
                translate(
                    "Check", "{display_name} is a database server: it keeps its own files whole."
                ).format(display_name=db.display_name)
            )
            return 0
        problem = check_integrity(db)
    finally:
        db.dispose()
    if problem is not None:
        return fail(problem)
    print(
        translate("Check", "No damage found in {display_name}.").format(
            display_name=db.display_name
        )
    )
    return 0
