"""The CSV census: every row admitted to its bed, idempotent by MRN, and a file with
bad rows refused as a whole, listing every bad row by number."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select

from rounds_app.errors import ImportRefused
from rounds_app.interop.apply import apply
from rounds_app.interop.csv_census import plan_csv_import
from rounds_app.interop.plan import ImportSummary
from rounds_app.services.census import ward_census
from rounds_app.storage.database import Database
from rounds_app.storage.models import Patient
from tests.interop.helpers import ADMIN, DATA, counts, make_ward

HEADER = (
    "bed,mrn,family_name,given_name,preferred_name,birth_date,preferred_language,"
    "interpreter_needed,expected_discharge\n"
)


def _import(db: Database, source: Path, ward_id: int) -> ImportSummary:
    with db.session() as s:
        plan = plan_csv_import(s, ADMIN, source, ward_id)
    with db.session() as s:
        return apply(s, ADMIN, plan)


def _census(db: Database, ward_id: int) -> list[tuple[str | None, str, str, bool]]:
    with db.session() as s:
        return [
            (r.bed_label, r.family_name, r.preferred_name, r.interpreter_needed)
            for r in ward_census(s, ADMIN, ward_id)
        ]


def test_a_census_admits_every_row_and_a_second_import_changes_nothing(db: Database) -> None:
    ward_id = make_ward(db)
    summary = _import(db, DATA / "ward-census.csv", ward_id)
    assert (summary.created, summary.admissions_created) == (4, 4)
    assert _census(db, ward_id) == [
        ("7-1", "Okafor", "Emeka", True),
        ("7-2", "Müller", "", False),
        ("7-4", "王", "王阿姨", True),
        (None, "O'Neill, Jr.", "", False),
    ]
    with db.session() as s:
        wang = s.execute(select(Patient).where(Patient.mrn == "MRN-1003")).scalar_one()
        assert (wang.date_of_birth, wang.preferred_language) == (date(1944, 6, 30), "普通话")
    before = counts(db)
    again = _import(db, DATA / "ward-census.csv", ward_id)
    assert (again.created, again.updated, again.admissions_created) == (0, 4, 0)
    after = counts(db)
    for table in ("audit_events", "change_log"):
        after.pop(table), before.pop(table)
    assert after == before


def test_a_row_moves_a_patient_and_sets_the_expected_discharge(
    db: Database, tmp_path: Path
) -> None:
    ward_id = make_ward(db)
    _import(db, DATA / "ward-census.csv", ward_id)
    moved = tmp_path / "moved.csv"
    moved.write_text(HEADER + "7-6,MRN-1004,O'Neill,Seán,,,,no,2099-01-31\n", "utf-8")
    _import(db, moved, ward_id)
    with db.session() as s:
        rows = {r.family_name: r for r in ward_census(s, ADMIN, ward_id)}
    assert (rows["O'Neill"].bed_label, rows["O'Neill"].expected_discharge_date) == (
        "7-6",
        date(2099, 1, 31),
    )


def test_a_patient_named_in_their_own_bed_stays_there(db: Database, tmp_path: Path) -> None:
    ward_id = make_ward(db)
    _import(db, DATA / "ward-census.csv", ward_id)
    same = tmp_path / "same.csv"
    same.write_text(HEADER + "7-1,MRN-1001,Okafor,Chukwuemeka,Emeka,,,yes,2099-01-31\n", "utf-8")
    with db.session() as s:
        plan = plan_csv_import(s, ADMIN, same, ward_id)
    (okafor,) = plan.patients
    assert (okafor.move_to_bed, okafor.current_bed) == (None, "7-1")
    assert okafor.expected_discharge_date == date(2099, 1, 31)
    assert plan.ward_name == "Ward W7"


def test_every_bad_row_is_listed_and_nothing_is_written(db: Database, tmp_path: Path) -> None:
    ward_id = make_ward(db)
    _import(db, DATA / "ward-census.csv", ward_id)
    bad = tmp_path / "bad.csv"
    bad.write_text(
        HEADER
        + "7-3,MRN-2001,Ndiaye,Awa,,1960-02-30,Wolof,yes,\n"  # row 2: impossible date
        + "7-5,,Silva,Ana,,,,maybe,\n"  # row 3: no MRN, a bad yes/no
        + "9-9,MRN-2003,Kowalski,Jan,,,,perhaps,\n"  # row 4: no such bed, a bad yes/no
        + "7-1,MRN-2004,Haddad,Omar,,,,no,\n"  # row 5: bed 7-1 is occupied
        + "7-6,MRN-2005,Cohen,Noa,,,,no,2001-01-01\n"  # row 6: discharge in the past
        + "7-6,MRN-2006,Levi,Dan,,,,no,\n",  # row 7: bed repeats row 6
        "utf-8",
    )
    before = counts(db)
    with pytest.raises(ImportRefused) as refused, db.session() as s:
        plan_csv_import(s, ADMIN, bad, ward_id)
    lines = str(refused.value).splitlines()
    assert lines[0] == f"{bad}: 8 problems; nothing was imported:"
    assert lines[1:] == [
        "row 2: birth_date is not a date (YYYY-MM-DD)",
        "row 3: mrn is empty",
        "row 3: interpreter_needed must be yes, no, true, false, 1 or 0",
        "row 4: interpreter_needed must be yes, no, true, false, 1 or 0",
        "row 4: bed 9-9 is not a bed of Ward W7",
        "row 5: bed 7-1 is occupied",
        "row 6: expected_discharge is in the past",
        "row 7: bed repeats row 6",
    ]
    assert counts(db) == before


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "^FILE is empty$"),
        (HEADER.encode(), "^FILE has no patient rows$"),
        (
            b"bed,mrn,family_name,given_name\n7-1,M,A,B\n",
            "^FILE: the header row must name the columns bed, mrn, .* \\(missing preferred_name, "
            "birth_date, preferred_language, interpreter_needed, expected_discharge\\)$",
        ),
        ((HEADER + "7-1,M1,Müller,Zoë,,,,no,\n").encode("latin-1"), r"^FILE is not UTF-8 text"),
    ],
    ids=["empty", "header-only", "missing-columns", "latin-1"],
)
def test_an_unreadable_census_is_refused_in_one_line(
    db: Database, tmp_path: Path, content: bytes, message: str
) -> None:
    ward_id = make_ward(db)
    source = tmp_path / "census.csv"
    source.write_bytes(content)
    with pytest.raises(ImportRefused) as refused, db.session() as s:
        plan_csv_import(s, ADMIN, source, ward_id)
    assert "\n" not in str(refused.value)
    assert re.match(message.replace("FILE", re.escape(str(source))), str(refused.value))


def test_a_byte_order_mark_and_a_short_row_are_fine(db: Database, tmp_path: Path) -> None:
    ward_id = make_ward(db)
    source = tmp_path / "excel.csv"
    # spreadsheets add a byte-order mark and drop the empty cells that end a row
    source.write_bytes(b"\xef\xbb\xbf" + (HEADER + "7-2,MRN-3001,Ito,Hana\r\n").encode())
    assert _import(db, source, ward_id).admissions_created == 1
