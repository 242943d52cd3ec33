"""The audit trail (hash-chained) and the change log clients follow.

Neither ever holds patient text: the audit names the action, the entity, its id and
which fields changed."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from rounds_app.storage.base import Base


class AuditEvent(Base):
    __tablename__ = "audit_events"

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime]
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    # who acted, as shown: a username, or "system:<tool>" for the command line
    actor: Mapped[str] = mapped_column(String(80))
    action: Mapped[str] = mapped_column(String(80))
    entity: Mapped[str] = mapped_column(String(80))
    entity_id: Mapped[int | None]
    fields: Mapped[str] = mapped_column(Text, default="")  # comma-separated field names
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))


class AuditChainHead(Base):
    """A single row naming the last audit event. Writers lock it, which serialises
    appends to the chain (and to the change log) across processes, and it lets
    `audit verify` notice a deleted tail."""

    __tablename__ = "audit_chain_head"

    id: Mapped[int] = mapped_column(primary_key=True)
    last_event_id: Mapped[int | None]
    last_hash: Mapped[str] = mapped_column(String(64))


class ChangeLogEntry(Base):
    """One row per committed change; ids only grow, so a client asks "what after N?"."""

    __tablename__ = "change_log"

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime]
    entity: Mapped[str] = mapped_column(String(80))
    entity_id: Mapped[int | None]
    ward_id: Mapped[int | None] = mapped_column(index=True)
    admission_id: Mapped[int | None]
