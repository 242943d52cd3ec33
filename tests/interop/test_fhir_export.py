"""The discharge summary as a FHIR R4 document: valid under the R4B models, narrative
escaped, no sensitive contribution, and read back by `import fhir` into the same
patient."""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from pathlib import Path

import pytest
from fhir.resources.R4B.bundle import Bundle
from sqlalchemy import select

from rounds_app.domain.enums import CardField, ContributionKind, Discipline, Role, Voice
from rounds_app.errors import NotFound
from rounds_app.interop.fhir_export import export_fhir, find_admission
from rounds_app.services import cards, contributions
from rounds_app.storage.database import Database
from rounds_app.storage.models import AuditEvent, Patient
from tests.factories import add_user
from tests.interop.helpers import ADMIN, DATA, card_of, import_fhir, make_ward

SENSITIVE = "Disclosed a history the patient asked us to keep off the screen"


def _export(db: Database, patient: str, out: Path) -> dict:  # type: ignore[type-arg]
    with db.session() as s:
        export_fhir(s, ADMIN, find_admission(s, ADMIN, patient, None), out)
    return json.loads(out.read_text("utf-8"))


def _ward_with_eleni(db: Database) -> int:
    ward_id = make_ward(db)
    import_fhir(db, [DATA / "ward-census.json"], ward_id)
    admission_id = card_of(db, "MRN-0001").admission.id
    nurse = add_user(db, "nurse", Role.CHARGE_NURSE, Discipline.NURSING)
    with db.session() as s:
        cards.save_field(
            s,
            nurse,
            admission_id,
            CardField.WHAT_MATTERS_MOST,
            'Seeing "Μαρία" & the <b>garden</b>\nTea at four',
            Voice.PATIENT,
            0,
        )
    for text, sensitive in (("Walked 20 m with a frame", False), (SENSITIVE, True)):
        with db.session() as s:
            contributions.add_contribution(
                s, nurse, admission_id, text=text, kind=ContributionKind.UPDATE, sensitive=sensitive
            )
    return ward_id


def test_the_document_is_valid_escaped_and_holds_no_sensitive_entry(
    db: Database, tmp_path: Path
) -> None:
    _ward_with_eleni(db)
    out = tmp_path / "summary.json"
    document = _export(db, "7-2", out)
    Bundle.model_validate(document)
    if os.name == "posix":
        assert out.stat().st_mode & 0o777 == 0o600
    assert document["type"] == "document" and document["timestamp"]
    composition = document["entry"][0]["resource"]
    assert composition["resourceType"] == "Composition"
    assert composition["type"]["coding"][0]["code"] == "18842-5"
    sections = {s["title"]: s for s in composition["section"]}
    matters = sections["What matters most to me"]["text"]["div"]
    assert matters == (
        '<div xmlns="http://www.w3.org/1999/xhtml"><p>Seeing "Μαρία" &amp; the '
        "&lt;b&gt;garden&lt;/b&gt;</p><p>Tea at four</p></div>"
    )
    assert "Walked 20 m with a frame" in sections["Team notes"]["text"]["div"]
    assert SENSITIVE not in out.read_text("utf-8")
    kinds = sorted(e["resource"]["resourceType"] for e in document["entry"])
    for kind in (
        "AllergyIntolerance",
        "CarePlan",
        "CareTeam",
        "Condition",
        "Encounter",
        "Goal",
        "MedicationStatement",
        "Patient",
    ):
        assert kind in kinds
    urls = {e["fullUrl"] for e in document["entry"]}
    for section in composition["section"]:
        assert all(entry["reference"] in urls for entry in section.get("entry", []))
    with db.session() as s:
        assert s.execute(select(AuditEvent).where(AuditEvent.action == "export.fhir")).first()


def test_export_then_import_into_an_empty_database_gives_the_same_patient(
    db: Database, open_db: Callable[[], Database], tmp_path: Path
) -> None:
    _ward_with_eleni(db)
    out = tmp_path / "summary.json"
    _export(db, "MRN-0001", out)
    original = card_of(db, "MRN-0001")
    target = open_db()
    summary = import_fhir(target, [out], make_ward(target))
    assert (summary.created, summary.admissions_created, summary.unresolved) == (1, 1, ())
    copy = card_of(target, "MRN-0001")
    kept = (
        "mrn",
        "given_name",
        "family_name",
        "preferred_name",
        "date_of_birth",
        "gender",
        "preferred_language",
        "interpreter_needed",
        "bed_label",
        "admitted_at",
        "allergies",
        "no_known_allergies",
    )
    assert {k: getattr(copy.admission, k) for k in kept} == {
        k: getattr(original.admission, k) for k in kept
    }
    assert [(m.name, m.dosage) for m in copy.medications] == [
        (m.name, m.dosage) for m in original.medications
    ]
    assert [(p.kind, p.text) for p in copy.problems] == [
        (p.kind, p.text) for p in original.problems
    ]
    assert copy.contacts == original.contacts and copy.care_team == original.care_team
    goals = CardField.GOALS_OF_CARE
    assert copy.fields[goals].text == original.fields[goals].text
    with db.session() as s, target.session() as t:
        mine = s.execute(select(Patient).where(Patient.mrn == "MRN-0001")).scalar_one()
        theirs = t.execute(select(Patient).where(Patient.mrn == "MRN-0001")).scalar_one()
        assert theirs.other_identifiers == mine.other_identifiers


def test_no_known_allergies_travel_as_such(
    db: Database, open_db: Callable[[], Database], tmp_path: Path
) -> None:
    ward_id = make_ward(db)
    import_fhir(db, [DATA / "ward-census.json"], ward_id)
    out = tmp_path / "kwame.json"
    document = _export(db, "MRN-0002", out)
    allergy = next(
        e["resource"]
        for e in document["entry"]
        if e["resource"]["resourceType"] == "AllergyIntolerance"
    )
    assert allergy["code"]["coding"][0]["code"] == "716186003"
    target = open_db()
    import_fhir(target, [out], make_ward(target))
    flag = card_of(target, "MRN-0002").admission
    assert (flag.allergies, flag.no_known_allergies) == ((), True)


def test_an_unknown_patient_is_named(db: Database) -> None:
    make_ward(db)
    with db.session() as s, pytest.raises(NotFound, match="No patient is in bed X-9"):
        find_admission(s, ADMIN, "X-9", None)
