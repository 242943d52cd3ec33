"""Writing a patient's list entries and the imported goals of care, inside the unit of
work `apply` holds. An entry is found again by its key, so importing twice refreshes
it; the goals-of-care field is only ever written while it is empty."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from rounds_app.domain.entities import Entity
from rounds_app.domain.enums import CardField, Voice
from rounds_app.interop.plan import ListItem, ListKind
from rounds_app.services.unit import Change
from rounds_app.storage.models import (
    Admission,
    Allergy,
    CardFieldRevision,
    CareTeamMember,
    Contact,
    Medication,
    NarrativeField,
    Problem,
    ProblemKind,
)

_PROBLEM_KINDS = {
    ListKind.CONDITION: ProblemKind.CONDITION,
    ListKind.GOAL: ProblemKind.GOAL,
    ListKind.CARE_PLAN: ProblemKind.CARE_PLAN,
}


def columns_of(item: ListItem) -> tuple[type[Any], dict[str, Any]]:
    """The model an entry goes to, and its column values (besides patient and time)."""
    if item.kind == ListKind.ALLERGY:
        values = {"substance": item.text, "criticality": item.detail, "no_known": item.no_known}
        carried = {"reaction": item.reaction, "severity": item.severity, "status": item.status}
        return Allergy, values | {name: value for name, value in carried.items() if value}
    if item.kind == ListKind.MEDICATION:
        return Medication, {"name": item.text, "dosage": item.detail}
    if item.kind == ListKind.CONTACT:
        values = {"name": item.text, "relationship": item.detail, "phone": item.phone}
        return Contact, values | ({"next_of_kin": True} if item.next_of_kin else {})
    if item.kind == ListKind.CARE_TEAM:
        return CareTeamMember, {"name": item.text, "role": item.detail}
    return Problem, {"kind": _PROBLEM_KINDS[item.kind], "text": item.text}


# the column naming an entry that Rounds users also enter, by which an imported entry
# finds one entered in Rounds (keyed by its text) when the record keys it by a code
_NAMED_BY = {Allergy: "substance", Medication: "name", Contact: "name"}
# typed as loosely as `columns_of`: SQLAlchemy reads a select over a union of models as
# one over their common base, which has none of the list columns
_LISTS: tuple[type[Any], ...] = (Allergy, Medication, Problem, Contact, CareTeamMember)


def write(session: Session, patient_id: int, items: Sequence[ListItem], now: datetime) -> int:
    """Adds or refreshes each entry; returns how many were added or changed."""
    stored: dict[tuple[type[Any], Any, str], Any] = {}
    entered: dict[tuple[type[Any], str], Any] = {}
    for model in _LISTS:
        for row in session.execute(select(model).where(model.patient_id == patient_id)).scalars():
            stored[(model, getattr(row, "kind", None), row.key)] = row
            if model in _NAMED_BY and not row.source:
                entered[(model, getattr(row, _NAMED_BY[model]).casefold())] = row
    written = 0
    for item in items:
        model, values = columns_of(item)
        values["source"] = item.source
        row = stored.get((model, values.get("kind"), item.key))
        if row is None and model in _NAMED_BY:
            # the record's key from now on, so the next import finds it by key
            row = entered.pop((model, item.text.casefold()), None)
            values["key"] = item.key
        if row is None:
            row = model(patient_id=patient_id, recorded_at=now, **({"key": item.key} | values))
            session.add(row)
            stored[(model, values.get("kind"), item.key)] = row
            written += 1
        elif any(getattr(row, name) != value for name, value in values.items()):
            for name, value in values.items():
                setattr(row, name, value)
            row.recorded_at = now
            written += 1
    return written


def goals_to_card(
    session: Session, admission: Admission, text: str, now: datetime
) -> Change | None:
    """Writes imported goals into an empty goals-of-care field, in the clinician's voice
    and by no one (`edited_by` empty: the record, not a person, wrote it). A field with
    text — from anyone — is kept as it is; the goals stay on the problem list."""
    record = session.execute(
        select(NarrativeField).where(
            NarrativeField.admission_id == admission.id,
            NarrativeField.field == CardField.GOALS_OF_CARE,
        )
    ).scalar_one_or_none()
    if record is not None and record.text.strip():
        return None
    if record is None:
        record = NarrativeField(
            admission_id=admission.id,
            field=CardField.GOALS_OF_CARE,
            text=text,
            voice=Voice.CLINICIAN,
            edited_by_id=None,
            edited_at=now,
        )
        session.add(record)
    else:
        record.text, record.voice = text, Voice.CLINICIAN
        record.edited_by_id, record.edited_at = None, now
    session.flush()  # gives the id, or bumps the version of an emptied field
    session.add(
        CardFieldRevision(
            narrative_field_id=record.id,
            version=record.version,
            text=text,
            voice=Voice.CLINICIAN,
            edited_by_id=None,
            edited_at=now,
        )
    )
    return Change.about(
        admission,
        "import.card_field",
        Entity.NARRATIVE_FIELD,
        record.id,
        (CardField.GOALS_OF_CARE.value,),
    )
