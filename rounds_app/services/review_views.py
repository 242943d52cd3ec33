"""Reading reflective case reviews: one whole, or the list with a search. Reviews are
reflective and never projected: only roles that may read sensitive entries read them
(the ward-room screen's account cannot; see `visibility`)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from rounds_app.domain.enums import Discipline, ReviewSection, ReviewStatus
from rounds_app.errors import Phrase
from rounds_app.services.actor import Actor
from rounds_app.services.lookup import get
from rounds_app.services.visibility import require_sensitive
from rounds_app.storage.models import (
    Admission,
    Bed,
    CaseReview,
    CaseReviewAmendment,
    CaseReviewSection,
    User,
)


@dataclass(frozen=True)
class ReviewAction:
    text: str
    owner: str
    due: date | None
    done: bool = False


@dataclass(frozen=True)
class ReviewAmendmentView:
    section: ReviewSection
    before: str
    after: str
    reason: str
    by: str
    at: datetime


@dataclass(frozen=True)
class ReviewView:
    id: int
    title: str
    # kept for a de-identified review too, so that later text is scrubbed of the same
    # patient; never printed or listed for one
    admission_id: int | None
    deidentified: bool
    status: ReviewStatus
    sections: dict[ReviewSection, str]  # every section, "" where nothing is written
    participants: tuple[Discipline, ...]
    actions: tuple[ReviewAction, ...]
    created_by: str
    created_at: datetime
    updated_at: datetime
    finalized_at: datetime | None
    version: int
    amendments: tuple[ReviewAmendmentView, ...]  # oldest first


@dataclass(frozen=True)
class ReviewSummary:
    id: int
    title: str
    status: ReviewStatus
    updated_at: datetime
    finalized_at: datetime | None
    deidentified: bool
    linked_bed: str | None  # None when not linked, or de-identified


def get_review(session: Session, actor: Actor, review_id: int) -> ReviewView:
    require_sensitive(actor, Phrase("read case reviews"))
    review = session.execute(
        select(CaseReview)
        .where(CaseReview.id == review_id)
        .options(selectinload(CaseReview.sections), selectinload(CaseReview.actions))
    ).scalar_one_or_none()
    if review is None:
        get(session, CaseReview, review_id, Phrase("case review"))
    assert review is not None
    names = dict(session.execute(select(User.id, User.display_name)).all())
    amendments = session.execute(
        select(CaseReviewAmendment)
        .where(CaseReviewAmendment.review_id == review_id)
        .order_by(CaseReviewAmendment.id)
    ).scalars()
    texts = section_texts(review)
    return ReviewView(
        id=review.id,
        title=review.title,
        admission_id=review.admission_id,
        deidentified=review.deidentified,
        status=review.status,
        sections={section: texts.get(section, "") for section in ReviewSection},
        participants=tuple(Discipline(p) for p in review.participants.split(",") if p),
        actions=tuple(ReviewAction(a.text, a.owner, a.due, a.done) for a in review.actions),
        created_by=names.get(review.created_by_id, ""),
        created_at=review.created_at,
        updated_at=review.updated_at,
        finalized_at=review.finalized_at,
        version=review.version,
        amendments=tuple(
            ReviewAmendmentView(
                a.section, a.before, a.after, a.reason, names.get(a.amended_by_id, ""), a.amended_at
            )
            for a in amendments
        ),
    )


def list_reviews(session: Session, actor: Actor, search: str = "") -> list[ReviewSummary]:
    """Newest first; `search` finds words in the title or any section (any case)."""
    require_sensitive(actor, Phrase("read case reviews"))
    rows: Sequence[tuple[CaseReview, str | None]] = session.execute(
        select(CaseReview, Bed.label)
        .outerjoin(Admission, Admission.id == CaseReview.admission_id)
        .outerjoin(Bed, Bed.id == Admission.bed_id)
        .order_by(CaseReview.updated_at.desc(), CaseReview.id.desc())
    ).all()
    wanted = search.casefold().split()
    if wanted:
        texts: dict[int, list[str]] = {}
        for review_id, text in session.execute(
            select(CaseReviewSection.review_id, CaseReviewSection.text)
        ):
            texts.setdefault(review_id, []).append(text)
        rows = [
            (review, bed)
            for review, bed in rows
            if all(
                word in " ".join([review.title, *texts.get(review.id, [])]).casefold()
                for word in wanted
            )
        ]
    return [
        ReviewSummary(
            review.id,
            review.title,
            review.status,
            review.updated_at,
            review.finalized_at,
            review.deidentified,
            None if review.deidentified else bed,
        )
        for review, bed in rows
    ]


def section_texts(review: CaseReview) -> dict[ReviewSection, str]:
    return {row.section: row.text for row in review.sections if row.text}
