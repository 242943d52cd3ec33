"""Saving a review draft without losing anyone's words.

De-identified drafts are shown as they will be saved before they are; a stale save
(someone else saved the same draft meanwhile) is merged section by section against
the version this editor loaded: a section only one side changed takes that side, a
section both changed goes to the conflict dialog. Title, link, participants and
actions are taken from this editor, the person saving now."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import QWidget

from rounds_app.domain.enums import ReviewSection
from rounds_app.errors import ConflictError
from rounds_app.services import reviews
from rounds_app.services.reviews import ReviewDraft, ReviewView
from rounds_app.subsystem_log import subsystem_logger
from ui.backend import Backend
from ui.patient.conflict_dialog import ConflictDialog
from ui.reviews.deidentify_dialog import DeidentifyPreviewDialog
from ui.reviews.sections_and_status import section_label

log = subsystem_logger(__name__)


def confirm_deidentified(parent: QWidget, backend: Backend, draft: ReviewDraft) -> bool:
    """True when the draft may be saved as it is: not de-identified, nothing to
    replace, or the person saw the replacement side by side and chose it."""
    if not draft.deidentified or draft.admission_id is None:
        return True
    replaced = backend.call(reviews.deidentify_preview, draft.admission_id, draft.sections)
    if all(replaced.get(s, "") == text for s, text in draft.sections.items()):
        return True
    return DeidentifyPreviewDialog.ask(parent, draft.sections, replaced, for_saving=True)


def save(
    parent: QWidget, backend: Backend, loaded: ReviewView | None, draft: ReviewDraft
) -> int | None:
    """Creates or saves the draft; the review's id, or None when the person went back
    to their text from a conflict. Raises RoundsError for anything else."""
    if loaded is None:
        review_id = backend.call(reviews.create_review, draft)
        log.info("created review id %s", review_id)
        return review_id
    try:
        backend.call(reviews.save_review, loaded.id, draft, loaded.version)
    except ConflictError as conflict:
        theirs = backend.call(reviews.get_review, loaded.id)
        merged = _merge(parent, loaded, draft, theirs, conflict)
        if merged is None:
            return None
        backend.call(reviews.save_review, loaded.id, merged, theirs.version)
        log.info("saved review id %s after merging a conflict", loaded.id)
    return loaded.id


def _merge(
    parent: QWidget,
    base: ReviewView,
    mine: ReviewDraft,
    theirs: ReviewView,
    conflict: ConflictError,
) -> ReviewDraft | None:
    sections: dict[ReviewSection, str] = {}
    for section in ReviewSection:
        was = base.sections.get(section, "")
        my_text = mine.sections.get(section, "")
        their_text = theirs.sections.get(section, "")
        if my_text == their_text or my_text == was:
            sections[section] = their_text
        elif their_text == was:
            sections[section] = my_text
        else:
            resolution = ConflictDialog.ask(
                parent,
                section_label(section),
                my_text,
                their_text,
                conflict.theirs.edited_by,
                conflict.theirs.edited_at,
            )
            if resolution is None:
                return None
            sections[section] = resolution.text
    return replace(mine, sections=sections)
