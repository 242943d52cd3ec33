"""Reading FHIR JSON files into their resources. A file that is not FHIR R4 refuses the
whole import in one line naming it.

The rule for "FHIR of another version" (docs/fhir-mapping.md):
1. a `fhirVersion` at the top of the file or in a resource's `meta`, or a core profile
   in `meta.profile` that names a version (http://hl7.org/fhir/3.0/…, …/STU3/…), that
   is not 4.0 (R4) or 4.3 (R4B);
2. a resource type that R4 does not have (ProcedureRequest is STU3, Transport is R5);
3. a resource Rounds maps that does not validate against the R4 models: a field R4
   does not know (STU3's `Patient.animal`) or a value of another shape (STU3's
   `AllergyIntolerance.clinicalStatus` is a code, R4's a CodeableConcept). See
   validation.py."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from rounds_app.errors import ImportRefused
from rounds_app.interop.fhir_entry import Entry
from rounds_app.interop.reading import Json, decode_text, parse_json, read_bytes
from rounds_app.interop.validation import is_r4_resource_type

# R4 is 4.0.x; R4B (4.3.x) only added resources, and Rounds reads it with the same rules
_R4_VERSIONS = ("4.0", "4.3", "R4", "R4B")
_CORE_PROFILE = re.compile(r"^https?://hl7\.org/fhir/([0-9]+\.[0-9]+|DSTU2|STU3|R4B?|R5|R6)/")


def read_fhir(source: Path) -> list[Entry]:
    """The resources of a FHIR JSON file: a Bundle of any type, or one resource."""
    label = str(source)
    document = parse_json(label, decode_text(label, read_bytes(source)))
    if not isinstance(document, dict) or not isinstance(document.get("resourceType"), str):
        raise ImportRefused("%1 is not FHIR: it has no resourceType", label)
    _refuse_other_version(label, document, document)
    if document["resourceType"] != "Bundle":
        entry = Entry(label, 0, "", document)
        _refuse_unknown_type(entry)
        return [entry]
    raw_entries = document.get("entry", [])
    if not isinstance(raw_entries, list):
        raise ImportRefused("%1: the Bundle's entry must be a list", label)
    entries = []
    for position, raw in enumerate(raw_entries, 1):
        if not isinstance(raw, dict):
            raise ImportRefused("%1: entry %2 is not an object", label, position)
        resource = raw.get("resource")
        if resource is None:
            # a response entry (transaction-response, batch-response) may carry none
            continue
        if not isinstance(resource, dict) or not isinstance(resource.get("resourceType"), str):
            raise ImportRefused("%1: entry %2 has no resourceType", label, position)
        _refuse_other_version(f"{label}: entry {position}", resource, None)
        full_url = raw.get("fullUrl")
        entry = Entry(label, position, full_url if isinstance(full_url, str) else "", resource)
        _refuse_unknown_type(entry)
        entries.append(entry)
    return entries


def _refuse_other_version(where: str, resource: Json, top: Json | None) -> None:
    declared: list[Any] = []
    if top is not None:
        declared.append(top.get("fhirVersion"))
    meta = resource.get("meta")
    if isinstance(meta, dict):
        declared.append(meta.get("fhirVersion"))
        profiles = meta.get("profile")
        for profile in profiles if isinstance(profiles, list) else []:
            found = _CORE_PROFILE.match(profile) if isinstance(profile, str) else None
            if found:
                declared.append(found.group(1))
    for version in declared:
        if version is not None and not str(version).startswith(_R4_VERSIONS):
            raise ImportRefused("%1 is FHIR %2, not R4: export it as FHIR R4", where, version)


def _refuse_unknown_type(entry: Entry) -> None:
    if not is_r4_resource_type(entry.type):
        raise ImportRefused(
            "%1: '%2' is not a FHIR R4 resource type (is the file another FHIR version?)",
            entry.where,
            entry.type,
        )
