"""``ombuds-desk settings show [--json]`` and ``ombuds-desk settings set KEY VALUE``.

``show`` lists every office setting with its value, its default and who may change it;
``set`` changes one through ``office_settings.set_setting``, which checks the role and the
value, and the audit trail records the old and new value.
"""

from __future__ import annotations

import argparse
from typing import Any

from ombuds_desk.commands.registry import add_common_arguments, command, print_json, signed_in
from ombuds_desk.domain.enums import Role
from ombuds_desk.domain.i18n import QT_TRANSLATE_NOOP, translate
from ombuds_desk.services.core import office_settings
from ombuds_desk.services.core.permissions import roles_for
from ombuds_desk.services.core.setting_labels import label_of
from ombuds_desk.services.core.unit_of_work import unit_of_work

HEADERS = (
    QT_TRANSLATE_NOOP("Settings", "Key"),
    QT_TRANSLATE_NOOP("Settings", "Setting"),
    QT_TRANSLATE_NOOP("Settings", "Value"),
    QT_TRANSLATE_NOOP("Settings", "Default"),
    QT_TRANSLATE_NOOP("Settings", "Who may change it"),
)


def _settings_args(parser: argparse.ArgumentParser) -> None:
    actions = parser.add_subparsers(dest="action", metavar="ACTION", required=True)
    show = actions.add_parser(
        "show",
        help=translate("Settings", "every setting: value, default, who may change it"),
    )
    show.add_argument(
        "--json", action="store_true", help=translate("Settings", "print JSON instead of a table")
    )
    change = actions.add_parser("set", help=translate("Settings", "change one setting"))
    keys = ", ".join(setting.key for setting in office_settings.SETTINGS)
    change.add_argument(
        "key", metavar="KEY", help=translate("Settings", "one of {keys}").format(keys=keys)
    )
    change.add_argument("value", metavar="VALUE", help=translate("Settings", "the new value"))
    for sub in actions.choices.values():
        add_common_arguments(sub, argparse.SUPPRESS)


def _who(setting: office_settings.Setting) -> list[str]:
    return [role.value for role in roles_for(setting.action)]


def _show(args: argparse.Namespace) -> int:
    with signed_in(args) as (db, _actor), db.reading() as session:
        values = office_settings.all_settings(session)
    records: list[dict[str, Any]] = [
        {
            "key": setting.key,
            "label": setting.label,
            "value": values[setting.key],
            "default": setting.default,
            "who_may_change": _who(setting),
            "hint": setting.hint,
        }
        for setting in office_settings.SETTINGS
    ]
    if args.json:
        print_json(records)
        return 0
    rows = [
        [
            r["key"],
            label_of(r["key"]),  # the reader's language (the JSON keeps the English)
            r["value"],
            r["default"],
            translate("Settings", " or ").join(Role(v).label.lower() for v in r["who_may_change"]),
        ]
        for r in records
    ]
    cells = [[translate("Settings", h) for h in HEADERS], *rows]
    widths = [max(len(row[i]) for row in cells) for i in range(len(HEADERS))]
    lines = [
        "  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)).rstrip() for row in cells
    ]
    lines.insert(1, "  ".join("-" * w for w in widths))
    print("\n".join(lines))
    return 0


def _set(args: argparse.Namespace) -> int:
    with signed_in(args) as (db, actor), unit_of_work(db, actor) as session:
        known = args.key in office_settings.BY_KEY
        old = office_settings.get_setting(session, args.key) if known else ""
        office_settings.set_setting(session, actor, args.key, args.value)
        new = office_settings.get_setting(session, args.key)
    empty = translate("Settings", "(empty)")
    print(f"{args.key}: {old or empty} → {new or empty}")
    return 0


@command("settings", "show the office's settings, or change one", _settings_args)
def settings(args: argparse.Namespace) -> int:
    return _show(args) if args.action == "show" else _set(args)
