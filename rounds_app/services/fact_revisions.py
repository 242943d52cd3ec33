"""The saved states of the safety facts: every write appends one `FactRevision` (a JSON
snapshot of what the user sees of the fact), numbered 1, 2, … per fact. A fact whose
table has no version column (an allergy, a contact, a medicine) is versioned by its
latest revision, so a stale save is refused for those too."""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from datetime import date, datetime
from typing import Any, TypeVar

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from rounds_app.errors import ConflictError, Phrase, Version
from rounds_app.services.actor import Actor
from rounds_app.storage.models import Admission, FactRevision, User

R = TypeVar("R")

# the tables whose rows are safety facts, as `FactRevision.entity` names them
ENTITIES = (
    "resuscitation_decisions",
    "safety_checks",
    "allergies",
    "contacts",
    "medications",
    "patients",
)


def plain(values: Mapping[str, Any]) -> dict[str, Any]:
    """`values` as JSON holds them: dates as ISO text, enums as their values."""
    return {
        name: value.isoformat() if isinstance(value, date | datetime) else value
        for name, value in values.items()
    }


def snapshot(values: Mapping[str, Any]) -> str:
    return json.dumps(plain(values), ensure_ascii=False, sort_keys=True)


def latest_version(session: Session, entity: str, entity_id: int) -> int:
    """The version of the fact's latest revision; 0 when it has none (a row a hospital
    record brought, never changed in Rounds)."""
    found = session.execute(
        select(func.max(FactRevision.version)).where(
            FactRevision.entity == entity, FactRevision.entity_id == entity_id
        )
    ).scalar()
    return found or 0


def append_revision(
    session: Session,
    actor: Actor,
    *,
    patient_id: int,
    admission_id: int | None,
    entity: str,
    entity_id: int,
    values: Mapping[str, Any],
    at: datetime,
) -> int:
    """Appends the fact's saved state; returns its version."""
    version = latest_version(session, entity, entity_id) + 1
    session.add(
        FactRevision(
            patient_id=patient_id,
            admission_id=admission_id,
            entity=entity,
            entity_id=entity_id,
            version=version,
            snapshot=snapshot(values),
            recorded_by_id=actor.user_id,
            recorded_at=at,
        )
    )
    return version


def check_revision(
    session: Session,
    actor: Actor,
    label: Phrase,
    record: R,
    entity: str,
    expected_version: int,
    mine: Mapping[str, Any],
    values_of: Callable[[R], Mapping[str, Any]],
) -> None:
    """Locks `record` until commit and raises ConflictError, both sides shown, unless
    its latest revision is still `expected_version`."""
    session.refresh(record, with_for_update=True)
    record_id: int = record.id  # type: ignore[attr-defined]
    current = latest_version(session, entity, record_id)
    if current == expected_version:
        return
    editor_id = record.recorded_by_id  # type: ignore[attr-defined]
    editor = session.get(User, editor_id) if editor_id is not None else None
    error = ConflictError(
        label,
        record_id,
        mine=Version(expected_version, plain(mine), actor.display_name, None),
        theirs=Version(
            current,
            plain(values_of(record)),
            editor.display_name if editor else None,
            record.recorded_at,  # type: ignore[attr-defined]
        ),
    )
    session.rollback()  # release the lock; nothing was written
    raise error


def current_admission_of(session: Session, patient_id: int) -> Admission | None:
    """The patient's current admission, whose ward a change to the patient's facts
    wakes; None when the patient is not on a ward."""
    return session.execute(
        select(Admission).where(
            Admission.patient_id == patient_id, Admission.discharged_at.is_(None)
        )
    ).scalar_one_or_none()


def name_of(session: Session, user_id: int | None) -> str | None:
    """The display name of whoever recorded a fact; None for a hospital record."""
    user = session.get(User, user_id) if user_id is not None else None
    return user.display_name if user else None
