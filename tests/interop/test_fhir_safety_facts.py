"""The safety facts in FHIR: allergies with reaction, severity and status, NKA as SNOMED
716186003, contacts on the Patient with next of kin coded, the Latin-letter name as an
alphabetic HumanName, and the code status as a section — exported valid under R4B and
read back into the same facts. An import of a substance the ward entered updates that
row and keeps what the ward recorded that the record does not carry."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

from fhir.resources.R4B.bundle import Bundle
from sqlalchemy import select

from rounds_app.domain.clock import utc_now
from rounds_app.domain.safety import AllergyState
from rounds_app.interop.export_sections import CODE_STATUS
from rounds_app.interop.fhir_export import export_fhir
from rounds_app.services import safety_facts as facts
from rounds_app.services.safety_views import SafetyFacts, safety_facts
from rounds_app.storage.database import Database
from rounds_app.storage.models import Admission, Allergy, Patient
from tests.factories import small_ward
from tests.interop.helpers import ADMIN, import_fhir, make_ward


def _eleni(db: Database) -> tuple[int, int]:
    """Ελένη Παπαδοπούλου in bed 7-1, with a safety fact of every kind: (admission,
    patient)."""
    ward = small_ward(db, patients=1)
    admission_id = ward.admission_ids[0]
    with db.session() as s:
        patient_id = s.get(Admission, admission_id).patient_id  # type: ignore[union-attr]
    with db.session() as s:
        facts.save_identity(
            s,
            ward.charge,
            patient_id,
            latin_name="Eleni Papadopoulou",
            preferred_name="",
            expected_version=1,
        )
    with db.session() as s:
        facts.record_allergy(
            s,
            ward.nurse,
            patient_id,
            substance="Penicillin",
            reaction="anaphylaxis",
            severity="severe",
            criticality="high",
        )
    with db.session() as s:
        latex = facts.record_allergy(s, ward.nurse, patient_id, substance="Latex")
    with db.session() as s:
        facts.update_allergy(
            s,
            ward.nurse,
            latex.id,
            substance="Latex",
            reaction="",
            severity="",
            criticality="",
            status="entered_in_error",
            expected_version=1,
        )
    with db.session() as s:
        facts.save_contact(
            s,
            ward.nurse,
            patient_id,
            name="Maria Papadopoulou",
            relationship="daughter",
            phone="+30 210 000 0000",
            next_of_kin=True,
        )
    with db.session() as s:
        facts.record_resuscitation(
            s,
            ward.nurse,
            admission_id,
            status="dnacpr",
            ceiling="ward_based",
            decided_on=None,
            decided_by="consultant physician",
            discussed_with="patient and daughter",
            form_reference="ReSPECT form",
            expected_version=0,
        )
    return admission_id, patient_id


def _resources(document: dict[str, Any], kind: str) -> list[dict[str, Any]]:
    return [e["resource"] for e in document["entry"] if e["resource"]["resourceType"] == kind]


def _read(db: Database) -> SafetyFacts:
    with db.session() as s:
        admission_id = s.execute(select(Admission.id)).scalar_one()
        return safety_facts(s, ADMIN, [admission_id], utc_now().date())[admission_id]


def test_the_safety_facts_travel_in_fhir_and_come_back(
    db: Database, open_db: Callable[[], Database], tmp_path: Path
) -> None:
    admission_id, _ = _eleni(db)
    out = tmp_path / "eleni.json"
    with db.session() as s:
        export_fhir(s, ADMIN, admission_id, out)
    document = json.loads(out.read_text("utf-8"))
    Bundle.model_validate(document)

    patient = _resources(document, "Patient")[0]
    assert patient["name"][1]["text"] == "Eleni Papadopoulou"
    assert patient["name"][1]["extension"][0]["valueCode"] == "ABC"
    contact = patient["contact"][0]
    assert contact["relationship"][0]["coding"][0]["code"] == "N"
    assert contact["telecom"] == [{"system": "phone", "value": "+30 210 000 0000"}]
    allergies = {a["code"]["text"]: a for a in _resources(document, "AllergyIntolerance")}
    assert allergies["Penicillin"]["reaction"] == [
        {"manifestation": [{"text": "anaphylaxis"}], "severity": "severe"}
    ]
    assert allergies["Penicillin"]["clinicalStatus"]["coding"][0]["code"] == "active"
    assert "clinicalStatus" not in allergies["Latex"]
    assert allergies["Latex"]["verificationStatus"]["coding"][0]["code"] == "entered-in-error"
    sections = {s["title"]: s for s in _resources(document, "Composition")[0]["section"]}
    code_status = sections[CODE_STATUS]["text"]["div"]
    assert "Do not attempt CPR" in code_status and "Ward-based care, not for ICU" in code_status
    assert "ReSPECT form" in code_status

    target = open_db()
    import_fhir(target, [out], make_ward(target))
    read = _read(target)
    assert read.latin_name == "Eleni Papadopoulou"
    assert [(a.substance, a.reaction, a.severity, a.criticality) for a in read.allergies] == [
        ("Penicillin", "anaphylaxis", "severe", "high")
    ]
    assert [(c.name, c.relationship, c.next_of_kin) for c in read.contacts] == [
        ("Maria Papadopoulou", "daughter", True)
    ]
    with target.session() as s:
        assert s.execute(select(Patient.preferred_name)).scalar_one() == ""


def test_code_status_not_yet_discussed_is_said(db: Database, tmp_path: Path) -> None:
    ward = small_ward(db, patients=1)
    out = tmp_path / "new.json"
    with db.session() as s:
        export_fhir(s, ADMIN, ward.admission_ids[0], out)
    document = json.loads(out.read_text("utf-8"))
    sections = {s["title"]: s for s in _resources(document, "Composition")[0]["section"]}
    assert "CPR not yet discussed" in sections[CODE_STATUS]["text"]["div"]


def _bundle(path: Path, *resources: dict[str, Any]) -> Path:
    entries = [
        {"fullUrl": f"urn:uuid:00000000-0000-0000-0000-00000000000{i}", "resource": r}
        for i, r in enumerate(resources, 1)
    ]
    path.write_text(json.dumps({"resourceType": "Bundle", "type": "collection", "entry": entries}))
    return path


PATIENT = {
    "resourceType": "Patient",
    "id": "p1",
    "identifier": [
        {
            "type": {
                "coding": [
                    {"system": "http://terminology.hl7.org/CodeSystem/v2-0203", "code": "MR"}
                ]
            },
            "value": "MRN0000",
        }
    ],
    "name": [
        {"use": "official", "family": "Παπαδοπούλου", "given": ["Ελένη"]},
        {"use": "usual", "family": "Papadopoulou", "given": ["Eleni"]},
        {"use": "nickname", "given": ["Λένα"]},
    ],
    "contact": [
        {
            "relationship": [
                {
                    "coding": [
                        {"system": "http://terminology.hl7.org/CodeSystem/v2-0131", "code": "N"}
                    ]
                }
            ],
            "name": {"text": "Maria Papadopoulou"},
        }
    ],
}


def test_an_import_updates_what_the_ward_entered_and_keeps_what_it_does_not_carry(
    db: Database, tmp_path: Path
) -> None:
    _, patient_id = _eleni(db)
    with db.session() as s:
        facts.save_identity(
            s, ADMIN, patient_id, latin_name="", preferred_name="", expected_version=2
        )
    allergy = {
        "resourceType": "AllergyIntolerance",
        "id": "a1",
        "clinicalStatus": {
            "coding": [
                {
                    "system": "http://terminology.hl7.org/CodeSystem/allergyintolerance-clinical",
                    "code": "active",
                }
            ]
        },
        "code": {
            "coding": [{"system": "http://snomed.info/sct", "code": "764146007"}],
            "text": "penicillin",
        },
        "criticality": "low",
        "patient": {"reference": "Patient/p1"},
    }
    source = _bundle(tmp_path / "record.json", PATIENT, allergy)
    with db.session() as s:
        ward_id = s.execute(select(Admission.ward_id)).scalar_one()
    import_fhir(db, [source], ward_id)
    with db.session() as s:
        rows = s.execute(select(Allergy).where(Allergy.substance.ilike("penicillin"))).scalars()
        (penicillin,) = rows.all()
        assert (penicillin.criticality, penicillin.reaction, penicillin.severity) == (
            "low",
            "anaphylaxis",
            "severe",
        )
        patient = s.get(Patient, patient_id)
        assert patient is not None
        # the usual name in Latin letters is the Latin form, not the preferred name
        assert (patient.latin_name, patient.preferred_name) == ("Eleni Papadopoulou", "Λένα")
    read = _read(db)
    assert read.allergy_state is AllergyState.RECORDED
    assert [(c.name, c.next_of_kin) for c in read.contacts] == [("Maria Papadopoulou", True)]
