"""A FHIR file that cannot be used refuses the whole import in one line naming the file
and the problem, and nothing is written — not from that file, not from the others."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from rounds_app.errors import ImportRefused
from rounds_app.storage.database import Database
from tests.interop.helpers import DATA, counts, import_fhir, make_ward

PATIENT = (DATA / "r4-patient-example.json").read_bytes()


def _edited(change: Callable[[dict[str, Any]], None]) -> bytes:
    resource = json.loads(PATIENT)
    change(resource)
    return json.dumps(resource).encode("utf-8")


def _in_bundle(*resources: dict[str, Any]) -> bytes:
    entries = [{"resource": r} for r in resources]
    return json.dumps({"resourceType": "Bundle", "type": "collection", "entry": entries}).encode()


CASES = [
    pytest.param(b"", "^FILE is empty$", id="empty"),
    pytest.param(b"<Patient/>", r"^FILE is not valid JSON \(line 1, column 1\)", id="xml"),
    pytest.param(
        PATIENT[: len(PATIENT) // 2],
        r"^FILE is not valid JSON \(line \d+, column \d+\): it may be truncated$",
        id="truncated",
    ),
    pytest.param(
        PATIENT[: PATIENT.index("é".encode()) + 1],
        r"^FILE is not valid JSON \(line \d+, column \d+\): it may be truncated$",
        id="cut-in-a-character",
    ),
    pytest.param(
        PATIENT.decode("utf-8").encode("latin-1"),
        r"^FILE is not UTF-8 text \(byte \d+\)$",
        id="latin-1",
    ),
    pytest.param(
        b'{"hello": "world"}', "^FILE is not FHIR: it has no resourceType$", id="not-fhir"
    ),
    pytest.param(b"[1, 2]", "^FILE is not FHIR: it has no resourceType$", id="json-list"),
    pytest.param(
        _in_bundle(json.loads(PATIENT), {"id": "x", "status": "final"}),
        "^FILE: entry 2 has no resourceType$",
        id="entry-without-resourcetype",
    ),
    pytest.param(
        _edited(lambda r: r.__setitem__("birthDate", "1974-02-30")),
        r"^FILE \(Patient/example\) is not valid FHIR R4: 'birthDate' is not a possible date",
        id="impossible-date",
    ),
    pytest.param(
        (DATA / "stu3-allergyintolerance-synthea.json").read_bytes(),
        r"^FILE \(AllergyIntolerance/f3a67987-ce17-494e-9cfd-d6bcf7e56d9e\) is not valid FHIR "
        r"R4: 'assertedDate' is not an element of R4 \(is it another FHIR version\?\)$",
        id="stu3-synthea-allergy",
    ),
    pytest.param(
        (DATA / "dstu2-encounter-example.json").read_bytes(),
        r"^FILE \(Encounter/example\) is not valid FHIR R4: 'patient' is not an element of R4",
        id="dstu2-spec-encounter",
    ),
    pytest.param(
        _edited(
            lambda r: r.__setitem__(
                "meta", {"profile": ["http://hl7.org/fhir/STU3/StructureDefinition/Patient"]}
            )
        ),
        "^FILE is FHIR STU3, not R4: export it as FHIR R4$",
        id="stu3-profile",
    ),
    pytest.param(
        _in_bundle(json.loads(PATIENT))[:-1] + b', "fhirVersion": "3.0.1"}',
        "^FILE is FHIR 3.0.1, not R4: export it as FHIR R4$",
        id="fhir-version",
    ),
    pytest.param(
        _in_bundle({"resourceType": "ProcedureRequest", "status": "active"}),
        "^FILE: entry 1: 'ProcedureRequest' is not a FHIR R4 resource type",
        id="stu3-resource-type",
    ),
]


@pytest.mark.parametrize(("content", "message"), CASES)
def test_an_unusable_file_refuses_everything_in_one_line(
    db: Database, tmp_path: Path, content: bytes, message: str
) -> None:
    ward_id = make_ward(db)
    import_fhir(db, [DATA / "ward-census.json"], ward_id)
    good = DATA / "synthea-two-patients.json"
    bad = tmp_path / "bad.json"
    bad.write_bytes(content)
    before = counts(db)
    with pytest.raises(ImportRefused) as refused:
        import_fhir(db, [good, bad], ward_id, admit=True)
    text = str(refused.value)
    assert "\n" not in text
    assert re.match(message.replace("FILE", re.escape(str(bad))), text), text
    assert counts(db) == before


def test_a_missing_file_is_named(db: Database, tmp_path: Path) -> None:
    with pytest.raises(ImportRefused, match=r"^cannot read .*nowhere\.json: No such file"):
        import_fhir(db, [tmp_path / "nowhere.json"], None)


def test_a_byte_order_mark_is_accepted(db: Database, tmp_path: Path) -> None:
    marked = tmp_path / "patient.json"
    marked.write_bytes(b"\xef\xbb\xbf" + PATIENT)
    assert import_fhir(db, [marked], None).created == 1
