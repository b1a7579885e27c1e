"""``ombuds-desk parcels`` and ``ombuds-desk campaign``: the parcel register and campaign progress.

Both print a readable table, or with ``--json`` a list of objects (dates as ISO text,
statuses as their stored values) for scripts and spreadsheets.
"""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from datetime import date
from typing import Any

from ombuds_desk.commands import output
from ombuds_desk.commands.registry import command, office_today, parse_day, print_json, signed_in
from ombuds_desk.domain.enums import ParcelStatus
from ombuds_desk.domain.errors import NotFoundError
from ombuds_desk.domain.i18n import translate
from ombuds_desk.services.core.messages import tr
from ombuds_desk.services.mail.campaigns import campaign_progress
from ombuds_desk.services.mail.mail_query import ParcelFilter, parcel_ids, parcel_rows
from ombuds_desk.services.mail.shipments import find_shipment

CHUNK = 500


def _status(text: str) -> ParcelStatus:
    try:
        return ParcelStatus(ParcelStatus.parse(text))
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def _parcels_args(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--json", action="store_true", help=translate("Mail", "print JSON instead of a table")
    )
    parser.add_argument(
        "--status",
        type=_status,
        help="only parcels in this status (" + ", ".join(s.value for s in ParcelStatus) + ")",
    )
    parser.add_argument(
        "--shipment", metavar="REF", help=translate("Mail", "only parcels of this shipment")
    )


def _campaign_args(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--json", action="store_true", help=translate("Mail", "print JSON instead of a table")
    )
    parser.add_argument("--today", type=parse_day, help=argparse.SUPPRESS)


def table(headers: Sequence[str], rows: Sequence[Sequence[Any]]) -> str:
    """Plain columns, as wide as their widest cell; numbers right-aligned."""
    cells = [[str(h) for h in headers]] + [["" if v is None else str(v) for v in r] for r in rows]
    widths = [max(len(row[i]) for row in cells) for i in range(len(headers))]
    numeric = [all(isinstance(r[i], int) for r in rows) and bool(rows) for i in range(len(headers))]
    lines = []
    for n, row in enumerate(cells):
        lines.append(
            "  ".join(
                c.rjust(w) if numeric[i] and n else c.ljust(w)
                for i, (c, w) in enumerate(zip(row, widths, strict=True))
            ).rstrip()
        )
        if n == 0:
            lines.append("  ".join("-" * w for w in widths))
    return "\n".join(lines)


@command("parcels", "list parcels (optionally by status or shipment)", _parcels_args)
def parcels(args: argparse.Namespace) -> int:
    with signed_in(args) as (db, _actor), db.reading() as session:
        if args.shipment and find_shipment(session, args.shipment) is None:
            raise NotFoundError(
                translate("Mail", "No shipment with the reference “{shipment}”.").format(
                    shipment=args.shipment
                )
            )
        filt = ParcelFilter(status=args.status, shipment_reference=args.shipment)
        ids = parcel_ids(session, filt)
        found: dict[int, Any] = {}
        for start in range(0, len(ids), CHUNK):
            found.update(parcel_rows(session, ids[start : start + CHUNK]))
    rows = [found[i] for i in ids if i in found]
    records = [
        {
            "parcel_number": r.parcel_number,
            "case_number": r.case_number,
            "recipient": r.person_name,
            "status": r.status.value,
            "shipment": r.shipment_reference,
            "seal_number": r.seal_number,
            "weight_grams": r.weight_grams,
            "items": r.item_count,
            "packed_on": r.packed_on,
            "dispatched_on": r.dispatched_on,
            "delivered_on": r.delivered_on,
        }
        for r in rows
    ]
    if args.json:
        print_json(records)
        return 0
    print(
        table(
            (
                translate("Mail", "Parcel"),
                translate("Mail", "Case"),
                translate("Mail", "Recipient"),
                translate("Mail", "Status"),
                translate("Mail", "Shipment"),
                translate("Mail", "Seal"),
                translate("Mail", "Grams"),
                translate("Mail", "Packed"),
                translate("Mail", "Dispatched"),
                translate("Mail", "Delivered"),
            ),
            [
                (
                    r.parcel_number,
                    r.case_number,
                    r.person_name,
                    r.status.label,
                    r.shipment_reference or "",
                    r.seal_number or "",
                    r.weight_grams or "",
                    _day(r.packed_on),
                    _day(r.dispatched_on),
                    _day(r.delivered_on),
                )
                for r in rows
            ],
        )
    )
    print("\n" + tr("%n parcel(s)", "", len(rows)))
    return 0


def _day(value: date | None) -> str:
    return output.day(value)


@command("campaign", "show each campaign's progress against its target", _campaign_args)
def campaign(args: argparse.Namespace) -> int:
    with signed_in(args) as (db, _actor), db.reading() as session:
        progress = campaign_progress(session, today=args.today or office_today(args))
    records = [
        {
            "name": p.name,
            "target": p.target,
            "delivered": p.delivered,
            "dispatched": p.dispatched,
            "packed": p.packed,
            "remaining": p.remaining,
            "starts_on": p.starts_on,
            "deadline": p.deadline,
            "category": p.category.value if p.category else None,
            "days_left": p.days_left,
        }
        for p in progress
    ]
    if args.json:
        print_json(records)
        return 0
    if not records:
        print(translate("Mail", "No campaigns."))
        return 0
    print(
        table(
            (
                translate("Mail", "Campaign"),
                translate("Mail", "Target"),
                translate("Mail", "Delivered"),
                translate("Mail", "Dispatched"),
                translate("Mail", "Packed"),
                translate("Mail", "Deadline"),
                translate("Mail", "Days left"),
            ),
            [
                (
                    p.name,
                    p.target,
                    p.delivered,
                    p.dispatched,
                    p.packed,
                    p.deadline.isoformat(),
                    p.days_left,
                )
                for p in progress
            ],
        )
    )
    return 0
