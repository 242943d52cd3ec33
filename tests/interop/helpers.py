"""Shared by the interop tests: the fixture files, a ward to import into, row counts,
the card an import left."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from sqlalchemy import func, select

from rounds_app.interop.apply import apply
from rounds_app.interop.fhir_import import plan_fhir_import
from rounds_app.interop.plan import ImportSummary
from rounds_app.services import wards
from rounds_app.services.actor import Actor
from rounds_app.services.patient_card import patient_card
from rounds_app.storage.base import Base
from rounds_app.storage.database import Database
from rounds_app.storage.models import Admission, Patient

DATA = Path(__file__).parent / "data"
CENSUS = DATA / "ward-census.json"
ADMIN = Actor.system("test")
BEDS = [f"7-{i}" for i in range(1, 7)]


def make_ward(db: Database, code: str = "W7") -> int:
    with db.session() as s:
        return wards.create_ward(s, ADMIN, code=code, name=f"Ward {code}", bed_labels=BEDS).id


def import_fhir(
    db: Database, files: Sequence[Path | str], ward_id: int | None, *, admit: bool = False
) -> ImportSummary:
    with db.session() as s:
        plan = plan_fhir_import(s, ADMIN, files, ward_id, admit=admit)
    with db.session() as s:
        return apply(s, ADMIN, plan)


def counts(db: Database) -> dict[str, int]:
    """Rows in every table, audit trail and change log included."""
    with db.session() as s:
        return {
            table.name: s.execute(select(func.count()).select_from(table)).scalar_one()
            for table in Base.metadata.sorted_tables
        }


def card_of(db: Database, mrn: str):  # type: ignore[no-untyped-def]
    """The card of the patient with `mrn`, as the import left it."""
    with db.session() as s:
        admission_id = s.execute(
            select(Admission.id)
            .join(Patient, Patient.id == Admission.patient_id)
            .where(Patient.mrn == mrn, Admission.discharged_at.is_(None))
        ).scalar_one()
        return patient_card(s, ADMIN, admission_id)
