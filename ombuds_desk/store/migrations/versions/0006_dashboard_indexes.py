"""an index for the dashboard's completions per month

"Persons repatriated / returned per month" counted the status changes of the last twelve
months by reading every status event of the register (270,000 at 100,000 persons); an index
on the status reached, the day it took effect and the kind of event answers it from the
index's range for the two statuses and the twelve months.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-01 08:40:00
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_index(
        "ix_status_event_completed", "status_event", ["to_status", "effective_on", "kind"]
    )


def downgrade() -> None:
    op.drop_index("ix_status_event_completed", table_name="status_event")
