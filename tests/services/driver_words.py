"""What each database driver says for the same mistake, for the tests that check it is
quoted to the user."""

from __future__ import annotations

from sqlalchemy.exc import DBAPIError, OperationalError, ProgrammingError

NO_SUCH_TABLE = {
    "sqlite": "no such table: no_such_table",
    "postgresql": 'relation "no_such_table" does not exist',
}
DRIVER_ERROR: dict[str, type[DBAPIError]] = {
    "sqlite": OperationalError,
    "postgresql": ProgrammingError,
}
