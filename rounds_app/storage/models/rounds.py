"""A ward round as it happened: who was there, each patient's time and outcome, and the
read-back of new actions. "New since the last round" counts from a round's start."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Index, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from rounds_app.domain.enums import Discipline, RoundPatientStatus
from rounds_app.storage.base import Base, enum_type

DEFAULT_TARGET_SECONDS = 300


class WardRound(Base):
    __tablename__ = "ward_rounds"
    __table_args__ = (Index("ix_ward_rounds_ward_started", "ward_id", "started_at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    ward_id: Mapped[int] = mapped_column(ForeignKey("wards.id"))
    started_at: Mapped[datetime]
    ended_at: Mapped[datetime | None]
    facilitator_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    # the per-patient timer's target; the timer turns amber past it
    # (a server default too: rounds recorded before the timer existed get the default)
    target_seconds: Mapped[int] = mapped_column(
        default=DEFAULT_TARGET_SECONDS, server_default=str(DEFAULT_TARGET_SECONDS)
    )


class RoundPatient(Base):
    """One patient's place in a round: the order when it started, the outcome and the
    time the team spent (summed over every visit, skip and come back included)."""

    __tablename__ = "round_patients"
    __table_args__ = (UniqueConstraint("round_id", "admission_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    round_id: Mapped[int] = mapped_column(ForeignKey("ward_rounds.id"), index=True)
    admission_id: Mapped[int] = mapped_column(ForeignKey("admissions.id"))
    position: Mapped[int]
    status: Mapped[RoundPatientStatus] = mapped_column(
        enum_type(RoundPatientStatus), default=RoundPatientStatus.PENDING
    )
    seconds: Mapped[int] = mapped_column(default=0)
    discussed_at: Mapped[datetime | None]


class RoundAttendance(Base):
    """Whether a discipline is in the room (the console prompts when pharmacy or social
    work is missing)."""

    __tablename__ = "round_attendance"
    __table_args__ = (UniqueConstraint("round_id", "discipline"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    round_id: Mapped[int] = mapped_column(ForeignKey("ward_rounds.id"), index=True)
    discipline: Mapped[Discipline] = mapped_column(enum_type(Discipline))
    present: Mapped[bool]
    updated_at: Mapped[datetime]


class ActionReadBack(Base):
    """An action created in the round and read back to the team before moving on (the
    synthesis step of I-PASS)."""

    __tablename__ = "action_read_backs"
    __table_args__ = (UniqueConstraint("round_id", "action_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    round_id: Mapped[int] = mapped_column(ForeignKey("ward_rounds.id"), index=True)
    action_id: Mapped[int] = mapped_column(ForeignKey("action_items.id"))
    acknowledged_by_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    acknowledged_at: Mapped[datetime]
