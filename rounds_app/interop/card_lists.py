"""The patient's lists as the card holds them — medicines, problems, goals, care plans,
contacts and the care team — in one query per list read here, however long the lists
are. What is no longer true (a medicine stopped, a former contact) is kept but not
shown."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from rounds_app.services.safety_views import SafetyFacts
from rounds_app.storage.models import CareTeamMember, Problem, ProblemKind


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


def record_lists(session: Session, patient_id: int, facts: SafetyFacts) -> PatientLists:
    """The lists of the patient whose safety `facts` are given: medicines and contacts
    (active ones) from those facts, problems and the care team read here."""
    return PatientLists(
        medications=tuple(MedicationView(m.name, m.dosage, m.source) for m in facts.medications),
        problems=tuple(
            ProblemView(p.kind, p.text, p.source)
            for p in session.execute(
                select(Problem).where(Problem.patient_id == patient_id).order_by(Problem.id)
            ).scalars()
        ),
        contacts=tuple(ContactView(c.name, c.relationship, c.phone) for c in facts.contacts),
        care_team=tuple(
            CareTeamMemberView(t.name, t.role)
            for t in session.execute(
                select(CareTeamMember)
                .where(CareTeamMember.patient_id == patient_id)
                .order_by(CareTeamMember.id)
            ).scalars()
        ),
    )
