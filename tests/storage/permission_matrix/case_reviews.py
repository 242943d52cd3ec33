"""Case reviews: reflective, read only by roles that read sensitive entries."""

from __future__ import annotations

from typing import Any

from rounds_app.domain.enums import ReviewSection
from rounds_app.domain.roles import Permission
from rounds_app.services import review_views, reviews
from tests.storage.matrix_ward import review_draft
from tests.storage.permission_matrix.rows import SENSITIVE, Row, needs


def _with_draft(review: tuple[int, int], draft: Any) -> tuple[int, Any, int]:
    review_id, version = review
    return review_id, draft, version


ROWS: dict[str, Row] = {
    "services.review_views.get_review": Row(
        SENSITIVE, lambda s, a, w, x: review_views.get_review(s, a, w.review_id)
    ),
    "services.review_views.list_reviews": Row(
        SENSITIVE, lambda s, a, w, x: review_views.list_reviews(s, a)
    ),
    "services.reviews.deidentify_preview": Row(
        needs(Permission.CONTRIBUTE),
        lambda s, a, w, x: reviews.deidentify_preview(
            s, a, w.admissions[x], {ReviewSection.WHAT_HAPPENED: "Zoë fell."}
        ),
    ),
    "services.reviews.create_review": Row(
        needs(Permission.CONTRIBUTE),
        lambda s, a, w, x: reviews.create_review(s, a, review_draft(w.admissions[x])),
    ),
    "services.reviews.save_review": Row(
        needs(Permission.CONTRIBUTE),
        lambda s, a, w, x: reviews.save_review(
            s, a, *_with_draft(w.review(), review_draft(w.admissions[x]))
        ),
    ),
    "services.reviews.finalize_review": Row(
        needs(Permission.CONTRIBUTE),
        lambda s, a, w, x: reviews.finalize_review(s, a, *w.review()),
    ),
    "services.reviews.amend_review": Row(
        needs(Permission.CONTRIBUTE),
        lambda s, a, w, x: reviews.amend_review(
            s, a, w.review(final=True)[0], ReviewSection.WENT_WELL, "Quick help.", "missed"
        ),
    ),
}
