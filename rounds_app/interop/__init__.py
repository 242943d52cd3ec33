"""Bringing a ward's census in from the hospital record — FHIR R4 bundles and resources,
or a CSV census — and sending a patient's discharge summary out as a FHIR document.

Imports are planned, then applied: `plan_fhir_import` / `plan_csv_import` read and map
the files without writing anything and return an `ImportPlan` a screen can preview;
`apply` writes that plan in one unit of work, or nothing (docs/fhir-mapping.md,
docs/csv-census.md)."""
