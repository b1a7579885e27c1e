"""each case's stored stalled day and review deferral

"Stalled today" tested as the office's thresholds is one range test per threshold over every
open case; the queue at 100,000 persons spent most of its time there. Each case now carries
the day it becomes stalled, indexed with the columns the queue filters and sorts on.

The days are worked out by the program (services/core/stalled_dates.py) at the first save
after this upgrade, with the office's thresholds of then; until that save the lists test the
thresholds as before, so nothing reads a day not yet worked out. The date a review deferred
the case to (the latest next-review date of its reviews) needs no thresholds: it is filled in
here.

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-01 08:40:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("person") as batch_op:
        batch_op.add_column(sa.Column("stalled_on", sa.Date(), nullable=True))
        batch_op.add_column(sa.Column("deferred_until", sa.Date(), nullable=True))
    op.execute(
        "UPDATE person SET deferred_until = (SELECT MAX(next_review_on) FROM case_review "
        "WHERE case_review.person_id = person.id)"
    )
    op.create_index(
        "ix_person_stalled_on",
        "person",
        [
            "stalled_on",
            "status_since",
            "category",
            "status",
            "blocked",
            "assigned_to_id",
            "deferred_until",
            "case_number",
            "sort_name",
        ],
    )
    if op.get_bind().dialect.name == "sqlite":
        # Without figures for the new index SQLite picks the narrow one on "blocked" for
        # the queue's "no change" filter and reads every row it names: three times slower.
        op.execute("ANALYZE person")


def downgrade() -> None:
    op.drop_index("ix_person_stalled_on", table_name="person")
    with op.batch_alter_table("person") as batch_op:
        batch_op.drop_column("deferred_until")
        batch_op.drop_column("stalled_on")
