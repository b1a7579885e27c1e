"""``ombuds-desk settings show|set`` run as a user runs it (a process)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from ombuds_desk.domain.accounts import User
from ombuds_desk.services.core.office_settings import SETTINGS
from tests.commands.helpers import one_error_line, query, run_on


@pytest.fixture
def staff(admin: User, supervisor: User, caseworker: User) -> list[User]:
    return [admin, supervisor, caseworker]


def test_show_lists_every_setting_with_its_default_and_who_may_change_it(
    db_path: Path, staff: list[User], tmp_path: Path
) -> None:
    changed = run_on(
        db_path,
        "settings",
        "set",
        "office_name",
        "Бюро Уповноваженого",
        cwd=tmp_path,
        user="s.melnyk",
    )
    assert changed.returncode == 0, changed.stderr
    shown = run_on(db_path, "settings", "show", "--json", cwd=tmp_path)  # anyone signed in
    assert shown.returncode == 0, shown.stderr
    records = {r["key"]: r for r in json.loads(shown.stdout)}
    assert list(records) == [setting.key for setting in SETTINGS]
    assert records["office_name"] == {
        "key": "office_name",
        "label": "Office name",
        "value": "Бюро Уповноваженого",
        "default": "Ombudsman's Office",
        "who_may_change": ["supervisor", "admin"],
        "hint": "printed on every document",
    }
    assert records["idle_lock_minutes"]["value"] == "15"
    assert records["idle_lock_minutes"]["who_may_change"] == ["admin"]
    assert records["backup_folder"]["value"] == ""

    table = run_on(db_path, "settings", "show", cwd=tmp_path).stdout.splitlines()
    assert table[0].split() == ["Key", "Setting", "Value", "Default", "Who", "may", "change", "it"]
    office = next(line for line in table if line.startswith("office_name"))
    assert "Бюро Уповноваженого" in office and office.endswith("supervisor or admin")
    assert next(line for line in table if line.startswith("idle_lock_minutes")).endswith("admin")


def test_set_changes_one_setting_on_record(
    db_path: Path, staff: list[User], tmp_path: Path
) -> None:
    result = run_on(
        db_path, "settings", "set", "stalled_after_days", "45", cwd=tmp_path, user="s.melnyk"
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "stalled_after_days: 30 → 45"
    ((supervisor_id,),) = query(db_path, "SELECT id FROM user WHERE username = 's.melnyk'")
    entries = query(
        db_path,
        "SELECT user_id, changes FROM audit_entry WHERE entity = 'office_setting' "
        "AND changes LIKE '%stalled_after_days%'",
    )
    assert [(user_id, json.loads(changes)) for user_id, changes in entries] == [
        (supervisor_id, {"key": [None, "stalled_after_days"], "value": [None, "45"]})
    ]
    again = run_on(
        db_path, "settings", "set", "stalled_after_days", "60", cwd=tmp_path, user="admin"
    )
    assert again.stdout.strip() == "stalled_after_days: 45 → 60"


def test_a_value_that_breaks_the_rule_is_refused_with_the_rule(
    db_path: Path, staff: list[User], tmp_path: Path
) -> None:
    line = one_error_line(
        run_on(db_path, "settings", "set", "paper_size", "A3", cwd=tmp_path, user="s.melnyk")
    )
    assert line == "ombuds-desk: paper_size: A4 or Letter"
    unknown = one_error_line(
        run_on(db_path, "settings", "set", "colour", "red", cwd=tmp_path, user="s.melnyk")
    )
    assert unknown.startswith(
        "ombuds-desk: Unknown setting “colour”. The settings are: office_name"
    )
    assert query(
        db_path, "SELECT COUNT(*) FROM office_setting WHERE key IN ('paper_size', 'colour')"
    ) == [(0,)]


@pytest.mark.parametrize(
    ("user", "key", "refused"),
    [
        (
            "o.bondar",
            "stalled_after_days",
            "Only a supervisor or admin can change the office's settings; you are signed in as a caseworker.",
        ),
        (
            "s.melnyk",
            "idle_lock_minutes",
            "Only an admin can change the idle lock and the backup folder; you are signed in as a supervisor.",
        ),
        (
            "s.melnyk",
            "backup_folder",
            "Only an admin can change the idle lock and the backup folder; you are signed in as a supervisor.",
        ),
    ],
)
def test_who_may_change_a_setting(
    user: str, key: str, refused: str, db_path: Path, staff: list[User], tmp_path: Path
) -> None:
    line = one_error_line(run_on(db_path, "settings", "set", key, "20", cwd=tmp_path, user=user))
    assert line == f"ombuds-desk: {refused}"
    assert query(db_path, f"SELECT COUNT(*) FROM office_setting WHERE key = '{key}'") == [(0,)]
    allowed = run_on(db_path, "settings", "set", key, "20", cwd=tmp_path, user="admin")
    assert allowed.returncode == 0, allowed.stderr
