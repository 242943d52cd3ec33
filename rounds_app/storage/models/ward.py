"""Wards, beds, patients and their admissions."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import ForeignKey, Index, String, UniqueConstraint, text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from rounds_app.domain import fields, limits
from rounds_app.domain.enums import Severity
from rounds_app.storage.base import Base, enum_type, text_rule


class Ward(Base):
    __tablename__ = "wards"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(
        String(limits.IDENTIFIER), unique=True, info=text_rule(fields.WARD_CODE)
    )
    name: Mapped[str] = mapped_column(String(limits.NAME), info=text_rule(fields.WARD_NAME))

    beds: Mapped[list[Bed]] = relationship(back_populates="ward", order_by="Bed.position")


class Bed(Base):
    __tablename__ = "beds"
    __table_args__ = (UniqueConstraint("ward_id", "label"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    ward_id: Mapped[int] = mapped_column(ForeignKey("wards.id"))
    label: Mapped[str] = mapped_column(String(limits.IDENTIFIER), info=text_rule(fields.BED_LABEL))
    position: Mapped[int]
    active: Mapped[bool] = mapped_column(default=True)

    ward: Mapped[Ward] = relationship(back_populates="beds")


class Patient(Base):
    __tablename__ = "patients"

    id: Mapped[int] = mapped_column(primary_key=True)
    mrn: Mapped[str] = mapped_column(
        String(limits.IDENTIFIER), unique=True, info=text_rule(fields.MRN)
    )
    # other identifiers (e.g. national number), as "system|value" lines
    other_identifiers: Mapped[str] = mapped_column(
        String(fields.OTHER_IDENTIFIERS.limit), default="", info=text_rule(fields.OTHER_IDENTIFIERS)
    )
    given_name: Mapped[str] = mapped_column(String(limits.NAME), info=text_rule(fields.GIVEN_NAME))
    family_name: Mapped[str] = mapped_column(
        String(limits.NAME), info=text_rule(fields.FAMILY_NAME)
    )
    preferred_name: Mapped[str] = mapped_column(
        String(limits.NAME), default="", info=text_rule(fields.PREFERRED_NAME)
    )
    # the name in Latin letters, for a name written in another script (printed beside it)
    latin_name: Mapped[str] = mapped_column(
        String(limits.NAME), default="", server_default="", info=text_rule(fields.LATIN_NAME)
    )
    pronouns: Mapped[str] = mapped_column(
        String(limits.SHORT_TEXT), default="", info=text_rule(fields.PRONOUNS)
    )
    date_of_birth: Mapped[date | None]
    # administrative gender as the hospital record gives it (FHIR: male, female, other,
    # unknown); the server default fills rows written before the column existed
    gender: Mapped[str] = mapped_column(
        String(fields.GENDER.limit), default="", server_default="", info=text_rule(fields.GENDER)
    )
    preferred_language: Mapped[str] = mapped_column(
        String(limits.SHORT_TEXT), default="", info=text_rule(fields.PREFERRED_LANGUAGE)
    )
    interpreter_needed: Mapped[bool] = mapped_column(default=False)
    version: Mapped[int] = mapped_column(default=1)

    admissions: Mapped[list[Admission]] = relationship(back_populates="patient")

    __mapper_args__ = {"version_id_col": version}


class Admission(Base):
    __tablename__ = "admissions"
    __table_args__ = (
        Index("ix_admissions_ward_current", "ward_id", "discharged_at", "round_position"),
        # one current admission per bed, enforced by the database as well as the service
        Index(
            "uq_admissions_bed_current",
            "bed_id",
            unique=True,
            sqlite_where=text("discharged_at IS NULL"),
            postgresql_where=text("discharged_at IS NULL"),
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    patient_id: Mapped[int] = mapped_column(ForeignKey("patients.id"), index=True)
    ward_id: Mapped[int] = mapped_column(ForeignKey("wards.id"))
    bed_id: Mapped[int | None] = mapped_column(ForeignKey("beds.id"), index=True)
    admitted_at: Mapped[datetime]
    expected_discharge_date: Mapped[date | None]
    discharged_at: Mapped[datetime | None]
    # a new admission is not assessed until someone says how ill the patient is
    severity: Mapped[Severity] = mapped_column(enum_type(Severity), default=Severity.NOT_ASSESSED)
    # a change of severity makes the goals of care due for revisiting
    severity_changed_at: Mapped[datetime]
    one_liner: Mapped[str] = mapped_column(
        String(limits.ONE_LINER), default="", info=text_rule(fields.ONE_LINER)
    )
    round_position: Mapped[int] = mapped_column(default=0)
    goals_revisited_at: Mapped[datetime | None]
    goals_revisited_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    # the version of the clinical summary (severity, one-liner, expected discharge);
    # bumped by hand so that moving beds or reordering the round is no conflict
    version: Mapped[int] = mapped_column(default=1)

    patient: Mapped[Patient] = relationship(back_populates="admissions")
    ward: Mapped[Ward] = relationship()
    bed: Mapped[Bed | None] = relationship()
