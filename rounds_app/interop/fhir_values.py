"""Reading FHIR data types out of resource JSON: concepts, names, dates, extensions.

The resources Rounds maps are validated first (validation.py), so their elements have
the types R4 gives them; the helpers still check, because they also read resources that
are not validated (a Location or Medication named by a mapped one)."""

from __future__ import annotations

import re
import unicodedata
from datetime import UTC, date, datetime
from typing import Any

from rounds_app.interop.reading import Json

KEY_LIMIT = 300
# v2-0131 "next of kin" and v3 RoleCode "NOK"
NEXT_OF_KIN_CODES = frozenset({"N", "NOK"})
_SPACE = re.compile(r"\s+")


def one_line(text: str) -> str:
    """A hospital record's free text on one line. Never shortened: a value longer than
    its column allows refuses the import (text_rules), as nothing clinical is cut."""
    return _SPACE.sub(" ", text).strip()


def as_list(value: Any) -> list[Any]:
    return value if isinstance(value, list) else []


def as_dict(value: Any) -> Json:
    return value if isinstance(value, dict) else {}


def text_of(value: Any) -> str:
    """A string element, trimmed. JSON may carry a NUL or a lone surrogate, which no
    database stores: the NUL goes, the surrogate becomes "?"."""
    if not isinstance(value, str):
        return ""
    return value.replace("\x00", "").encode("utf-8", "replace").decode("utf-8").strip()


def codings(concept: Any) -> list[Json]:
    return [c for c in as_list(as_dict(concept).get("coding")) if isinstance(c, dict)]


def codes(concept: Any) -> set[str]:
    return {text_of(c.get("code")) for c in codings(concept)} - {""}


def concept_text(concept: Any) -> str:
    """What a person reads: the concept's text, else a coding's display, else a code."""
    concept = as_dict(concept)
    if text_of(concept.get("text")):
        return text_of(concept.get("text"))
    for coding in codings(concept):
        if text_of(coding.get("display")):
            return text_of(coding["display"])
    return next(iter(sorted(codes(concept))), "")


def concept_key(concept: Any, fallback: str) -> str:
    """What makes two records the same entry: the first coding with a system and a
    code ("system|code"), else the text in lower case."""
    for coding in codings(concept):
        system, code = text_of(coding.get("system")), text_of(coding.get("code"))
        if system and code:
            return f"{system}|{code}"[:KEY_LIMIT]
    return text_key(fallback or concept_text(concept))


def text_key(text: str) -> str:
    # a key only matches records to each other and is never shown, so cutting it
    # loses nothing a person reads
    return one_line(text.casefold())[:KEY_LIMIT]


def status_code(concept: Any) -> str:
    """A status given as a CodeableConcept (clinicalStatus); "" when absent."""
    return next(iter(sorted(codes(concept))), "")


def human_name(name: Any) -> tuple[str, str]:
    """(given names, family name) of a HumanName; a name given only as text is split
    at its last word."""
    name = as_dict(name)
    given = " ".join(text_of(g) for g in as_list(name.get("given")) if text_of(g))
    family = text_of(name.get("family"))
    if not given and not family and text_of(name.get("text")):
        *first, last = text_of(name["text"]).split()
        return " ".join(first), last
    return given, family


def display_name(name: Any) -> str:
    name = as_dict(name)
    if text_of(name.get("text")):
        return text_of(name["text"])
    return " ".join(part for part in human_name(name) if part)


def parse_instant(value: Any) -> datetime | None:
    """A FHIR dateTime as aware UTC. A date alone means its midnight in UTC; a time
    without a zone (which FHIR forbids) is read as UTC rather than refused."""
    text = text_of(value)
    if not text:
        return None
    try:
        if len(text) == 10:
            return datetime.combine(date.fromisoformat(text), datetime.min.time(), UTC)
        parsed = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        return None
    return parsed.replace(tzinfo=UTC) if parsed.tzinfo is None else parsed.astimezone(UTC)


def parse_date(value: Any) -> date | None:
    """A full FHIR date; a year or year-month alone cannot be stored, so gives None."""
    text = text_of(value)
    if len(text) != 10:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        return None


def extensions(resource: Json, url: str) -> list[Json]:
    return [
        e for e in as_list(resource.get("extension")) if isinstance(e, dict) and e.get("url") == url
    ]


def phone(telecom: Any) -> str:
    """The first phone number, preferring one not marked old."""
    phones = [
        t
        for t in as_list(telecom)
        if isinstance(t, dict) and t.get("system") == "phone" and text_of(t.get("value"))
    ]
    phones.sort(key=lambda t: t.get("use") == "old")
    return text_of(phones[0]["value"]) if phones else ""


def is_next_of_kin(relationships: list[Any]) -> bool:
    """A relationship coded v2-0131 N or v3 NOK, or written as "next of kin"."""
    return any(
        bool(codes(concept) & NEXT_OF_KIN_CODES)
        or "next of kin" in concept_text(concept).casefold()
        for concept in relationships
    )


def is_latin(text: str) -> bool:
    """Every letter of `text` is a Latin letter (with or without accents); a text with
    no letters at all is not."""
    letters = [c for c in text if c.isalpha()]
    return bool(letters) and all(unicodedata.name(c, "").startswith("LATIN") for c in letters)
