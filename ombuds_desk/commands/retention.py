"""``ombuds-desk retention list|export|anonymise``: closed cases past the office's retention
period (a supervisor's or admin's).

``list`` shows the cases due (``--json`` for scripts). ``export FILE`` writes them, whole,
into an AES-encrypted ZIP (the password typed twice, or ``--archive-password-file FILE``).
``anonymise --confirm N`` anonymises them: N must be the number of cases due, so that a
script or a slip of the keyboard never anonymises more than the person saw; ``--case
CASE_NO`` (repeatable) limits both ``export`` and ``anonymise`` to chosen cases. The file
is then rebuilt so that the removed data is gone from it. Nothing is ever anonymised
without this command or the window's Retention dialog.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from sqlmodel import Session

from ombuds_desk.commands.archive_password import add_archive_arguments, archive_password
from ombuds_desk.commands.registry import (
    VIA,
    add_common_arguments,
    command,
    fail,
    office_today,
    print_json,
    say,
    signed_in,
)
from ombuds_desk.domain.accounts import User
from ombuds_desk.domain.errors import ValidationError
from ombuds_desk.domain.i18n import QT_TRANSLATE_NOOP, translate
from ombuds_desk.services.cases.retention import (
    DueCase,
    anonymise_cases,
    due_cases,
    retention_months,
)
from ombuds_desk.services.cases.retention_rebuild import rebuild_if_owed
from ombuds_desk.services.core.messages import tr
from ombuds_desk.services.core.unit_of_work import unit_of_work
from ombuds_desk.services.lists.retention_archive import export_due_cases

HEADERS = (
    QT_TRANSLATE_NOOP("Retention", "Case number"),
    QT_TRANSLATE_NOOP("Retention", "Name"),
    QT_TRANSLATE_NOOP("Retention", "Status"),
    QT_TRANSLATE_NOOP("Retention", "Final since"),
)


def _retention_args(parser: argparse.ArgumentParser) -> None:
    actions = parser.add_subparsers(dest="action", metavar="ACTION", required=True)
    listing = actions.add_parser(
        "list",
        help=translate("Retention", "the closed cases due for anonymising"),
    )
    listing.add_argument(
        "--json", action="store_true", help=translate("Retention", "print JSON instead of a table")
    )
    export = actions.add_parser(
        "export",
        help=translate(
            "Retention", "write the cases due into a password-protected (AES) .zip archive"
        ),
    )
    export.add_argument(
        "file",
        metavar="FILE",
        type=Path,
        help=translate("Retention", "the archive (.zip is added)"),
    )
    add_archive_arguments(export, required=True)
    anonymise = actions.add_parser(
        "anonymise",
        help=translate("Retention", "anonymise the cases due (names, relatives, free text go)"),
    )
    anonymise.add_argument(
        "--confirm",
        type=int,
        metavar="N",
        help=translate(
            "Retention", "the number of cases to anonymise, as `retention list` shows it"
        ),
    )
    for sub in (export, anonymise):
        sub.add_argument(
            "--case",
            action="append",
            default=[],
            metavar="CASE_NO",
            help=translate(
                "Retention", "only this case (repeat for more); default: every case due"
            ),
        )
    for sub in actions.choices.values():
        add_common_arguments(sub, argparse.SUPPRESS)


def _chosen(session: Session, actor: User, args: argparse.Namespace) -> list[DueCase]:
    due = due_cases(session, actor, today=office_today(args))
    wanted = {number.strip().upper() for number in getattr(args, "case", [])}
    if not wanted:
        return due
    chosen = [case for case in due if case.case_number in wanted]
    unknown = sorted(wanted - {case.case_number for case in chosen})
    if unknown:
        raise ValidationError(
            translate(
                "Retention",
                "Not due for anonymising: {cases}. `retention list` shows the cases "
                "due. Nothing was done.",
            ).format(cases=", ".join(unknown))
        )
    return chosen


def _list(args: argparse.Namespace) -> int:
    with signed_in(args) as (db, actor), db.reading() as session:
        due = due_cases(session, actor, today=office_today(args))
        months = retention_months(session)
    if args.json:
        print_json(
            [
                {
                    "case_number": c.case_number,
                    "name": c.name,
                    "category": c.category.value,
                    "status": c.status.value,
                    "final_since": c.final_since,
                }
                for c in due
            ]
        )
        return 0
    if not due:
        say(
            translate(
                "Retention", "No closed case is older than the retention period ({months} months)."
            ).format(months=months)
        )
        return 0
    rows = [[c.case_number, c.name, c.status.label, f"{c.final_since:%d.%m.%Y}"] for c in due]
    cells = [[translate("Retention", h) for h in HEADERS], *rows]
    widths = [max(len(row[i]) for row in cells) for i in range(len(HEADERS))]
    for number, row in enumerate(cells):
        print("  ".join(v.ljust(w) for v, w in zip(row, widths, strict=True)).rstrip())
        if number == 0:
            print("  ".join("-" * w for w in widths))
    say(
        tr(
            "%n case(s) closed more than {months} months ago. Export them "
            "first with `retention export FILE`, then `retention anonymise "
            "--confirm %n`.",
            "",
            len(due),
        ).format(months=months)
    )
    return 0


def _export(args: argparse.Namespace) -> int:
    password = archive_password(args, required=True)
    assert password is not None
    with signed_in(args) as (db, actor), unit_of_work(db, actor) as session:
        chosen = _chosen(session, actor, args)
        if not chosen:
            return fail(
                translate("Retention", "No case is due for anonymising: nothing was exported.")
            )
        written = export_due_cases(
            session,
            actor,
            [c.person_id for c in chosen],
            args.file,
            password,
            today=office_today(args),
            via=VIA,
        )
    say(
        tr(
            "Wrote %n case(s) to {written} (AES-encrypted; give the "
            "password separately and keep it: it is not stored anywhere).",
            "",
            len(chosen),
        ).format(written=written)
    )
    return 0


def _anonymise(args: argparse.Namespace) -> int:
    with signed_in(args) as (db, actor):
        with unit_of_work(db, actor) as session:
            chosen = _chosen(session, actor, args)
            if not chosen:
                say(translate("Retention", "No case is due for anonymising: nothing was done."))
                return 0
            if args.confirm is None:
                return fail(
                    tr(
                        "%n case(s) would be anonymised: their names, relatives, "
                        "addresses and free text are removed for good. Run again with "
                        "--confirm %n to do it (export them first if the office must "
                        "keep a copy).",
                        "",
                        len(chosen),
                    )
                )
            count = anonymise_cases(
                session,
                actor,
                [c.person_id for c in chosen],
                today=office_today(args),
                confirmed=args.confirm,
            )
        cleaned = rebuild_if_owed(db)
    tail = " " + _rebuild_words(cleaned, on_server=db.path is None)
    say(
        tr(
            "Anonymised %n case(s).{tail} Backups made before now still "
            "hold it until they are deleted.",
            "",
            count,
        ).format(tail=tail)
    )
    return 0


def _rebuild_words(rebuilt: bool, *, on_server: bool) -> str:
    """Whether the removed data left the database file, and what to do if not."""
    if rebuilt:
        return translate(
            "Retention", "The database file was rebuilt: the removed data is gone from it."
        )
    if on_server:
        return translate(
            "Retention",
            "Rebuild the database file (or, on a server, VACUUM FULL) to remove the old data "
            "from its free space.",
        )
    return translate(
        "Retention",
        "The database file could not be rebuilt now (another program is using it): it is "
        "rebuilt the next time it is opened, and until then the removed data stays in its "
        "free space.",
    )


@command(
    "retention",
    "closed cases past the retention period: list, export to an encrypted archive, anonymise",
    _retention_args,
)
def retention(args: argparse.Namespace) -> int:
    handlers = {"list": _list, "export": _export, "anonymise": _anonymise}
    return handlers[args.action](args)
