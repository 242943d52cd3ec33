"""Clinical resources → entries of the patient's lists: AllergyIntolerance, the two
medication resources, Condition, Goal, CareTeam, RelatedPerson and CarePlan (the rules
are in docs/fhir-mapping.md). Each mapper returns the entries, or why it gives none."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from rounds_app.domain.sentences import Sentence
from rounds_app.errors import Phrase
from rounds_app.interop.fhir_entry import Entry
from rounds_app.interop.fhir_values import (
    as_dict,
    as_list,
    codes,
    concept_key,
    concept_text,
    display_name,
    is_next_of_kin,
    one_line,
    phone,
    status_code,
    text_key,
    text_of,
)
from rounds_app.interop.plan import ListItem, ListKind
from rounds_app.interop.reading import Json

Resolve = Callable[[Any], Json | None]
Mapped = list[ListItem] | Sentence

# SNOMED CT situations meaning "asked, and no allergy is known": no known allergy, and
# no known drug, food or environmental allergy
NO_KNOWN_ALLERGY = "716186003"
NO_KNOWN_ALLERGY_CODES = frozenset({NO_KNOWN_ALLERGY, "409137002", "429625007", "428607008"})
_NO_KNOWN_TEXTS = ("no known allerg", "no known drug allerg", "nka", "nkda")
_NOT_TRUE = frozenset({"entered-in-error", "refuted"})
# AllergyIntolerance.clinicalStatus → the allergy's status in Rounds
_ALLERGY_STATUS = {"active": "active", "inactive": "inactive", "resolved": "resolved"}
_SEVERITIES = ("mild", "moderate", "severe")
_CURRENT_GOAL = frozenset({"proposed", "planned", "accepted", "active", "on-hold"})
_CURRENT_CONDITION = frozenset({"active", "recurrence", "relapse"})

PATIENT_ELEMENT = {"AllergyIntolerance": "patient", "RelatedPerson": "patient"}


def subject_of(entry: Entry) -> Any:
    """The Reference element naming the patient the resource is about."""
    return entry.resource.get(PATIENT_ELEMENT.get(entry.type, "subject"))


def allergy(entry: Entry, resolve: Resolve) -> Mapped:
    r = entry.resource
    clinical = status_code(r.get("clinicalStatus"))
    if clinical and clinical not in _ALLERGY_STATUS:
        return Sentence("clinical status %1 is not one Rounds keeps", clinical)
    if status_code(r.get("verificationStatus")) in _NOT_TRUE:
        return Sentence("entered in error or refuted")
    reactions = [as_dict(x) for x in as_list(r.get("reaction"))]
    substance = concept_text(r.get("code"))
    if not substance:
        substance = next((concept_text(x.get("substance")) for x in reactions), "")
    if not substance:
        return Sentence("it names no substance")
    no_known = bool(
        codes(r.get("code")) & NO_KNOWN_ALLERGY_CODES
    ) or substance.casefold().startswith(_NO_KNOWN_TEXTS)
    return [
        ListItem(
            ListKind.ALLERGY,
            concept_key(r.get("code"), substance),
            one_line(substance),
            "" if no_known else text_of(r.get("criticality")),
            no_known=no_known,
            source=entry.label,
            reaction="" if no_known else one_line(_manifestations(reactions)),
            severity="" if no_known else _worst_severity(reactions),
            status=_ALLERGY_STATUS.get(clinical, ""),
        )
    ]


def _manifestations(reactions: list[Json]) -> str:
    """Every reaction's manifestations, in words, each once: "rash, wheeze"."""
    seen: list[str] = []
    for reaction in reactions:
        for manifestation in as_list(reaction.get("manifestation")):
            text = concept_text(manifestation)
            if text and text not in seen:
                seen.append(text)
    return ", ".join(seen)


def _worst_severity(reactions: list[Json]) -> str:
    given = {text_of(reaction.get("severity")) for reaction in reactions}
    return next((s for s in reversed(_SEVERITIES) if s in given), "")


def medication(entry: Entry, resolve: Resolve) -> Mapped:
    r = entry.resource
    status = text_of(r.get("status"))
    if status != "active":
        return Sentence("status %1, not active", status or Phrase("missing"))
    concept = r.get("medicationCodeableConcept")
    name = concept_text(concept)
    if not name and "medicationReference" in r:
        named = resolve(r["medicationReference"])
        concept = as_dict(named).get("code")
        name = concept_text(concept) or text_of(as_dict(r["medicationReference"]).get("display"))
    if not name:
        return Sentence("it names no medicine")
    element = "dosageInstruction" if entry.type == "MedicationRequest" else "dosage"
    dosage = "; ".join(
        text_of(as_dict(d).get("text"))
        for d in as_list(r.get(element))
        if text_of(as_dict(d).get("text"))
    )
    return [
        ListItem(
            ListKind.MEDICATION,
            concept_key(concept, name),
            one_line(name),
            one_line(dosage),
            source=entry.label,
        )
    ]


def condition(entry: Entry, resolve: Resolve) -> Mapped:
    r = entry.resource
    clinical = status_code(r.get("clinicalStatus"))
    if clinical not in _CURRENT_CONDITION:
        return Sentence("clinical status %1, not active", clinical or Phrase("missing"))
    if status_code(r.get("verificationStatus")) in _NOT_TRUE:
        return Sentence("entered in error or refuted")
    text = concept_text(r.get("code"))
    if not text:
        return Sentence("it names no condition")
    key = concept_key(r.get("code"), text)
    return [ListItem(ListKind.CONDITION, key, one_line(text), source=entry.label)]


def goal(entry: Entry, resolve: Resolve) -> Mapped:
    r = entry.resource
    status = text_of(r.get("lifecycleStatus"))
    if status not in _CURRENT_GOAL:
        return Sentence("lifecycle status %1, not a current goal", status or Phrase("missing"))
    text = concept_text(r.get("description"))
    if not text:
        return Sentence("it has no description")
    key = concept_key(r.get("description"), text)
    return [ListItem(ListKind.GOAL, key, one_line(text), source=entry.label)]


def care_team(entry: Entry, resolve: Resolve) -> Mapped:
    r = entry.resource
    status = text_of(r.get("status"))
    if status not in ("", "active"):
        return Sentence("status %1, not active", status)
    items = []
    for participant in as_list(r.get("participant")):
        participant = as_dict(participant)
        member = resolve(participant.get("member"))
        if as_dict(member).get("resourceType") == "Patient":
            continue  # the patient, listed in their own team
        name = _party_name(member) or text_of(as_dict(participant.get("member")).get("display"))
        role = ", ".join(t for t in map(concept_text, as_list(participant.get("role"))) if t)
        if name:
            key = text_key(f"{name}|{role}")
            detail = one_line(role)
            items.append(
                ListItem(ListKind.CARE_TEAM, key, one_line(name), detail, source=entry.label)
            )
    return items or Sentence("it names no team member")


def related_person(entry: Entry, resolve: Resolve) -> Mapped:
    r = entry.resource
    if r.get("active") is False:
        return Sentence("not active")
    name = display_name(next(iter(as_list(r.get("name"))), {}))
    if not name:
        return Sentence("it has no name")
    relationships = as_list(r.get("relationship"))
    relationship = ", ".join(t for t in map(concept_text, relationships) if t)
    return [
        ListItem(
            ListKind.CONTACT,
            text_key(name),
            one_line(name),
            one_line(relationship),
            one_line(phone(r.get("telecom"))),
            source=entry.label,
            next_of_kin=is_next_of_kin(relationships),
        )
    ]


def care_plan(entry: Entry, resolve: Resolve) -> Mapped:
    r = entry.resource
    status = text_of(r.get("status"))
    if status != "active":
        return Sentence("status %1, not active", status or Phrase("missing"))
    summary = text_of(r.get("title")) or text_of(r.get("description"))
    if not summary:
        # Synthea and many EHRs send only categories and activities
        heading = ", ".join(t for t in map(concept_text, as_list(r.get("category"))) if t)
        steps = "; ".join(
            t
            for t in (
                concept_text(as_dict(as_dict(a).get("detail")).get("code"))
                for a in as_list(r.get("activity"))
            )
            if t
        )
        summary = ": ".join(part for part in (heading, steps) if part)
    if not summary:
        return Sentence("it has no title, description or activities")
    return [
        ListItem(
            ListKind.CARE_PLAN,
            text_key(summary),
            one_line(summary),
            source=entry.label,
        )
    ]


def _party_name(resource: Json | None) -> str:
    resource = as_dict(resource)
    if resource.get("resourceType") == "Organization":
        return text_of(resource.get("name"))
    return display_name(next(iter(as_list(resource.get("name"))), {}))


MAPPERS: dict[str, Callable[[Entry, Resolve], Mapped]] = {
    "AllergyIntolerance": allergy,
    "MedicationRequest": medication,
    "MedicationStatement": medication,
    "Condition": condition,
    "Goal": goal,
    "CareTeam": care_team,
    "RelatedPerson": related_person,
    "CarePlan": care_plan,
}
