"""Writing an import plan in one unit of work — every patient, admission, list entry and
card field of it, or nothing. The plan was made earlier (a screen may have shown it), so
what it assumed is checked again here: a bed taken since is a refusal, not a surprise."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from rounds_app.domain.clock import utc_now
from rounds_app.domain.entities import Entity
from rounds_app.domain.roles import Permission
from rounds_app.domain.sentences import Sentence
from rounds_app.errors import ImportRefused, Phrase
from rounds_app.interop import lists
from rounds_app.interop.plan import (
    ImportPlan,
    ImportSummary,
    PatientDetails,
    PlannedAdmission,
    PlannedPatient,
)
from rounds_app.services.actor import Actor, require
from rounds_app.services.unit import Change, unit_of_work
from rounds_app.storage.models import Admission, Bed, Patient
from rounds_app.subsystem_log import subsystem_logger

log = subsystem_logger(__name__)

_OTHER_IDENTIFIERS = 1000


@dataclass
class _Counts:
    created: int = 0
    updated: int = 0
    admitted: int = 0
    items: int = 0
    goals: int = 0


def apply(session: Session, actor: Actor, plan: ImportPlan) -> ImportSummary:
    """Writes `plan`; returns what was done. Raises ImportRefused (nothing written)
    when the ward changed since the plan in a way it cannot absorb."""
    counts = _Counts()
    changes: list[Change] = []
    try:
        with unit_of_work(
            session, actor, Permission.MANAGE_ADMISSIONS, Phrase("import a census")
        ) as work:
            require(actor, Permission.EDIT_CARD, Phrase("import a census"))
            now = utc_now()
            position = _last_position(session, plan.ward_id)
            for planned in plan.patients:
                patient = _patient(session, planned.details, counts, changes)
                admission = _current(session, patient.id)
                if admission is None and planned.admission is not None:
                    position += 1
                    admission = _admit(session, plan, patient, planned.admission, position)
                    counts.admitted += 1
                    changes.append(_admitted(admission))
                elif admission is not None and admission.ward_id == plan.ward_id:
                    _adjust(session, plan, planned, admission, changes)
                counts.items += lists.write(session, patient.id, planned.items, now)
                if admission is not None and planned.goals_to_card:
                    change = lists.goals_to_card(session, admission, planned.goals_to_card, now)
                    if change is not None:
                        counts.goals += 1
                        changes.append(change)
            fields = tuple(f"{name}={value}" for name, value in vars(counts).items())
            entity = Entity.WARD if plan.ward_id is not None else Entity.DATABASE
            changes.append(
                Change(f"import.{plan.kind}", entity, plan.ward_id, fields, plan.ward_id)
            )
            work.record(*changes)
    except IntegrityError:
        raise ImportRefused(
            "someone changed the same patients or beds while the import ran; nothing was "
            "imported — try again"
        ) from None
    log.info("import.%s at change %s: %s", plan.kind, work.change_id, ", ".join(changes[-1].fields))
    return ImportSummary(
        plan.kind,
        counts.created,
        counts.updated,
        counts.admitted,
        counts.items,
        counts.goals,
        plan.skipped,
        plan.unresolved,
        work.change_id,
        tuple(Sentence("patient %1: %2", p.details.mrn, p.note) for p in plan.patients if p.note),
    )


def _patient(
    session: Session, details: PatientDetails, counts: _Counts, changes: list[Change]
) -> Patient:
    patient = session.execute(
        select(Patient).where(Patient.mrn == details.mrn)
    ).scalar_one_or_none()
    if patient is None:
        patient = Patient(**vars(details))
        session.add(patient)
        session.flush()
        counts.created += 1
        changes.append(Change("import.patient", Entity.PATIENT, patient.id, ("created",)))
        return patient
    counts.updated += 1
    changed = _update(patient, details)
    if changed:
        session.flush()
        changes.append(Change("import.patient", Entity.PATIENT, patient.id, tuple(changed)))
    return patient


def _update(patient: Patient, details: PatientDetails) -> list[str]:
    """Brings a known patient up to date without undoing the ward's own knowledge: the
    record's identity (names, birth date, gender, identifiers) wins; a preferred name,
    language or Latin-letter name the ward holds stays; an interpreter need is raised,
    never cleared."""
    wanted: dict[str, object] = {
        name: getattr(details, name)
        for name in ("given_name", "family_name", "date_of_birth", "gender")
        if getattr(details, name)
    }
    for name in ("preferred_name", "preferred_language", "latin_name"):
        if getattr(details, name) and not getattr(patient, name):
            wanted[name] = getattr(details, name)
    if details.interpreter_needed:
        wanted["interpreter_needed"] = True
    known = patient.other_identifiers.splitlines()
    for line in details.other_identifiers.splitlines():
        if line not in known and len("\n".join([*known, line])) <= _OTHER_IDENTIFIERS:
            known.append(line)
    wanted["other_identifiers"] = "\n".join(known)
    changed = [name for name, value in wanted.items() if getattr(patient, name) != value]
    for name in changed:
        setattr(patient, name, wanted[name])
    return changed


def _current(session: Session, patient_id: int) -> Admission | None:
    return session.execute(
        select(Admission).where(
            Admission.patient_id == patient_id, Admission.discharged_at.is_(None)
        )
    ).scalar_one_or_none()


def _last_position(session: Session, ward_id: int | None) -> int:
    if ward_id is None:
        return -1
    highest = session.execute(
        select(func.max(Admission.round_position)).where(
            Admission.ward_id == ward_id, Admission.discharged_at.is_(None)
        )
    ).scalar()
    return -1 if highest is None else highest


def _free_bed(session: Session, ward_id: int, label: str) -> Bed:
    bed = session.execute(
        select(Bed).where(Bed.ward_id == ward_id, Bed.label == label, Bed.active.is_(True))
    ).scalar_one_or_none()
    if bed is None:
        raise ImportRefused("bed %1 is no longer on the ward; nothing was imported", label)
    taken = session.execute(
        select(Admission.id).where(Admission.bed_id == bed.id, Admission.discharged_at.is_(None))
    ).first()
    if taken:
        raise ImportRefused(
            "bed %1 was taken after the import was planned; nothing was imported — "
            "plan the import again",
            label,
        )
    return bed


def _admit(
    session: Session, plan: ImportPlan, patient: Patient, planned: PlannedAdmission, position: int
) -> Admission:
    if plan.ward_id is None:
        raise ImportRefused("an admission was planned without a ward; nothing was imported")
    bed = _free_bed(session, plan.ward_id, planned.bed_label) if planned.bed_label else None
    admission = Admission(
        patient_id=patient.id,
        ward_id=plan.ward_id,
        bed_id=bed.id if bed else None,
        admitted_at=planned.admitted_at,
        expected_discharge_date=planned.expected_discharge_date,
        severity_changed_at=planned.admitted_at,
        round_position=position,
    )
    session.add(admission)
    session.flush()
    return admission


def _admitted(admission: Admission) -> Change:
    return Change.about(admission, "admission.admit", Entity.ADMISSION, admission.id, ("bed_id",))


def _adjust(
    session: Session,
    plan: ImportPlan,
    planned: PlannedPatient,
    admission: Admission,
    changes: list[Change],
) -> None:
    """A census row for someone already on the ward: their bed and expected discharge."""
    assert plan.ward_id is not None  # only called for an admission on the plan's ward
    if planned.move_to_bed is not None:
        current = session.get(Bed, admission.bed_id) if admission.bed_id else None
        if current is None or current.label != planned.move_to_bed:
            admission.bed_id = _free_bed(session, plan.ward_id, planned.move_to_bed).id
            changes.append(
                Change.about(
                    admission, "admission.move_bed", Entity.ADMISSION, admission.id, ("bed_id",)
                )
            )
    wanted = planned.expected_discharge_date
    if wanted is not None and wanted < admission.admitted_at.date():
        raise ImportRefused(
            "patient %1: the expected discharge date is before the admission; nothing was imported",
            planned.details.mrn,
        )
    if wanted is not None and wanted != admission.expected_discharge_date:
        admission.expected_discharge_date = wanted
        admission.version += 1
        changes.append(
            Change.about(
                admission,
                "admission.summary",
                Entity.ADMISSION,
                admission.id,
                ("expected_discharge_date",),
            )
        )
