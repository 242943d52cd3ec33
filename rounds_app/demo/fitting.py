"""Which generic demo entries fit which patient. A persona lists what is true of its
story (`tags`: lives alone, Muslim, delirium…); a few more follow from its other facts
(age, days in hospital, lines, diet, resuscitation, allergies, contacts, medicines).
A pool entry lists what it assumes (`needs`), and is drawn only for a patient of whom
all of it is true — so no patient is offered an imam's visit who is not Muslim, or an
IMCA who has a family to consult."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from rounds_app.domain.safety import Ceiling

OLDER_FROM = 65
YOUNG_UNTIL = 30
SEVERAL_DAYS = 3


def persona_tags(persona: Mapping[str, Any]) -> frozenset[str]:
    """What is true of the persona: its own tags and what its facts imply."""
    tags = set(persona.get("tags", ()))
    age, day = persona["age"], persona["day"]
    if age >= OLDER_FROM:
        tags.add("older")
    if age < YOUNG_UNTIL:
        tags.add("young")
    if day >= 1:
        tags.add("overnight")
    if day >= SEVERAL_DAYS:
        tags.add("several_days")
    checks = persona.get("checks", {})
    lines = checks.get("lines", {})
    if lines.get("state") == "present":
        tags.update(kind for kind in ("cannula", "catheter") if kind in lines["detail"])
    diet = checks.get("diet")
    if diet and diet["state"] != "nil_by_mouth":
        tags.add("eating")
    ceiling = persona.get("resuscitation", {}).get("ceiling", Ceiling.NOT_DISCUSSED)
    if ceiling == Ceiling.NOT_DISCUSSED:
        tags.add("ceiling_not_discussed")
    if ceiling != Ceiling.COMFORT:
        tags.add("active_treatment")
    allergies = persona["allergies"]
    if allergies != "not_asked":
        tags.add("allergy_asked")
    if isinstance(allergies, list):
        tags.add("allergy_recorded")
    if persona.get("contacts"):
        tags.add("has_contacts")
    if any("morphine" in m["name"].casefold() for m in persona.get("medications", ())):
        tags.add("morphine")
    return frozenset(tags)


def fits(entry: Mapping[str, Any], tags: frozenset[str]) -> bool:
    return set(entry.get("needs", ())) <= tags


def fitting_pool(
    pool: Mapping[str, list[dict[str, Any]]], tags: frozenset[str]
) -> dict[str, list[dict[str, Any]]]:
    """The pool's entries that fit, by discipline; disciplines with none are left out."""
    fitting = {d: [e for e in entries if fits(e, tags)] for d, entries in pool.items()}
    return {d: entries for d, entries in fitting.items() if entries}
