"""Importing FHIR R4: the specification's own examples, a Synthea record of 875 entries
and a ward census written for these tests, on SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import select

from rounds_app.domain.clock import utc_now
from rounds_app.domain.enums import CardField, Voice
from rounds_app.errors import ImportRefused
from rounds_app.interop.apply import apply
from rounds_app.interop.fhir_import import plan_fhir_import
from rounds_app.services import admissions, cards, wards
from rounds_app.storage.database import Database
from rounds_app.storage.models import Admission, Patient, ProblemKind
from tests.interop.helpers import ADMIN, DATA, card_of, counts, import_fhir, make_ward

SPEC = [
    DATA / "r4-patient-example.json",
    DATA / "r4-encounter-example.json",
    DATA / "r4-allergyintolerance-example.json",
    DATA / "r4b-bundle-example.json",
]
CENSUS = DATA / "ward-census.json"
SYNTHEA = DATA / "synthea-two-patients.json"


def _patient(db: Database, mrn: str) -> Patient | None:
    with db.session() as s:
        return s.execute(select(Patient).where(Patient.mrn == mrn)).scalar_one_or_none()


def test_the_specification_examples_map_to_a_patient_on_the_ward(db: Database) -> None:
    ward_id = make_ward(db)
    summary = import_fhir(db, SPEC, ward_id)
    assert (summary.created, summary.updated, summary.admissions_created) == (1, 0, 1)
    card = card_of(db, "12345")
    a = card.admission
    assert (a.given_name, a.family_name, a.preferred_name) == ("Peter James", "Chalmers", "Jim")
    assert (a.date_of_birth, a.gender) == (date(1974, 12, 25), "male")
    # encounter-example is in progress and inpatient, but names no bed
    assert a.bed_label is None and a.ward_id == ward_id
    assert utc_now() - a.admitted_at < timedelta(minutes=5)
    assert a.allergies == ("Cashew nuts (high)",) and not a.no_known_allergies
    assert [(c.name, c.relationship, c.phone) for c in card.contacts] == [
        ("Bénédicte du Marché", "next of kin", "+33 (237) 998327")
    ]
    # bundle-example's MedicationRequest is about Patient/347, who is not in the files
    assert summary.unresolved == ("Patient/347 (in MedicationRequest/3123)",)
    assert [s.what for s in summary.skipped] == ["MedicationRequest/3123", "Medication"]
    assert card.medications == ()


def test_a_synthea_record_of_875_entries_maps_its_two_patients(db: Database) -> None:
    ward_id = make_ward(db)
    summary = import_fhir(db, [SYNTHEA], ward_id, admit=True)
    assert (summary.created, summary.admissions_created, summary.unresolved) == (2, 2, ())
    first = card_of(db, "41166989-975d-4d17-b9de-17f94cb3eec1")
    a = first.admission
    assert (a.given_name, a.family_name, a.bed_label) == ("Aaron697", "Stiedemann542", "7-1")
    assert (a.date_of_birth, a.preferred_language) == (date(1946, 3, 29), "English")
    patient = _patient(db, a.mrn)
    assert patient is not None
    assert "http://hl7.org/fhir/sid/us-ssn|999-17-8717" in patient.other_identifiers.splitlines()
    assert [m.name for m in first.medications] == ["Simvistatin 10 MG"]
    conditions = [p.text for p in first.problems if p.kind == ProblemKind.CONDITION]
    assert conditions == ["Prediabetes", "Anemia (disorder)", "Hyperlipidemia"]
    plans = [p.text for p in first.problems if p.kind == ProblemKind.CARE_PLAN]
    assert [p.split(":")[0] for p in plans] == [
        "Diabetes self management plan",
        "Hyperlipidemia clinical management plan",
    ]
    goals = first.fields[CardField.GOALS_OF_CARE]
    assert goals.text.splitlines()[0] == "Hemoglobin A1c total in Blood < 7.0"
    assert len(goals.text.splitlines()) == 5
    assert {t.name for t in first.care_team} >= {"LOWELL GENERAL HOSPITAL"}
    second = card_of(db, "2fa15bc7-8866-461a-9000-f739e425860a")
    assert second.admission.bed_label == "7-2"
    assert len([p for p in second.problems if p.kind == ProblemKind.CONDITION]) == 5
    skipped = {s.what: str(s.why) for s in summary.skipped}
    assert skipped["Observation ×561"] == "Rounds does not import this resource type"


def test_the_ward_census_maps_every_resource_rounds_reads(db: Database) -> None:
    ward_id = make_ward(db)
    summary = import_fhir(db, [CENSUS], ward_id)
    assert (summary.created, summary.admissions_created, summary.goals_written) == (3, 2, 1)
    eleni = card_of(db, "MRN-0001")
    a = eleni.admission
    assert (a.given_name, a.family_name, a.preferred_name) == ("Ελένη", "Παπαδοπούλου", "Λένα")
    assert (a.preferred_language, a.interpreter_needed, a.bed_label) == ("Ελληνικά", True, "7-2")
    assert a.admitted_at == datetime(2026, 11, 20, 7, 15, tzinfo=UTC)
    assert a.allergies == ("Penicillin (high)",)
    assert [(m.name, m.dosage) for m in eleni.medications] == [
        ("Metformin 500 mg tablets", "One tablet twice a day with meals"),
        ("Apixaban 2.5 mg tablets", "2.5 mg twice a day"),
    ]
    assert [(p.kind, p.text) for p in eleni.problems] == [
        (ProblemKind.CONDITION, "Heart failure with reduced ejection fraction"),
        (ProblemKind.GOAL, "To walk to the garden to see my granddaughter"),
        (
            ProblemKind.CARE_PLAN,
            "Heart failure self-management: daily weights, fluid limit 1.5 litres",
        ),
    ]
    assert [(t.name, t.role) for t in eleni.care_team] == [
        ("Omar Haddad", "Community pharmacist"),
        ("Anna Schmidt", "General practitioner"),
        ("Maria Georgiou", "Home care nurse"),
    ]
    assert [(c.name, c.relationship, c.phone) for c in eleni.contacts] == [
        ("Sofia Papadopoulou", "daughter", "+44 20 7946 0958")
    ]
    goals = eleni.fields[CardField.GOALS_OF_CARE]
    assert goals.text == "To walk to the garden to see my granddaughter"
    assert (goals.voice, goals.edited_by, goals.version) == (Voice.CLINICIAN, None, 1)

    kwame = card_of(db, "MRN-0002").admission
    # the bed from the Location's identifier; the interpreter from US Core on the Encounter
    assert (kwame.bed_label, kwame.interpreter_needed, kwame.preferred_name) == (
        "7-3",
        True,
        "Kofi",
    )
    assert kwame.allergies == () and kwame.no_known_allergies

    assert _patient(db, "MRN-0003") is None  # deceased: reported, not admitted
    yuki = _patient(db, "MRN-0004")
    assert yuki is not None and (yuki.family_name, yuki.given_name) == ("田中", "由紀")
    why = {s.what: str(s.why) for s in summary.skipped}
    assert why["Patient/pat-ahmed"] == "deceased"
    assert why["AllergyIntolerance/alg-ahmed"].startswith("its patient Patient/pat-ahmed")
    assert why["MedicationRequest/mr-stopped"] == "status stopped, not active"
    assert summary.unresolved == (
        "Patient?identifier=http://hospital.example.org/mrn|MRN-9999 "
        "(in AllergyIntolerance/alg-elsewhere)",
    )
    assert "Patients: 3 created, 0 updated, 1 skipped; admissions created: 2" in summary.lines()[0]


def test_importing_twice_updates_by_mrn_and_duplicates_nothing(db: Database) -> None:
    ward_id = make_ward(db)
    import_fhir(db, [CENSUS, SYNTHEA], ward_id)
    first = counts(db)
    again = import_fhir(db, [CENSUS, SYNTHEA], ward_id)
    assert (again.created, again.updated, again.admissions_created, again.items) == (0, 5, 0, 0)
    second = counts(db)
    for table in ("audit_events", "change_log"):
        assert second.pop(table) > first.pop(table)
    assert second == first
    # --admit now admits the two without a stay, and still adds no one twice
    admitted = import_fhir(db, [CENSUS, SYNTHEA], ward_id, admit=True)
    assert (admitted.created, admitted.admissions_created) == (0, 3)
    assert card_of(db, "MRN-0004").admission.bed_label == "7-1"


def test_what_the_ward_wrote_is_never_overwritten(db: Database) -> None:
    ward_id = make_ward(db)
    import_fhir(db, [CENSUS], ward_id)
    eleni = card_of(db, "MRN-0001").admission
    with db.session() as s:
        patient = s.execute(select(Patient).where(Patient.mrn == "MRN-0001")).scalar_one()
        patient.preferred_name = "Eleni"
        patient.preferred_language = "Greek, some English"
        s.commit()
    with db.session() as s:
        cards.save_field(
            s, ADMIN, eleni.id, CardField.GOALS_OF_CARE, "Home by Christmas", Voice.PATIENT, 1
        )
    import_fhir(db, [CENSUS], ward_id)
    card = card_of(db, "MRN-0001")
    assert card.fields[CardField.GOALS_OF_CARE].text == "Home by Christmas"
    assert (card.admission.preferred_name, card.admission.preferred_language) == (
        "Eleni",
        "Greek, some English",
    )
    assert card.admission.given_name == "Ελένη"  # the record's identity still wins


def test_planning_writes_nothing_and_apply_refuses_a_bed_taken_since(db: Database) -> None:
    ward_id = make_ward(db)
    before = counts(db)
    with db.session() as s:
        plan = plan_fhir_import(s, ADMIN, [CENSUS], ward_id)
    assert counts(db) == before
    assert [p.details.mrn for p in plan.to_create] == ["MRN-0001", "MRN-0002", "MRN-0004"]
    assert [p.admission.bed_label for p in plan.admissions if p.admission] == ["7-2", "7-3"]
    assert str(plan.patients[2].note) == "no current inpatient encounter, so not admitted"
    with db.session() as s:
        bed_7_2 = wards.list_beds(s, ADMIN, ward_id)[1].id
        admissions.admit(
            s,
            ADMIN,
            ward_id=ward_id,
            bed_id=bed_7_2,
            patient=admissions.NewPatient(mrn="OTHER", given_name="Zoë", family_name="Muñoz"),
        )
    before = counts(db)
    with db.session() as s, pytest.raises(ImportRefused) as refused:
        apply(s, ADMIN, plan)
    assert str(refused.value).startswith("bed 7-2 was taken after the import was planned")
    assert counts(db) == before


def test_without_a_ward_patients_are_kept_but_nobody_is_admitted(db: Database) -> None:
    summary = import_fhir(db, [CENSUS], None)
    assert (summary.created, summary.admissions_created, summary.goals_written) == (3, 0, 0)
    with db.session() as s:
        assert s.execute(select(Admission.id)).first() is None
