"""The ward read model costs one round trip per list, however many patients — and so
do the census, the ward-room slides, the handoff sheet and insights that use it (each
reads the open actions, the contingencies, the checklists and each list of safety
facts at most once)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta

import pytest
from sqlalchemy.orm import Session

from rounds_app.domain.clock import local_day
from rounds_app.reports.loading import load_handoff
from rounds_app.services import actions, discharge
from rounds_app.services.audience import audience_slides
from rounds_app.services.census import ward_census
from rounds_app.services.insights import card_elements
from rounds_app.services.safety_views import safety_facts
from rounds_app.services.ward_model.actions import open_actions
from rounds_app.services.ward_model.contingencies import active_contingencies
from rounds_app.services.ward_model.facts import ward_facts
from rounds_app.services.ward_model.readiness import readiness
from rounds_app.storage.database import Database
from tests.storage.facts_ward import FactsWard, admit, facts_ward
from tests.storage.query_counting import counted

LISTS = ("action_items", "contingencies", "discharge_checklist_items")
SAFETY = ("resuscitation_decisions", "safety_checks", "allergies", "contacts", "medications")


def _grow(db: Database, w: FactsWard, patients: int) -> list[int]:
    """`patients` more, each with two open actions, a contingency and a plan with a
    ticked item; returns every current admission."""
    added = []
    for n in range(patients):
        admission = admit(db, w.ward, f"G{n}", w.day, expected=w.day + timedelta(days=n))
        added.append(admission)
        for text in ("Bloods", "Review"):
            with db.session() as s:
                actions.open_action(
                    s, w.ward.nurse, admission, text=text, owner_discipline="nursing", due=w.day
                )
        with db.session() as s:
            actions.add_contingency(s, w.ward.nurse, admission, condition="If", response="then")
        with db.session() as s:
            item = discharge.add_checklist_item(s, w.ward.charge, admission, "Oxygen")
        with db.session() as s:
            discharge.tick_checklist_item(s, w.ward.nurse, item, True)
    return w.current + added


def _run(db: Database, call: Callable[[Session], object]) -> list[str]:
    """The queries `call` sends (SQLite's BEGIN is not a round trip for data)."""
    with counted(db) as statements, db.session() as s:
        call(s)
    return [sql for sql in statements if sql.lstrip().upper().startswith("SELECT")]


def _per_list(statements: list[str]) -> dict[str, int]:
    """How many queries read each list, its rows' table named first."""
    return {table: sum(f"FROM {table}" in sql for sql in statements) for table in LISTS + SAFETY}


MODEL = {
    "open_actions": (lambda s, a, ids, day: open_actions(s, a, ids, day), 1),
    "active_contingencies": (lambda s, a, ids, day: active_contingencies(s, a, ids), 1),
    "readiness": (lambda s, a, ids, day: readiness(s, a, ids, day), 2),  # plans, items
    "safety_facts": (lambda s, a, ids, day: safety_facts(s, a, ids, day), 7),
    "ward_facts": (lambda s, a, ids, day: ward_facts(s, a, ids, day), 11),
}


@pytest.mark.parametrize("fact", sorted(MODEL))
def test_each_fact_is_one_query_per_list_for_the_whole_ward(db: Database, fact: str) -> None:
    call, queries = MODEL[fact]
    w = facts_ward(db)
    actor, day = w.ward.nurse, local_day(w.now)
    few = _run(db, lambda s: call(s, actor, w.current, day))
    many_ids = _grow(db, w, 6)
    many = _run(db, lambda s: call(s, actor, many_ids, day))
    assert len(few) == len(many) == queries
    assert all(n <= 1 for n in _per_list(many).values())


CONSUMERS = {
    "census": lambda s, w: ward_census(s, w.ward.nurse, w.ward.ward_id, now=w.now),
    "slides": lambda s, w: audience_slides(s, w.ward.nurse, w.ward.ward_id, now=w.now),
    "handoff": lambda s, w: load_handoff(s, w.ward.nurse, w.ward.ward_id, w.now),
    "insights": lambda s, w: card_elements(s, w.ward.nurse, w.ward.ward_id, now=w.now),
}
ONCE = dict.fromkeys(LISTS + SAFETY, 1)
READS = {  # which lists each consumer shows
    "census": ONCE | {"contingencies": 0, "discharge_checklist_items": 0},
    "slides": ONCE,
    "handoff": ONCE,
    "insights": dict.fromkeys(SAFETY + ("discharge_checklist_items",), 0)
    | {"action_items": 1, "contingencies": 1},
}


@pytest.mark.parametrize("consumer", sorted(CONSUMERS))
def test_every_view_reads_each_list_once_however_full_the_ward(db: Database, consumer: str) -> None:
    call = CONSUMERS[consumer]
    w = facts_ward(db)
    few = _run(db, lambda s: call(s, w))
    _grow(db, w, 6)
    many = _run(db, lambda s: call(s, w))
    assert len(many) == len(few)
    assert _per_list(many) == READS[consumer]
