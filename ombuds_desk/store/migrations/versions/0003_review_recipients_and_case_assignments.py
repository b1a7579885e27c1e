"""review recipients and case assignments

A review that escalates names whom the case goes to (``case_review.escalated_to_id``). A case
handed to another caseworker is recorded with who handed it, from whom, to whom and why
(``case_assignment``); the earlier reviews that reassigned a case are copied into it, so a
caseworker's My work page and the case's history show them too.

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
        batch_op.add_column(sa.Column("escalated_to_id", sa.Integer(), nullable=True))
        # Batch mode needs a name; the models' other keys are unnamed and compare the same.
        batch_op.create_foreign_key(
            "fk_case_review_escalated_to_id_user", "user", ["escalated_to_id"], ["id"]
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
    # reassignments of the same case cannot be told apart any more and are left as reviews.
    op.execute(
        """
        INSERT INTO case_assignment
            (person_id, from_user_id, to_user_id, reason, assigned_at, assigned_by_id)
        SELECT r.person_id, NULL, p.assigned_to_id,
               COALESCE(r.note, 'Reassigned on review'), r.reviewed_at, r.reviewed_by_id
        FROM case_review r JOIN person p ON p.id = r.person_id
        WHERE r.decision = 'reassign'
          AND r.id = (SELECT max(r2.id) FROM case_review r2
                      WHERE r2.person_id = r.person_id AND r2.decision = 'reassign')
        """
    )


def downgrade() -> None:
    with op.batch_alter_table("case_assignment", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_case_assignment_to_user_id"))
        batch_op.drop_index(batch_op.f("ix_case_assignment_person_id"))
    op.drop_table("case_assignment")
    with op.batch_alter_table("case_review", schema=None) as batch_op:
        batch_op.drop_constraint("fk_case_review_escalated_to_id_user", type_="foreignkey")
        batch_op.drop_column("escalated_to_id")
