"""The audit trail (hash-chained) and the change log clients follow.

Both run in chains: one per ward and one for the hospital (chain 0: what belongs to no
ward, and the whole trail from before wards had chains of their own). A save locks only
its own chains' heads, so the wards of a hospital do not queue on one another.

Neither ever holds patient text: the audit names the action, the entity, its id and
which fields changed."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from rounds_app.storage.base import Base


class AuditEvent(Base):
    __tablename__ = "audit_events"

    id: Mapped[int] = mapped_column(primary_key=True)
    # whose chain the event links into (see chain_of); prev_hash is its chain's
    chain: Mapped[int] = mapped_column(default=0, server_default="0")
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
    """One row per chain naming its last audit event and its last change number.
    Writers lock the rows of the chains they append to, which serialises appends to a
    chain (and to its change log) across processes, and it lets `audit verify` notice
    a deleted tail."""

    __tablename__ = "audit_chain_head"

    # the chain: 0 the hospital's, otherwise the ward's id (no foreign key: a chain
    # outlives its ward, as the audit trail must)
    id: Mapped[int] = mapped_column(primary_key=True, autoincrement=False)
    last_event_id: Mapped[int | None]
    last_hash: Mapped[str] = mapped_column(String(64))
    last_change_seq: Mapped[int] = mapped_column(default=0, server_default="0")


class ChangeLogEntry(Base):
    """One row per committed change. Within its chain, `seq` runs 1, 2, 3 … in commit
    order with no gap, so a client asks each chain it follows "what after N?"."""

    __tablename__ = "change_log"
    __table_args__ = (UniqueConstraint("chain", "seq"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    chain: Mapped[int] = mapped_column(default=0, server_default="0")
    seq: Mapped[int]
    at: Mapped[datetime]
    entity: Mapped[str] = mapped_column(String(80))
    entity_id: Mapped[int | None]
    ward_id: Mapped[int | None] = mapped_column(index=True)
    admission_id: Mapped[int | None]


HOSPITAL_CHAIN = 0


def chain_of(ward_id: int | None) -> int:
    """The chain a change of `ward_id` (None: of no ward) is recorded in."""
    return HOSPITAL_CHAIN if ward_id is None else ward_id
