"""The demo content read as a clinician would: each generic entry is offered only to
patients whose own story bears it out (checked against the card's words, not only the
tags), the safety facts say what the goals of care say, and every value is one the
vocabularies allow."""

from __future__ import annotations

from typing import Any

import pytest

from rounds_app.demo.content import load_content
from rounds_app.demo.fitting import fits, fitting_pool, persona_tags
from rounds_app.domain import fields
from rounds_app.domain.safety import SAFETY_ITEMS, Ceiling, Resuscitation, SafetyItem

CONTENT = load_content()
PERSONAS = CONTENT.personas
POOL = [entry for entries in CONTENT.pool.values() for entry in entries]


def _story(persona: dict[str, Any]) -> str:
    card = " ".join(entry["text"] for entry in persona.get("card", {}).values())
    return f"{persona['one_liner']} {card}"


def _name(persona: dict[str, Any]) -> str:
    return f"{persona['given_name']} {persona['family_name']}"


# words in an entry, and what the patient's own story must say for it to fit
BORNE_OUT = (
    (("imam", "halal"), ("Muslim",)),
    (("Catholic", "rosary"), ("Catholic", "Muslim")),
    (("Bible", "scripture"), ("Catholic", "Church of England", "Orthodox")),
    (("levodopa", "Parkinson"), ("Parkinson",)),
    (("insulin",), ("T1DM",)),
    (("dementia",), ("dementia", "Alzheimer")),
    (("Lives alone",), ("lives alone", "He lives alone", "She lives alone", "Mum lives alone")),
    (("NG feed", "IMCA"), ()),  # no demo patient is tube-fed or has no one to consult
)


@pytest.mark.parametrize("persona", PERSONAS, ids=_name)
def test_an_entry_offered_to_a_patient_is_borne_out_by_their_story(persona: dict[str, Any]) -> None:
    story = _story(persona)
    for entries in fitting_pool(CONTENT.pool, persona_tags(persona)).values():
        for entry in entries:
            for words, evidence in BORNE_OUT:
                if any(word in entry["text"] for word in words):
                    assert any(e in story for e in evidence), entry["text"]


def test_no_entry_is_offered_to_a_teenager_that_assumes_an_older_patient() -> None:
    for persona in (p for p in PERSONAS if p["age"] < 30):
        offered = fitting_pool(CONTENT.pool, persona_tags(persona))
        texts = " ".join(e["text"] for entries in offered.values() for e in entries)
        for word in ("frame", "dementia", "older adults", "pressure ulcer", "NG feed", "care home"):
            assert word not in texts, (_name(persona), word)


def test_every_entry_fits_someone_and_everyone_has_entries() -> None:
    tags = [persona_tags(p) for p in PERSONAS]
    assert all(any(fits(entry, t) for t in tags) for entry in POOL), [
        e["text"] for e in POOL if not any(fits(e, t) for t in tags)
    ]
    assert all(fitting_pool(CONTENT.pool, t) for t in tags)


@pytest.mark.parametrize("persona", PERSONAS, ids=_name)
def test_the_resuscitation_decision_says_what_the_goals_of_care_say(
    persona: dict[str, Any],
) -> None:
    story = _story(persona)
    decision = persona.get("resuscitation")
    status = Resuscitation(decision["status"]) if decision else Resuscitation.NOT_DISCUSSED
    ceiling = Ceiling(decision["ceiling"]) if decision else Ceiling.NOT_DISCUSSED
    not_for_cpr = any(
        w in story for w in ("DNACPR", "not for CPR", "Not for CPR", "not for intubation or CPR")
    )
    assert (status is Resuscitation.DNACPR) == not_for_cpr
    if "currently for CPR" in story or "Full active treatment" in story:
        assert status is not Resuscitation.NOT_DISCUSSED
    if any(
        w in story
        for w in ("not for ICU", "not for intubation", "NIV = ceiling", "NIV is the ceiling")
    ):
        assert ceiling is not Ceiling.FULL_ESCALATION
    if "Recognised as dying" in story:
        assert ceiling is Ceiling.COMFORT
    if "ceiling-of-care conversation in progress" in story:
        assert ceiling is Ceiling.NOT_DISCUSSED
    if decision:
        assert decision["decided_by"] and ("decided_day" in decision or "decided_on" in decision)


@pytest.mark.parametrize("persona", PERSONAS, ids=_name)
def test_the_safety_facts_are_values_the_vocabularies_allow(persona: dict[str, Any]) -> None:
    for item, check in persona.get("checks", {}).items():
        vocabulary = SAFETY_ITEMS[SafetyItem(item)]
        assert check["state"] in vocabulary.values[1:]  # "not assessed" is no row at all
        assert ("since_day" in check) <= vocabulary.counts_days
        assert fields.SAFETY_DETAIL.problem(check["detail"]) is None
    allergies = persona["allergies"]
    assert allergies in ("not_asked", "no_known") or allergies
    for allergy in allergies if isinstance(allergies, list) else ():
        assert fields.ALLERGY_SEVERITY.problem(allergy["severity"]) is None
        assert fields.CRITICALITY.problem(allergy["criticality"]) is None
    contacts = persona.get("contacts", [])
    for contact in contacts:
        assert fields.CONTACT_NAME.problem(contact["name"]) is None
        assert fields.RELATIONSHIP.problem(contact["relationship"]) is None
    decision = persona.get("resuscitation", {})
    for rule, name in (
        (fields.DECIDED_BY, "decided_by"),
        (fields.DISCUSSED_WITH, "discussed_with"),
    ):
        assert rule.problem(decision.get(name, "")) is None
    assert sum(c["next_of_kin"] for c in contacts) == 1
    proxy = persona.get("checks", {}).get("decision_making", {}).get("state") == "proxy"
    assert any(c["decision_maker"] for c in contacts) == proxy
    for medicine in persona.get("medications", []):
        assert fields.MEDICINE.problem(medicine["name"]) is None
        assert medicine["dosage"] and medicine["route"] and medicine["frequency"]


def test_medicines_do_not_contradict_the_allergies() -> None:
    penicillins = ("penicillin", "amoxicillin", "co-amoxiclav", "flucloxacillin")
    for persona in PERSONAS:
        allergies = persona["allergies"] if isinstance(persona["allergies"], list) else []
        allergic = " ".join(a["substance"].casefold() for a in allergies)
        for medicine in persona.get("medications", []):
            name = medicine["name"].casefold()
            assert not any(w in allergic for w in name.split()), (_name(persona), name)
            if "penicillin" in allergic or "amoxicillin" in allergic:
                assert not any(p in name for p in penicillins), (_name(persona), name)
