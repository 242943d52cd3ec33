"""The patient's lists as the card shows them — allergies (with the "no known
allergies" state kept as such), medicines, problems, goals, care plans, contacts and the
care team — in one query per list, however long the lists are. What is no longer true
(an allergy withdrawn or resolved, a medicine stopped, a former contact) is kept but
not shown."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from rounds_app.storage.models import (
    Allergy,
    CareTeamMember,
    Contact,
    Medication,
    Problem,
    ProblemKind,
)


@dataclass(frozen=True)
class AllergyFlag:
    """`allergies`: "Penicillin (high)"-style lines. `no_known`: someone recorded that
    the patient has no known allergies — true only while no allergy is recorded, and
    different from an empty list, which means nobody has said."""

    allergies: tuple[str, ...] = ()
    no_known: bool = False


@dataclass(frozen=True)
class MedicationView:
    name: str
    dosage: str
    source: str


@dataclass(frozen=True)
class ProblemView:
    kind: ProblemKind
    text: str
    source: str


@dataclass(frozen=True)
class ContactView:
    name: str
    relationship: str
    phone: str


@dataclass(frozen=True)
class CareTeamMemberView:
    name: str
    role: str


@dataclass(frozen=True)
class PatientLists:
    medications: tuple[MedicationView, ...] = ()
    problems: tuple[ProblemView, ...] = ()
    contacts: tuple[ContactView, ...] = ()
    care_team: tuple[CareTeamMemberView, ...] = ()


def allergy_flag(session: Session, patient_id: int) -> AllergyFlag:
    rows = session.execute(
        select(Allergy)
        .where(Allergy.patient_id == patient_id, Allergy.status == "active")
        .order_by(Allergy.id)
    ).scalars()
    allergies: list[str] = []
    no_known = False
    for row in rows:
        if row.no_known:
            no_known = True
        else:
            allergies.append(
                f"{row.substance} ({row.criticality})" if row.criticality else row.substance
            )
    return AllergyFlag(tuple(allergies), no_known and not allergies)


def patient_lists(session: Session, patient_id: int) -> PatientLists:
    return PatientLists(
        medications=tuple(
            MedicationView(m.name, m.dosage, m.source)
            for m in session.execute(
                select(Medication)
                .where(Medication.patient_id == patient_id, Medication.active.is_(True))
                .order_by(Medication.id)
            ).scalars()
        ),
        problems=tuple(
            ProblemView(p.kind, p.text, p.source)
            for p in session.execute(
                select(Problem).where(Problem.patient_id == patient_id).order_by(Problem.id)
            ).scalars()
        ),
        contacts=tuple(
            ContactView(c.name, c.relationship, c.phone)
            for c in session.execute(
                select(Contact)
                .where(Contact.patient_id == patient_id, Contact.active.is_(True))
                .order_by(Contact.id)
            ).scalars()
        ),
        care_team=tuple(
            CareTeamMemberView(t.name, t.role)
            for t in session.execute(
                select(CareTeamMember)
                .where(CareTeamMember.patient_id == patient_id)
                .order_by(CareTeamMember.id)
            ).scalars()
        ),
    )
