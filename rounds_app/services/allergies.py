"""Recording allergies and intolerances in Rounds, and the statement "no known
allergies" — which is not the same as nobody having asked.

The two exclude each other: recording a real allergy retires an active "no known
allergies" (status inactive, in the same unit of work), and "no known allergies" is
refused while a real allergy is active. A mistaken entry is withdrawn by its status
(entered in error), never deleted. Rows are keyed as the FHIR import keys them, so a
hospital record bringing the same substance later updates the row instead of adding
a second one."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from rounds_app.domain import fields
from rounds_app.domain.clock import utc_now
from rounds_app.domain.entities import Entity
from rounds_app.domain.roles import Permission
from rounds_app.domain.safety import AllergyStatus
from rounds_app.errors import Phrase, ValidationError
from rounds_app.interop.fhir_values import text_key
from rounds_app.services import validate
from rounds_app.services.actor import Actor
from rounds_app.services.fact_revisions import (
    append_revision,
    check_revision,
    current_admission_of,
    latest_version,
    name_of,
)
from rounds_app.services.lookup import get
from rounds_app.services.safety_views import AllergyView, allergy_view
from rounds_app.services.unit import Change, Work, unit_of_work
from rounds_app.storage.models import Allergy, Patient

# SNOMED CT 716186003 "no known allergy", as a FHIR record codes it: the same key, so
# the statement made here and one a hospital record sends are one row
NO_KNOWN_KEY = "http://snomed.info/sct|716186003"
NO_KNOWN_TEXT = "No known allergies"
_ACTIVE = AllergyStatus.ACTIVE.value
_FIELDS = ("substance", "reaction", "severity", "criticality", "status", "no_known")


def _values(row: Allergy) -> dict[str, Any]:
    return {name: getattr(row, name) for name in _FIELDS}


def _checked(
    substance: str, reaction: str, severity: str, criticality: str, status: str
) -> dict[str, Any]:
    return {
        "substance": validate.text(fields.SUBSTANCE, substance),
        "reaction": validate.text(fields.REACTION, reaction),
        "severity": validate.text(fields.ALLERGY_SEVERITY, severity),
        "criticality": validate.text(fields.CRITICALITY, criticality),
        "status": validate.choice(
            Phrase("The allergy's status"), status or _ACTIVE, AllergyStatus
        ).value,
    }


def _patient_rows(session: Session, patient_id: int) -> list[Allergy]:
    """The patient's allergy rows, the patient locked so that writers of one patient's
    allergies queue behind each other (the exclusion rules read all of them)."""
    get(session, Patient, patient_id, Phrase("patient"))
    session.get(Patient, patient_id, with_for_update=True)
    return list(
        session.execute(
            select(Allergy).where(Allergy.patient_id == patient_id).order_by(Allergy.id)
        ).scalars()
    )


def _same(
    rows: list[Allergy], key: str, substance: str, but: Allergy | None = None
) -> Allergy | None:
    """The row of the same substance: by key, or by name where a hospital record keyed
    it by a code."""
    folded = substance.casefold()
    return next(
        (r for r in rows if r is not but and (r.key == key or r.substance.casefold() == folded)),
        None,
    )


def record_allergy(
    session: Session,
    actor: Actor,
    patient_id: int,
    *,
    substance: str,
    reaction: str = "",
    severity: str = "",
    criticality: str = "",
    status: str = _ACTIVE,
) -> AllergyView:
    """Records an allergy or intolerance. The same substance recorded before and since
    withdrawn or resolved is recorded again on its row; one still active is refused."""
    with unit_of_work(session, actor, Permission.CONTRIBUTE, Phrase("record allergies")) as work:
        mine = _checked(substance, reaction, severity, criticality, status) | {"no_known": False}
        rows = _patient_rows(session, patient_id)
        key = text_key(mine["substance"])
        row = _same(rows, key, mine["substance"])
        if row is not None and row.no_known:
            raise ValidationError("Record 'no known allergies' as such, not as a substance.")
        if row is not None and row.status == _ACTIVE:
            raise ValidationError("This allergy is already recorded; change that entry instead.")
        if row is None:
            row = Allergy(patient_id=patient_id, key=key, source="")
            session.add(row)
            rows.append(row)
        return _write(session, work, actor, row, mine, rows, "safety.record_allergy")


def update_allergy(
    session: Session,
    actor: Actor,
    allergy_id: int,
    *,
    substance: str,
    reaction: str,
    severity: str,
    criticality: str,
    status: str,
    expected_version: int,
) -> AllergyView:
    """Changes a recorded allergy (status entered_in_error withdraws it).
    `expected_version` is the AllergyView's version (0: as the hospital record sent it,
    never changed in Rounds)."""
    with unit_of_work(session, actor, Permission.CONTRIBUTE, Phrase("record allergies")) as work:
        row = get(session, Allergy, allergy_id, Phrase("allergy"))
        mine = _checked(substance, reaction, severity, criticality, status)
        mine["no_known"] = row.no_known
        rows = _patient_rows(session, row.patient_id)
        check_revision(
            session, actor, Phrase("allergy"), row, "allergies", expected_version, mine, _values
        )
        if not row.no_known:
            key = text_key(mine["substance"])
            if _same(rows, key, mine["substance"], but=row) is not None:
                raise ValidationError("That substance is recorded already in another entry.")
            row.key = key
        if _values(row) == mine:
            return allergy_view(row, name_of(session, row.recorded_by_id), expected_version)
        return _write(session, work, actor, row, mine, rows, "safety.update_allergy")


def record_no_known_allergies(session: Session, actor: Actor, patient_id: int) -> None:
    """Records that the patient was asked and has no known allergies (by whom, when).
    Refused while a real allergy is active: withdraw or resolve it first."""
    with unit_of_work(session, actor, Permission.CONTRIBUTE, Phrase("record allergies")) as work:
        rows = _patient_rows(session, patient_id)
        stated = [r for r in rows if r.no_known]
        row = next((r for r in stated if r.status == _ACTIVE), None) or next(iter(stated), None)
        if row is None:
            row = _same(rows, NO_KNOWN_KEY, NO_KNOWN_TEXT)
        if row is None:
            row = Allergy(
                patient_id=patient_id, key=NO_KNOWN_KEY, substance=NO_KNOWN_TEXT, source=""
            )
            session.add(row)
            rows.append(row)
        mine = {
            "substance": row.substance or NO_KNOWN_TEXT,
            "reaction": "",
            "severity": "",
            "criticality": "",
            "status": _ACTIVE,
            "no_known": True,
        }
        _write(session, work, actor, row, mine, rows, "safety.no_known_allergies")


def _write(
    session: Session,
    work: Work,
    actor: Actor,
    row: Allergy,
    mine: dict[str, Any],
    rows: list[Allergy],
    action: str,
) -> AllergyView:
    now = utc_now()
    active_real = mine["status"] == _ACTIVE and not mine["no_known"]
    if mine["no_known"] and mine["status"] == _ACTIVE:
        if any(r.status == _ACTIVE and not r.no_known for r in rows if r is not row):
            raise ValidationError(
                "Allergies are recorded for this patient: mark them entered in error or "
                "resolved before recording no known allergies."
            )
    retired = [
        r for r in rows if active_real and r.no_known and r.status == _ACTIVE and r is not row
    ]
    for name, value in mine.items():
        setattr(row, name, value)
    row.recorded_by_id, row.recorded_at = actor.user_id, now
    for statement in retired:
        statement.status = AllergyStatus.INACTIVE.value
        statement.recorded_by_id, statement.recorded_at = actor.user_id, now
    session.flush()
    admission = current_admission_of(session, row.patient_id)
    for changed in (row, *retired):
        append_revision(
            session,
            actor,
            patient_id=row.patient_id,
            admission_id=admission.id if admission else None,
            entity="allergies",
            entity_id=changed.id,
            values=_values(changed),
            at=now,
        )
    session.flush()
    version = latest_version(session, "allergies", row.id)
    view = allergy_view(row, actor.display_name, version)
    work.record(
        *(
            Change.about(
                admission,
                action if changed is row else "safety.retire_no_known_allergies",
                Entity.ALLERGY,
                changed.id,
                ("status",) if changed is not row else tuple(mine),
            )
            for changed in (row, *retired)
        ),
    )
    return view
