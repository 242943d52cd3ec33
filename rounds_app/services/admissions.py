"""Admitting, moving, discharging, the clinical summary line and the round order.

A discharged admission is archived, never deleted."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from rounds_app.domain import fields
from rounds_app.domain.clock import utc_now
from rounds_app.domain.entities import Entity
from rounds_app.domain.enums import Severity
from rounds_app.domain.roles import Permission
from rounds_app.errors import Phrase, ValidationError
from rounds_app.services import validate
from rounds_app.services.actor import Actor
from rounds_app.services.conflicts import check_version
from rounds_app.services.lookup import current_admission, get
from rounds_app.services.unit import Change, unit_of_work
from rounds_app.storage.models import Admission, Bed, Patient, Ward


@dataclass(frozen=True)
class NewPatient:
    mrn: str
    given_name: str
    family_name: str
    preferred_name: str = ""
    pronouns: str = ""
    date_of_birth: date | None = None
    preferred_language: str = ""
    interpreter_needed: bool = False
    other_identifiers: str = ""


def _patient(session: Session, details: NewPatient) -> Patient:
    """The patient with this MRN (a readmission), or a new one."""
    mrn = validate.text(fields.MRN, details.mrn)
    existing = session.execute(select(Patient).where(Patient.mrn == mrn)).scalar_one_or_none()
    if existing is not None:
        if session.execute(
            select(Admission.id).where(
                Admission.patient_id == existing.id, Admission.discharged_at.is_(None)
            )
        ).first():
            raise ValidationError("Patient %1 is already admitted.", mrn)
        return existing
    if details.date_of_birth and details.date_of_birth > utc_now().date():
        raise ValidationError("The date of birth is in the future.")
    patient = Patient(
        mrn=mrn,
        given_name=validate.text(fields.GIVEN_NAME, details.given_name),
        family_name=validate.text(fields.FAMILY_NAME, details.family_name),
        preferred_name=validate.text(fields.PREFERRED_NAME, details.preferred_name),
        pronouns=validate.text(fields.PRONOUNS, details.pronouns),
        date_of_birth=details.date_of_birth,
        preferred_language=validate.text(fields.PREFERRED_LANGUAGE, details.preferred_language),
        interpreter_needed=details.interpreter_needed,
        other_identifiers=validate.text(fields.OTHER_IDENTIFIERS, details.other_identifiers),
    )
    session.add(patient)
    return patient


def _free_bed(session: Session, ward_id: int, bed_id: int) -> Bed:
    bed = session.get(Bed, bed_id)
    if bed is None or bed.ward_id != ward_id or not bed.active:
        raise ValidationError("Bed %1 is not a bed on this ward.", bed_id)
    occupant = session.execute(
        select(Admission.id).where(Admission.bed_id == bed_id, Admission.discharged_at.is_(None))
    ).first()
    if occupant:
        raise ValidationError("Bed %1 is occupied.", bed.label)
    return bed


def _last_position(session: Session, ward_id: int) -> int:
    positions = session.execute(
        select(Admission.round_position).where(
            Admission.ward_id == ward_id, Admission.discharged_at.is_(None)
        )
    ).scalars()
    return max(positions, default=-1)


def admit(
    session: Session,
    actor: Actor,
    *,
    ward_id: int,
    bed_id: int | None,
    patient: NewPatient,
    admitted_at: datetime | None = None,
    expected_discharge_date: date | None = None,
    severity: Severity | str = Severity.NOT_ASSESSED,
    one_liner: str = "",
) -> int:
    """Admits a patient (new, or known by MRN) to a ward and bed; returns the
    admission id. The patient joins the end of the round."""
    with unit_of_work(
        session, actor, Permission.MANAGE_ADMISSIONS, Phrase("admit patients")
    ) as work:
        ward = get(session, Ward, ward_id, Phrase("ward"))
        bed = _free_bed(session, ward.id, bed_id) if bed_id is not None else None
        now = utc_now()
        admitted_at = admitted_at or now
        if admitted_at > now:
            raise ValidationError("The admission time is in the future.")
        if expected_discharge_date is not None:
            validate.not_before(
                Phrase("The expected discharge date"),
                expected_discharge_date,
                Phrase("the admission"),
                admitted_at.date(),
            )
        admission = Admission(
            patient=_patient(session, patient),
            ward_id=ward.id,
            bed_id=bed.id if bed else None,
            admitted_at=admitted_at,
            expected_discharge_date=expected_discharge_date,
            severity=validate.choice(Phrase("Severity"), severity, Severity),
            severity_changed_at=admitted_at,
            one_liner=validate.text(fields.ONE_LINER, one_liner),
            round_position=_last_position(session, ward.id) + 1,
        )
        session.add(admission)
        session.flush()
        work.record(
            Change(
                "admission.admit",
                Entity.ADMISSION,
                admission.id,
                ("bed_id",),
                ward.id,
                admission.id,
            ),
        )
        return admission.id


def move_bed(session: Session, actor: Actor, admission_id: int, bed_id: int) -> None:
    with unit_of_work(
        session, actor, Permission.MANAGE_ADMISSIONS, Phrase("move patients between beds")
    ) as work:
        admission = current_admission(session, admission_id)
        bed = _free_bed(session, admission.ward_id, bed_id)
        admission.bed_id = bed.id
        work.record(
            Change.about(
                admission, "admission.move_bed", Entity.ADMISSION, admission.id, ("bed_id",)
            ),
        )


def discharge(
    session: Session, actor: Actor, admission_id: int, discharged_at: datetime | None = None
) -> None:
    with unit_of_work(
        session, actor, Permission.MANAGE_ADMISSIONS, Phrase("discharge patients")
    ) as work:
        admission = current_admission(session, admission_id)
        discharged_at = discharged_at or utc_now()
        validate.not_before(
            Phrase("The discharge"), discharged_at, Phrase("the admission"), admission.admitted_at
        )
        admission.discharged_at = discharged_at
        work.record(
            Change.about(
                admission, "admission.discharge", Entity.ADMISSION, admission.id, ("discharged_at",)
            ),
        )


@dataclass(frozen=True)
class SummaryEdit:
    """The clinical line of an admission, as the editor last saw it (`version`)."""

    version: int
    severity: Severity | str
    one_liner: str
    expected_discharge_date: date | None


def update_summary(session: Session, actor: Actor, admission_id: int, edit: SummaryEdit) -> int:
    """Saves severity, one-liner and expected discharge; returns the new version.
    Raises ConflictError when someone saved after `edit.version`."""
    with unit_of_work(
        session, actor, Permission.EDIT_CARD, Phrase("edit the clinical summary")
    ) as work:
        admission = current_admission(session, admission_id)
        severity = validate.choice(Phrase("Severity"), edit.severity, Severity)
        one_liner = validate.text(fields.ONE_LINER, edit.one_liner)
        if edit.expected_discharge_date is not None:
            validate.not_before(
                Phrase("The expected discharge date"),
                edit.expected_discharge_date,
                Phrase("the admission"),
                admission.admitted_at.date(),
            )
        mine = {
            "severity": severity.value,
            "one_liner": one_liner,
            "expected_discharge_date": edit.expected_discharge_date,
        }
        check_version(
            session, actor, Phrase("admission"), admission, edit.version, mine, _summary_state
        )
        changed = [
            name for name, value in mine.items() if _summary_values(admission)[name] != value
        ]
        if not changed:
            return admission.version
        if "severity" in changed:
            admission.severity_changed_at = utc_now()
        admission.severity = severity
        admission.one_liner = one_liner
        admission.expected_discharge_date = edit.expected_discharge_date
        admission.version += 1
        work.record(
            Change.about(admission, "admission.summary", Entity.ADMISSION, admission.id, changed),
        )
        return admission.version


def _summary_state(admission: Admission) -> tuple[dict[str, object], int | None, datetime | None]:
    # the admission does not record who last edited its summary; the audit trail does
    return _summary_values(admission), None, None


def _summary_values(admission: Admission) -> dict[str, object]:
    return {
        "severity": admission.severity.value,
        "one_liner": admission.one_liner,
        "expected_discharge_date": admission.expected_discharge_date,
    }


def reorder_round(
    session: Session, actor: Actor, ward_id: int, admission_ids: Sequence[int]
) -> None:
    """Sets the round order to `admission_ids`, which must be exactly the ward's
    current admissions."""
    with unit_of_work(
        session, actor, Permission.MANAGE_ADMISSIONS, Phrase("reorder the round")
    ) as work:
        current = {
            a.id: a
            for a in session.execute(
                select(Admission).where(
                    Admission.ward_id == ward_id, Admission.discharged_at.is_(None)
                )
            ).scalars()
        }
        if sorted(admission_ids) != sorted(current):
            raise ValidationError(
                "The new order does not list exactly the ward's current patients; "
                "reload and try again."
            )
        for position, admission_id in enumerate(admission_ids):
            current[admission_id].round_position = position
        work.record(
            Change("ward.reorder_round", Entity.WARD, ward_id, ("round_position",), ward_id)
        )
