"""One patient's discharge summary as a FHIR R4 document Bundle: a Composition
(LOINC 18842-5, discharge summary) whose sections carry the narrative card, the
discharge plan and the team's non-sensitive notes as escaped XHTML, followed by the
Patient, the Encounter and the coded resources the sections point at."""

from __future__ import annotations

import json
import os
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from rounds_app.domain.clock import utc_now
from rounds_app.domain.entities import Entity
from rounds_app.domain.enums import CardField
from rounds_app.domain.roles import Permission
from rounds_app.errors import NotFound, Phrase, RoundsError, ValidationError
from rounds_app.interop import export_resources as build
from rounds_app.interop import export_sections
from rounds_app.interop.reading import Json
from rounds_app.interop.validation import validate_document
from rounds_app.private_files import discard, write_temp
from rounds_app.services.actor import Actor, require
from rounds_app.services.cards import FieldView
from rounds_app.services.patient_card import patient_card
from rounds_app.services.unit import Change, unit_of_work
from rounds_app.storage.models import (
    Admission,
    Allergy,
    Bed,
    CareTeamMember,
    Contact,
    Medication,
    Patient,
    Problem,
    ProblemKind,
)
from rounds_app.subsystem_log import subsystem_logger

log = subsystem_logger(__name__)

_Listed = TypeVar("_Listed", Allergy, Medication, Problem, Contact, CareTeamMember)


def find_admission(session: Session, actor: Actor, patient: str, ward_id: int | None) -> int:
    """The admission of the patient in bed `patient` (on `ward_id`, when given), else of
    the patient with that MRN: the current admission, or the latest one."""
    require(actor, Permission.VIEW, Phrase("find patients"))
    wanted = patient.strip()
    in_bed = (
        select(Admission.id)
        .join(Bed, Bed.id == Admission.bed_id)
        .where(Bed.label == wanted, Admission.discharged_at.is_(None))
    )
    by_mrn = (
        select(Admission.id)
        .join(Patient, Patient.id == Admission.patient_id)
        .where(Patient.mrn == wanted)
        .order_by(Admission.discharged_at.is_not(None), Admission.admitted_at.desc())
    )
    if ward_id is not None:
        in_bed = in_bed.where(Admission.ward_id == ward_id)
        by_mrn = by_mrn.where(Admission.ward_id == ward_id)
    beds = session.execute(in_bed).scalars().all()
    if len(beds) > 1:
        raise ValidationError("Bed %1 is on several wards; choose one with --ward.", wanted)
    found = beds[0] if beds else session.execute(by_mrn.limit(1)).scalar()
    if found is None:
        raise NotFound("No patient is in bed %1 or has the MRN %2.", wanted, wanted)
    return found


def discharge_document(session: Session, actor: Actor, admission_id: int) -> Json:
    """The document, read in the caller's transaction."""
    require(actor, Permission.EXPORT, Phrase("export patients"))
    card = patient_card(session, actor, admission_id)
    admission = session.get(Admission, admission_id)
    assert admission is not None  # patient_card found it
    patient = admission.patient
    entries: list[tuple[str, Json]] = []

    def add(resource: Json) -> str:
        # ids are fresh for every export: the receiver matches patients by identifier
        new_id = str(uuid.uuid4())
        entries.append((f"urn:uuid:{new_id}", {**resource, "id": new_id}))
        return entries[-1][0]

    contacts = [c for c in _rows(session, Contact, patient) if c.active]
    patient_url = add(build.patient(patient, contacts))
    encounter_url = add(export_sections.encounter(card.admission, patient_url))
    coded = export_sections.Coded(
        allergies=[add(build.allergy(a, patient_url)) for a in _rows(session, Allergy, patient)],
        medications=[
            add(build.medication(m, patient_url))
            for m in _rows(session, Medication, patient)
            if m.active
        ],
        problems=_problems(session, patient, patient_url, card.fields, add),
        team=_team(session, patient, patient_url, add),
        # contacts travel on the Patient (Patient.contact), which the section names
        contacts=[patient_url] if contacts else [],
    )
    code_status = export_sections.resuscitation_lines(card.safety.resuscitation)
    now = utc_now().isoformat(timespec="seconds")
    composition = {
        "resourceType": "Composition",
        "id": str(uuid.uuid4()),
        "status": "final",
        "type": {
            "coding": [
                {"system": "http://loinc.org", "code": "18842-5", "display": "Discharge summary"}
            ]
        },
        "subject": build.ref(patient_url),
        "encounter": build.ref(encounter_url),
        "date": now,
        "author": [{"display": "Rounds"}],
        "title": "Discharge summary",
        "section": export_sections.sections(card, coded, code_status),
    }
    entries.insert(0, (f"urn:uuid:{composition['id']}", composition))
    return {
        "resourceType": "Bundle",
        "id": str(uuid.uuid4()),
        "identifier": {"system": "urn:ietf:rfc:3986", "value": f"urn:uuid:{uuid.uuid4()}"},
        "type": "document",
        "timestamp": now,
        "entry": [{"fullUrl": url, "resource": resource} for url, resource in entries],
    }


def _rows(session: Session, model: type[_Listed], patient: Patient) -> list[_Listed]:
    return list(
        session.execute(
            select(model).where(model.patient_id == patient.id).order_by(model.id)
        ).scalars()
    )


def _problems(
    session: Session,
    patient: Patient,
    patient_url: str,
    fields: dict[CardField, FieldView],
    add: Callable[[Json], str],
) -> dict[str, list[str]]:
    """Conditions, goals (the card's goals of care first, as one goal) and care plans."""
    urls: dict[str, list[str]] = {kind.value: [] for kind in ProblemKind}
    goals_text = fields[CardField.GOALS_OF_CARE].text.strip()
    on_card = {line.strip() for line in goals_text.splitlines()}
    problems = _rows(session, Problem, patient)
    for kind in ProblemKind:
        if kind == ProblemKind.GOAL and goals_text:
            urls[kind.value].append(add(build.goal(goals_text, patient_url)))
        for problem in (p for p in problems if p.kind == kind):
            if kind == ProblemKind.CONDITION:
                resource = build.condition(problem.text, problem.key, patient_url)
            elif kind == ProblemKind.CARE_PLAN:
                resource = build.care_plan(problem.text, patient_url)
            elif problem.text.strip() not in on_card:
                resource = build.goal(problem.text, patient_url)
            else:
                continue
            urls[kind.value].append(add(resource))
    return urls


def _team(
    session: Session, patient: Patient, patient_url: str, add: Callable[[Json], str]
) -> list[str]:
    members = _rows(session, CareTeamMember, patient)
    return [add(build.care_team(members, patient_url))] if members else []


def export_fhir(session: Session, actor: Actor, admission_id: int, out: Path) -> None:
    """Writes the document to `out` atomically (mode 0600: it holds patient data) and
    records an "export.fhir" audit event."""
    temp: Path | None = None
    try:
        with unit_of_work(session, actor, Permission.EXPORT, Phrase("export patients")) as work:
            document = discharge_document(session, actor, admission_id)
            validate_document(document)
            data = json.dumps(document, indent=1, ensure_ascii=False) + "\n"
            temp = write_temp(out, data.encode("utf-8"))
            admission = session.get(Admission, admission_id)
            work.record(Change.about(admission, "export.fhir", Entity.ADMISSION, admission_id))
        # audited before the file takes its name
        os.replace(temp, out)
    except OSError as err:
        discard(temp)
        raise RoundsError("cannot write %1: %2", out, err.strerror or err) from None
    except BaseException:
        discard(temp)
        raise
    log.info(
        "exported admission %s as a FHIR document of %d resources at change %s",
        admission_id,
        len(document["entry"]),
        work.change_id,
    )
