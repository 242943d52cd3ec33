"""What a hospital record brings to the ward beside the narrative card: allergies, the
medication list, the problem list (conditions, goals, care plans), contacts and the care
team. Each row belongs to the patient, not to one admission: an allergy or a daughter's
phone number is still true at the next admission.

Every row carries a `key` that is unique for its patient (a code "system|code" where
the record gave one, else the text in lower case), so importing the same record twice
updates a row instead of adding a second one; `source` says where it came from."""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum

from sqlalchemy import ForeignKey, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from rounds_app.domain import fields, limits
from rounds_app.storage.base import Base, enum_type, text_rule

KEY = fields.LIST_KEY.limit
SOURCE = fields.LIST_SOURCE.limit


class ProblemKind(StrEnum):
    """What a problem-list entry is. Values are stored: rename labels, never values."""

    CONDITION = "condition"
    GOAL = "goal"
    CARE_PLAN = "care_plan"


class Allergy(Base):
    """An allergy or intolerance; `no_known` marks the positive statement "no known
    allergies", which is not the same as nobody having asked."""

    __tablename__ = "allergies"
    __table_args__ = (UniqueConstraint("patient_id", "key"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    patient_id: Mapped[int] = mapped_column(ForeignKey("patients.id"), index=True)
    key: Mapped[str] = mapped_column(String(KEY), info=text_rule(fields.LIST_KEY))
    substance: Mapped[str] = mapped_column(
        String(limits.SHORT_TEXT), info=text_rule(fields.SUBSTANCE)
    )
    criticality: Mapped[str] = mapped_column(
        String(fields.CRITICALITY.limit), default="", info=text_rule(fields.CRITICALITY)
    )
    no_known: Mapped[bool] = mapped_column(default=False)
    reaction: Mapped[str] = mapped_column(
        String(limits.SHORT_TEXT), default="", server_default="", info=text_rule(fields.REACTION)
    )
    # rounds_app.domain.safety.AllergySeverity and AllergyStatus; the server defaults
    # fill rows written before the columns existed
    severity: Mapped[str] = mapped_column(
        String(fields.ALLERGY_SEVERITY.limit),
        default="",
        server_default="",
        info=text_rule(fields.ALLERGY_SEVERITY),
    )
    status: Mapped[str] = mapped_column(
        String(fields.ALLERGY_STATUS.limit),
        default="active",
        server_default="active",
        info=text_rule(fields.ALLERGY_STATUS),
    )
    source: Mapped[str] = mapped_column(
        String(SOURCE), default="", info=text_rule(fields.LIST_SOURCE)
    )
    # who recorded it in Rounds; None for what a hospital record brought
    recorded_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    recorded_at: Mapped[datetime]


class Medication(Base):
    """A medicine the patient takes: the list the discharge plan starts from."""

    __tablename__ = "medications"
    __table_args__ = (UniqueConstraint("patient_id", "key"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    patient_id: Mapped[int] = mapped_column(ForeignKey("patients.id"), index=True)
    key: Mapped[str] = mapped_column(String(KEY), info=text_rule(fields.LIST_KEY))
    name: Mapped[str] = mapped_column(String(limits.SHORT_TEXT), info=text_rule(fields.MEDICINE))
    # the dose, or the whole instruction as a hospital record writes it
    dosage: Mapped[str] = mapped_column(
        String(limits.ACTION_TEXT), default="", info=text_rule(fields.DOSAGE)
    )
    route: Mapped[str] = mapped_column(
        String(limits.SHORT_TEXT), default="", server_default="", info=text_rule(fields.ROUTE)
    )
    frequency: Mapped[str] = mapped_column(
        String(limits.SHORT_TEXT), default="", server_default="", info=text_rule(fields.FREQUENCY)
    )
    # False once stopped: kept, so the list's history stays whole
    active: Mapped[bool] = mapped_column(default=True, server_default="1")
    source: Mapped[str] = mapped_column(
        String(SOURCE), default="", info=text_rule(fields.LIST_SOURCE)
    )
    recorded_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    recorded_at: Mapped[datetime]


class Problem(Base):
    """An entry of the problem list: an active condition, a goal, or a care plan."""

    __tablename__ = "problems"
    __table_args__ = (UniqueConstraint("patient_id", "kind", "key"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    patient_id: Mapped[int] = mapped_column(ForeignKey("patients.id"), index=True)
    kind: Mapped[ProblemKind] = mapped_column(enum_type(ProblemKind))
    key: Mapped[str] = mapped_column(String(KEY), info=text_rule(fields.LIST_KEY))
    text: Mapped[str] = mapped_column(Text, info=text_rule(fields.PROBLEM))
    source: Mapped[str] = mapped_column(
        String(SOURCE), default="", info=text_rule(fields.LIST_SOURCE)
    )
    recorded_at: Mapped[datetime]


class Contact(Base):
    """Someone at home or in the patient's support: who, how related, how to call."""

    __tablename__ = "contacts"
    __table_args__ = (UniqueConstraint("patient_id", "key"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    patient_id: Mapped[int] = mapped_column(ForeignKey("patients.id"), index=True)
    key: Mapped[str] = mapped_column(String(KEY), info=text_rule(fields.LIST_KEY))
    name: Mapped[str] = mapped_column(String(limits.NAME), info=text_rule(fields.CONTACT_NAME))
    relationship: Mapped[str] = mapped_column(
        String(limits.SHORT_TEXT), default="", info=text_rule(fields.RELATIONSHIP)
    )
    phone: Mapped[str] = mapped_column(
        String(limits.SHORT_TEXT), default="", info=text_rule(fields.PHONE)
    )
    next_of_kin: Mapped[bool] = mapped_column(default=False, server_default="0")
    # the person who decides for the patient (safety item "decision_making" says how)
    decision_maker: Mapped[bool] = mapped_column(default=False, server_default="0")
    # the patient agrees that the team may share news with this person
    may_share: Mapped[bool] = mapped_column(default=False, server_default="0")
    # False once no longer a contact: kept, so the list's history stays whole
    active: Mapped[bool] = mapped_column(default=True, server_default="1")
    source: Mapped[str] = mapped_column(
        String(SOURCE), default="", info=text_rule(fields.LIST_SOURCE)
    )
    recorded_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    recorded_at: Mapped[datetime]


class CareTeamMember(Base):
    """A named member of the patient's care team, by role (GP, community nurse…)."""

    __tablename__ = "care_team_members"
    __table_args__ = (UniqueConstraint("patient_id", "key"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    patient_id: Mapped[int] = mapped_column(ForeignKey("patients.id"), index=True)
    key: Mapped[str] = mapped_column(String(KEY), info=text_rule(fields.LIST_KEY))
    name: Mapped[str] = mapped_column(String(limits.NAME), info=text_rule(fields.TEAM_MEMBER))
    role: Mapped[str] = mapped_column(
        String(limits.SHORT_TEXT), default="", info=text_rule(fields.TEAM_ROLE)
    )
    source: Mapped[str] = mapped_column(
        String(SOURCE), default="", info=text_rule(fields.LIST_SOURCE)
    )
    recorded_at: Mapped[datetime]
