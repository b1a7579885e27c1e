"""each relative's consent to be shared with the counterpart; shareable block reasons

A relative answers two questions: may the office contact them (the existing ``consent``),
and may their name and relationship be given to the counterpart (``share_consent``). Every
relative recorded before this upgrade was never asked the second: "not asked", which counts
as no. The office's block reasons say whether one may be printed for the counterpart; none
may until the office marks it.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-01 11:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("contact") as batch_op:
        batch_op.add_column(
            sa.Column(
                "share_consent", sa.String(length=40), nullable=False, server_default="unknown"
            )
        )
    with op.batch_alter_table("block_reason") as batch_op:
        batch_op.add_column(
            sa.Column("shareable", sa.Boolean(), nullable=False, server_default=sa.false())
        )


def downgrade() -> None:
    with op.batch_alter_table("block_reason") as batch_op:
        batch_op.drop_column("shareable")
    with op.batch_alter_table("contact") as batch_op:
        batch_op.drop_column("share_consent")
