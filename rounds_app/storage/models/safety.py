"""The structured safety facts of an admission (rounds_app.domain.safety): the
resuscitation decision and the whiteboard safety items, one current row each, and the
saved states of every safety fact (these, allergies, contacts, medicines, identity).

A current row carries a version: a stale save is refused with both sides shown, as for
card fields. Every save also appends a `FactRevision`, so the history of a fact is
kept whichever kind of fact it is."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import ForeignKey, Index, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from rounds_app.domain import fields
from rounds_app.domain.safety import Ceiling, Resuscitation, SafetyItem
from rounds_app.storage.base import Base, enum_type, text_rule


class ResuscitationDecision(Base):
    """The current resuscitation status and ceiling of treatment of an admission. No
    row means neither has been discussed yet."""

    __tablename__ = "resuscitation_decisions"

    id: Mapped[int] = mapped_column(primary_key=True)
    admission_id: Mapped[int] = mapped_column(ForeignKey("admissions.id"), unique=True)
    status: Mapped[Resuscitation] = mapped_column(enum_type(Resuscitation))
    ceiling: Mapped[Ceiling] = mapped_column(enum_type(Ceiling))
    decided_on: Mapped[date | None]
    # the role of whoever made the decision ("consultant physician"), as written
    decided_by: Mapped[str] = mapped_column(
        String(fields.DECIDED_BY.limit), default="", info=text_rule(fields.DECIDED_BY)
    )
    discussed_with: Mapped[str] = mapped_column(
        String(fields.DISCUSSED_WITH.limit), default="", info=text_rule(fields.DISCUSSED_WITH)
    )
    # the signed form: "ReSPECT form, 12 Nov", "DNACPR form in the notes", a POLST id
    form_reference: Mapped[str] = mapped_column(
        String(fields.FORM_REFERENCE.limit), default="", info=text_rule(fields.FORM_REFERENCE)
    )
    recorded_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    recorded_at: Mapped[datetime]
    version: Mapped[int] = mapped_column(default=1)

    __mapper_args__ = {"version_id_col": version}


class SafetyCheck(Base):
    """The current state of one whiteboard safety item of an admission. No row means
    not assessed."""

    __tablename__ = "safety_checks"
    __table_args__ = (UniqueConstraint("admission_id", "item"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    admission_id: Mapped[int] = mapped_column(ForeignKey("admissions.id"))
    item: Mapped[SafetyItem] = mapped_column(enum_type(SafetyItem))
    # one of the item's states (rounds_app.domain.safety.SAFETY_ITEMS)
    state: Mapped[str] = mapped_column(
        String(fields.SAFETY_STATE.limit), info=text_rule(fields.SAFETY_STATE)
    )
    detail: Mapped[str] = mapped_column(
        String(fields.SAFETY_DETAIL.limit), default="", info=text_rule(fields.SAFETY_DETAIL)
    )
    # since when (a line or catheter in place: its days are counted from here)
    since: Mapped[date | None]
    recorded_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    recorded_at: Mapped[datetime]
    version: Mapped[int] = mapped_column(default=1)

    __mapper_args__ = {"version_id_col": version}


class FactRevision(Base):
    """One saved state of a safety fact, append-only: `entity` names the table and
    `entity_id` the row ("allergies", 12); `snapshot` holds the fact's fields as JSON,
    written by Rounds from values the services checked."""

    __tablename__ = "fact_revisions"
    __table_args__ = (
        UniqueConstraint("entity", "entity_id", "version"),
        Index("ix_fact_revisions_patient", "patient_id", "entity"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    patient_id: Mapped[int] = mapped_column(ForeignKey("patients.id"))
    admission_id: Mapped[int | None] = mapped_column(ForeignKey("admissions.id"))
    entity: Mapped[str] = mapped_column(String(32))
    entity_id: Mapped[int]
    version: Mapped[int]
    snapshot: Mapped[str] = mapped_column(Text, info=text_rule(fields.FACT_SNAPSHOT))
    recorded_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    recorded_at: Mapped[datetime]
