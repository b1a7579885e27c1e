"""``ombuds-desk demo``: build a demo database of synthetic cases, headless.

The window's ``--demo`` builds the same office on first use through :func:`build_demo_database`.
Progress goes to stderr and the summary to stdout, so the summary can be kept in a file. The
file is marked a demo, which signs its demo supervisor in without a password: a database with
staff who sign in is refused.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable
from typing import TYPE_CHECKING

from ombuds_desk.commands import output
from ombuds_desk.commands.registry import command, open_db, say
from ombuds_desk.domain.i18n import translate

if TYPE_CHECKING:  # the window imports this module for --demo before any database is open
    from ombuds_desk.store.database import Database

DEMO_PERSONS = 2500
DEMO_SEED = 2026


def _progress_printer() -> Callable[[int, int], None]:
    interactive = sys.stderr.isatty()
    last = [-1]

    def show(done: int, total: int) -> None:
        percent = done * 100 // max(total, 1)
        if interactive:
            end = "\n" if done >= total else ""
            print(
                "\r"
                + translate("Demo", "Building demo data: {done} / {total} persons").format(
                    done=output.number(done), total=output.number(total)
                ),
                end=end,
                file=sys.stderr,
            )
        elif percent // 25 != last[0] // 25 or done >= total:
            # A log file gets a line a quarter, not one for every batch.
            say(
                translate("Demo", "Building demo data: {done} / {total} persons").format(
                    done=output.number(done), total=output.number(total)
                )
            )
        last[0] = percent

    return show


def build_demo_database(
    db: Database, persons: int, seed: int, *, items: int | None = None, parcels: int | None = None
) -> float:
    """Build demo data into ``db``; print a summary to stdout; returns the seconds taken."""
    # Imported here: the window's start imports this module for --demo and builds nothing
    # unless the demo file is new.
    from ombuds_desk.demo import builder

    started = time.perf_counter()
    summary = builder.build_demo(
        db,
        persons=persons,
        seed=seed,
        progress=_progress_printer(),
        items=items,
        parcels=parcels,
    )
    seconds = time.perf_counter() - started
    print(
        translate(
            "Demo",
            "Demo database {display_name}\n  {persons} persons ({captives} "
            "captives, {evacuees} evacuees), {users} staff users\n  {contacts} "
            "contacts, {status_events} status events, {notes} notes\n  {blocked} "
            "blocked, {finished} finished\n  {items} letters and other items, "
            "{parcels} parcels, {mail_events} mail events\n  {shipments} "
            "shipments, {acknowledgement_lines} acknowledged numbers, "
            "{campaigns} campaigns\n  {operations} operations "
            "({operation_members} persons), {reviews} case reviews\nBuilt in "
            "{seconds} s",
        ).format(
            display_name=db.display_name,
            persons=output.number(summary.persons),
            captives=output.number(summary.captives),
            evacuees=output.number(summary.evacuees),
            users=summary.users,
            contacts=output.number(summary.contacts),
            status_events=output.number(summary.status_events),
            notes=output.number(summary.notes),
            blocked=output.number(summary.blocked),
            finished=output.number(summary.finished),
            items=output.number(summary.items),
            parcels=output.number(summary.parcels),
            mail_events=output.number(summary.mail_events),
            shipments=summary.shipments,
            acknowledgement_lines=output.number(summary.acknowledgement_lines),
            campaigns=summary.campaigns,
            operations=summary.operations,
            operation_members=output.number(summary.operation_members),
            reviews=summary.reviews,
            seconds=f"{seconds:.1f}",
        )
    )
    return seconds


def _demo_args(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--persons",
        type=int,
        default=DEMO_PERSONS,
        metavar="N",
        help=translate("Demo", "how many synthetic cases (default {DEMO_PERSONS})").format(
            DEMO_PERSONS=output.number(DEMO_PERSONS)
        ),
    )
    parser.add_argument(
        "--items",
        type=int,
        metavar="N",
        help=translate(
            "Demo",
            "about N letters and other items in all, with their histories: the "
            "last months' mail and older mail over the register's years "
            "(default: the last months' only, about 2 for every 3 persons; a "
            "national register: --persons 100000 --items 1000000)",
        ),
    )
    parser.add_argument(
        "--parcels",
        type=int,
        metavar="N",
        help=translate(
            "Demo", "about N parcels in all (default with --items: one for every two persons)"
        ),
    )
    parser.add_argument(
        "--seed",
        type=int,
        default=DEMO_SEED,
        metavar="S",
        help=translate("Demo", "the same seed gives the same data"),
    )


@command("demo", "build a demo database of synthetic cases (headless)", _demo_args)
def demo(args: argparse.Namespace) -> int:
    from ombuds_desk.demo import builder

    builder.check_sizes(args.persons, args.items, args.parcels)  # before a file is made
    db = open_db(args, demo=True)
    try:
        # The builder refuses a real database (one with staff who sign in, or persons).
        build_demo_database(db, args.persons, args.seed, items=args.items, parcels=args.parcels)
        return 0
    finally:
        db.dispose()
