"""Loading what a sheet prints, in a fixed number of queries however full the ward
(a thousand-bed handoff costs what a four-bed one does)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from rounds_app.domain.clock import local_day
from rounds_app.domain.enums import CardField, Discipline
from rounds_app.domain.labels import DISCIPLINE_LABELS
from rounds_app.domain.names import called
from rounds_app.errors import Phrase
from rounds_app.reports.data import (
    DischargeData,
    HandoffAction,
    HandoffData,
    HandoffRow,
    Identity,
    ReviewData,
    bears_on_discharge,
)
from rounds_app.reports.facts import facts_changed_at
from rounds_app.reports.formats import latest
from rounds_app.services.actor import Actor
from rounds_app.services.census import ward_census
from rounds_app.services.lookup import get
from rounds_app.services.patient_card import patient_card
from rounds_app.services.review_views import get_review
from rounds_app.services.visibility import for_the_patient, require_sensitive, shared_entries
from rounds_app.services.ward_model.contingencies import active_contingencies
from rounds_app.services.ward_model.readiness import readiness as discharge_readiness
from rounds_app.storage.models import (
    Admission,
    Bed,
    DischargePlan,
    NarrativeField,
    Patient,
    User,
    Ward,
)

# the patient's copy quotes at most this many of their own recent entries
# the newest entries the patient may read that their copy quotes
ENTRIES_ON_PATIENT_COPY = 4


def _identities(session: Session, ward_id: int) -> dict[int, tuple[Identity, datetime]]:
    """Who each current patient of the ward is, and when their severity last changed."""
    return {
        admission_id: (
            Identity(
                patient.given_name,
                patient.family_name,
                patient.preferred_name,
                patient.latin_name,
                patient.mrn,
                patient.date_of_birth,
            ),
            severity_changed_at,
        )
        for admission_id, patient, severity_changed_at in session.execute(
            select(Admission.id, Patient, Admission.severity_changed_at)
            .join(Patient, Patient.id == Admission.patient_id)
            .where(Admission.ward_id == ward_id, Admission.discharged_at.is_(None))
        )
    }


def owner_label(discipline: Discipline | None, person: str | None) -> str:
    if discipline and person:
        return f"{DISCIPLINE_LABELS[discipline]} ({person})"
    return person or (DISCIPLINE_LABELS[discipline] if discipline else "")


def load_handoff(session: Session, actor: Actor, ward_id: int, now: datetime) -> HandoffData:
    """The ward's current patients in rounds order with what the handoff prints.
    No contributions: the handoff never shows any, sensitive or not."""
    ward = get(session, Ward, ward_id, Phrase("ward"))
    census = ward_census(session, actor, ward_id, now=now)
    current = (Admission.ward_id == ward_id) & Admission.discharged_at.is_(None)

    patients = _identities(session, ward_id)
    matters = {
        field.admission_id: field
        for field in session.execute(
            select(NarrativeField)
            .join(Admission, Admission.id == NarrativeField.admission_id)
            .where(current, NarrativeField.field == CardField.WHAT_MATTERS_MOST)
        ).scalars()
    }
    # open actions come with the census, from the same read model
    ids = [r.admission_id for r in census]
    contingencies = active_contingencies(session, actor, ids)
    readiness = discharge_readiness(session, actor, ids, local_day(now))

    rows = []
    for r in census:
        identity, severity_changed_at = patients[r.admission_id]
        field = matters.get(r.admission_id)
        ready = readiness[r.admission_id]
        rows.append(
            HandoffRow(
                admission_id=r.admission_id,
                bed_label=r.bed_label,
                identity=identity,
                pronouns=r.pronouns,
                admitted_at=r.admitted_at,
                severity=r.severity,
                one_liner=r.one_liner,
                what_matters=field.text if field else "",
                what_matters_voice=field.voice if field else None,
                what_matters_edited_at=field.edited_at if field else None,
                actions=tuple(
                    HandoffAction(
                        a.text, owner_label(a.owner_discipline, a.owner), a.due, a.overdue
                    )
                    for a in r.actions
                ),
                contingencies=tuple(
                    (c.condition, c.response) for c in contingencies[r.admission_id]
                ),
                expected_discharge=ready.expected_discharge,
                destination=ready.destination,
                barriers=ready.barriers,
                readiness=ready.counts,
                interpreter_needed=r.interpreter_needed,
                language=r.preferred_language,
                facts=r.safety,
                flags=r.flags,
                goals_due=r.goals_stale,
                updated_at=latest(
                    r.admitted_at,
                    severity_changed_at,
                    r.goals_revisited_at,
                    field.edited_at if field else None,
                    ready.plan_updated_at,
                    *(a.opened_at for a in r.actions),
                    *(c.created_at for c in contingencies[r.admission_id]),
                    *facts_changed_at(r.safety),
                ),
            )
        )
    return HandoffData(ward.id, ward.code, ward.name, tuple(rows))


def load_discharge(
    session: Session,
    actor: Actor,
    admission_id: int,
    *,
    patient_copy: bool,
    include_sensitive: bool,
) -> DischargeData:
    """One patient's card and plan, and the entries the summary prints: for the team,
    those that bear on discharge; for the patient, the newest they may read. Sensitive
    entries only on the team's copy, only when asked for by a role that may read
    them."""
    include_sensitive = include_sensitive and not patient_copy
    if include_sensitive:
        require_sensitive(actor, Phrase("print sensitive entries"))
    card = patient_card(session, actor, admission_id)
    updated = session.execute(
        select(DischargePlan.updated_at, User.display_name)
        .outerjoin(User, User.id == DischargePlan.updated_by_id)
        .where(DischargePlan.admission_id == admission_id)
    ).first()
    shown = shared_entries(card.contributions, include_sensitive=include_sensitive)
    if patient_copy:
        chosen = for_the_patient(shown)[:ENTRIES_ON_PATIENT_COPY]
    else:
        chosen = [c for c in shown if bears_on_discharge(c)]
    return DischargeData(
        card=card,
        facts=card.safety,
        plan_updated_at=updated[0] if updated else None,
        plan_updated_by=updated[1] if updated else None,
        contributions=tuple(chosen),
        include_sensitive=include_sensitive,
    )


def load_review(session: Session, actor: Actor, review_id: int) -> ReviewData:
    """A review, and whom it is about unless it is de-identified."""
    review = get_review(session, actor, review_id)
    if review.admission_id is None or review.deidentified:
        return ReviewData(review)
    patient, bed, ward = session.execute(
        select(Patient, Bed.label, Ward.name)
        .join(Admission, Admission.patient_id == Patient.id)
        .join(Ward, Ward.id == Admission.ward_id)
        .outerjoin(Bed, Bed.id == Admission.bed_id)
        .where(Admission.id == review.admission_id)
    ).one()
    name = called(patient.preferred_name, patient.given_name, patient.family_name)
    return ReviewData(review, name, bed, ward)
