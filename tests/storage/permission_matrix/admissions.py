"""Admissions and the round order, and planning an import of the census."""

from __future__ import annotations

from rounds_app.domain.roles import Permission
from rounds_app.interop import apply, csv_census, fhir_import
from rounds_app.services import admissions
from tests.storage.matrix_ward import DATA
from tests.storage.permission_matrix.rows import Row, needs

ROWS: dict[str, Row] = {
    "services.admissions.admit": Row(
        needs(Permission.MANAGE_ADMISSIONS),
        lambda s, a, w, x: admissions.admit(
            s,
            a,
            ward_id=w.spare_ward_id,
            bed_id=None,
            patient=admissions.NewPatient(mrn=w.unique("MA"), given_name="A", family_name="B"),
        ),
    ),
    "services.admissions.move_bed": Row(
        needs(Permission.MANAGE_ADMISSIONS),
        lambda s, a, w, x: admissions.move_bed(s, a, w.fresh_admission(), w.free_bed()),
    ),
    "services.admissions.discharge": Row(
        needs(Permission.MANAGE_ADMISSIONS),
        lambda s, a, w, x: admissions.discharge(s, a, w.fresh_admission()),
    ),
    "services.admissions.reorder_round": Row(
        needs(Permission.MANAGE_ADMISSIONS),
        lambda s, a, w, x: admissions.reorder_round(
            s, a, w.ward_id, list(reversed(w.current_admissions()))
        ),
    ),
    "interop.csv_census.plan_csv_import": Row(
        needs(Permission.MANAGE_ADMISSIONS),
        lambda s, a, w, x: csv_census.plan_csv_import(
            s, a, DATA / "ward-census.csv", w.csv_ward_id
        ),
    ),
    "interop.fhir_import.plan_fhir_import": Row(
        needs(Permission.MANAGE_ADMISSIONS),
        lambda s, a, w, x: fhir_import.plan_fhir_import(
            s, a, [DATA / "r4-patient-example.json"], w.ward_id
        ),
    ),
    "interop.apply.apply": Row(
        needs(Permission.MANAGE_ADMISSIONS, Permission.EDIT_CARD),
        lambda s, a, w, x: apply.apply(s, a, w.census_plan()),
    ),
}
