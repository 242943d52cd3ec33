"""Importing a census from the hospital's files: planned first (nothing written, so
the user sees what would change), then applied in one unit of work. The client calls
these through Backend.call like any service."""

from __future__ import annotations

from rounds_app.interop.apply import apply
from rounds_app.interop.csv_census import plan_csv_import
from rounds_app.interop.fhir_import import plan_fhir_import
from rounds_app.interop.plan import ImportPlan, ImportSummary, PlannedPatient

__all__ = [
    "ImportPlan",
    "ImportSummary",
    "PlannedPatient",
    "apply",
    "plan_csv_import",
    "plan_fhir_import",
]
