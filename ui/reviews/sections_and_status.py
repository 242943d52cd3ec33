"""Screen words for reviews: the blame-free sections with a prompt each, and the
status. The core keeps English labels for the command line; screens translate theirs."""

from __future__ import annotations

from datetime import datetime

from rounds_app.domain.enums import ReviewSection, ReviewStatus
from rounds_app.services.reviews import ReviewSummary, ReviewView
from ui.common.widgets import without_mnemonic
from ui.common.words import QT_TRANSLATE_NOOP, Words

# with the Alt+letter each section's box takes in the review window (none of the
# window's other letters: T&itle, &Linked to, &De-identify, &Save draft …)
_SECTIONS = {
    ReviewSection.WHAT_HAPPENED: QT_TRANSLATE_NOOP("ReviewWords", "What &happened"),
    ReviewSection.WHAT_WE_FELT: QT_TRANSLATE_NOOP("ReviewWords", "What &we felt"),
    ReviewSection.WENT_WELL: QT_TRANSLATE_NOOP("ReviewWords", "What wen&t well"),
    ReviewSection.COULD_BE_BETTER: QT_TRANSLATE_NOOP("ReviewWords", "What could be &better"),
    ReviewSection.SYSTEMS_FACTORS: QT_TRANSLATE_NOOP(
        "ReviewWords", "S&ystems factors (handoffs, roles, language and culture, time)"
    ),
    ReviewSection.ASSUMPTIONS_BIASES: QT_TRANSLATE_NOOP(
        "ReviewWords", "Ass&umptions or biases we noticed"
    ),
    ReviewSection.FOLLOW_UP: QT_TRANSLATE_NOOP("ReviewWords", "F&ollow-up"),
}

# blame-free prompts: about what happened and why, never about who is at fault
_PROMPTS = {
    ReviewSection.WHAT_HAPPENED: QT_TRANSLATE_NOOP(
        "ReviewWords", "The story in order, as each of us saw it."
    ),
    ReviewSection.WHAT_WE_FELT: QT_TRANSLATE_NOOP(
        "ReviewWords", "How it was for the team, the patient and the family."
    ),
    ReviewSection.WENT_WELL: QT_TRANSLATE_NOOP("ReviewWords", "What helped, and should be kept."),
    ReviewSection.COULD_BE_BETTER: QT_TRANSLATE_NOOP(
        "ReviewWords", "What we would do differently next time."
    ),
    ReviewSection.SYSTEMS_FACTORS: QT_TRANSLATE_NOOP(
        "ReviewWords", "Handoffs, roles, language and culture, time, equipment."
    ),
    ReviewSection.ASSUMPTIONS_BIASES: QT_TRANSLATE_NOOP(
        "ReviewWords", "What we took for granted, about the patient or each other."
    ),
    ReviewSection.FOLLOW_UP: QT_TRANSLATE_NOOP("ReviewWords", "Who follows up, and with whom."),
}

_STATUS = {
    ReviewStatus.DRAFT: QT_TRANSLATE_NOOP("ReviewWords", "Draft"),
    ReviewStatus.FINAL: QT_TRANSLATE_NOOP("ReviewWords", "Final"),
}


class ReviewWords(Words):
    """The translators' context of these words."""


def status_since(review: ReviewSummary | ReviewView) -> datetime:
    """When the review's status began: a final review dates from its finalisation (an
    amendment later changes its text, not its status), a draft from its last save."""
    if review.status == ReviewStatus.FINAL and review.finalized_at is not None:
        return review.finalized_at
    return review.updated_at


def section_field_label(section: ReviewSection) -> str:
    """The section's name with its Alt+letter, for the label beside its box."""
    return ReviewWords.tr(_SECTIONS[ReviewSection(section)])


def section_label(section: ReviewSection) -> str:
    """The section's name as words ("&&" is a literal "&")."""
    return without_mnemonic(section_field_label(section))


def section_prompt(section: ReviewSection) -> str:
    return ReviewWords.tr(_PROMPTS[ReviewSection(section)])


def status_label(status: ReviewStatus) -> str:
    return ReviewWords.tr(_STATUS[ReviewStatus(status)])
