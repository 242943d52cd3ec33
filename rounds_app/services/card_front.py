"""The front of a patient's card: who the patient is, their safety facts, the eight
narrative fields and how they say they are — what the patient header and the card
tab show. Read on its own when the workstation switches patients, so that these are
on screen before the rest of the card (entries, actions, discharge plan) is read."""

from __future__ import annotations

from dataclasses import dataclass, replace

from sqlalchemy import select
from sqlalchemy.orm import Session

from rounds_app.domain.clock import local_day, utc_now
from rounds_app.domain.enums import CardField
from rounds_app.domain.roles import Permission
from rounds_app.domain.safety import AllergyState
from rounds_app.errors import NotFound, Phrase
from rounds_app.services.actor import Actor, require
from rounds_app.services.card_views import AdmissionView
from rounds_app.services.cards import FieldView
from rounds_app.services.census import GOALS_STALE_AFTER_DAYS, goals_stale
from rounds_app.services.proms import PromView, latest_proms
from rounds_app.services.safety_views import PatientKey, SafetyFacts, facts_of_patients
from rounds_app.storage.models import Admission, Bed, NarrativeField, Patient, User, Ward


@dataclass(frozen=True)
class CardFront:
    admission: AdmissionView
    fields: dict[CardField, FieldView]  # every field, version 0 where never written
    # resuscitation, allergies, whiteboard checks, contacts, medicines (as of today)
    safety: SafetyFacts
    # patient-reported outcomes: the last 14, oldest first
    proms: tuple[PromView, ...] = ()


def card_front(session: Session, actor: Actor, admission_id: int) -> CardFront:
    require(actor, Permission.VIEW, Phrase("read patient cards"))
    admission, patient = _admission(session, admission_id)
    # the patient read with the admission: the facts need not read it again
    safety = facts_of_patients(session, {admission_id: patient}, local_day(utc_now()))[admission_id]
    return CardFront(
        admission=_with_allergies(admission, safety),
        fields=_fields(session, admission_id),
        safety=safety,
        proms=latest_proms(session, [admission_id]).get(admission_id, ()),
    )


def user_names(session: Session) -> dict[int, str]:
    """Every user's display name by id, for the "done by" of the rest of the card (the
    front joins the names it needs: a hospital has thousands of users)."""
    return {user_id: name for user_id, name in session.execute(select(User.id, User.display_name))}


def _admission(session: Session, admission_id: int) -> tuple[AdmissionView, PatientKey]:
    """The admission, its allergies not yet filled in, and its patient's keys for the
    safety facts."""
    row = session.execute(
        select(Admission, Patient, Ward.name, Bed.label, User.display_name)
        .join(Patient, Patient.id == Admission.patient_id)
        .join(Ward, Ward.id == Admission.ward_id)
        .outerjoin(Bed, Bed.id == Admission.bed_id)
        .outerjoin(User, User.id == Admission.goals_revisited_by_id)
        .where(Admission.id == admission_id)
    ).one_or_none()
    if row is None:
        raise NotFound("There is no admission with id %1.", admission_id)
    a, p, ward_name, bed_label, revisited_by = row
    view = AdmissionView(
        id=a.id,
        ward_id=a.ward_id,
        ward_name=ward_name,
        bed_label=bed_label,
        mrn=p.mrn,
        given_name=p.given_name,
        family_name=p.family_name,
        preferred_name=p.preferred_name,
        pronouns=p.pronouns,
        date_of_birth=p.date_of_birth,
        preferred_language=p.preferred_language,
        interpreter_needed=p.interpreter_needed,
        admitted_at=a.admitted_at,
        expected_discharge_date=a.expected_discharge_date,
        discharged_at=a.discharged_at,
        severity=a.severity,
        one_liner=a.one_liner,
        goals_revisited_at=a.goals_revisited_at,
        goals_revisited_by=revisited_by,
        goals_stale=goals_stale(
            a.goals_revisited_at, a.severity_changed_at, utc_now(), GOALS_STALE_AFTER_DAYS
        ),
        version=a.version,
        gender=p.gender,
    )
    return view, (p.id, p.latin_name, p.preferred_name, p.version)


def _with_allergies(admission: AdmissionView, safety: SafetyFacts) -> AdmissionView:
    """The admission with its patient's active allergies as flag lines, in the order
    they were recorded (the facts list them high criticality first)."""
    recorded = sorted(safety.allergies, key=lambda a: a.id)
    return replace(
        admission,
        allergies=tuple(
            f"{a.substance} ({a.criticality})" if a.criticality else a.substance for a in recorded
        ),
        no_known_allergies=safety.allergy_state is AllergyState.NO_KNOWN,
    )


def _fields(session: Session, admission_id: int) -> dict[CardField, FieldView]:
    stored = {
        f.field: FieldView(
            f.field, f.text, f.voice, f.version, editor, f.edited_at, f.shareable, f.language
        )
        for f, editor in session.execute(
            select(NarrativeField, User.display_name)
            .outerjoin(User, User.id == NarrativeField.edited_by_id)
            .where(NarrativeField.admission_id == admission_id)
        )
    }
    return {field: stored.get(field, FieldView.empty(field)) for field in CardField}
