"""A ward round as it happened: "new since the last round" counts from its start."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Index
from sqlalchemy.orm import Mapped, mapped_column

from rounds_app.storage.base import Base


class WardRound(Base):
    __tablename__ = "ward_rounds"
    __table_args__ = (Index("ix_ward_rounds_ward_started", "ward_id", "started_at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    ward_id: Mapped[int] = mapped_column(ForeignKey("wards.id"))
    started_at: Mapped[datetime]
    ended_at: Mapped[datetime | None]
    facilitator_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
