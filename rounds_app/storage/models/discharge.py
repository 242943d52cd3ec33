"""The discharge plan of an admission. The expected date lives on the admission."""

from __future__ import annotations

from datetime import date, datetime
from typing import TYPE_CHECKING

from sqlalchemy import ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from rounds_app.domain import fields, limits
from rounds_app.domain.enums import ChecklistKind, FollowUpPlace, MedicationChangeKind
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
    """A readiness item (medicines reconciled, transport…), ticked by someone. The
    built-in items have a `kind` the services cross-check against the plan: the
    "medicines reconciled" item ticked is the record that a pharmacist or physician
    reconciled the medicines."""

    __tablename__ = "discharge_checklist_items"

    id: Mapped[int] = mapped_column(primary_key=True)
    plan_id: Mapped[int] = mapped_column(ForeignKey("discharge_plans.id"), index=True)
    position: Mapped[int]
    item: Mapped[str] = mapped_column(
        String(limits.SHORT_TEXT), info=text_rule(fields.CHECKLIST_ITEM)
    )
    kind: Mapped[ChecklistKind | None] = mapped_column(enum_type(ChecklistKind))
    done: Mapped[bool] = mapped_column(default=False)
    done_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    done_at: Mapped[datetime | None]


class FollowUpAppointment(Base):
    """Booked: `when` (date and time), `place_kind`, `where` (the place's name or
    address) and `phone`. Not booked: who will contact the patient and by when, and
    never a time. Rows from before these rules may lack either; the copies say so."""

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
    place_kind: Mapped[FollowUpPlace | None] = mapped_column(enum_type(FollowUpPlace))
    phone: Mapped[str] = mapped_column(
        String(limits.SHORT_TEXT),
        default="",
        server_default="",
        info=text_rule(fields.FOLLOW_UP_PHONE),
    )
    contact_by: Mapped[str] = mapped_column(
        String(limits.SHORT_TEXT),
        default="",
        server_default="",
        info=text_rule(fields.FOLLOW_UP_CONTACT),
    )
    contact_by_date: Mapped[date | None]
    updated_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    updated_at: Mapped[datetime | None]
    version: Mapped[int] = mapped_column(default=1, server_default="1")

    __mapper_args__ = {"version_id_col": version}


class MedicationChange(Base):
    """A change to the patient's medicines as the patient will read it. Only a
    decided change prints on their copy; a new, changed or keep-taking one is decided
    only with a dose."""

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
    dose: Mapped[str] = mapped_column(
        String(limits.SHORT_TEXT),
        default="",
        server_default="",
        info=text_rule(fields.MEDICATION_DOSE),
    )
    how_to_take: Mapped[str] = mapped_column(
        String(limits.ACTION_TEXT),
        default="",
        server_default="",
        info=text_rule(fields.MEDICATION_HOW),
    )
    # a changed medicine: the dose or instruction it was changed from
    previous: Mapped[str] = mapped_column(
        String(limits.ACTION_TEXT),
        default="",
        server_default="",
        info=text_rule(fields.MEDICATION_PREVIOUS),
    )
    decided: Mapped[bool] = mapped_column(default=False, server_default="0")
    decided_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    decided_at: Mapped[datetime | None]
    updated_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    updated_at: Mapped[datetime | None]
    version: Mapped[int] = mapped_column(default=1, server_default="1")

    __mapper_args__ = {"version_id_col": version}
