"""review recipients and case assignments

A review names whom its decision sends the case to (``case_review.to_user_id``): the
colleague an escalation goes to, or the caseworker a reassignment hands it to. A case handed
to another caseworker is recorded with who handed it, from whom, to whom and why
(``case_assignment``). Of the reviews that reassigned a case before, the newest of each case
gets its recipient (the case's caseworker now) and is copied into the assignments, so the
caseworker's My work page and the case sheet show it too.

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-01 06:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("case_review", schema=None) as batch_op:
        batch_op.add_column(sa.Column("to_user_id", sa.Integer(), nullable=True))
        # Batch mode needs a name; the models' other keys are unnamed and compare the same.
        batch_op.create_foreign_key(
            "fk_case_review_to_user_id_user", "user", ["to_user_id"], ["id"]
        )
    op.create_table(
        "case_assignment",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("from_user_id", sa.Integer(), nullable=True),
        sa.Column("to_user_id", sa.Integer(), nullable=True),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("assigned_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("assigned_by_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(["person_id"], ["person.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["from_user_id"], ["user.id"]),
        sa.ForeignKeyConstraint(["to_user_id"], ["user.id"]),
        sa.ForeignKeyConstraint(["assigned_by_id"], ["user.id"]),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("case_assignment", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_case_assignment_person_id"), ["person_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_case_assignment_to_user_id"), ["to_user_id"], unique=False
        )
    # Reviews that reassigned a case said to whom only by changing the person row; the case
    # is with its caseworker now, so the newest such review of a case names them. Older
    # reassignments of the same case cannot be told apart any more and are left as they are.
    newest = (
        "r.decision = 'reassign' AND r.id = (SELECT max(r2.id) FROM case_review r2 "
        "WHERE r2.person_id = r.person_id AND r2.decision = 'reassign')"
    )
    op.execute(
        "UPDATE case_review SET to_user_id = (SELECT p.assigned_to_id FROM person p "
        "WHERE p.id = case_review.person_id) WHERE id IN "
        f"(SELECT r.id FROM case_review r WHERE {newest})"
    )
    op.execute(
        "INSERT INTO case_assignment "
        "(person_id, from_user_id, to_user_id, reason, assigned_at, assigned_by_id) "
        "SELECT r.person_id, NULL, r.to_user_id, COALESCE(r.note, 'Reassigned on review'), "
        f"r.reviewed_at, r.reviewed_by_id FROM case_review r WHERE {newest}"
    )


def downgrade() -> None:
    with op.batch_alter_table("case_assignment", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_case_assignment_to_user_id"))
        batch_op.drop_index(batch_op.f("ix_case_assignment_person_id"))
    op.drop_table("case_assignment")
    with op.batch_alter_table("case_review", schema=None) as batch_op:
        batch_op.drop_constraint("fk_case_review_to_user_id_user", type_="foreignkey")
        batch_op.drop_column("to_user_id")
