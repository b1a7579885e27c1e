"""Tables of exchanges of captives and group returns of evacuees."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Text

from ombuds_desk.domain.column_types import EnumText, utcnow
from ombuds_desk.domain.enums import OperationKind, OperationStatus
from ombuds_desk.domain.table_base import Field, SQLModel


class Operation(SQLModel, table=True):
    """An exchange or group return on a date; completing it ends every included case."""

    id: int | None = Field(default=None, primary_key=True)
    version: int = Field(default=1)
    name: str = Field(max_length=200)
    kind: OperationKind = Field(sa_type=EnumText(OperationKind))
    planned_on: date
    facilitated_by: str | None = Field(default=None, max_length=200)
    status: OperationStatus = Field(
        default=OperationStatus.PLANNED, sa_type=EnumText(OperationStatus)
    )
    completed_at: datetime | None = None
    notes: str | None = Field(default=None, sa_type=Text)
    created_at: datetime = Field(default_factory=utcnow)


class OperationMember(SQLModel, table=True):
    """A person included in an operation."""

    __tablename__ = "operation_member"

    operation_id: int = Field(foreign_key="operation.id", primary_key=True, ondelete="CASCADE")
    person_id: int = Field(foreign_key="person.id", primary_key=True, index=True)
    added_at: datetime = Field(default_factory=utcnow)
