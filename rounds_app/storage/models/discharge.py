"""The discharge plan of an admission. The expected date lives on the admission."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from sqlalchemy import ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from rounds_app.domain import fields, limits
from rounds_app.domain.enums import MedicationChangeKind
from rounds_app.storage.base import Base, enum_type, text_rule

if TYPE_CHECKING:
    from rounds_app.storage.models.after_hospital import CallContact, PendingTest, TeachBack


class DischargePlan(Base):
    __tablename__ = "discharge_plans"

    id: Mapped[int] = mapped_column(primary_key=True)
    admission_id: Mapped[int] = mapped_column(ForeignKey("admissions.id"), unique=True)
    destination: Mapped[str] = mapped_column(
        String(limits.SHORT_TEXT), default="", info=text_rule(fields.DESTINATION)
    )
    barriers: Mapped[str] = mapped_column(Text, default="", info=text_rule(fields.BARRIERS))
    warning_signs: Mapped[str] = mapped_column(
        Text, default="", info=text_rule(fields.WARNING_SIGNS)
    )
    whom_to_call: Mapped[str] = mapped_column(Text, default="", info=text_rule(fields.WHOM_TO_CALL))
    # plain words a clinician wrote for the patient's copy
    why_in_hospital: Mapped[str] = mapped_column(
        Text, default="", server_default="", info=text_rule(fields.WHY_IN_HOSPITAL)
    )
    updated_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    updated_at: Mapped[datetime]
    version: Mapped[int] = mapped_column(default=1)

    checklist: Mapped[list[DischargeChecklistItem]] = relationship(
        order_by="DischargeChecklistItem.position"
    )
    follow_ups: Mapped[list[FollowUpAppointment]] = relationship(order_by="FollowUpAppointment.id")
    medication_changes: Mapped[list[MedicationChange]] = relationship(
        order_by="MedicationChange.id"
    )
    pending_tests: Mapped[list[PendingTest]] = relationship(order_by="PendingTest.id")
    call_contacts: Mapped[list[CallContact]] = relationship(order_by="CallContact.position")
    teach_backs: Mapped[list[TeachBack]] = relationship(order_by="TeachBack.taught_at")

    __mapper_args__ = {"version_id_col": version}


class DischargeChecklistItem(Base):
    """A readiness item (medicines reconciled, transport…), ticked by someone."""

    __tablename__ = "discharge_checklist_items"

    id: Mapped[int] = mapped_column(primary_key=True)
    plan_id: Mapped[int] = mapped_column(ForeignKey("discharge_plans.id"), index=True)
    position: Mapped[int]
    item: Mapped[str] = mapped_column(
        String(limits.SHORT_TEXT), info=text_rule(fields.CHECKLIST_ITEM)
    )
    done: Mapped[bool] = mapped_column(default=False)
    done_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    done_at: Mapped[datetime | None]


class FollowUpAppointment(Base):
    __tablename__ = "follow_up_appointments"

    id: Mapped[int] = mapped_column(primary_key=True)
    plan_id: Mapped[int] = mapped_column(ForeignKey("discharge_plans.id"), index=True)
    with_whom: Mapped[str] = mapped_column(
        String(limits.SHORT_TEXT), info=text_rule(fields.FOLLOW_UP_WITH)
    )
    when: Mapped[datetime | None]
    where: Mapped[str] = mapped_column(
        String(limits.SHORT_TEXT), default="", info=text_rule(fields.FOLLOW_UP_WHERE)
    )
    purpose: Mapped[str] = mapped_column(
        String(limits.ACTION_TEXT), default="", info=text_rule(fields.FOLLOW_UP_PURPOSE)
    )
    booked: Mapped[bool] = mapped_column(default=False)


class MedicationChange(Base):
    __tablename__ = "medication_changes"

    id: Mapped[int] = mapped_column(primary_key=True)
    plan_id: Mapped[int] = mapped_column(ForeignKey("discharge_plans.id"), index=True)
    medication: Mapped[str] = mapped_column(
        String(limits.SHORT_TEXT), info=text_rule(fields.MEDICATION_CHANGED)
    )
    change: Mapped[MedicationChangeKind] = mapped_column(enum_type(MedicationChangeKind))
    # said the way the patient will read it on the plain-language summary
    reason: Mapped[str] = mapped_column(
        String(limits.ACTION_TEXT), info=text_rule(fields.MEDICATION_REASON)
    )
