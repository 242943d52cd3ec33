"""Fetching a record by id, or saying plainly that it does not exist."""

from __future__ import annotations

from typing import TypeVar

from sqlalchemy.orm import Session

from rounds_app.errors import NotFound, Phrase, ValidationError
from rounds_app.storage.base import Base
from rounds_app.storage.models import Admission, WardRound

M = TypeVar("M", bound=Base)


def get(session: Session, model: type[M], record_id: int, label: Phrase) -> M:
    record = session.get(model, record_id)
    if record is None:
        raise NotFound("There is no %1 with id %2.", label, record_id)
    return record


def current_admission(session: Session, admission_id: int, *, lock: bool = False) -> Admission:
    """A current admission; a discharged one is archived and read-only. `lock` holds
    the row until commit, so writers to the same admission queue behind each other."""
    admission = session.get(Admission, admission_id, with_for_update=lock)
    if admission is None:
        raise NotFound("There is no admission with id %1.", admission_id)
    if admission.discharged_at is not None:
        raise ValidationError("This patient has been discharged; the admission is archived.")
    return admission


def running_round_of(session: Session, round_id: int | None, admission: Admission) -> int | None:
    """`round_id` checked to be a running round of the admission's ward (None passes)."""
    if round_id is None:
        return None
    ward_round = session.get(WardRound, round_id)
    if ward_round is None or ward_round.ward_id != admission.ward_id:
        raise ValidationError("That round is not a round of this patient's ward.")
    if ward_round.ended_at is not None:
        raise ValidationError("That round has ended.")
    return round_id
