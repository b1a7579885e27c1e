"""indexes for the review queue

The queue's condition (not final, blocked or in its status too long, not deferred by a review)
read every person row of a 100,000-person register, about 200 MB: a covering index on the
columns it tests lets SQLite scan a few megabytes instead, and one on the reviews' person and
next review date answers "deferred?" from the index.

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-01 07:20:00
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_index(
        "ix_person_stalled",
        "person",
        ["status", "category", "blocked", "status_since", "assigned_to_id"],
    )
    op.create_index("ix_case_review_next_review", "case_review", ["person_id", "next_review_on"])


def downgrade() -> None:
    op.drop_index("ix_case_review_next_review", table_name="case_review")
    op.drop_index("ix_person_stalled", table_name="person")
