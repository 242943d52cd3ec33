"""Patient-reported outcomes: how the patient says they are, in their own numbers.

Each score is 0 to 10, or null when it was not asked: pain (0 none, 10 worst),
feeling (0 very bad, 10 very good) and breathlessness (0 none, 10 worst)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from rounds_app.domain import fields
from rounds_app.storage.base import Base, text_rule

SOURCE = fields.PROM_SOURCE.limit


class PromRecord(Base):
    __tablename__ = "prom_records"
    __table_args__ = (Index("ix_prom_records_admission_recorded", "admission_id", "recorded_at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    admission_id: Mapped[int] = mapped_column(ForeignKey("admissions.id"))
    recorded_at: Mapped[datetime]
    # null for answers imported from the hospital record (no one at the bedside)
    recorded_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    pain: Mapped[int | None]
    feeling: Mapped[int | None]
    breathlessness: Mapped[int | None]
    what_matters_today: Mapped[str] = mapped_column(
        Text, default="", info=text_rule(fields.WHAT_MATTERS_TODAY)
    )
    # "bedside" or "fhir"
    source: Mapped[str] = mapped_column(
        String(SOURCE), default="bedside", info=text_rule(fields.PROM_SOURCE)
    )
