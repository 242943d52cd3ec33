"""A small database with a little of everything, written straight through the
models: the exchange tests need every table filled and odd text in it."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone

from rounds_app.domain.enums import (
    ActionStatus,
    CardField,
    ContributionKind,
    Discipline,
    MedicationChangeKind,
    Role,
    Severity,
    Voice,
)
from rounds_app.storage.database import Database
from rounds_app.storage.models import (
    ActionItem,
    Admission,
    Bed,
    CardFieldRevision,
    Contingency,
    Contribution,
    DischargeChecklistItem,
    DischargePlan,
    FollowUpAppointment,
    MedicationChange,
    NarrativeField,
    Patient,
    User,
    Ward,
    WardRound,
)

AT = datetime(2026, 11, 25, 8, 30, 40, 123456, tzinfo=UTC)


def populate(db: Database, tag: str) -> None:
    """One ward with a little of everything; `tag` keeps identifiers of two
    databases apart so they can be merged."""
    with db.session() as s:
        ward = Ward(code=f"7A-{tag}", name="Καρδιολογική <b>&amp; 心脏科")
        beds = [Bed(ward=ward, label=f"7-{i}", position=i, active=i != 3) for i in (1, 2, 3)]
        nurse = User(
            username=f"alice-{tag}",
            display_name="Αλίκη",
            discipline=Discipline.NURSING,
            role=Role.CHARGE_NURSE,
            password_hash="$argon2id$fake",
            created_at=AT,
        )
        pharmacist = User(
            username=f"omar-{tag}",
            display_name="عمر الفاروق",
            discipline=Discipline.PHARMACY,
            role=Role.CLINICIAN,
            password_hash="$argon2id$fake",
            active=False,
            created_at=AT.replace(microsecond=0),
        )
        patient = Patient(
            mrn=f"MRN-{tag}-1",
            other_identifiers="nhs|943 476 5919",
            given_name="Ελένη",
            family_name="الحسيني",
            preferred_name="小明",
            pronouns="she/her",
            date_of_birth=date(1948, 2, 29),
            preferred_language="العربية",
            interpreter_needed=True,
        )
        earlier = Patient(mrn=f"MRN-{tag}-2", given_name="Zoë", family_name="Muñoz")
        s.add_all([ward, *beds, nurse, pharmacist, patient, earlier])
        s.flush()
        admission = Admission(
            patient=patient,
            ward=ward,
            bed=beds[0],
            # a local time: exported in UTC, as 08:30:40.123456
            admitted_at=datetime(
                2026, 11, 25, 10, 30, 40, 123456, tzinfo=timezone(timedelta(hours=2))
            ),
            expected_discharge_date=date(2026, 12, 1),
            severity=Severity.WATCHER,
            severity_changed_at=AT,
            one_liner="<b>&amp; 中文 — ανάσα",
            goals_revisited_at=AT,
            goals_revisited_by_id=pharmacist.id,
        )
        # discharged from the same bed, which only a current admission would forbid
        gone = Admission(
            patient=earlier,
            ward=ward,
            bed=beds[0],
            admitted_at=AT - timedelta(days=9),
            discharged_at=AT - timedelta(days=2),
            severity_changed_at=AT - timedelta(days=9),
        )
        s.add_all(
            [admission, gone, WardRound(ward_id=ward.id, started_at=AT, facilitator_id=nurse.id)]
        )
        s.flush()
        field = NarrativeField(
            admission_id=admission.id,
            field=CardField.WHAT_MATTERS_MOST,
            text=f"Να δει την εγγονή της {tag}",
            voice=Voice.PATIENT,
            edited_by_id=nurse.id,
            edited_at=AT,
        )
        worries = NarrativeField(
            admission_id=admission.id,
            field=CardField.WORRIES,
            text="القطة في البيت",
            voice=Voice.FAMILY,
            edited_by_id=None,
            edited_at=AT,
        )
        first = Contribution(
            admission_id=admission.id,
            discipline=Discipline.PHARMACY,
            kind=ContributionKind.RECOMMENDATION,
            author_id=pharmacist.id,
            created_at=AT,
            text=f"Stop 华法林 {tag}",
        )
        s.add_all([field, worries, first])
        s.flush()
        s.add_all(
            [
                CardFieldRevision(
                    narrative_field_id=field.id,
                    version=1,
                    text="Να δει",
                    voice=Voice.PATIENT,
                    edited_by_id=nurse.id,
                    edited_at=AT,
                ),
                CardFieldRevision(
                    narrative_field_id=field.id,
                    version=2,
                    text=field.text,
                    voice=Voice.PATIENT,
                    edited_by_id=nurse.id,
                    edited_at=AT,
                ),
            ]
        )
        second = Contribution(
            admission_id=admission.id,
            discipline=Discipline.PHARMACY,
            kind=ContributionKind.RECOMMENDATION,
            author_id=pharmacist.id,
            created_at=AT + timedelta(minutes=5),
            text=f"Hold 华法林 {tag}",
            original_id=first.id,
            amends_id=first.id,
            amendment_reason="wrong verb",
        )
        s.add(second)
        s.flush()
        s.add_all(
            [
                Contribution(
                    admission_id=admission.id,
                    discipline=Discipline.PHARMACY,
                    kind=ContributionKind.RECOMMENDATION,
                    author_id=pharmacist.id,
                    created_at=AT + timedelta(minutes=9),
                    text=f"Hold 华法林 tonight {tag}",
                    original_id=first.id,
                    amends_id=second.id,
                    amendment_reason="timing",
                ),
                Contribution(
                    admission_id=admission.id,
                    discipline=Discipline.NURSING,
                    kind=ContributionKind.CONCERN,
                    author_id=nurse.id,
                    created_at=AT,
                    text="قلقة في الليل",
                    sensitive=True,
                ),
                ActionItem(
                    admission_id=admission.id,
                    text="Book 超声",
                    owner_discipline=Discipline.NURSING,
                    owner_user_id=nurse.id,
                    due=date(2026, 11, 26),
                    opened_by_id=nurse.id,
                    opened_at=AT,
                ),
                ActionItem(
                    admission_id=admission.id,
                    text="Review INR",
                    owner_discipline=None,
                    owner_user_id=pharmacist.id,
                    status=ActionStatus.DONE,
                    opened_by_id=nurse.id,
                    opened_at=AT,
                    closed_by_id=pharmacist.id,
                    closed_at=AT + timedelta(hours=1),
                ),
                Contingency(
                    admission_id=admission.id,
                    condition="If SpO₂ < 92 %",
                    response="then call <b>&amp;",
                    created_by_id=nurse.id,
                    created_at=AT,
                ),
            ]
        )
        plan = DischargePlan(
            admission_id=admission.id,
            destination="Σπίτι",
            barriers="stairs",
            warning_signs="ضيق التنفس",
            whom_to_call="Ward 7A",
            updated_by_id=nurse.id,
            updated_at=AT,
        )
        s.add(plan)
        s.flush()
        s.add_all(
            [
                DischargeChecklistItem(
                    plan_id=plan.id,
                    position=1,
                    item="Medicines reconciled",
                    done=True,
                    done_by_id=pharmacist.id,
                    done_at=AT,
                ),
                DischargeChecklistItem(plan_id=plan.id, position=2, item="Transport"),
                FollowUpAppointment(
                    plan_id=plan.id,
                    with_whom="Dr 李",
                    when=AT + timedelta(days=14),
                    where="Clinic 3",
                    purpose="INR",
                    booked=True,
                ),
                FollowUpAppointment(plan_id=plan.id, with_whom="GP", when=None),
                MedicationChange(
                    plan_id=plan.id,
                    medication="Warfarin",
                    change=MedicationChangeKind.STOPPED,
                    reason="Bleeding risk",
                ),
            ]
        )
        s.commit()
