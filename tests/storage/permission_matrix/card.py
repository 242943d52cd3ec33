"""The card: its fields, goals and the admission's summary."""

from __future__ import annotations

from sqlalchemy.orm import Session

from rounds_app.domain.roles import Permission
from rounds_app.services import admissions, cards
from rounds_app.services.actor import Actor
from tests.storage.matrix_ward import MatrixWard
from tests.storage.permission_matrix.rows import Row, needs


def _update_summary(s: Session, a: Actor, admission_id: int, w: MatrixWard) -> int:
    edit = admissions.SummaryEdit(w.admission_version(admission_id), "watcher", "Better", None)
    return admissions.update_summary(s, a, admission_id, edit)


ROWS: dict[str, Row] = {
    "services.cards.save_field": Row(
        needs(Permission.EDIT_CARD),
        lambda s, a, w, x: cards.save_field(s, a, w.fresh_admission(), "hopes", "x", "patient", 0),
    ),
    "services.cards.revisit_goals": Row(
        needs(Permission.EDIT_CARD), lambda s, a, w, x: cards.revisit_goals(s, a, w.admissions[x])
    ),
    "services.admissions.update_summary": Row(
        needs(Permission.EDIT_CARD),
        lambda s, a, w, x: _update_summary(s, a, w.fresh_admission(), w),
    ),
}
