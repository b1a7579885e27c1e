"""Tables of who works here, what they changed, and the office's settings."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Index, Text

from ombuds_desk.domain.column_types import EnumText, utcnow
from ombuds_desk.domain.enums import AuditAction, BackupKind, Role
from ombuds_desk.domain.table_base import Field, SQLModel


class User(SQLModel, table=True):
    """A member of staff: caseworker, supervisor or admin."""

    id: int | None = Field(default=None, primary_key=True)
    version: int = Field(default=1)
    username: str = Field(max_length=80, unique=True)
    full_name: str = Field(max_length=200)
    role: Role = Field(default=Role.CASEWORKER, sa_type=EnumText(Role))
    active: bool = True
    password_hash: str | None = Field(default=None, max_length=255)
    must_change_password: bool = False  # set when an admin gave a temporary password
    failed_sign_ins: int = 0  # wrong passwords in a row; five lock the account
    locked_until: datetime | None = None
    last_sign_in_at: datetime | None = None
    created_at: datetime = Field(default_factory=utcnow)


class AuditEntry(SQLModel, table=True):
    """Who did what and when: a change with its old and new values (JSON), a sign-in, a case
    opened, a document printed or exported. Entries are numbered without gaps and chained
    by hash (``audit_chain.py``); the app never edits or deletes one."""

    __tablename__ = "audit_entry"
    __table_args__ = (
        Index("ix_audit_entry_entity", "entity", "entity_id"),
        Index("ix_audit_entry_user", "user_id", "at"),
    )

    id: int | None = Field(default=None, primary_key=True)
    at: datetime = Field(default_factory=utcnow)
    user_id: int | None = Field(default=None, foreign_key="user.id")
    action: AuditAction = Field(sa_type=EnumText(AuditAction))
    entity: str = Field(max_length=60)
    entity_id: int | None = None
    changes: str = Field(default="{}", sa_type=Text)
    prev_hash: str = Field(max_length=64)
    hash: str = Field(max_length=64)


class AuditHead(SQLModel, table=True):
    """The newest entry of the chain (one row): writers lock it, so entries are numbered in
    the order they commit, on one machine or on a shared server."""

    __tablename__ = "audit_head"

    id: int = Field(default=1, primary_key=True)
    last_id: int = 0
    last_hash: str = Field(max_length=64)


class BackupRecord(SQLModel, table=True):
    """A backup made of this database: where, when, by whom, and the audit chain's head."""

    __tablename__ = "backup_record"

    id: int | None = Field(default=None, primary_key=True)
    made_at: datetime = Field(default_factory=utcnow)
    kind: BackupKind = Field(sa_type=EnumText(BackupKind))
    path: str = Field(sa_type=Text)
    size_bytes: int = 0
    audit_entries: int = 0
    audit_head_hash: str = Field(max_length=64)
    made_by_id: int | None = Field(default=None, foreign_key="user.id")


class OfficeSetting(SQLModel, table=True):
    """One office-wide setting (office name, stalled threshold, paper size…)."""

    __tablename__ = "office_setting"

    key: str = Field(max_length=80, primary_key=True)
    value: str = Field(sa_type=Text)
