"""Validating resources against the FHIR R4 models of `fhir.resources`.

fhir.resources 8 ships R5 (its default), R4B and STU3 models but no plain R4; R4 data
parses with the R4B models. Only the resources Rounds maps are validated: published R4
bundles carry resources a ward census never uses that fail these models on details
(docs/fhir-mapping.md), and they are skipped rather than refusing the census."""

from __future__ import annotations

from functools import cache
from typing import Any

from fhir.resources.R4B import get_fhir_model_class
from fhir.resources.R4B.resource import Resource
from pydantic import ValidationError as ModelError

from rounds_app.errors import ImportRefused
from rounds_app.interop.fhir_entry import Entry

# R4 resource types that R4B removed or renamed: still R4, so not "another version"
_R4_ONLY = frozenset(
    {
        "EffectEvidenceSynthesis",
        "MedicinalProduct",
        "MedicinalProductAuthorization",
        "MedicinalProductContraindication",
        "MedicinalProductIndication",
        "MedicinalProductIngredient",
        "MedicinalProductInteraction",
        "MedicinalProductManufactured",
        "MedicinalProductPackaged",
        "MedicinalProductPharmaceutical",
        "MedicinalProductUndesirableEffect",
        "RiskEvidenceSynthesis",
        "SubstanceNucleicAcid",
        "SubstancePolymer",
        "SubstanceProtein",
        "SubstanceReferenceInformation",
        "SubstanceSourceMaterial",
        "SubstanceSpecification",
    }
)


@cache
def is_r4_resource_type(name: str) -> bool:
    if name in _R4_ONLY:
        return True
    try:
        model = get_fhir_model_class(name)
    except ValueError:
        return False
    # the lookup also knows data types (Address, HumanName), which are no resources
    return issubclass(model, Resource)


def validate(entry: Entry) -> None:
    """Refuses the import when a resource Rounds maps is not valid FHIR R4."""
    try:
        get_fhir_model_class(entry.type).model_validate(entry.resource)
    except ModelError as err:
        errors = err.errors()
        # an element R4 does not know says "another version" most plainly: name it first
        shown = next((e for e in errors if e["type"] == "extra_forbidden"), errors[0])
        raise ImportRefused(
            "%1 (%2) is not valid FHIR R4: %3", entry.where, entry.label, _describe(shown)
        ) from None


def validate_document(document: dict[str, Any]) -> None:
    """Checks a document Rounds wrote; a failure is a bug in the export, not bad input."""
    get_fhir_model_class("Bundle").model_validate(document)


def _describe(error: Any) -> str:
    """The first problem, by element path and kind, never quoting the value (which may
    be patient text)."""
    path = ".".join(str(part) for part in error["loc"]) or "the resource"
    kind = str(error["type"])
    if kind == "extra_forbidden":
        return f"'{path}' is not an element of R4 (is it another FHIR version?)"
    if kind == "missing":
        return f"'{path}' is missing"
    if "date" in kind or "time" in kind:
        return f"'{path}' is not a possible date or time"
    if kind == "json_invalid" or kind.endswith("_type"):
        return f"'{path}' does not have the form R4 gives it (is it another FHIR version?)"
    return f"'{path}': {error['msg']}"
