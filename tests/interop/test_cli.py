"""`rounds-app import fhir|csv` and `export fhir`: a summary on success, one line and
exit 1 on bad input, and nothing half-imported."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from rounds_app.cli.main import main
from rounds_app.storage.database import open_database
from tests.interop.helpers import DATA, counts, make_ward


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


@pytest.fixture
def ward_db(db_url: str) -> str:
    db = open_database(db_url)
    make_ward(db)
    db.dispose()
    return db_url


def test_import_fhir_prints_what_it_did(ward_db: str, capsys: pytest.CaptureFixture[str]) -> None:
    census = str(DATA / "ward-census.json")
    code, out, err = _run(capsys, "import", "fhir", census, "--db", ward_db, "--ward", "W7")
    assert (code, err) == (0, "")
    lines = out.splitlines()
    assert lines[0] == (
        "Patients: 3 created, 0 updated, 1 skipped; admissions created: 2; "
        "list entries: 13; goals of care written: 1"
    )
    assert "  skipped Patient/pat-ahmed: deceased" in lines
    assert "References left unresolved: 1" in lines
    assert "  patient MRN-0004: no current inpatient encounter, so not admitted" in lines
    assert lines[-1] == "(--admit admits a patient without a current inpatient encounter)"
    # the only ward is the default, and --admit admits the patient without a stay
    code, out, _ = _run(capsys, "import", "fhir", census, "--db", ward_db, "--admit")
    assert code == 0 and out.startswith(
        "Patients: 0 created, 3 updated, 1 skipped; admissions created: 1"
    )
    assert "--admit" not in out


def test_an_unknown_ward_fails_in_one_line(
    ward_db: str, capsys: pytest.CaptureFixture[str]
) -> None:
    census = str(DATA / "ward-census.json")
    code, out, err = _run(capsys, "import", "fhir", census, "--db", ward_db, "--ward", "NOPE")
    assert (code, out, err) == (1, "", "rounds-app: There is no ward 'NOPE'.\n")


def test_a_bad_file_among_good_ones_fails_in_one_line_and_imports_nothing(
    ward_db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text('{"resourceType": "Bundle", "entry": [', "utf-8")
    db = open_database(ward_db)
    before = counts(db)
    census = str(DATA / "ward-census.json")
    code, out, err = _run(capsys, "import", "fhir", census, str(bad), "--db", ward_db)
    assert (code, out) == (1, "")
    assert err == f"rounds-app: {bad} is not valid JSON (line 1, column 38): it may be truncated\n"
    assert counts(db) == before
    db.dispose()


def test_import_csv_lists_bad_rows_and_exits_1(
    ward_db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = _run(
        capsys, "import", "csv", str(DATA / "ward-census.csv"), "--db", ward_db, "--ward", "W7"
    )
    assert code == 0 and out.startswith("Patients: 4 created")
    bad = tmp_path / "bad.csv"
    bad.write_text((DATA / "ward-census.csv").read_text("utf-8") + "7-5,,X,Y,,,,no,\n", "utf-8")
    code, out, err = _run(capsys, "import", "csv", str(bad), "--db", ward_db, "--ward", "W7")
    assert (code, out) == (1, "")
    assert err.splitlines() == [
        f"rounds-app: {bad}: 1 problem; nothing was imported:",
        "row 6: mrn is empty",
    ]


def test_export_fhir_writes_the_document(
    ward_db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _run(capsys, "import", "fhir", str(DATA / "ward-census.json"), "--db", ward_db)
    out = tmp_path / "summary.json"
    code, printed, _ = _run(
        capsys,
        "export",
        "fhir",
        "--db",
        ward_db,
        "--patient",
        "7-3",
        "--ward",
        "W7",
        "--out",
        str(out),
    )
    assert code == 0 and printed == f"Exported the discharge summary to {out}\n"
    assert json.loads(out.read_text("utf-8"))["type"] == "document"
    code, _, err = _run(
        capsys, "export", "fhir", "--db", ward_db, "--patient", "nobody", "--out", str(out)
    )
    assert code == 1
    assert err == "rounds-app: No patient is in bed nobody or has the MRN nobody.\n"
