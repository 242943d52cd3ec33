"""Importing a census from the hospital's files: planned first (nothing written, so
the user sees what would change), then applied in one unit of work. The client calls
these through Backend.call like any service."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from sqlalchemy.orm import Session

from rounds_app.interop.apply import apply
from rounds_app.interop.csv_census import plan_csv_import
from rounds_app.interop.plan import ImportPlan, ImportSummary, PlannedPatient
from rounds_app.services.actor import Actor


def plan_fhir_import(
    session: Session,
    actor: Actor,
    files: Sequence[Path | str],
    ward_id: int | None,
    admit: bool = False,
) -> ImportPlan:
    """rounds_app.interop.fhir_import.plan_fhir_import. The FHIR models (pydantic,
    ~0.4 s) load with the first FHIR import, not with the workstation."""
    from rounds_app.interop import fhir_import

    return fhir_import.plan_fhir_import(session, actor, files, ward_id, admit)


__all__ = [
    "ImportPlan",
    "ImportSummary",
    "PlannedPatient",
    "apply",
    "plan_csv_import",
    "plan_fhir_import",
]
