"""The safety facts of many admissions at once — resuscitation decision, allergies,
whiteboard safety items, contacts and the decision-maker, medicines, the Latin-script
name — as plain frozen data, in a fixed number of queries however many admissions are
asked for. The census, the card, the console and the handoff all read them here."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from rounds_app.domain.roles import Permission
from rounds_app.domain.safety import (
    NOT_ASSESSED,
    SAFETY_ITEMS,
    AllergyState,
    AllergyStatus,
    Ceiling,
    Resuscitation,
    SafetyItem,
)
from rounds_app.errors import Phrase
from rounds_app.services.actor import Actor, require
from rounds_app.storage.models import (
    Admission,
    Allergy,
    Contact,
    FactRevision,
    Medication,
    Patient,
    ResuscitationDecision,
    SafetyCheck,
    User,
)

__all__ = [
    "AllergyView",
    "ContactView",
    "IdentityView",
    "MedicationView",
    "ResuscitationView",
    "SafetyCheckView",
    "SafetyFacts",
    "safety_facts",
]

# the version a fact has before anyone recorded it
NEVER = 0


@dataclass(frozen=True)
class ResuscitationView:
    status: Resuscitation
    ceiling: Ceiling
    decided_on: date | None
    decided_by: str
    discussed_with: str
    form_reference: str
    recorded_by: str | None
    recorded_at: datetime | None
    version: int  # 0: not discussed yet, no row
    id: int | None = None  # the row, whose history fact_history reads; None: no row

    @property
    def not_discussed(self) -> bool:
        return self.status is Resuscitation.NOT_DISCUSSED


NOT_DISCUSSED = ResuscitationView(
    Resuscitation.NOT_DISCUSSED, Ceiling.NOT_DISCUSSED, None, "", "", "", None, None, NEVER
)


@dataclass(frozen=True)
class SafetyCheckView:
    item: SafetyItem
    state: str
    label: str  # of the state
    detail: str
    since: date | None
    days: int | None  # whole days since `since`, for an item counted in days
    flagged: bool
    recorded_by: str | None
    recorded_at: datetime | None  # None: never assessed
    version: int
    id: int | None = None  # the row, whose history fact_history reads; None: no row

    @property
    def assessed(self) -> bool:
        return self.state != NOT_ASSESSED


@dataclass(frozen=True)
class AllergyView:
    id: int
    substance: str
    reaction: str
    severity: str
    criticality: str
    status: str
    source: str
    recorded_by: str | None
    recorded_at: datetime
    version: int  # the latest revision; 0 for a hospital record's row never changed
    no_known: bool = False


@dataclass(frozen=True)
class ContactView:
    id: int
    name: str
    relationship: str
    phone: str
    next_of_kin: bool
    decision_maker: bool
    may_share: bool
    source: str = ""
    version: int = NEVER


@dataclass(frozen=True)
class MedicationView:
    id: int
    name: str
    dosage: str
    route: str
    frequency: str
    source: str
    version: int = NEVER


@dataclass(frozen=True)
class IdentityView:
    patient_id: int
    latin_name: str
    preferred_name: str
    version: int


@dataclass(frozen=True)
class SafetyFacts:
    admission_id: int
    resuscitation: ResuscitationView
    allergy_state: AllergyState
    allergies: tuple[AllergyView, ...]  # active real allergies, high criticality first
    no_known_recorded: tuple[str | None, datetime] | None  # who, when
    checks: dict[SafetyItem, SafetyCheckView]  # every item
    contacts: tuple[ContactView, ...]
    decision_maker: ContactView | None
    medications: tuple[MedicationView, ...]
    latin_name: str
    # whose facts these are (allergies, contacts and medicines are the patient's), and
    # the names save_identity edits, at the patient's version
    patient_id: int = 0
    identity: IdentityView | None = None


def resuscitation_view(row: ResuscitationDecision, recorded_by: str | None) -> ResuscitationView:
    return ResuscitationView(
        row.status,
        row.ceiling,
        row.decided_on,
        row.decided_by,
        row.discussed_with,
        row.form_reference,
        recorded_by,
        row.recorded_at,
        row.version,
        row.id,
    )


def check_view(
    row: SafetyCheck | None, item: SafetyItem, recorded_by: str | None, today: date
) -> SafetyCheckView:
    vocabulary = SAFETY_ITEMS[item]
    if row is None:
        state = NOT_ASSESSED
        return SafetyCheckView(
            item, state, vocabulary.label_of(state), "", None, None, False, None, None, NEVER
        )
    days = (
        max((today - row.since).days, 0)
        if vocabulary.counts_days and row.since is not None and row.state != NOT_ASSESSED
        else None
    )
    return SafetyCheckView(
        item,
        row.state,
        vocabulary.label_of(row.state),
        row.detail,
        row.since,
        days,
        row.state in vocabulary.flagged,
        recorded_by,
        row.recorded_at,
        row.version,
        row.id,
    )


def allergy_view(row: Allergy, recorded_by: str | None, version: int) -> AllergyView:
    return AllergyView(
        row.id,
        row.substance,
        row.reaction,
        row.severity,
        row.criticality,
        row.status,
        row.source,
        recorded_by,
        row.recorded_at,
        version,
        row.no_known,
    )


def contact_view(row: Contact, version: int) -> ContactView:
    return ContactView(
        row.id,
        row.name,
        row.relationship,
        row.phone,
        row.next_of_kin,
        row.decision_maker,
        row.may_share,
        row.source,
        version,
    )


def medication_view(row: Medication, version: int) -> MedicationView:
    return MedicationView(
        row.id, row.name, row.dosage, row.route, row.frequency, row.source, version
    )


def allergy_state(active: Sequence[AllergyView]) -> AllergyState:
    """Nothing active: nobody has asked; only "no known allergies": asked, none; any
    real allergy active: recorded."""
    if any(not a.no_known for a in active):
        return AllergyState.RECORDED
    return AllergyState.NO_KNOWN if active else AllergyState.NOT_ASKED


def safety_facts(
    session: Session, actor: Actor, admission_ids: Sequence[int], today: date
) -> dict[int, SafetyFacts]:
    """The safety facts of each admission asked for (unknown ids are left out), in
    seven queries whatever their number: its patient, then `facts_of_patients`."""
    require(actor, Permission.VIEW, Phrase("read safety facts"))
    ids = sorted(set(admission_ids))
    if not ids:
        return {}
    patients = {
        admission_id: (patient_id, latin_name, preferred, version)
        for admission_id, patient_id, latin_name, preferred, version in session.execute(
            select(
                Admission.id,
                Admission.patient_id,
                Patient.latin_name,
                Patient.preferred_name,
                Patient.version,
            )
            .join(Patient, Patient.id == Admission.patient_id)
            .where(Admission.id.in_(ids))
        )
    }
    return facts_of_patients(session, patients, today)


# an admission's patient: id, Latin name, preferred name and record version
PatientKey = tuple[int, str, str, int]


def facts_of_patients(
    session: Session, patients: Mapping[int, PatientKey], today: date
) -> dict[int, SafetyFacts]:
    """The safety facts of admissions whose patients the caller has read already (the
    card reads them with the admission), in six queries whatever their number. The
    caller has checked that the actor may read them."""
    ids = sorted(patients)
    patient_ids = sorted({patient[0] for patient in patients.values()})
    resuscitation = {
        row.admission_id: resuscitation_view(row, name)
        for row, name in session.execute(
            select(ResuscitationDecision, User.display_name)
            .outerjoin(User, User.id == ResuscitationDecision.recorded_by_id)
            .where(ResuscitationDecision.admission_id.in_(ids))
        )
    }
    checks: dict[int, dict[SafetyItem, SafetyCheckView]] = defaultdict(dict)
    for check, name in session.execute(
        select(SafetyCheck, User.display_name)
        .outerjoin(User, User.id == SafetyCheck.recorded_by_id)
        .where(SafetyCheck.admission_id.in_(ids))
    ):
        checks[check.admission_id][check.item] = check_view(check, check.item, name, today)
    versions = _list_versions(session, patient_ids)
    allergies: dict[int, list[AllergyView]] = defaultdict(list)
    for row, name in session.execute(
        select(Allergy, User.display_name)
        .outerjoin(User, User.id == Allergy.recorded_by_id)
        .where(Allergy.patient_id.in_(patient_ids), Allergy.status == AllergyStatus.ACTIVE.value)
        .order_by(Allergy.id)
    ):
        version = versions.get(("allergies", row.id), NEVER)
        allergies[row.patient_id].append(allergy_view(row, name, version))
    contacts: dict[int, list[ContactView]] = defaultdict(list)
    for contact in session.execute(
        select(Contact)
        .where(Contact.patient_id.in_(patient_ids), Contact.active.is_(True))
        .order_by(Contact.id)
    ).scalars():
        version = versions.get(("contacts", contact.id), NEVER)
        contacts[contact.patient_id].append(contact_view(contact, version))
    medications: dict[int, list[MedicationView]] = defaultdict(list)
    for medicine in session.execute(
        select(Medication)
        .where(Medication.patient_id.in_(patient_ids), Medication.active.is_(True))
        .order_by(Medication.id)
    ).scalars():
        version = versions.get(("medications", medicine.id), NEVER)
        medications[medicine.patient_id].append(medication_view(medicine, version))
    facts = {}
    for admission_id, (patient_id, latin_name, preferred, version) in patients.items():
        active = allergies[patient_id]
        real = sorted((a for a in active if not a.no_known), key=lambda a: a.criticality != "high")
        stated = [a for a in active if a.no_known]
        people = tuple(contacts[patient_id])
        facts[admission_id] = SafetyFacts(
            admission_id=admission_id,
            resuscitation=resuscitation.get(admission_id, NOT_DISCUSSED),
            allergy_state=allergy_state(active),
            allergies=tuple(real),
            no_known_recorded=(
                (stated[-1].recorded_by, stated[-1].recorded_at) if stated and not real else None
            ),
            checks={
                item: checks[admission_id].get(item) or check_view(None, item, None, today)
                for item in SafetyItem
            },
            contacts=people,
            decision_maker=next((c for c in people if c.decision_maker), None),
            medications=tuple(medications[patient_id]),
            latin_name=latin_name,
            patient_id=patient_id,
            identity=IdentityView(patient_id, latin_name, preferred, version),
        )
    return facts


def _list_versions(session: Session, patient_ids: Sequence[int]) -> dict[tuple[str, int], int]:
    """The latest revision of every allergy, contact and medicine of the patients."""
    return {
        (entity, entity_id): version
        for entity, entity_id, version in session.execute(
            select(FactRevision.entity, FactRevision.entity_id, func.max(FactRevision.version))
            .where(
                FactRevision.patient_id.in_(patient_ids),
                FactRevision.entity.in_(("allergies", "contacts", "medications")),
            )
            .group_by(FactRevision.entity, FactRevision.entity_id)
        )
    }
