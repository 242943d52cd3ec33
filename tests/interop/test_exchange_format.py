"""Export format 3 added the patient's lists and gender; version 2 files still import."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

from sqlalchemy import select

from rounds_app.exchange.json_format import export_document, import_json
from rounds_app.storage.database import Database
from rounds_app.storage.models import Patient
from tests.interop.helpers import ADMIN, DATA, import_fhir, make_ward

NEW_TABLES = ("allergies", "medications", "problems", "contacts", "care_team_members")


def test_version_3_carries_the_lists_and_reads_back_the_same(
    db: Database, open_db: Callable[[], Database], tmp_path: Path
) -> None:
    import_fhir(db, [DATA / "ward-census.json"], make_ward(db))
    with db.session() as s:
        document = export_document(s, ADMIN)
    assert document["format_version"] == 7
    tables = document["tables"]
    assert {name: len(tables[name]) for name in NEW_TABLES} == {
        "allergies": 3,  # the resolved latex allergy is kept, as resolved
        "medications": 2,
        "problems": 4,
        "contacts": 1,
        "care_team_members": 3,
    }
    assert {row["mrn"]: row["gender"] for row in tables["patients"]}["MRN-0002"] == "male"
    source = tmp_path / "v3.json"
    source.write_text(json.dumps(document), "utf-8")
    target = open_db()
    with target.session() as s:
        import_json(s, ADMIN, source)
    with target.session() as s:
        assert export_document(s, ADMIN) == document


def test_a_version_2_export_still_imports(
    db: Database, open_db: Callable[[], Database], tmp_path: Path
) -> None:
    import_fhir(db, [DATA / "ward-census.json"], make_ward(db))
    with db.session() as s:
        document = export_document(s, ADMIN)
    document["format_version"] = 2
    for name in NEW_TABLES:
        del document["tables"][name]
    for row in document["tables"]["patients"]:
        del row["gender"]
    old = tmp_path / "v2.json"
    old.write_text(json.dumps(document), "utf-8")
    target = open_db()
    with target.session() as s:
        summary = import_json(s, ADMIN, old)
    assert summary.rows["patients"] == 3 and summary.rows["allergies"] == 0
    with target.session() as s:
        assert set(s.execute(select(Patient.gender)).scalars()) == {""}
