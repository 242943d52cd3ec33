"""FHIR and CSV imports hold what they write to the rules the services apply: a control
character, a line break in a single-line field, an empty name or a code outside its
list refuses the whole import, naming where, and nothing is written."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from rounds_app.errors import ImportRefused
from rounds_app.interop.csv_census import plan_csv_import
from rounds_app.storage.database import Database
from tests.interop.helpers import ADMIN, DATA, counts, import_fhir, make_ward

PATIENT = json.loads((DATA / "r4-patient-example.json").read_text("utf-8"))
ALLERGY = json.loads((DATA / "r4-allergyintolerance-example.json").read_text("utf-8"))


def _official(change: Callable[[dict[str, Any]], None]) -> Callable[[], list[dict[str, Any]]]:
    def make() -> list[dict[str, Any]]:
        patient = json.loads(json.dumps(PATIENT))
        change(patient["name"][0])
        return [patient]

    return make


def _with_gender(gender: str) -> Callable[[], list[dict[str, Any]]]:
    return lambda: [{**PATIENT, "gender": gender}]


def _allergy(criticality: str) -> Callable[[], list[dict[str, Any]]]:
    def make() -> list[dict[str, Any]]:
        allergy = {**ALLERGY, "criticality": criticality}
        allergy["patient"] = {"reference": "Patient/example"}
        return [PATIENT, allergy]

    return make


FHIR_CASES = [
    pytest.param(
        _official(lambda n: n.__setitem__("family", "Chal\x1b[2Jmers")),
        "^Patient/example: patients column 'family_name' contains a control character; "
        "nothing was imported$",
        id="escape-in-a-name",
    ),
    pytest.param(
        _official(lambda n: n.__setitem__("given", ["Peter\x07"])),
        "^Patient/example: patients column 'given_name' contains a control character",
        id="bell-in-a-name",
    ),
    pytest.param(
        _official(lambda n: n.__setitem__("family", "\n".join("Chalmers"))),
        "^Patient/example: patients column 'family_name' must be one line but holds a line "
        "break; nothing was imported$",
        id="line-break-in-a-name",
    ),
    pytest.param(
        _with_gender("banana"),
        "^Patient/example: patients column 'gender' must be one of: male, female, other, "
        "unknown; nothing was imported$",
        id="gender-outside-its-codes",
    ),
    pytest.param(
        _allergy("deadly"),
        "^AllergyIntolerance/example: allergies column 'criticality' must be one of: low, "
        "high, unable-to-assess; nothing was imported$",
        id="criticality-outside-its-codes",
    ),
]


@pytest.mark.parametrize(("resources", "message"), FHIR_CASES)
def test_a_fhir_value_the_services_would_refuse_refuses_the_import(
    db: Database,
    tmp_path: Path,
    resources: Callable[[], list[dict[str, Any]]],
    message: str,
) -> None:
    ward_id = make_ward(db)
    import_fhir(db, [DATA / "ward-census.json"], ward_id)
    bad = tmp_path / "bad.json"
    entries = [{"resource": resource} for resource in resources()]
    bad.write_text(
        json.dumps({"resourceType": "Bundle", "type": "collection", "entry": entries}), "utf-8"
    )
    before = counts(db)
    with pytest.raises(ImportRefused, match=message):
        import_fhir(db, [DATA / "synthea-two-patients.json", bad], ward_id, admit=True)
    assert counts(db) == before


HEADER = (
    "bed,mrn,family_name,given_name,preferred_name,birth_date,preferred_language,"
    "interpreter_needed,expected_discharge\n"
)


def test_a_census_row_the_services_would_refuse_refuses_the_file(
    db: Database, tmp_path: Path
) -> None:
    ward_id = make_ward(db)
    bad = tmp_path / "census.csv"
    bad.write_text(
        HEADER
        + "7-1,MRN-1,Okafor,Em\x1beka,,,,no,\n"  # row 2: ESC in a name
        + '7-2,MRN-2,"Mül\nler",Anna,,,,no,\n'  # row 3: a line break in a name
        + "7-3,MRN-3,  ,Awa,,,,no,\n"  # row 4 (a record counts once): only spaces
        + "7-4,MRN-4,Silva,Ana,Ana\x07,,,no,\n"  # row 5: BEL in a preferred name
        + f"7-5,MRN-5,Cohen,Noa,,,{'x' * 201},no,\n"  # row 6: a language over its limit
        + "7-6,MRN-6,Levi,Dan,,,,no,2999-02-30\n",  # row 7: no such date
        "utf-8",
    )
    before = counts(db)
    with pytest.raises(ImportRefused) as refused, db.session() as s:
        plan_csv_import(s, ADMIN, bad, ward_id)
    assert str(refused.value).splitlines()[1:] == [
        "row 2: given_name contains a control character",
        "row 3: family_name must be one line but holds a line break",
        "row 4: family_name is empty",
        "row 5: preferred_name contains a control character",
        "row 6: preferred_language is 201 characters long; the limit is 200",
        "row 7: expected_discharge is not a date (YYYY-MM-DD)",
    ]
    assert counts(db) == before
