"""when a case was anonymised at the end of its retention period

A closed case kept longer than the office's retention setting is anonymised by a supervisor
(``services/cases/retention.py``): its names, contacts, addresses and free text go, its
counts and dates stay. ``person.anonymised_at`` says that it was, and when, so that the case
is no longer listed as due and the window shows it as anonymised.

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-01 11:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0008"
down_revision: str | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("person") as batch:
        batch.add_column(sa.Column("anonymised_at", sa.DateTime(timezone=True), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("person") as batch:
        batch.drop_column("anonymised_at")
