"""The FHIR R4 resources of a discharge summary, built from what Rounds holds. Pure
functions of plain values: fhir_export.py gathers the values and writes the Bundle.

Every resource is shaped so that `import fhir` reads it back into the same fields
(docs/fhir-mapping.md, "Export")."""

from __future__ import annotations

import re
from collections.abc import Iterable
from xml.sax.saxutils import escape

from rounds_app.interop.map_clinical import NO_KNOWN_ALLERGY
from rounds_app.interop.map_patient import INTERPRETER_REQUIRED, NAME_REPRESENTATION
from rounds_app.interop.reading import Json
from rounds_app.storage.models import Allergy, CareTeamMember, Contact, Medication, Patient

V2_0203 = "http://terminology.hl7.org/CodeSystem/v2-0203"
SNOMED = "http://snomed.info/sct"
_GENDERS = frozenset({"male", "female", "other", "unknown"})
_CRITICALITIES = frozenset({"low", "high", "unable-to-assess"})
_CLINICAL = "http://terminology.hl7.org/CodeSystem/allergyintolerance-clinical"
_VERIFICATION = "http://terminology.hl7.org/CodeSystem/allergyintolerance-verification"
V2_0131 = "http://terminology.hl7.org/CodeSystem/v2-0131"
# XML 1.0 forbids these control characters even escaped; XHTML narrative is XML
_NOT_XML = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def ref(url: str) -> Json:
    return {"reference": url}


def xhtml(lines: Iterable[str]) -> Json:
    """Narrative from plain text: every line a paragraph, every character escaped, so
    text from users stays text (a `<b>` typed on the card is four characters)."""
    paragraphs = "".join(
        f"<p>{escape(_NOT_XML.sub('', line))}</p>" for line in lines if line.strip()
    )
    div = f'<div xmlns="http://www.w3.org/1999/xhtml">{paragraphs or "<p/>"}</div>'
    return {"status": "generated", "div": div}


def concept(text: str, key: str = "", display_code: str = "") -> Json:
    """A CodeableConcept with the text shown, and the coding the key came from
    ("system|code" keys, as the importer makes them)."""
    value: Json = {"text": text}
    system, bar, code = key.partition("|")
    if bar and code and ("://" in system or system.startswith("urn:")):
        value["coding"] = [{"system": system, "code": code, "display": display_code or text}]
    return value


def patient(p: Patient, contacts: Iterable[Contact] = ()) -> Json:
    identifiers: list[Json] = [
        {"use": "usual", "type": {"coding": [{"system": V2_0203, "code": "MR"}]}, "value": p.mrn}
    ]
    for line in p.other_identifiers.splitlines():
        system, bar, value = line.partition("|")
        identifiers.append({"system": system, "value": value} if bar else {"value": line})
    resource: Json = {
        "resourceType": "Patient",
        "identifier": identifiers,
        "name": [{"use": "official", "family": p.family_name, "given": p.given_name.split()}],
    }
    if p.latin_name:
        # the same person's name in Latin letters, marked as its alphabetic form
        resource["name"].append(
            {
                "use": "official",
                "text": p.latin_name,
                "extension": [{"url": NAME_REPRESENTATION, "valueCode": "ABC"}],
            }
        )
    if p.preferred_name:
        resource["name"].append({"use": "usual", "given": [p.preferred_name]})
    if p.gender in _GENDERS:
        resource["gender"] = p.gender
    if p.date_of_birth is not None:
        resource["birthDate"] = p.date_of_birth.isoformat()
    if p.preferred_language:
        resource["communication"] = [
            {"language": {"text": p.preferred_language}, "preferred": True}
        ]
    if p.interpreter_needed:
        resource["extension"] = [{"url": INTERPRETER_REQUIRED, "valueBoolean": True}]
    if contacts:
        resource["contact"] = [patient_contact(c) for c in contacts]
    return resource


def allergy(a: Allergy, patient_url: str) -> Json:
    code = (
        concept(a.substance, f"{SNOMED}|{NO_KNOWN_ALLERGY}", "No known allergy")
        if a.no_known
        else concept(a.substance, a.key)
    )
    withdrawn = a.status == "entered_in_error"
    resource: Json = {"resourceType": "AllergyIntolerance"}
    if not withdrawn:  # FHIR: no clinical status on an entry made in error
        resource["clinicalStatus"] = _status(_CLINICAL, a.status or "active")
    resource |= {
        "verificationStatus": _status(
            _VERIFICATION, "entered-in-error" if withdrawn else "confirmed"
        ),
        "code": code,
        "patient": ref(patient_url),
    }
    if a.criticality in _CRITICALITIES:
        resource["criticality"] = a.criticality
    if a.reaction:
        # a reaction needs a manifestation, so a severity alone is not sent
        reaction: Json = {"manifestation": [{"text": a.reaction}]}
        if a.severity:
            reaction["severity"] = a.severity
        resource["reaction"] = [reaction]
    return resource


def medication(m: Medication, patient_url: str) -> Json:
    resource: Json = {
        "resourceType": "MedicationStatement",
        "status": "active",
        "medicationCodeableConcept": concept(m.name, m.key),
        "subject": ref(patient_url),
    }
    if m.dosage:
        resource["dosage"] = [{"text": m.dosage}]
    return resource


def condition(text: str, key: str, patient_url: str) -> Json:
    return {
        "resourceType": "Condition",
        "clinicalStatus": _status(
            "http://terminology.hl7.org/CodeSystem/condition-clinical", "active"
        ),
        "code": concept(text, key),
        "subject": ref(patient_url),
    }


def goal(text: str, patient_url: str) -> Json:
    return {
        "resourceType": "Goal",
        "lifecycleStatus": "active",
        "description": {"text": text},
        "subject": ref(patient_url),
    }


def care_plan(text: str, patient_url: str) -> Json:
    return {
        "resourceType": "CarePlan",
        "status": "active",
        "intent": "plan",
        "description": text,
        "subject": ref(patient_url),
    }


def care_team(members: Iterable[CareTeamMember], patient_url: str) -> Json:
    return {
        "resourceType": "CareTeam",
        "status": "active",
        "subject": ref(patient_url),
        "participant": [
            {"role": [{"text": m.role}], "member": {"display": m.name}}
            if m.role
            else {"member": {"display": m.name}}
            for m in members
        ],
    }


def patient_contact(c: Contact) -> Json:
    """`Patient.contact`: next of kin coded v2-0131 N beside the relationship in words."""
    relationship: Json = {"text": c.relationship or "next of kin"}
    if c.next_of_kin:
        relationship["coding"] = [{"system": V2_0131, "code": "N", "display": "Next-of-Kin"}]
    contact: Json = {"name": {"text": c.name}}
    if c.relationship or c.next_of_kin:
        contact["relationship"] = [relationship]
    if c.phone:
        contact["telecom"] = [{"system": "phone", "value": c.phone}]
    return contact


def _status(system: str, code: str) -> Json:
    return {"coding": [{"system": system, "code": code}]}
