"""The safety facts in the JSON export (format version 6): they travel whole with their
history, a merge keeps each revision with its fact, and a version 5 file still imports,
its new columns taking their defaults."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from rounds_app.domain.clock import utc_now
from rounds_app.domain.safety import AllergyState, Resuscitation
from rounds_app.errors import ImportRefused
from rounds_app.exchange.json_format import export_document, import_json
from rounds_app.services import safety_facts as facts
from rounds_app.services.safety_views import safety_facts
from rounds_app.storage.database import Database
from rounds_app.storage.models import Admission, Allergy, Contact, Patient
from tests.factories import ADMIN, small_ward

# what version 6 added: new tables, and new columns of older ones
V6_TABLES = ("resuscitation_decisions", "safety_checks", "fact_revisions")
V6_COLUMNS = {
    "allergies": ("reaction", "severity", "status", "recorded_by_id"),
    "contacts": ("next_of_kin", "decision_maker", "may_share", "active", "recorded_by_id"),
    "medications": ("route", "frequency", "active", "recorded_by_id"),
    "patients": ("latin_name",),
}


def _ward_with_facts(db: Database) -> int:
    """One patient with every kind of safety fact; returns the admission."""
    ward = small_ward(db, patients=1)
    admission_id = ward.admission_ids[0]
    with db.session() as s:
        patient_id = s.get(Admission, admission_id).patient_id  # type: ignore[union-attr]
    with db.session() as s:
        facts.record_no_known_allergies(s, ward.nurse, patient_id)
    with db.session() as s:
        facts.record_allergy(
            s, ward.nurse, patient_id, substance="Penicillin", reaction="rash", severity="mild"
        )
    with db.session() as s:
        facts.save_contact(
            s, ward.nurse, patient_id, name="Maria", next_of_kin=True, decision_maker=True
        )
    with db.session() as s:
        facts.save_medication(s, ward.nurse, patient_id, name="Ramipril", route="oral")
    with db.session() as s:
        facts.save_identity(
            s, ward.charge, patient_id, latin_name="Eleni", preferred_name="", expected_version=1
        )
    with db.session() as s:
        facts.save_safety_check(
            s, ward.nurse, admission_id, "falls_risk", state="high", expected_version=0
        )
    with db.session() as s:
        facts.record_resuscitation(
            s,
            ward.nurse,
            admission_id,
            status="dnacpr",
            ceiling="comfort",
            decided_on=None,
            decided_by="consultant",
            discussed_with="husband",
            form_reference="DNACPR form",
            expected_version=0,
        )
    return admission_id


def _write(path: Path, document: dict[str, Any]) -> Path:
    path.write_text(json.dumps(document, ensure_ascii=False), "utf-8")
    return path


def test_safety_facts_and_their_history_travel_whole(
    db: Database, open_db: Callable[[], Database], tmp_path: Path
) -> None:
    _ward_with_facts(db)
    with db.session() as s:
        document = export_document(s, ADMIN)
    assert document["format_version"] == 7
    tables = document["tables"]
    assert len(tables["fact_revisions"]) == 8  # NKA twice (recorded, retired), six more
    assert tables["resuscitation_decisions"][0]["status"] == "dnacpr"
    assert tables["patients"][0]["latin_name"] == "Eleni"

    target = open_db()
    with target.session() as s:
        import_json(s, ADMIN, _write(tmp_path / "v6.json", document))
    with target.session() as s:
        assert export_document(s, ADMIN) == document

    # merged into a database that holds the same kind of data: every id moves, and a
    # revision still names its own fact
    with target.session() as s:
        import_json(s, ADMIN, _write(tmp_path / "v6-again.json", _renamed(document)), merge=True)
    with target.session() as s:
        penicillin = (
            s.execute(
                select(Allergy).where(Allergy.substance == "Penicillin").order_by(Allergy.id.desc())
            )
            .scalars()
            .first()
        )
        assert penicillin is not None and penicillin.id > 2
        history = facts.fact_history(s, ADMIN, "allergies", penicillin.id)
        assert [h.values["substance"] for h in history] == ["Penicillin"]


def _renamed(document: dict[str, Any]) -> dict[str, Any]:
    """The same export with other usernames, ward codes and MRNs, so that it merges."""
    copy = json.loads(json.dumps(document))
    tables = copy["tables"]
    for row in tables["users"]:
        row["username"] += "-2"
    for row in tables["wards"]:
        row["code"] += "-2"
    for row in tables["patients"]:
        row["mrn"] += "-2"
    return copy


def test_a_revision_must_name_a_fact_of_the_file(
    db: Database, open_db: Callable[[], Database], tmp_path: Path
) -> None:
    _ward_with_facts(db)
    with db.session() as s:
        document = export_document(s, ADMIN)
    document["tables"]["fact_revisions"][0]["entity_id"] = 999
    with pytest.raises(ImportRefused, match="entity_id 999 names no row in allergies"):
        with open_db().session() as s:
            import_json(s, ADMIN, _write(tmp_path / "bad.json", document))
    document["tables"]["fact_revisions"][0]["entity"] = "users"
    with pytest.raises(ImportRefused, match="entity must be one of: resuscitation_decisions"):
        with open_db().session() as s:
            import_json(s, ADMIN, _write(tmp_path / "bad.json", document))


def test_a_version_5_file_imports_with_the_new_columns_at_their_defaults(
    db: Database, open_db: Callable[[], Database], tmp_path: Path
) -> None:
    admission_id = _ward_with_facts(db)
    with db.session() as s:
        document = export_document(s, ADMIN)
    document["format_version"] = 5
    for name in V6_TABLES:
        del document["tables"][name]
    for name, columns in V6_COLUMNS.items():
        for row in document["tables"][name]:
            for column in columns:
                del row[column]
    target = open_db()
    with target.session() as s:
        import_json(s, ADMIN, _write(tmp_path / "v5.json", document))
    with target.session() as s:
        assert {a.status for a in s.execute(select(Allergy)).scalars()} == {"active"}
        contact = s.execute(select(Contact)).scalar_one()
        assert (contact.active, contact.next_of_kin, contact.decision_maker) == (
            True,
            False,
            False,
        )
        assert s.execute(select(Patient.latin_name)).scalar_one() == ""
        read = safety_facts(s, ADMIN, [admission_id], utc_now().date())[admission_id]
    # both rows active as a version 5 database held them: the real allergy wins
    assert read.allergy_state is AllergyState.RECORDED
    assert read.resuscitation.status is Resuscitation.NOT_DISCUSSED
    assert all(not check.assessed for check in read.checks.values())
    assert read.decision_maker is None and [c.name for c in read.contacts] == ["Maria"]
