"""``ombuds-desk audit verify``: is the audit trail as the app wrote it?

Exit status 0 and the number of entries and the head hash when the chain is intact; 1 and
one line naming the first entry altered, removed or slipped in when it is not. An admin's
work (``audit_check.verify_audit_trail`` checks the role), compared with the head the newest
backup recorded when there is one.
"""

from __future__ import annotations

import argparse

from ombuds_desk.commands import output
from ombuds_desk.commands.registry import add_common_arguments, command, fail, signed_in
from ombuds_desk.domain.i18n import translate
from ombuds_desk.services.core.audit_check import verify_audit_trail


def _audit_args(parser: argparse.ArgumentParser) -> None:
    actions = parser.add_subparsers(dest="action", metavar="ACTION", required=True)
    verify = actions.add_parser(
        "verify",
        help=translate(
            "Audit",
            "check every entry's hash and link; exit 1 naming the first entry altered, "
            "removed or inserted",
        ),
    )
    add_common_arguments(verify, argparse.SUPPRESS)


@command("audit", "check the audit trail (admins)", _audit_args)
def audit(args: argparse.Namespace) -> int:
    with signed_in(args) as (db, actor):
        report = verify_audit_trail(db, actor)
    if not report.intact:
        return fail(
            translate(
                "Audit",
                "The audit trail has been tampered with: {problem}. Entries 1 to {entries} are "
                "intact, up to the hash {hash}.",
            ).format(
                problem=report.problem_text,
                entries=output.number(report.entries),
                hash=report.head_hash,
            )
        )
    print(
        translate("Audit", "The audit trail is intact: {entries} entries, head hash {hash}").format(
            entries=output.number(report.entries), hash=report.head_hash
        )
    )
    if report.checked_against:
        print(
            translate("Audit", "It matches the head recorded in {where}.").format(
                where=report.checked_against
            )
        )
    else:
        print(
            translate(
                "Audit", "No backup has recorded a head yet to compare the newest entries with."
            )
        )
    return 0
