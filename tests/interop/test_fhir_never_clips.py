"""A hospital record's text too long for its column refuses the import instead of
being cut with "…": nothing clinical is shortened on the way in."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from rounds_app.domain import limits
from rounds_app.errors import ImportRefused
from rounds_app.interop.fhir_import import plan_fhir_import
from rounds_app.services.actor import Actor
from rounds_app.storage.database import Database

CLI = Actor.system("test")


def _bundle(dosage: str) -> dict[str, object]:
    return {
        "resourceType": "Bundle",
        "type": "collection",
        "entry": [
            {
                "fullUrl": "urn:uuid:p1",
                "resource": {
                    "resourceType": "Patient",
                    "id": "p1",
                    "identifier": [{"system": "urn:mrn", "value": "MRN-CLIP-1"}],
                    "name": [{"given": ["Ana"], "family": "Lopes"}],
                },
            },
            {
                "fullUrl": "urn:uuid:m1",
                "resource": {
                    "resourceType": "MedicationStatement",
                    "id": "m1",
                    "status": "active",
                    "subject": {"reference": "urn:uuid:p1"},
                    "medicationCodeableConcept": {"text": "Morphine sulfate"},
                    "dosage": [{"text": dosage}],
                },
            },
        ],
    }


def test_a_dosage_longer_than_its_column_refuses_the_import(db: Database, tmp_path: Path) -> None:
    # the words that matter come last, where a cut would have lost them
    dosage = "x " * (limits.ACTION_TEXT // 2) + "NOT FOR IV USE"
    source = tmp_path / "bundle.json"
    source.write_text(json.dumps(_bundle(dosage)), encoding="utf-8")
    with db.session() as session, pytest.raises(ImportRefused, match="characters long"):
        plan_fhir_import(session, CLI, [source], None)


def test_a_dosage_within_its_limit_keeps_every_word(db: Database, tmp_path: Path) -> None:
    dosage = "10 mg by mouth\nevery 4 hours when needed; NOT FOR IV USE"
    source = tmp_path / "bundle.json"
    source.write_text(json.dumps(_bundle(dosage)), encoding="utf-8")
    with db.session() as session:
        plan = plan_fhir_import(session, CLI, [source], None)
    details = [item.detail for p in plan.patients for item in p.items]
    assert "10 mg by mouth every 4 hours when needed; NOT FOR IV USE" in details
