"""SQL run behind the app's back, as someone with the database open in another program
would: a plain engine of its own, one transaction, on SQLite and on PostgreSQL alike."""

from __future__ import annotations

from typing import Any

from sqlalchemy import create_engine, text

from ombuds_desk.store.database import Database


def behind_the_apps_back(db: Database, *statements: str, **params: Any) -> list[Any]:
    """Runs ``statements`` (with ``:name`` parameters) in one transaction; returns the last
    one's rows, if it returns any."""
    engine = create_engine(db.url)
    try:
        with engine.begin() as connection:
            rows: list[Any] = []
            for statement in statements:
                result = connection.execute(text(statement), params)
                rows = list(result.all()) if result.returns_rows else []
            return rows
    finally:
        engine.dispose()
