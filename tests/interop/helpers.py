"""Shared by the interop tests: the fixture files, a ward to import into, row counts."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from sqlalchemy import func, select

from rounds_app.interop.apply import apply
from rounds_app.interop.fhir_import import plan_fhir_import
from rounds_app.interop.plan import ImportSummary
from rounds_app.services import wards
from rounds_app.services.actor import Actor
from rounds_app.storage.base import Base
from rounds_app.storage.database import Database

DATA = Path(__file__).parent / "data"
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
