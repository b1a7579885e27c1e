"""The domain: SQLModel tables, enums and value rules. No I/O, no Qt.

Importing the package maps every table, so a flush never meets a foreign key to a table
that was not imported yet.
"""

from sqlmodel import SQLModel

# Pydantic builds a table's validator and serializer when the table is first validated or
# dumped, not when its class is made: SQLModel does neither when a row is made or read, and
# building them for every table was a third of making the tables at start (60-90 ms CPU).
SQLModel.model_config["defer_build"] = True

from ombuds_desk.domain import models as models  # noqa: E402 (after the setting above)
