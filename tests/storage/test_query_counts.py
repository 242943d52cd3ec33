"""The census and the card cost a fixed number of queries, however full the ward."""

from __future__ import annotations

from rounds_app.domain.clock import utc_now
from rounds_app.services import (
    census,
    contributions,
    discharge,
    patient_card,
    safety_facts,
    safety_views,
)
from rounds_app.storage.database import Database
from rounds_app.storage.models import Admission
from tests.factories import small_ward
from tests.storage.query_counting import counted


def _load(db: Database, ward) -> tuple[int, int]:  # type: ignore[no-untyped-def]
    with counted(db) as census_queries, db.session() as s:
        census.ward_census(s, ward.nurse, ward.ward_id)
    with counted(db) as card_queries, db.session() as s:
        patient_card.patient_card(s, ward.nurse, ward.admission_ids[0])
    return len(census_queries), len(card_queries)


# users; admission with its patient; safety facts (6: the patient comes with the
# admission); problems; care team; narrative; contributions; actions; contingencies;
# the plan with its checklist, and its five other lists (6); patient-reported outcomes
CARD_QUERIES = 21


def test_query_count_does_not_grow_with_the_ward(db: Database) -> None:
    ward = small_ward(db, patients=2)
    with db.session() as s:  # a plan, so that its lists are read too
        discharge.save_plan(
            s, ward.charge, ward.admission_ids[0], discharge.PlanEdit(0, "Home", "", "", "")
        )
    small = _load(db, ward)
    for admission in ward.admission_ids:
        for n in range(5):
            with db.session() as s:
                entry = contributions.add_contribution(
                    s, ward.nurse, admission, text=f"entry {n}", kind="update"
                )
            with db.session() as s:
                contributions.amend_contribution(
                    s, ward.nurse, entry, text=f"entry {n}!", reason="typo"
                )
    assert _load(db, ward) == small
    assert small[1] == CARD_QUERIES


def _record_facts(db: Database, ward, admission_id: int) -> None:  # type: ignore[no-untyped-def]
    with db.session() as s:
        patient_id = s.get(Admission, admission_id).patient_id
    with db.session() as s:
        safety_facts.record_allergy(s, ward.nurse, patient_id, substance=f"Latex {admission_id}")
    with db.session() as s:
        safety_facts.save_contact(s, ward.nurse, patient_id, name="Maria", decision_maker=True)
    with db.session() as s:
        safety_facts.save_medication(s, ward.nurse, patient_id, name="Ramipril")
    with db.session() as s:
        safety_facts.save_safety_check(
            s, ward.nurse, admission_id, "falls_risk", state="high", expected_version=0
        )
    with db.session() as s:
        safety_facts.record_resuscitation(
            s,
            ward.nurse,
            admission_id,
            status="dnacpr",
            ceiling="comfort",
            decided_on=None,
            decided_by="consultant",
            discussed_with="",
            form_reference="",
            expected_version=0,
        )


def _count_safety_facts(db: Database, ward) -> int:  # type: ignore[no-untyped-def]
    with counted(db) as queries, db.session() as s:
        read = safety_views.safety_facts(s, ward.nurse, ward.admission_ids, utc_now().date())
    assert set(read) == set(ward.admission_ids)
    return len(queries)


def test_safety_facts_cost_the_same_for_one_patient_or_many(db: Database) -> None:
    ward = small_ward(db, patients=6)
    everyone = ward.admission_ids
    ward.admission_ids = everyone[:1]
    _record_facts(db, ward, everyone[0])
    one = _count_safety_facts(db, ward)
    ward.admission_ids = everyone
    for admission_id in everyone[1:]:
        _record_facts(db, ward, admission_id)
    assert _count_safety_facts(db, ward) == one
