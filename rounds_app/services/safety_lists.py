"""Recording the patient's contacts (next of kin, the decision-maker, whom the team may
tell) and medicines in Rounds. A row is never deleted: one no longer true is made
inactive, so the history stays whole. Rows are keyed as the FHIR import keys them, so
a hospital record bringing the same person or medicine later updates the row."""

from __future__ import annotations

from typing import Any, TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from rounds_app.domain import fields
from rounds_app.domain.clock import utc_now
from rounds_app.domain.entities import Entity
from rounds_app.domain.roles import Permission
from rounds_app.errors import NotFound, Phrase, ValidationError
from rounds_app.interop.fhir_values import text_key
from rounds_app.services import validate
from rounds_app.services.actor import Actor
from rounds_app.services.fact_revisions import (
    append_revision,
    check_revision,
    current_admission_of,
    latest_version,
)
from rounds_app.services.lookup import get
from rounds_app.services.safety_views import (
    ContactView,
    MedicationView,
    contact_view,
    medication_view,
)
from rounds_app.services.unit import Change, Work, unit_of_work
from rounds_app.storage.models import Contact, Medication, Patient

M = TypeVar("M", Contact, Medication)

_CONTACT_FIELDS = (
    "name",
    "relationship",
    "phone",
    "next_of_kin",
    "decision_maker",
    "may_share",
    "active",
)
_MEDICATION_FIELDS = ("name", "dosage", "route", "frequency", "active")


def save_contact(
    session: Session,
    actor: Actor,
    patient_id: int,
    *,
    contact_id: int | None = None,
    name: str,
    relationship: str = "",
    phone: str = "",
    next_of_kin: bool = False,
    decision_maker: bool = False,
    may_share: bool = False,
    active: bool = True,
    expected_version: int | None = None,
) -> ContactView:
    """Adds a contact (`contact_id` None) or changes one; `active=False` takes them off
    the list. `expected_version` — the ContactView's version — refuses a stale change."""
    with unit_of_work(session, actor, Permission.CONTRIBUTE, Phrase("record contacts")) as work:
        mine = {
            "name": validate.text(fields.CONTACT_NAME, name),
            "relationship": validate.text(fields.RELATIONSHIP, relationship),
            "phone": validate.text(fields.PHONE, phone),
            "next_of_kin": bool(next_of_kin),
            "decision_maker": bool(decision_maker),
            "may_share": bool(may_share),
            "active": bool(active),
        }
        row, version = _save(
            session,
            work,
            actor,
            Contact,
            patient_id,
            contact_id,
            mine,
            expected_version,
            Phrase("contact"),
        )
        return contact_view(row, version)


def save_medication(
    session: Session,
    actor: Actor,
    patient_id: int,
    *,
    medication_id: int | None = None,
    name: str,
    dosage: str = "",
    route: str = "",
    frequency: str = "",
    active: bool = True,
    expected_version: int | None = None,
) -> MedicationView:
    """Adds a medicine (`medication_id` None) or changes one; `active=False` records it
    as stopped. `expected_version` — the MedicationView's version — refuses a stale
    change."""
    with unit_of_work(session, actor, Permission.CONTRIBUTE, Phrase("record medicines")) as work:
        mine = {
            "name": validate.text(fields.MEDICINE, name),
            "dosage": validate.text(fields.DOSAGE, dosage),
            "route": validate.text(fields.ROUTE, route),
            "frequency": validate.text(fields.FREQUENCY, frequency),
            "active": bool(active),
        }
        row, version = _save(
            session,
            work,
            actor,
            Medication,
            patient_id,
            medication_id,
            mine,
            expected_version,
            Phrase("medicine"),
        )
        return medication_view(row, version)


def _save(
    session: Session,
    work: Work,
    actor: Actor,
    model: type[M],
    patient_id: int,
    row_id: int | None,
    mine: dict[str, Any],
    expected_version: int | None,
    label: Phrase,
) -> tuple[M, int]:
    """Writes the row and its revision in one unit of work; (the row, its version)."""
    names = _CONTACT_FIELDS if model is Contact else _MEDICATION_FIELDS
    entity = model.__tablename__
    get(session, Patient, patient_id, Phrase("patient"))
    session.get(Patient, patient_id, with_for_update=True)  # writers of one list queue
    rows = list(session.execute(select(model).where(model.patient_id == patient_id)).scalars())
    key = text_key(mine["name"])
    folded = mine["name"].casefold()
    row = next((r for r in rows if r.id == row_id), None) if row_id is not None else None
    if row_id is not None and row is None:
        raise NotFound("There is no %1 with id %2 for this patient.", label, row_id)
    same = next(
        (r for r in rows if r is not row and (r.key == key or r.name.casefold() == folded)), None
    )
    if row is None and same is not None and same.active:
        raise ValidationError("This %1 is on the list already; change that entry instead.", label)
    if row is not None and same is not None:
        raise ValidationError("That name is on the list already, in another %1 entry.", label)
    row = row or same  # one taken off the list and added again keeps its history
    if row is None:
        row = model(patient_id=patient_id, key=key, source="")
        session.add(row)
    else:
        if expected_version is not None:
            check_revision(
                session,
                actor,
                label,
                row,
                entity,
                expected_version,
                mine,
                lambda r: {name: getattr(r, name) for name in names},
            )
        if all(getattr(row, name) == value for name, value in mine.items()):
            return row, latest_version(session, entity, row.id)
    now = utc_now()
    row.key = key
    for name, value in mine.items():
        setattr(row, name, value)
    row.recorded_by_id, row.recorded_at = actor.user_id, now
    session.flush()
    admission = current_admission_of(session, patient_id)
    version = append_revision(
        session,
        actor,
        patient_id=patient_id,
        admission_id=admission.id if admission else None,
        entity=entity,
        entity_id=row.id,
        values=mine,
        at=now,
    )
    work.record(
        Change.about(
            admission,
            f"safety.save_{model.__name__.lower()}",
            Entity(model.__name__.lower()),
            row.id,
            tuple(mine),
        ),
    )
    return row, version
