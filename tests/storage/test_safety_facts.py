"""The safety facts: each write keeps its history, refuses a stale save and wakes the
ward; "not yet discussed", "not asked" and "not assessed" stay states of their own."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import select

from rounds_app.domain.clock import utc_now
from rounds_app.domain.safety import AllergyState, Ceiling, Resuscitation, SafetyItem
from rounds_app.errors import ConflictError, PermissionDenied, ValidationError
from rounds_app.services import safety_facts as facts
from rounds_app.services.safety_flags import flags
from rounds_app.services.safety_views import safety_facts
from rounds_app.storage.database import Database
from rounds_app.storage.models import ChangeLogEntry, Patient
from tests.factories import Ward, small_ward


def _facts(db: Database, ward: Ward, index: int = 0):  # type: ignore[no-untyped-def]
    admission_id = ward.admission_ids[index]
    with db.session() as s:
        return safety_facts(s, ward.display, [admission_id], utc_now().date())[admission_id]


def _patient_id(db: Database, ward: Ward, index: int = 0) -> int:
    with db.session() as s:
        mrn = f"MRN{index:04d}"
        return s.execute(select(Patient.id).where(Patient.mrn == mrn)).scalar_one()


def _resuscitation(db: Database, ward: Ward, version: int, **changes):  # type: ignore[no-untyped-def]
    values = {
        "status": Resuscitation.DNACPR,
        "ceiling": Ceiling.WARD_BASED,
        "decided_on": utc_now().date(),
        "decided_by": "consultant physician",
        "discussed_with": "patient and daughter",
        "form_reference": "ReSPECT form in the notes",
    } | changes
    with db.session() as s:
        return facts.record_resuscitation(
            s, ward.nurse, ward.admission_ids[0], expected_version=version, **values
        )


def test_resuscitation_is_not_discussed_until_recorded_then_keeps_history(db: Database) -> None:
    ward = small_ward(db, patients=1)
    before = _facts(db, ward).resuscitation
    assert before.not_discussed and before.ceiling is Ceiling.NOT_DISCUSSED
    assert before.version == 0
    assert [f.code for f in flags(_facts(db, ward))][:1] == ["cpr_not_discussed"]

    first = _resuscitation(db, ward, 0, status=Resuscitation.FOR_CPR, ceiling="full_escalation")
    assert (first.version, first.recorded_by) == (1, "Nurse")
    second = _resuscitation(db, ward, 1)
    assert second.version == 2
    shown = _facts(db, ward)
    assert shown.resuscitation.status is Resuscitation.DNACPR
    assert shown.resuscitation.form_reference == "ReSPECT form in the notes"
    codes = [f.code for f in flags(shown)]
    assert "dnacpr" in codes and "ceiling" in codes and "cpr_not_discussed" not in codes

    with pytest.raises(ConflictError) as raised:
        _resuscitation(db, ward, 1, status=Resuscitation.FOR_CPR)
    assert raised.value.theirs.values["status"] == "dnacpr"
    assert raised.value.mine.values["status"] == "for_cpr"
    assert _facts(db, ward).resuscitation.version == 2

    with db.session() as s:
        history = facts.fact_history(s, ward.display, "resuscitation_decisions", 1)
    assert [(h.version, h.values["status"], h.recorded_by) for h in history] == [
        (1, "for_cpr", "Nurse"),
        (2, "dnacpr", "Nurse"),
    ]
    assert history[1].values["decided_on"] == utc_now().date().isoformat()


def test_a_write_wakes_the_ward(db: Database) -> None:
    ward = small_ward(db, patients=1)
    _resuscitation(db, ward, 0)
    with db.session() as s:
        last = s.execute(select(ChangeLogEntry).order_by(ChangeLogEntry.id.desc())).scalars()
        entry = next(iter(last))
    assert (entry.ward_id, entry.admission_id) == (ward.ward_id, ward.admission_ids[0])
    assert entry.entity == "resuscitation_decision"


def test_bad_input_and_roles_are_refused(db: Database) -> None:
    ward = small_ward(db, patients=1)
    with pytest.raises(ValidationError, match="Resuscitation status 'maybe' is not one of"):
        _resuscitation(db, ward, 0, status="maybe")
    with pytest.raises(ValidationError, match="The date decided is in the future"):
        _resuscitation(db, ward, 0, decided_on=date.today() + timedelta(days=2))
    with pytest.raises(PermissionDenied, match="ward display account cannot record"):
        with db.session() as s:
            facts.record_resuscitation(
                s,
                ward.display,
                ward.admission_ids[0],
                status="for_cpr",
                ceiling="full_escalation",
                decided_on=None,
                decided_by="",
                discussed_with="",
                form_reference="",
                expected_version=0,
            )
    with pytest.raises(ValidationError, match="Falls risk 'sometimes' is not one of"):
        with db.session() as s:
            facts.save_safety_check(
                s,
                ward.nurse,
                ward.admission_ids[0],
                "falls_risk",
                state="sometimes",
                expected_version=0,
            )
    with pytest.raises(PermissionDenied, match="clinician account cannot edit a patient"):
        with db.session() as s:
            facts.save_identity(
                s,
                ward.nurse,
                _patient_id(db, ward),
                latin_name="Eleni",
                preferred_name="",
                expected_version=1,
            )
    assert _facts(db, ward).resuscitation.version == 0


def test_not_assessed_is_distinct_from_none_and_lines_count_days(db: Database) -> None:
    ward = small_ward(db, patients=1)
    before = _facts(db, ward).checks
    assert set(before) == set(SafetyItem)
    assert all(
        not c.assessed and c.version == 0 and c.label == "not assessed" for c in before.values()
    )
    admission_id = ward.admission_ids[0]
    with db.session() as s:
        none = facts.save_safety_check(
            s, ward.nurse, admission_id, SafetyItem.ISOLATION, state="none", expected_version=0
        )
    assert none.assessed and none.state == "none" and not none.flagged
    since = utc_now().date() - timedelta(days=3)
    with db.session() as s:
        facts.save_safety_check(
            s,
            ward.nurse,
            admission_id,
            "lines",
            state="present",
            detail="PICC right arm",
            since=since,
            expected_version=0,
        )
    checks = _facts(db, ward).checks
    assert checks[SafetyItem.ISOLATION].state == "none"
    assert checks[SafetyItem.MOBILITY].state == "not_assessed"
    lines = checks[SafetyItem.LINES]
    assert (lines.days, lines.flagged, lines.recorded_by) == (3, True, "Nurse")
    shown = {f.code: f for f in flags(_facts(db, ward))}
    assert shown["safety:lines"].long == "Lines and catheters: in place, 3 days: PICC right arm"
    assert shown["not_assessed"].short == "6 not assessed"
    assert "safety:isolation" not in shown

    with pytest.raises(ConflictError):
        with db.session() as s:
            facts.save_safety_check(
                s,
                ward.pharmacist,
                admission_id,
                "isolation",
                state="contact",
                expected_version=0,
            )
    with db.session() as s:
        again = facts.save_safety_check(
            s,
            ward.pharmacist,
            admission_id,
            "isolation",
            state="contact",
            detail="MRSA",
            expected_version=1,
        )
    assert (again.version, again.recorded_by, again.flagged) == (2, "Pharm", True)


def test_no_known_allergies_not_asked_and_recorded(db: Database) -> None:
    ward = small_ward(db, patients=1)
    patient_id = _patient_id(db, ward)
    assert _facts(db, ward).allergy_state is AllergyState.NOT_ASKED
    with db.session() as s:
        facts.record_no_known_allergies(s, ward.nurse, patient_id)
    stated = _facts(db, ward)
    assert stated.allergy_state is AllergyState.NO_KNOWN and stated.allergies == ()
    assert stated.no_known_recorded is not None and stated.no_known_recorded[0] == "Nurse"
    assert [f.short for f in flags(stated)][1:2] == ["NKA"]

    with db.session() as s:
        penicillin = facts.record_allergy(
            s,
            ward.pharmacist,
            patient_id,
            substance="Penicillin",
            reaction="anaphylaxis",
            severity="severe",
            criticality="high",
        )
    recorded = _facts(db, ward)
    assert recorded.allergy_state is AllergyState.RECORDED
    assert recorded.no_known_recorded is None
    assert [(a.substance, a.reaction, a.version) for a in recorded.allergies] == [
        ("Penicillin", "anaphylaxis", 1)
    ]
    allergy_flag = next(f for f in flags(recorded) if f.code.startswith("allergy"))
    assert allergy_flag.code == "allergy_high"
    assert allergy_flag.long == "Allergies: Penicillin — anaphylaxis (severe, high criticality)"

    with db.session() as s:
        statement = facts.fact_history(s, ward.display, "allergies", penicillin.id - 1)
    assert [h.values["status"] for h in statement] == ["active", "inactive"]

    with pytest.raises(ValidationError, match="Allergies are recorded for this patient"):
        with db.session() as s:
            facts.record_no_known_allergies(s, ward.nurse, patient_id)
    with pytest.raises(ValidationError, match="already recorded"):
        with db.session() as s:
            facts.record_allergy(s, ward.nurse, patient_id, substance="penicillin")
    with pytest.raises(ValidationError, match="The severity must be one of"):
        with db.session() as s:
            facts.record_allergy(s, ward.nurse, patient_id, substance="Latex", severity="awful")

    def withdraw(version: int):  # type: ignore[no-untyped-def]
        with db.session() as s:
            return facts.update_allergy(
                s,
                ward.nurse,
                penicillin.id,
                substance="Penicillin",
                reaction="anaphylaxis",
                severity="severe",
                criticality="high",
                status="entered_in_error",
                expected_version=version,
            )

    with pytest.raises(ConflictError):
        withdraw(0)
    assert withdraw(1).version == 2
    assert _facts(db, ward).allergy_state is AllergyState.NOT_ASKED
    with db.session() as s:
        facts.record_no_known_allergies(s, ward.nurse, patient_id)
    assert _facts(db, ward).allergy_state is AllergyState.NO_KNOWN


def test_contacts_the_decision_maker_and_medicines(db: Database) -> None:
    ward = small_ward(db, patients=1)
    patient_id = _patient_id(db, ward)
    with db.session() as s:
        daughter = facts.save_contact(
            s,
            ward.nurse,
            patient_id,
            name="Maria Silva",
            relationship="daughter",
            phone="+44 7700 900123",
            next_of_kin=True,
            decision_maker=True,
            may_share=True,
        )
    with db.session() as s:
        facts.save_contact(s, ward.nurse, patient_id, name="João Silva", relationship="son")
    shown = _facts(db, ward)
    assert [c.name for c in shown.contacts] == ["Maria Silva", "João Silva"]
    assert shown.decision_maker is not None and shown.decision_maker.phone == "+44 7700 900123"
    with pytest.raises(ValidationError, match="on the list already"):
        with db.session() as s:
            facts.save_contact(s, ward.nurse, patient_id, name="maria silva")
    with db.session() as s:
        facts.save_contact(
            s,
            ward.nurse,
            patient_id,
            contact_id=daughter.id,
            name="Maria Silva",
            active=False,
            expected_version=1,
        )
    with pytest.raises(ConflictError):
        with db.session() as s:
            facts.save_contact(
                s,
                ward.nurse,
                patient_id,
                contact_id=daughter.id,
                name="Maria Silva",
                expected_version=1,
            )
    shown = _facts(db, ward)
    assert [c.name for c in shown.contacts] == ["João Silva"] and shown.decision_maker is None

    with db.session() as s:
        ramipril = facts.save_medication(
            s,
            ward.pharmacist,
            patient_id,
            name="Ramipril",
            dosage="5 mg",
            route="oral",
            frequency="once daily",
        )
    assert [(m.name, m.route, m.frequency) for m in _facts(db, ward).medications] == [
        ("Ramipril", "oral", "once daily")
    ]
    with db.session() as s:
        facts.save_medication(
            s,
            ward.pharmacist,
            patient_id,
            medication_id=ramipril.id,
            name="Ramipril",
            active=False,
            expected_version=1,
        )
    assert _facts(db, ward).medications == ()
    with db.session() as s:
        history = facts.fact_history(s, ward.display, "medications", ramipril.id)
    assert [(h.values["active"], h.recorded_by) for h in history] == [
        (True, "Pharm"),
        (False, "Pharm"),
    ]


def test_identity_keeps_the_latin_name_with_history(db: Database) -> None:
    ward = small_ward(db, patients=1)
    patient_id = _patient_id(db, ward)
    with db.session() as s:
        saved = facts.save_identity(
            s,
            ward.charge,
            patient_id,
            latin_name="Eleni Papadopoulou",
            preferred_name="Eleni",
            expected_version=1,
        )
    assert saved.version == 2
    assert _facts(db, ward).latin_name == "Eleni Papadopoulou"
    with pytest.raises(ConflictError):
        with db.session() as s:
            facts.save_identity(
                s,
                ward.charge,
                patient_id,
                latin_name="E. Papadopoulou",
                preferred_name="",
                expected_version=1,
            )
    with db.session() as s:
        history = facts.fact_history(s, ward.display, "patients", patient_id)
    assert [(h.values, h.recorded_by) for h in history] == [
        ({"latin_name": "Eleni Papadopoulou", "preferred_name": "Eleni"}, "Charge")
    ]
    with pytest.raises(ValidationError, match="Fact 'beds' is not one of"):
        with db.session() as s:
            facts.fact_history(s, ward.display, "beds", 1)
