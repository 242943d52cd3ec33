"""Reflective case reviews: the team's blame-free account of a hard case.

A draft is edited by anyone who contributes (a stale save is a conflict, as on the
card); a final is locked, and a section then changes only by an amendment that keeps
the text before and after and the reason. A de-identified review has the linked
patient's names, numbers and dates taken out of everything it stores. Reading is in
review_views; its names are repeated here so that callers import one module."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.orm import Session

from rounds_app.domain import fields
from rounds_app.domain.clock import utc_now
from rounds_app.domain.entities import Entity
from rounds_app.domain.enums import Discipline, ReviewSection, ReviewStatus
from rounds_app.domain.labels import REVIEW_SECTION_LABELS
from rounds_app.domain.roles import Permission
from rounds_app.errors import Phrase, ValidationError
from rounds_app.services import validate
from rounds_app.services.actor import Actor, require, require_person
from rounds_app.services.conflicts import check_version
from rounds_app.services.deidentify import Identity, identity_of, scrub
from rounds_app.services.lookup import get
from rounds_app.services.review_views import (
    ReviewAction,
    ReviewAmendmentView,
    ReviewSummary,
    ReviewView,
    get_review,
    list_reviews,
    section_texts,
)
from rounds_app.services.unit import Change, unit_of_work
from rounds_app.storage.models import (
    Admission,
    CaseReview,
    CaseReviewAction,
    CaseReviewAmendment,
    CaseReviewSection,
)

__all__ = [
    "ReviewAction",
    "ReviewAmendmentView",
    "ReviewDraft",
    "ReviewSummary",
    "ReviewView",
    "amend_review",
    "create_review",
    "deidentify_preview",
    "finalize_review",
    "get_review",
    "list_reviews",
    "save_review",
]

WRITE = (Permission.CONTRIBUTE, Phrase("write case reviews"))
NO_ONE = Identity((), (), ())


@dataclass(frozen=True)
class ReviewDraft:
    """What the editor sends."""

    title: str
    admission_id: int | None
    deidentified: bool
    sections: dict[ReviewSection, str]
    participants: tuple[Discipline, ...]
    actions: tuple[ReviewAction, ...]


def deidentify_preview(
    session: Session, actor: Actor, admission_id: int, sections: dict[ReviewSection, str]
) -> dict[ReviewSection, str]:
    """The sections as a de-identified review would store them."""
    require(actor, *WRITE)
    identity = identity_of(session, admission_id)
    return {section: scrub(text, identity) for section, text in sections.items()}


def create_review(session: Session, actor: Actor, draft: ReviewDraft) -> int:
    with unit_of_work(session, actor, *WRITE) as work:
        author = require_person(actor, Phrase("write case reviews"))
        now = utc_now()
        review = CaseReview(
            created_by_id=author,
            created_at=now,
            updated_by_id=author,
            updated_at=now,
            status=ReviewStatus.DRAFT,
        )
        ward_id = _apply(session, review, draft)
        session.add(review)
        session.flush()
        work.record(Change("review.create", Entity.CASE_REVIEW, review.id, (), ward_id))
        return review.id


def save_review(
    session: Session, actor: Actor, review_id: int, draft: ReviewDraft, expected_version: int
) -> int:
    """Saves a draft; returns the new version. ConflictError when someone saved after
    `expected_version`."""
    with unit_of_work(session, actor, *WRITE) as work:
        editor = require_person(actor, Phrase("write case reviews"))
        review = _locked(session, review_id)
        if review.status is ReviewStatus.FINAL:
            raise ValidationError("This review is final; amend a section instead.")
        mine = {"title": draft.title, **{s.value: t for s, t in draft.sections.items()}}
        check_version(session, actor, Phrase("case review"), review, expected_version, mine, _state)
        # one flush for the whole save: loading the sections mid-way would flush the title
        # on its own and count as a version of its own
        with session.no_autoflush:
            ward_id = _apply(session, review, draft)
            review.updated_by_id, review.updated_at = editor, utc_now()
        session.flush()  # bumps the version
        work.record(Change("review.save", Entity.CASE_REVIEW, review.id, (), ward_id))
        return review.version


def finalize_review(session: Session, actor: Actor, review_id: int, expected_version: int) -> None:
    with unit_of_work(session, actor, *WRITE) as work:
        editor = require_person(actor, Phrase("write case reviews"))
        review = _locked(session, review_id)
        if review.status is ReviewStatus.FINAL:
            raise ValidationError("This review is already final.")
        check_version(session, actor, Phrase("case review"), review, expected_version, {}, _state)
        if not section_texts(review).get(ReviewSection.WHAT_HAPPENED):
            label = Phrase(REVIEW_SECTION_LABELS[ReviewSection.WHAT_HAPPENED], "ReviewSection")
            raise ValidationError("Write “%1” before making the review final.", label)
        now = utc_now()
        review.status, review.finalized_at = ReviewStatus.FINAL, now
        review.updated_by_id, review.updated_at = editor, now
        work.record(Change("review.finalize", Entity.CASE_REVIEW, review.id, ("status",)))


def amend_review(
    session: Session,
    actor: Actor,
    review_id: int,
    section: ReviewSection,
    text: str,
    reason: str,
) -> None:
    """Changes one section of a final review, keeping before, after and why."""
    with unit_of_work(session, actor, *WRITE) as work:
        editor = require_person(actor, Phrase("amend case reviews"))
        review = _locked(session, review_id)
        if review.status is not ReviewStatus.FINAL:
            raise ValidationError("Only a final review is amended; edit the draft instead.")
        section = validate.choice(Phrase("Section"), section, ReviewSection)
        label = Phrase(REVIEW_SECTION_LABELS[section], "ReviewSection")
        identity = _identity(session, review.deidentified, review.admission_id)
        after = scrub(validate.text(fields.REVIEW_SECTION, text, label=label), identity)
        reason = scrub(validate.text(fields.REVIEW_AMENDMENT_REASON, reason), identity)
        rows = {row.section: row for row in review.sections}
        before = rows[section].text if section in rows else ""
        if after == before:
            raise ValidationError("The amendment changes nothing.")
        if section in rows:
            rows[section].text = after
        else:
            review.sections.append(CaseReviewSection(section=section, text=after))
        now = utc_now()
        session.add(
            CaseReviewAmendment(
                review_id=review.id,
                section=section,
                before=before,
                after=after,
                reason=reason,
                amended_by_id=editor,
                amended_at=now,
            )
        )
        review.updated_by_id, review.updated_at = editor, now
        work.record(Change("review.amend", Entity.CASE_REVIEW, review.id, (section.value,)))


def _locked(session: Session, review_id: int) -> CaseReview:
    review = session.get(CaseReview, review_id, with_for_update=True)
    if review is None:
        get(session, CaseReview, review_id, Phrase("case review"))
    assert review is not None
    return review


def _state(review: CaseReview):  # type: ignore[no-untyped-def]
    values = {"title": review.title, **{s.value: t for s, t in section_texts(review).items()}}
    return values, review.updated_by_id, review.updated_at


def _identity(session: Session, deidentified: bool, admission_id: int | None) -> Identity:
    if not deidentified or admission_id is None:
        return NO_ONE
    return identity_of(session, admission_id)


def _apply(session: Session, review: CaseReview, draft: ReviewDraft) -> int | None:
    """Checks the draft and writes it onto `review` (scrubbed when de-identified);
    returns the linked admission's ward, for the change log."""
    ward_id = None
    if draft.admission_id is not None:
        ward_id = get(session, Admission, draft.admission_id, Phrase("admission")).ward_id
    identity = _identity(session, draft.deidentified, draft.admission_id)
    review.title = scrub(validate.text(fields.REVIEW_TITLE, draft.title), identity)
    review.admission_id, review.deidentified = draft.admission_id, draft.deidentified
    participants = [
        validate.choice(Phrase("Participant"), p, Discipline) for p in draft.participants
    ]
    review.participants = ",".join(dict.fromkeys(participants))
    rows = {row.section: row for row in review.sections}
    for key, value in draft.sections.items():
        section = validate.choice(Phrase("Section"), key, ReviewSection)
        label = Phrase(REVIEW_SECTION_LABELS[section], "ReviewSection")
        text = validate.text(fields.REVIEW_SECTION, value, label=label)
        if section in rows:
            rows[section].text = scrub(text, identity)
        elif text:
            review.sections.append(CaseReviewSection(section=section, text=scrub(text, identity)))
    for position, action in enumerate(draft.actions):
        if len(review.actions) <= position:
            review.actions.append(CaseReviewAction(position=position))
        row = review.actions[position]
        row.text = scrub(validate.text(fields.REVIEW_ACTION, action.text), identity)
        row.owner = validate.text(fields.REVIEW_ACTION_OWNER, action.owner)
        row.due, row.done = action.due, bool(action.done)
    # rows are updated in place by position: a delete-and-insert would run the inserts
    # first and break the unique (review, position) on the way
    del review.actions[len(draft.actions) :]
    return ward_id
