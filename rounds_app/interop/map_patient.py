"""Patient and Encounter resources → the patient's details and a possible admission
(the rules are in docs/fhir-mapping.md)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from rounds_app.domain import limits
from rounds_app.domain.sentences import Sentence
from rounds_app.errors import Phrase, Quantity
from rounds_app.interop.fhir_values import (
    as_dict,
    as_list,
    codes,
    concept_text,
    display_name,
    extensions,
    human_name,
    is_latin,
    is_next_of_kin,
    parse_date,
    parse_instant,
    phone,
    text_key,
    text_of,
)
from rounds_app.interop.plan import ListItem, ListKind, PatientDetails
from rounds_app.interop.reading import Json

INTERPRETER_REQUIRED = "http://hl7.org/fhir/StructureDefinition/patient-interpreterRequired"
US_CORE_INTERPRETER = "http://hl7.org/fhir/us/core/StructureDefinition/us-core-interpreter-needed"
# v3 ActCode classes of a stay in a hospital bed: inpatient, inpatient acute, non-acute
INPATIENT_CLASSES = frozenset({"IMP", "ACUTE", "NONAC"})
_OTHER_IDENTIFIERS = 1000
_NOT_A_CURRENT_NAME = ("old", "maiden", "anonymous", "temp")
# ISO 21090 name representation: "ABC" marks the alphabetic (Latin-letter) form of a
# name also written ideographically ("IDE") or syllabically ("SYL")
NAME_REPRESENTATION = "http://hl7.org/fhir/StructureDefinition/iso21090-EN-representation"
# v2-0131 contact roles, which records often send as a bare code
_CONTACT_ROLES = {
    "C": "emergency contact",
    "E": "employer",
    "F": "federal agency",
    "I": "insurance company",
    "N": "next of kin",
    "S": "state agency",
    "U": "unknown",
}


def patient_details(resource: Json, today: date) -> PatientDetails | Sentence:
    """The details Rounds keeps, or why the patient cannot be imported."""
    if resource.get("deceasedBoolean") is True or "deceasedDateTime" in resource:
        return Sentence("deceased")
    identifiers = [
        i for i in as_list(resource.get("identifier")) if text_of(as_dict(i).get("value"))
    ]
    chosen = _mrn_identifier(identifiers)
    if chosen is None:
        return Sentence("no identifier to use as the MRN")
    mrn = text_of(chosen["value"])
    if len(mrn) > limits.IDENTIFIER:
        return Sentence("the MRN is longer than %1 characters", Quantity(limits.IDENTIFIER))
    official, preferred, latin = _names(resource)
    given, family = human_name(official)
    if not given or not family:
        return Sentence("no given and family name")
    if len(given) > limits.NAME or len(family) > limits.NAME:
        return Sentence("a name is longer than %1 characters", Quantity(limits.NAME))
    born = parse_date(resource.get("birthDate"))
    if born is not None and born > today:
        return Sentence("the date of birth is in the future")
    return PatientDetails(
        mrn=mrn,
        given_name=given,
        family_name=family,
        preferred_name=preferred if preferred != given else "",
        date_of_birth=born,
        gender=text_of(resource.get("gender")),
        preferred_language=_language(resource)[: limits.SHORT_TEXT],
        interpreter_needed=interpreter_needed(resource),
        other_identifiers=_other_identifiers(identifiers, chosen),
        latin_name=latin[: limits.NAME],
    )


def _mrn_identifier(identifiers: list[Json]) -> Json | None:
    """The MRN: the identifier typed MR (v2-0203 "medical record number"), else the one
    used as official, else the first."""
    for identifier in identifiers:
        if "MR" in codes(identifier.get("type")):
            return identifier
    for identifier in identifiers:
        if identifier.get("use") == "official":
            return identifier
    return identifiers[0] if identifiers else None


def _other_identifiers(identifiers: list[Json], chosen: Json) -> str:
    lines: list[str] = []
    for identifier in identifiers:
        if identifier is chosen:
            continue
        system = text_of(identifier.get("system"))
        line = (
            f"{system}|{text_of(identifier['value'])}" if system else text_of(identifier["value"])
        )
        if line not in lines and len("\n".join([*lines, line])) <= _OTHER_IDENTIFIERS:
            lines.append(line)
    return "\n".join(lines)


def _names(resource: Json) -> tuple[Json, str, str]:
    """(the official name, the preferred first name, the name in Latin letters): a
    usual name or a nickname that is not the official name gives the name the ward
    calls the patient by; where the official name is not in Latin letters, another
    current name that is (marked as the alphabetic representation, or else a whole
    name with a family part) gives its Latin-letter form."""
    names = [n for n in as_list(resource.get("name")) if isinstance(n, dict)]
    current = [n for n in names if n.get("use") not in _NOT_A_CURRENT_NAME] or names
    official = next((n for n in current if n.get("use") == "official"), None)
    official = official or next(iter(current), {})
    latin = _latin_form(official, [n for n in current if n is not official])
    preferred = ""
    for name in current:
        if name is not official and name is not latin and name.get("use") in ("usual", "nickname"):
            given, _ = human_name(name)
            preferred = given.split(" ")[0] if given else display_name(name)
            break
    return official, preferred[: limits.NAME], display_name(latin) if latin else ""


def _latin_form(official: Json, others: list[Json]) -> Json | None:
    if is_latin(display_name(official)):
        return None
    latin = [n for n in others if is_latin(display_name(n))]
    marked = [
        n
        for n in latin
        if any(e.get("valueCode") == "ABC" for e in extensions(n, NAME_REPRESENTATION))
    ]
    whole = [n for n in latin if text_of(n.get("family")) or len(display_name(n).split()) > 1]
    return next(iter(marked or whole), None)


def _language(resource: Json) -> str:
    """The language marked preferred, else the first one listed."""
    spoken = [c for c in as_list(resource.get("communication")) if isinstance(c, dict)]
    chosen = next((c for c in spoken if c.get("preferred") is True), None)
    chosen = chosen or next(iter(spoken), {})
    return concept_text(chosen.get("language"))


def interpreter_needed(resource: Json) -> bool:
    """The base extension (a boolean) or US Core's (a yes/no/unknown coding), on a
    Patient or an Encounter."""
    for extension in extensions(resource, INTERPRETER_REQUIRED):
        if extension.get("valueBoolean") is True:
            return True
    for extension in extensions(resource, US_CORE_INTERPRETER):
        if extension.get("valueBoolean") is True:
            return True
        code = text_of(as_dict(extension.get("valueCoding")).get("code"))
        if code.upper() in ("Y", "YES"):
            return True
    return False


def patient_contacts(resource: Json, source: str) -> list[ListItem]:
    """`Patient.contact`: next of kin and carers listed on the patient itself."""
    items = []
    for contact in as_list(resource.get("contact")):
        contact = as_dict(contact)
        name = display_name(contact.get("name"))
        if not name:
            continue
        relationships = as_list(contact.get("relationship"))
        relationship = ", ".join(text for text in map(_relationship, relationships) if text)
        items.append(
            ListItem(
                ListKind.CONTACT,
                text_key(name),
                name[: limits.NAME],
                relationship[: limits.SHORT_TEXT],
                phone(contact.get("telecom"))[: limits.SHORT_TEXT],
                source=source,
                next_of_kin=is_next_of_kin(relationships),
            )
        )
    return items


def _relationship(concept: Json) -> str:
    text = concept_text(concept)
    return _CONTACT_ROLES.get(text, text) if text in codes(concept) else text


@dataclass(frozen=True)
class Stay:
    """A current inpatient encounter: when it began and the bed labels it names."""

    source: str
    started: datetime | None
    places: tuple[str, ...]


def current_stay(resource: Json, locations: list[Json | None]) -> Stay | Sentence:
    """An in-progress inpatient Encounter as a stay, or why it is not one. `locations`
    are the resolved Location resources of `Encounter.location`, in order."""
    status = text_of(resource.get("status"))
    kind = as_dict(resource.get("class"))
    if status != "in-progress":
        return Sentence("status %1, not in-progress", status or Phrase("missing"))
    if text_of(kind.get("code")) not in INPATIENT_CLASSES:
        return Sentence(
            "class %1 is not an inpatient stay", text_of(kind.get("code")) or Phrase("missing")
        )
    places: list[str] = []
    for item, location in zip(as_list(resource.get("location")), locations, strict=False):
        item = as_dict(item)
        if item.get("status") in ("completed", "planned"):
            continue
        places.append(text_of(as_dict(item.get("location")).get("display")))
        location = as_dict(location)
        places += [text_of(location.get("name")), *map(text_of, as_list(location.get("alias")))]
        places += [text_of(as_dict(i).get("value")) for i in as_list(location.get("identifier"))]
    started = parse_instant(as_dict(resource.get("period")).get("start"))
    source = f"Encounter/{text_of(resource.get('id'))}"
    return Stay(source, started, tuple(p for p in places if p))
