"""A ward whose patients differ in every ward fact, built through the services: open
actions due before, on and after a given day and undated, closed ones beside them;
active and retired contingencies, one of 1,000 characters; discharge plans partly
ticked, untouched or missing; expected days passed, due and to come; safety facts
(a DNACPR decision with a comfort ceiling, a high-criticality allergy beside one
entered in error, a high falls risk; no known allergies; nothing asked); a patient
discharged with open actions, who must show nowhere."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta

from rounds_app.domain.enums import ActionStatus, Discipline
from rounds_app.services import (
    actions,
    admissions,
    allergies,
    discharge,
    patient_card,
    safety_facts,
)
from rounds_app.storage.database import Database
from rounds_app.storage.models import Admission
from tests.factories import Ward, small_ward

LONG_CONTINGENCY = ("If she is more drowsy or her saturation falls below 88% " * 18)[:1000]


@dataclass(frozen=True)
class FactsWard:
    ward: Ward
    day: date  # the UTC calendar day the facts are set around
    now: datetime  # noon UTC of that day
    quiet: int  # nothing recorded: no action, contingency, plan or date
    busy: int  # a bit of everything
    planned: int  # a fresh plan, due home on `day`
    discharged: int

    @property
    def current(self) -> list[int]:
        return [self.quiet, self.busy, self.planned]


def admit(db: Database, ward: Ward, mrn: str, day: date, expected: date | None = None) -> int:
    with db.session() as s:
        return admissions.admit(
            s,
            ward.charge,
            ward_id=ward.ward_id,
            bed_id=None,
            patient=admissions.NewPatient(mrn=mrn, given_name="Ana", family_name=mrn),
            admitted_at=datetime.combine(day - timedelta(days=10), time(9), tzinfo=UTC),
            expected_discharge_date=expected,
            one_liner=f"patient {mrn}",
        )


def _action(db: Database, ward: Ward, admission: int, text: str, **owner: object) -> int:
    with db.session() as s:
        return actions.open_action(s, ward.nurse, admission, text=text, **owner)  # type: ignore[arg-type]


def facts_ward(db: Database) -> FactsWard:
    ward = small_ward(db, patients=0)
    day = datetime.now(UTC).date()
    quiet = admit(db, ward, "Q1", day)
    busy = admit(db, ward, "B1", day, expected=day - timedelta(days=1))
    planned = admit(db, ward, "P1", day, expected=day)
    gone = admit(db, ward, "D1", day)

    pharmacist = ward.pharmacist.user_id
    _action(db, ward, busy, "Undated review", owner_user_id=pharmacist)
    _action(db, ward, busy, "Due today", owner_discipline="nursing", due=day)
    _action(
        db,
        ward,
        busy,
        "Chase echo",
        owner_discipline="pharmacy",
        owner_user_id=pharmacist,
        due=day - timedelta(days=2),
    )
    for status in (ActionStatus.DONE, ActionStatus.CANCELLED):
        closed = _action(
            db,
            ward,
            busy,
            f"Closed {status.value}",
            owner_discipline="medicine",
            due=day - timedelta(days=3),
        )
        with db.session() as s:
            actions.close_action(s, ward.nurse, closed, 1, status)
    _action(
        db,
        ward,
        planned,
        "Book transport",
        owner_discipline=Discipline.SOCIAL_WORK,
        due=day + timedelta(days=1),
    )
    _action(db, ward, gone, "Left behind", owner_discipline="nursing", due=day - timedelta(days=1))

    with db.session() as s:
        actions.add_contingency(s, ward.nurse, busy, condition="If febrile", response="cultures")
    with db.session() as s:
        retired = actions.add_contingency(s, ward.nurse, busy, condition="If old", response="no")
    with db.session() as s:
        actions.retire_contingency(s, ward.nurse, retired, 1)
    with db.session() as s:
        actions.add_contingency(
            s, ward.nurse, busy, condition=LONG_CONTINGENCY, response="call the ICU outreach team"
        )
    with db.session() as s:
        actions.add_contingency(s, ward.nurse, gone, condition="If gone", response="nothing")

    edit = discharge.PlanEdit(0, "Home with her sister", "Stairs at home\nNo carer yet", "", "")
    with db.session() as s:
        discharge.save_plan(s, ward.charge, busy, edit)
    with db.session() as s:
        extra = discharge.add_checklist_item(s, ward.charge, busy, "Oxygen assessed")
    with db.session() as s:
        first = patient_card.patient_card(s, ward.charge, busy).discharge_plan
        assert first is not None
    for item in (first.checklist[1].id, extra):
        with db.session() as s:
            discharge.tick_checklist_item(s, ward.nurse, item, True)
    with db.session() as s:
        discharge.save_plan(s, ward.charge, planned, discharge.PlanEdit(0, "", "", "", ""))

    _safety(db, ward, day, busy, planned)
    with db.session() as s:
        admissions.discharge(s, ward.charge, gone)
    now = datetime.combine(day, time(12), tzinfo=UTC)
    return FactsWard(ward, day, now, quiet, busy, planned, gone)


def _safety(db: Database, ward: Ward, day: date, busy: int, planned: int) -> None:
    nurse = ward.nurse
    with db.session() as s:
        safety_facts.record_resuscitation(
            s,
            nurse,
            busy,
            status="dnacpr",
            ceiling="comfort",
            decided_on=day - timedelta(days=2),
            decided_by="Consultant",
            discussed_with="Her daughter",
            form_reference="ReSPECT 0042",
            expected_version=0,
        )
    with db.session() as s:
        safety_facts.save_safety_check(
            s, nurse, busy, "falls_risk", state="high", expected_version=0
        )
    with db.session() as s:
        patient, other = (s.get(Admission, a).patient_id for a in (busy, planned))  # type: ignore[union-attr]
    with db.session() as s:
        allergies.record_allergy(
            s, nurse, patient, substance="Penicillin", reaction="anaphylaxis", criticality="high"
        )
    with db.session() as s:
        allergies.record_allergy(s, nurse, patient, substance="Latex", status="entered_in_error")
    with db.session() as s:
        allergies.record_no_known_allergies(s, nurse, other)
