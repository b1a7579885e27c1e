"""Tables of who works here, what they changed, and the office's settings."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Index, Text
from sqlmodel import Field, SQLModel

from ombuds_desk.domain.column_types import EnumText, utcnow
from ombuds_desk.domain.enums import AuditAction, Role


class User(SQLModel, table=True):
    """A member of staff: caseworker, supervisor or admin."""

    id: int | None = Field(default=None, primary_key=True)
    version: int = Field(default=1)
    username: str = Field(max_length=80, unique=True)
    full_name: str = Field(max_length=200)
    role: Role = Field(default=Role.CASEWORKER, sa_type=EnumText(Role))
    active: bool = True
    password_hash: str | None = Field(default=None, max_length=255)
    created_at: datetime = Field(default_factory=utcnow)


class AuditEntry(SQLModel, table=True):
    """Who changed what and when, with old and new values (JSON)."""

    __tablename__ = "audit_entry"
    __table_args__ = (Index("ix_audit_entry_entity", "entity", "entity_id"),)

    id: int | None = Field(default=None, primary_key=True)
    at: datetime = Field(default_factory=utcnow)
    user_id: int | None = Field(default=None, foreign_key="user.id")
    action: AuditAction = Field(sa_type=EnumText(AuditAction))
    entity: str = Field(max_length=60)
    entity_id: int | None = None
    changes: str = Field(default="{}", sa_type=Text)


class OfficeSetting(SQLModel, table=True):
    """One office-wide setting (office name, stalled threshold, paper size…)."""

    __tablename__ = "office_setting"

    key: str = Field(max_length=80, primary_key=True)
    value: str = Field(sa_type=Text)
