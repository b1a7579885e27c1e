"""sign-in, audit chain and backups

Staff accounts get what sign-in needs (a forced password change, failed sign-ins in a row, a
lock time, the last sign-in). Audit entries get the hash of the entry before and their own,
computed here for the entries already written, in their order; one row keeps the chain's
head. Backups are recorded.

Revision ID: 0002
Revises: 0001
Create Date: 2026-12-01 03:12:27.062167
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from ombuds_desk.domain.audit_chain import GENESIS, entry_hash

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _chain_existing_entries() -> None:
    """Number the entries 1, 2, 3… in their order and hash each on the one before."""
    bind = op.get_bind()
    entry = sa.table(
        "audit_entry",
        sa.column("id", sa.Integer),
        sa.column("at", sa.DateTime(timezone=True)),
        sa.column("user_id", sa.Integer),
        sa.column("action", sa.String),
        sa.column("entity", sa.String),
        sa.column("entity_id", sa.Integer),
        sa.column("changes", sa.Text),
        sa.column("prev_hash", sa.String),
        sa.column("hash", sa.String),
    )
    rows = bind.execute(
        sa.select(
            entry.c.id,
            entry.c.at,
            entry.c.user_id,
            entry.c.action,
            entry.c.entity,
            entry.c.entity_id,
            entry.c.changes,
        ).order_by(entry.c.id)
    ).all()
    previous, number = GENESIS, 0
    for row in rows:
        number += 1
        digest = entry_hash(
            previous,
            number,
            row.at,
            row.user_id,
            row.action,
            row.entity,
            row.entity_id,
            row.changes,
        )
        bind.execute(
            entry.update()
            .where(entry.c.id == row.id)
            .values(id=number, prev_hash=previous, hash=digest)
        )
        previous = digest
    head = sa.table(
        "audit_head",
        sa.column("id", sa.Integer),
        sa.column("last_id", sa.Integer),
        sa.column("last_hash", sa.String),
    )
    bind.execute(head.insert().values(id=1, last_id=number, last_hash=previous))


def upgrade() -> None:
    op.create_table(
        "audit_head",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("last_id", sa.Integer(), nullable=False),
        sa.Column("last_hash", sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_table(
        "backup_record",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("made_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("kind", sa.String(length=40), nullable=False),
        sa.Column("path", sa.Text(), nullable=False),
        sa.Column("size_bytes", sa.Integer(), nullable=False),
        sa.Column("audit_entries", sa.Integer(), nullable=False),
        sa.Column("audit_head_hash", sa.String(length=64), nullable=False),
        sa.Column("made_by_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(["made_by_id"], ["user.id"]),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("audit_entry", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("prev_hash", sa.String(length=64), nullable=False, server_default="")
        )
        batch_op.add_column(
            sa.Column("hash", sa.String(length=64), nullable=False, server_default="")
        )
        batch_op.create_index("ix_audit_entry_user", ["user_id", "at"], unique=False)
    _chain_existing_entries()
    with op.batch_alter_table("audit_entry", schema=None) as batch_op:
        batch_op.alter_column("prev_hash", server_default=None)
        batch_op.alter_column("hash", server_default=None)

    with op.batch_alter_table("user", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column(
                "must_change_password", sa.Boolean(), nullable=False, server_default=sa.false()
            )
        )
        batch_op.add_column(
            sa.Column("failed_sign_ins", sa.Integer(), nullable=False, server_default="0")
        )
        batch_op.add_column(sa.Column("locked_until", sa.DateTime(timezone=True), nullable=True))
        batch_op.add_column(sa.Column("last_sign_in_at", sa.DateTime(timezone=True), nullable=True))
    with op.batch_alter_table("user", schema=None) as batch_op:
        batch_op.alter_column("must_change_password", server_default=None)
        batch_op.alter_column("failed_sign_ins", server_default=None)


def downgrade() -> None:
    with op.batch_alter_table("user", schema=None) as batch_op:
        batch_op.drop_column("last_sign_in_at")
        batch_op.drop_column("locked_until")
        batch_op.drop_column("failed_sign_ins")
        batch_op.drop_column("must_change_password")

    with op.batch_alter_table("audit_entry", schema=None) as batch_op:
        batch_op.drop_index("ix_audit_entry_user")
        batch_op.drop_column("hash")
        batch_op.drop_column("prev_hash")

    op.drop_table("backup_record")
    op.drop_table("audit_head")
