"""The domain: SQLModel tables, enums and value rules. No I/O, no Qt.

Importing the package maps every table, so a flush never meets a foreign key to a table
that was not imported yet.
"""

from ombuds_desk.domain import models as models
