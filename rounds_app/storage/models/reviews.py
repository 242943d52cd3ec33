"""Reflective case reviews: a blame-free account of a hard case, its sections, the
actions the team takes from it, and — once final — every amendment with its reason.

A review may be linked to an admission. When it is de-identified the link stays (so
that text added later is scrubbed of the same patient's names and numbers) but is
never shown or printed; the stored text holds no identifier."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import ForeignKey, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from rounds_app.domain import fields, limits
from rounds_app.domain.enums import ReviewSection, ReviewStatus
from rounds_app.storage.base import Base, enum_type, text_rule


class CaseReview(Base):
    __tablename__ = "case_reviews"

    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(
        String(limits.SHORT_TEXT), info=text_rule(fields.REVIEW_TITLE)
    )
    admission_id: Mapped[int | None] = mapped_column(ForeignKey("admissions.id"), index=True)
    deidentified: Mapped[bool] = mapped_column(default=False)
    status: Mapped[ReviewStatus] = mapped_column(
        enum_type(ReviewStatus), default=ReviewStatus.DRAFT
    )
    # participants by role: discipline values, comma-separated, in the order chosen
    participants: Mapped[str] = mapped_column(
        String(limits.SHORT_TEXT), default="", info=text_rule(fields.REVIEW_PARTICIPANTS)
    )
    created_by_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    created_at: Mapped[datetime]
    updated_by_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    updated_at: Mapped[datetime]
    finalized_at: Mapped[datetime | None]
    version: Mapped[int] = mapped_column(default=1)

    sections: Mapped[list[CaseReviewSection]] = relationship(
        order_by="CaseReviewSection.id", cascade="all, delete-orphan"
    )
    actions: Mapped[list[CaseReviewAction]] = relationship(
        order_by="CaseReviewAction.position", cascade="all, delete-orphan"
    )

    __mapper_args__ = {"version_id_col": version}


class CaseReviewSection(Base):
    """The current text of one section (a section never written has no row)."""

    __tablename__ = "case_review_sections"
    __table_args__ = (UniqueConstraint("review_id", "section"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    review_id: Mapped[int] = mapped_column(ForeignKey("case_reviews.id"))
    section: Mapped[ReviewSection] = mapped_column(enum_type(ReviewSection))
    text: Mapped[str] = mapped_column(Text, default="", info=text_rule(fields.REVIEW_SECTION))


class CaseReviewAction(Base):
    """What the team will do, who follows it up, by when. The owner is free text: it
    may be a role ("pharmacy lead") as well as a person."""

    __tablename__ = "case_review_actions"
    __table_args__ = (UniqueConstraint("review_id", "position"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    review_id: Mapped[int] = mapped_column(ForeignKey("case_reviews.id"))
    position: Mapped[int]
    text: Mapped[str] = mapped_column(
        String(limits.ACTION_TEXT), info=text_rule(fields.REVIEW_ACTION)
    )
    owner: Mapped[str] = mapped_column(
        String(limits.SHORT_TEXT), default="", info=text_rule(fields.REVIEW_ACTION_OWNER)
    )
    due: Mapped[date | None]
    done: Mapped[bool] = mapped_column(default=False)


class CaseReviewAmendment(Base):
    """A change to a section of a final review: append-only, before and after kept."""

    __tablename__ = "case_review_amendments"

    id: Mapped[int] = mapped_column(primary_key=True)
    review_id: Mapped[int] = mapped_column(ForeignKey("case_reviews.id"), index=True)
    section: Mapped[ReviewSection] = mapped_column(enum_type(ReviewSection))
    before: Mapped[str] = mapped_column(Text, info=text_rule(fields.REVIEW_SECTION))
    after: Mapped[str] = mapped_column(Text, info=text_rule(fields.REVIEW_SECTION))
    reason: Mapped[str] = mapped_column(
        String(limits.REASON), info=text_rule(fields.REVIEW_AMENDMENT_REASON)
    )
    amended_by_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    amended_at: Mapped[datetime]
