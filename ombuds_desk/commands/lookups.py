"""Looking things up from the command line: ``find QUERY`` searches the register as the
search box does (any spelling, case, service or ICRC numbers); ``duplicates`` lists the pairs
of cases that may be one person. Both print a table, or JSON with ``--json``. They only read:
none of the import's and export's libraries is loaded for them.
"""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from typing import Any

from sqlmodel import col, select

from ombuds_desk.commands import output
from ombuds_desk.commands.registry import command, office_today, print_json, say, signed_in
from ombuds_desk.domain.enums import CaseStatus
from ombuds_desk.domain.i18n import Language, translate
from ombuds_desk.domain.partial_dates import display_iso
from ombuds_desk.domain.people import Person
from ombuds_desk.services.cases.person_query import PersonFilter, person_ids
from ombuds_desk.services.core.office_settings import stalled_after_days
from ombuds_desk.services.lists.duplicates import DuplicateCandidate, possible_duplicate_pairs


def born_words(candidate: DuplicateCandidate) -> str:
    """``, born 1980`` after a possible duplicate's name (nothing when the year is unknown)."""
    if not candidate.birth_year:
        return ""
    return translate("Lists", ", born {year}").format(year=candidate.birth_year)


def _listing_args(parser: argparse.ArgumentParser, query: bool, limit: int) -> None:
    if query:
        parser.add_argument(
            "query",
            nargs="+",
            metavar="QUERY",
            help=translate("Lists", "names in any spelling, case, service or ICRC numbers"),
        )
    parser.add_argument(
        "--json", action="store_true", help=translate("Lists", "print JSON instead of a table")
    )
    parser.add_argument(
        "--limit",
        type=int,
        default=limit,
        metavar="N",
        help=translate("Lists", "at most N ({limit})").format(limit=limit),
    )


def _table(headers: Sequence[str], rows: Sequence[Sequence[Any]]) -> str:
    cells = [list(headers), *[["" if v is None else str(v) for v in r] for r in rows]]
    widths = [max(len(r[i]) for r in cells) for i in range(len(headers))]
    lines = ["  ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)).rstrip() for r in cells]
    lines.insert(1, "  ".join("-" * w for w in widths))
    return "\n".join(lines)


@command(
    "find",
    "search the register by name in any spelling, or by number",
    lambda p: _listing_args(p, True, 20),
)
def find(args: argparse.Namespace) -> int:
    text = " ".join(args.query)
    with signed_in(args) as (db, _actor), db.reading() as session:
        ids = person_ids(
            session,
            PersonFilter(text=text),
            today=office_today(args),
            threshold_days=stalled_after_days(session),
            limit=args.limit,
        )
        found = {p.id: p for p in session.exec(select(Person).where(col(Person.id).in_(ids)))}
        records = [
            {
                "case_number": p.case_number,
                "name": p.full_name,
                "latin_name": p.latin_full_name,
                "category": p.category.value,
                "status": p.status.value,
                "date_of_birth": p.date_of_birth,
                "service_number": p.service_number,
                "icrc_number": p.icrc_number,
            }
            for p in (found[i] for i in ids if i in found)
        ]
    if args.json:
        print_json(records)
    elif records:
        keys = ("case_number", "name", "latin_name", "status", "date_of_birth")
        print(
            _table(
                (
                    translate("Lists", "Case number"),
                    translate("Lists", "Name"),
                    translate("Lists", "Latin"),
                    translate("Lists", "Status"),
                    translate("Lists", "Born"),
                ),
                [[_shown(k, r[k]) for k in keys] for r in records],
            )
        )
    else:
        say(translate("Lists", "No case matches “{text}”.").format(text=text))
    return 0


def _shown(key: str, value: Any) -> Any:
    """A found case's cell as the reader reads it: the status by its label, the date of
    birth as the office writes it in Russian and Ukrainian (ISO in English, as before)."""
    if key == "status" and value:
        return CaseStatus(value).label
    if key == "date_of_birth" and value and output.language() is not Language.EN:
        return display_iso(str(value))
    return value


@command(
    "duplicates",
    "list pairs of cases that may be one person",
    lambda p: _listing_args(p, False, 200),
)
def duplicates(args: argparse.Namespace) -> int:
    with signed_in(args) as (db, _actor), db.reading() as session:
        pairs = possible_duplicate_pairs(session, args.limit)

    def side(c: DuplicateCandidate) -> dict[str, Any]:
        return {"case_number": c.case_number, "name": c.name, "birth_year": c.birth_year}

    if args.json:
        print_json(
            [
                {
                    "score": round(p.score, 1),
                    "reasons": list(p.reasons),
                    "first": side(p.first),
                    "second": side(p.second),
                }
                for p in pairs
            ]
        )
    elif pairs:
        rows = [
            (
                round(p.score),
                p.first.case_number,
                p.first.name + born_words(p.first),
                p.second.case_number,
                p.second.name + born_words(p.second),
                "; ".join(p.reasons),
            )
            for p in pairs
        ]
        print(
            _table(
                (
                    translate("Lists", "Score"),
                    translate("Lists", "Case"),
                    translate("Lists", "Name"),
                    translate("Lists", "Case"),
                    translate("Lists", "Name"),
                    translate("Lists", "Why"),
                ),
                rows,
            )
        )
    else:
        say(translate("Lists", "No possible duplicates in the register."))
    return 0
