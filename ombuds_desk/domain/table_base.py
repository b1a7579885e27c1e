"""The base every table of the domain is made from: SQLModel, with the app's one setting.

Each table module imports ``SQLModel`` and ``Field`` from here, not from ``sqlmodel``, so the
setting is in place before its first table class is made, whichever module is imported first.
"""

from sqlmodel import Field, SQLModel

# Pydantic builds a table's validator and serializer when the table is first validated or
# dumped, not when its class is made: SQLModel does neither when a row is made or read, and
# building them for every table was a third of making the tables at start (60-90 ms CPU).
SQLModel.model_config["defer_build"] = True

__all__ = ["Field", "SQLModel"]
