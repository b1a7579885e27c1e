"""Lists in and out from the command line: ``import`` and ``export`` (``find`` and
``duplicates``, which only read, are in ``lookups.py``).

``import persons|items FILE`` (CSV in any encoding an office writes, XLSX, ODS or old XLS)
checks the whole file first and prints its problems on stderr, one a line as
``line N: column: message`` (the first 200, then how many more); with any problem and no
``--skip-invalid`` it writes nothing and exits 1. Warnings (a caseworker not on the staff
here, a possible duplicate) are printed but stop nothing. A CSV whose text reads as a mix of
letters is refused, naming the ``--encoding`` to choose. ``--dry-run`` only checks and writes
nothing at all: the database is not created, upgraded or re-keyed, and a right password is
checked without a record (a refused one is recorded as always, so guessing by dry runs is
seen and locks the account). The import itself is one transaction. The summary goes to
stdout: ``added 12, updated 3, unchanged 0, skipped 2``.

``export persons FILE`` (filters as the list has them), ``export items CASE_NO FILE`` and
``export parcels REF FILE`` write CSV (UTF-8 with BOM, formulas neutralised), XLSX or ODS, by
the file's extension (any other is refused before anything is done), readable by its owner
only; with ``--encrypt`` (password typed twice) or ``--archive-password-file FILE`` into an
AES-encrypted ``FILE.zip`` instead: the export of personal data, a supervisor's or admin's,
recorded in the audit trail (one entry per person listed, or for the case or shipment,
naming the file, its columns, the filter and whether it was encrypted).
"""

from __future__ import annotations

import argparse
import codecs
import dataclasses
import sys
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import Any

from sqlmodel import Session

from ombuds_desk.commands.archive_password import add_archive_arguments, archive_password
from ombuds_desk.commands.lookups import born_words
from ombuds_desk.commands.registry import (
    VIA,
    command,
    fail,
    office_today,
    say,
    signed_in,
    signed_in_actor,
)
from ombuds_desk.domain.accounts import User
from ombuds_desk.domain.enums import AuditAction, CaseStatus, Category
from ombuds_desk.domain.errors import NotFoundError, ValidationError
from ombuds_desk.domain.i18n import translate
from ombuds_desk.services.cases.person_query import PersonFilter, person_ids
from ombuds_desk.services.cases.persons import get_by_case_number
from ombuds_desk.services.core.auth import SignInError
from ombuds_desk.services.core.disclosures import record_disclosure
from ombuds_desk.services.core.messages import tr
from ombuds_desk.services.core.office_settings import stalled_after_days
from ombuds_desk.services.core.permissions import Action
from ombuds_desk.services.core.unit_of_work import unit_of_work
from ombuds_desk.services.lists import export
from ombuds_desk.services.lists.import_report import first_problems
from ombuds_desk.services.lists.item_import import plan_item_import, run_item_import
from ombuds_desk.services.lists.person_import import ImportPlan, plan_import, run_import
from ombuds_desk.services.lists.tabular_files import ImportProblem, read_table
from ombuds_desk.services.lists.text_encodings import ENCODING_NAMES, GarbledTextError
from ombuds_desk.services.mail.shipments import find_shipment
from ombuds_desk.store import migrate
from ombuds_desk.store.database import Database, open_database
from ombuds_desk.store.locations import resolve_db, sqlite_path

DELIMITER_NAMES = {
    ",": ",",
    "comma": ",",
    ";": ";",
    "semicolon": ";",
    "tab": "\t",
    "\\t": "\t",
    "\t": "\t",
}
CHOICES = ", ".join(e for e in ENCODING_NAMES if e != "utf-8-sig")
EXPORT_USAGE = "persons FILE | items CASE_NO FILE | parcels REF FILE"


def _encoding(text: str) -> str:
    try:
        return codecs.lookup(text).name
    except LookupError:
        raise argparse.ArgumentTypeError(
            translate("Lists", "unknown encoding {text}").format(text=f"{text!r}")
        ) from None


def _delimiter(text: str) -> str:
    try:
        return DELIMITER_NAMES[text.lower()]
    except KeyError:
        raise argparse.ArgumentTypeError(
            translate("Lists", "use comma, semicolon or tab")
        ) from None


def _enum(kind: Any) -> Any:
    def parse(text: str) -> Any:
        try:
            return kind.parse(text)
        except ValueError as exc:
            raise argparse.ArgumentTypeError(str(exc)) from None

    return parse


def _import_args(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "kind", choices=("persons", "items"), help=translate("Lists", "what the file lists")
    )
    parser.add_argument(
        "file",
        metavar="FILE",
        type=Path,
        help=translate("Lists", "a .csv, .xlsx, .ods or .xls file"),
    )
    parser.add_argument(
        "--dry-run", action="store_true", help=translate("Lists", "check only; write nothing")
    )
    parser.add_argument(
        "--skip-invalid",
        action="store_true",
        help=translate("Lists", "import the valid rows and skip those with problems"),
    )
    parser.add_argument(
        "--encoding",
        type=_encoding,
        help=translate("Lists", "override the detected encoding of a CSV file: {CHOICES}").format(
            CHOICES=CHOICES
        ),
    )
    parser.add_argument(
        "--delimiter",
        type=_delimiter,
        help=translate("Lists", "override the detected delimiter: comma, semicolon or tab"),
    )


@contextmanager
def _looking_only(args: argparse.Namespace) -> Iterator[tuple[Database, User]]:
    """For a dry run: the database as it is, and its member of staff signed in, writing
    nothing at all. A missing file is not created, an older one not upgraded, stale search
    keys not rebuilt; a right password is checked without a record (as on a read-only
    database); a refused one is asked and recorded again as any sign-in, so that guessing
    passwords by dry runs is on record and locks the account."""
    url = resolve_db(args.db)
    path = sqlite_path(url)
    if path is not None and not path.exists():
        raise ValidationError(
            translate("Lists", "There is no database at {path}; a dry run creates none.").format(
                path=path
            )
        )
    db = open_database(url, upgrade=False)
    try:
        if migrate.current_revision(db.engine) != migrate.head_revision():
            raise ValidationError(
                translate(
                    "Lists",
                    "The database {display_name} was made by an older version and needs "
                    "an upgrade, which a dry run does not do: open it in the app first.",
                ).format(display_name=db.display_name)
            )
        try:
            actor = signed_in_actor(dataclasses.replace(db, read_only=True), args)
        except SignInError:
            actor = signed_in_actor(db, args)  # on record, as any refused sign-in
        yield db, actor
    finally:
        db.dispose()


def _report(problems: Sequence[ImportProblem], warnings: Sequence[ImportProblem]) -> None:
    """The problems on stderr, the first 200 and how many more; then the warnings."""
    shown, more = first_problems(problems)
    for problem in shown:
        print(problem, file=sys.stderr)
    if more:
        print(
            tr("… and more problems: {more}; %n in all", "", len(problems)).format(more=more),
            file=sys.stderr,
        )
    shown, more = first_problems(warnings)
    for warning in shown:
        say(translate("Lists", "warning: {warning}").format(warning=warning))
    if more:
        say(translate("Lists", "… and more warnings: {more}").format(more=more))


@command(
    "import",
    "import persons or letters and items from a CSV, XLSX, ODS or XLS file",
    _import_args,
)
def import_list(args: argparse.Namespace) -> int:
    try:
        table = read_table(args.file, encoding=args.encoding, delimiter=args.delimiter)
    except GarbledTextError as exc:
        return fail(
            translate("Lists", "{exc} Choose it with --encoding NAME: {CHOICES}.").format(
                exc=exc, CHOICES=CHOICES
            )
        )
    with _looking_only(args) if args.dry_run else signed_in(args) as (db, actor):
        today = office_today(args)
        with db.reading() as session:
            plan: Any
            if args.kind == "persons":
                plan = plan_import(session, actor, table, today=today)
            else:
                plan = plan_item_import(session, table, today=today)
        _report(plan.problems, getattr(plan, "warnings", []))
        if isinstance(plan, ImportPlan):
            for row in plan.valid_rows:
                for c in row.duplicates:
                    say(
                        translate(
                            "Lists",
                            "warning: line {line} may be the same person as {case_number} "
                            "{name}{born} ({reasons})",
                        ).format(
                            line=row.line,
                            case_number=c.case_number,
                            name=c.name,
                            born=born_words(c),
                            reasons="; ".join(c.reasons),
                        )
                    )
        bad = len(plan.rows) - len(plan.valid_rows)
        if plan.problems and not args.skip_invalid:
            return fail(
                tr(
                    "%n problem(s) in {name}; nothing was imported (--skip-invalid "
                    "imports the valid rows)",
                    "",
                    len(plan.problems),
                ).format(name=table.name)
            )
        if args.dry_run:
            if isinstance(plan, ImportPlan):
                print(
                    translate(
                        "Lists",
                        "dry run, nothing written: would add {add}, update {update}, "
                        "unchanged {unchanged}, skip {bad}",
                    ).format(
                        add=plan.count("add"),
                        update=plan.count("update"),
                        unchanged=plan.count("unchanged"),
                        bad=bad,
                    )
                )
            else:
                print(
                    translate(
                        "Lists", "dry run, nothing written: would add {count}, skip {bad}"
                    ).format(count=len(plan.valid_rows), bad=bad)
                )
            return 0
        if args.kind == "persons":
            done = run_import(db, actor, plan, skip_invalid=args.skip_invalid, today=today)
            print(
                translate(
                    "Lists",
                    "added {added}, updated {updated}, unchanged {unchanged}, skipped {skipped}",
                ).format(
                    added=done.added,
                    updated=done.updated,
                    unchanged=done.unchanged,
                    skipped=done.skipped,
                )
            )
        else:
            items = run_item_import(db, actor, plan, skip_invalid=args.skip_invalid, today=today)
            print(
                translate("Lists", "added {added}, skipped {skipped}").format(
                    added=items.added, skipped=items.skipped
                )
            )
    return 0


def _export_args(parser: argparse.ArgumentParser) -> None:
    parser.usage = f"%(prog)s {{{EXPORT_USAGE}}} [options]"
    parser.add_argument("kind", choices=("persons", "items", "parcels"), help=EXPORT_USAGE)
    parser.add_argument(
        "targets",
        nargs="+",
        metavar="ARG",
        help=translate("Lists", "FILE, or CASE_NO/REF and FILE"),
    )
    parser.add_argument(
        "--status", type=_enum(CaseStatus), help=translate("Lists", "persons: only this status")
    )
    parser.add_argument(
        "--category", type=_enum(Category), help=translate("Lists", "persons: captive or evacuee")
    )
    parser.add_argument(
        "--stalled", action="store_true", help=translate("Lists", "persons: only stalled cases")
    )
    parser.add_argument(
        "--search", default="", help=translate("Lists", "persons: as typed in the search box")
    )
    add_archive_arguments(parser)


@command(
    "export",
    "export persons, a case's items or a shipment's parcels (CSV, XLSX or ODS)",
    _export_args,
)
def export_list(args: argparse.Namespace) -> int:
    wanted = 1 if args.kind == "persons" else 2
    if len(args.targets) != wanted:
        return fail(
            translate("Lists", "usage: export {EXPORT_USAGE}").format(EXPORT_USAGE=EXPORT_USAGE)
        )
    path = Path(args.targets[-1])
    export.check_export_path(path)  # before signing in: a refused name does nothing
    password = archive_password(args)
    written = export.exported_path(path, password)
    today = office_today(args)
    # The disclosure is checked and recorded first and committed with the file written: a
    # refused export writes nothing, a failed one leaves no entry.
    with signed_in(args) as (db, actor), unit_of_work(db, actor) as session:
        entity, ids = _exported(session, args, today)
        details = export.export_details(args.kind, path, len(ids), VIA, password)
        if args.kind != "persons":
            details["from"] = args.targets[0].strip().upper()
        else:
            details["filter"] = _filter_words(args)
        record_disclosure(
            session, actor, Action.EXPORT_PERSONAL_DATA, AuditAction.EXPORT, entity, ids, details
        )
        if args.kind == "persons":
            count = export.export_persons(
                session,
                _person_filter(args),
                path,
                today=today,
                threshold_days=stalled_after_days(session),
                password=password,
            )
        elif args.kind == "items":
            count = export.export_items(session, ids[0], path, password=password)
        else:
            count = export.export_parcels(session, ids[0], path, password=password)
    locked = (
        translate("Lists", " (an AES-encrypted archive: give the password separately)")
        if password
        else ""
    )
    # The count with its noun in the reader's language ("Записано 20 осіб", not the
    # command's English word "persons" in brackets).
    wrote = {
        "persons": tr("Wrote %n person(s) to {written}{locked}", "", count),
        "items": tr("Wrote %n item(s) to {written}{locked}", "", count),
    }.get(args.kind) or tr("Wrote %n parcel(s) to {written}{locked}", "", count)
    say(wrote.format(written=written, locked=locked))
    return 0


def _filter_words(args: argparse.Namespace) -> str:
    """The person export's filter, for its audit entries."""
    parts = [
        f"{name}: {value}"
        for name, value in (
            ("search", args.search.strip()),
            ("category", args.category and args.category.value),
            ("status", args.status and args.status.value),
            ("stalled only", "yes" if args.stalled else ""),
        )
        if value
    ]
    return "; ".join(parts) or "every case"


def _person_filter(args: argparse.Namespace) -> PersonFilter:
    return PersonFilter(
        text=args.search, category=args.category, status=args.status, stalled_only=args.stalled
    )


def _exported(session: Session, args: argparse.Namespace, today: date) -> tuple[str, list[int]]:
    """What an export discloses, for the audit trail: the persons listed, the case whose
    items, or the shipment whose parcels."""
    if args.kind == "persons":
        threshold = stalled_after_days(session)
        return "person", person_ids(
            session, _person_filter(args), today=today, threshold_days=threshold
        )
    if args.kind == "items":
        return "person", [int(get_by_case_number(session, args.targets[0]).id or 0)]
    shipment = find_shipment(session, args.targets[0])
    if shipment is None:
        raise NotFoundError(
            translate("Lists", "No shipment with the reference “{targets}”.").format(
                targets=args.targets[0]
            )
        )
    return "shipment", [int(shipment.id or 0)]
