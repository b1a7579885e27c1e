"""Keeping the stored search keys in step with ``domain/name_keys.py``.

The person list searches ``person_name_key`` rows, computed when a person is saved. When the
key rules change (``name_keys.KEYS_VERSION`` goes up), keys already stored are stale:
:func:`rebuild_search_keys` recomputes every person's keys in one pass and records the
version, and :func:`search_keys_stale` tells the app at start whether that is needed.
"""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import delete, insert, select
from sqlmodel import Session, col

from ombuds_desk.domain.accounts import OfficeSetting
from ombuds_desk.domain.name_keys import KEYS_VERSION
from ombuds_desk.domain.people import Person, PersonNameKey
from ombuds_desk.services.cases.persons import search_keys_of
from ombuds_desk.services.core.long_work import Cancelled, check_cancelled

VERSION_SETTING = "search_keys_version"
BATCH = 2000
_NAME_COLUMNS = (
    "family_name",
    "given_name",
    "patronymic",
    "family_name_latin",
    "given_name_latin",
    "patronymic_latin",
)


def search_keys_stale(session: Session) -> bool:
    """True when the stored keys were made by other rules than the current ones."""
    row = session.get(OfficeSetting, VERSION_SETTING)
    return row is None or row.value != str(KEYS_VERSION)


def rebuild_search_keys(
    session: Session,
    *,
    progress: Callable[[int, int], None] | None = None,
    is_cancelled: Cancelled | None = None,
) -> int:
    """Recompute every person's search keys (in the caller's transaction); returns persons."""
    columns = [col(Person.id), *(getattr(Person, name) for name in _NAME_COLUMNS)]
    rows = session.execute(select(*columns).order_by(col(Person.id))).all()
    total = len(rows)
    connection = session.connection()
    for start in range(0, total, BATCH):
        check_cancelled(is_cancelled)
        batch = rows[start : start + BATCH]
        ids = [row[0] for row in batch]
        connection.execute(delete(PersonNameKey).where(col(PersonNameKey.person_id).in_(ids)))
        keys = [
            {"person_id": row[0], "key": key[:120]}
            for row in batch
            for key in sorted(search_keys_of(dict(zip(_NAME_COLUMNS, row[1:], strict=True))))
        ]
        if keys:
            connection.execute(insert(PersonNameKey), keys)
        if progress:
            progress(min(start + BATCH, total), total)
    mark_keys_current(session)
    return total


def mark_keys_current(session: Session) -> None:
    """Record that every stored key follows the current rules (after a rebuild or a build)."""
    setting = session.get(OfficeSetting, VERSION_SETTING)
    if setting is None:
        session.add(OfficeSetting(key=VERSION_SETTING, value=str(KEYS_VERSION)))
    else:
        setting.value = str(KEYS_VERSION)
    session.flush()
