"""One ward, the same facts everywhere: the census, the ward-room slides, the handoff
sheet and insights show each patient's open actions (and which are overdue), active
contingencies, discharge readiness and safety flags exactly as the ward read model
gives them — on a workstation far from UTC too, where "today" is not the UTC day. The
ward-room slides carry code status and allergies only when revealed."""

from __future__ import annotations

import os
import time
from collections.abc import Iterator
from datetime import timedelta

import pytest

from rounds_app.domain.clock import local_day
from rounds_app.domain.enums import Severity
from rounds_app.reports.loading import load_handoff, owner_label
from rounds_app.services.audience import audience_slides
from rounds_app.services.census import ward_census
from rounds_app.services.insights import card_elements
from rounds_app.services.safety_flags import flags
from rounds_app.services.ward_model.facts import WardFacts, ward_facts
from rounds_app.storage.database import Database
from tests.storage.facts_ward import LONG_CONTINGENCY, FactsWard, facts_ward


@pytest.fixture(params=["UTC", "Pacific/Kiritimati"])
def zone(request: pytest.FixtureRequest) -> Iterator[str]:
    """The workstation's time zone; at noon UTC it is already tomorrow in Kiritimati."""
    saved = os.environ.get("TZ")
    os.environ["TZ"] = request.param
    time.tzset()
    yield request.param
    if saved is None:
        del os.environ["TZ"]
    else:
        os.environ["TZ"] = saved
    time.tzset()


def _ward_facts(db: Database, w: FactsWard) -> dict[int, WardFacts]:
    with db.session() as s:
        return ward_facts(s, w.ward.nurse, w.current, local_day(w.now))


def test_the_read_model_says_what_is_open_overdue_active_and_ready(db: Database, zone) -> None:
    w = facts_ward(db)
    facts = _ward_facts(db, w)
    assert set(facts) == set(w.current)
    ahead = zone == "Pacific/Kiritimati"  # local today is the UTC day after `w.day`

    busy = facts[w.busy]
    assert [a.text for a in busy.actions] == ["Chase echo", "Due today", "Undated review"]
    assert [a.text for a in busy.actions if a.overdue] == ["Chase echo", "Due today"][
        : 2 if ahead else 1
    ]
    chase = busy.actions[0]
    assert (chase.owner_discipline, chase.owner) == ("pharmacy", "Pharm")
    assert [(c.condition, c.response) for c in busy.contingencies] == [
        ("If febrile", "cultures"),
        (LONG_CONTINGENCY, "call the ICU outreach team"),
    ]
    ready = busy.readiness
    assert (ready.done, ready.total, ready.counts) == (2, 7, (2, 7))
    assert ready.missing == (
        "Medicines reconciled",
        "Equipment in place",
        "Transport arranged",
        "Teach-back done",
        "Carer trained",
    )
    assert ready.expected_passed and ready.expected_discharge == w.day - timedelta(days=1)
    assert (ready.destination, ready.barriers) == (
        "Home with her sister",
        "Stairs at home\nNo carer yet",
    )

    planned = facts[w.planned].readiness
    assert planned.counts == (0, 6) and planned.expected_discharge == w.day
    assert planned.expected_passed is ahead
    assert not facts[w.planned].actions[0].overdue

    quiet = facts[w.quiet]
    assert (quiet.actions, quiet.contingencies, quiet.readiness.counts) == ((), (), None)
    assert not quiet.readiness.expected_passed and quiet.readiness.missing == ()

    codes = {f.code for f in flags(busy.safety)}
    assert {"dnacpr", "ceiling", "allergy_high", "safety:falls_risk"} <= codes
    assert [a.substance for a in busy.safety.allergies] == ["Penicillin"]
    assert "no_known_allergies" in {f.code for f in flags(facts[w.planned].safety)}
    assert {"cpr_not_discussed", "allergies_not_asked"} <= {f.code for f in flags(quiet.safety)}


def test_census_slides_handoff_and_insights_show_the_same_facts(db: Database, zone) -> None:
    w = facts_ward(db)
    facts = _ward_facts(db, w)
    actor = w.ward.nurse
    with db.session() as s:
        census = {r.admission_id: r for r in ward_census(s, actor, w.ward.ward_id, now=w.now)}
        slides = {x.admission_id: x for x in audience_slides(s, actor, w.ward.ward_id, now=w.now)}
        handoff = {r.admission_id: r for r in load_handoff(s, actor, w.ward.ward_id, w.now).rows}
        elements = card_elements(s, actor, w.ward.ward_id, now=w.now)
    assert set(census) == set(slides) == set(handoff) == set(elements) == set(facts)

    for admission_id, f in facts.items():
        ready = f.readiness
        row = census[admission_id]
        assert row.actions == f.actions
        assert (row.open_actions, row.overdue_actions) == (
            len(f.actions),
            sum(a.overdue for a in f.actions),
        )
        assert row.expected_discharge_date == ready.expected_discharge
        assert (row.safety, row.flags) == (f.safety, flags(f.safety))

        slide = slides[admission_id]
        assert slide.open_actions == f.actions
        assert slide.contingencies == tuple((c.condition, c.response) for c in f.contingencies)
        assert (slide.readiness, slide.destination, slide.barriers) == (
            ready.counts,
            ready.destination,
            ready.barriers,
        )
        days = slide.days_to_discharge
        assert (days is None) == (ready.expected_discharge is None)
        assert (days is not None and days < 0) == ready.expected_passed

        sheet = handoff[admission_id]
        assert [(a.text, a.owner, a.due, a.overdue) for a in sheet.actions] == [
            (a.text, owner_label(a.owner_discipline, a.owner), a.due, a.overdue) for a in f.actions
        ]
        assert sheet.contingencies == slide.contingencies
        assert (sheet.readiness, sheet.destination, sheet.barriers) == (
            ready.counts,
            ready.destination,
            ready.barriers,
        )
        assert sheet.expected_discharge == ready.expected_discharge
        assert (sheet.facts, sheet.flags) == (f.safety, flags(f.safety))

        assert elements[admission_id]["actions"] == bool(f.actions)
        assert elements[admission_id]["contingencies"] == bool(f.contingencies)


def test_the_room_sees_code_status_and_allergies_only_when_revealed(db: Database) -> None:
    w = facts_ward(db)
    facts = _ward_facts(db, w)
    with db.session() as s:
        hidden = audience_slides(s, w.ward.nurse, w.ward.ward_id, now=w.now)
        shown = audience_slides(s, w.ward.nurse, w.ward.ward_id, reveal_safety=True, now=w.now)
    for slide in hidden:
        assert not slide.safety_revealed
        assert (slide.resuscitation, slide.allergy_state, slide.allergies) == (None, None, ())
        for secret in ("ReSPECT", "dnacpr", "Penicillin", "no_known"):
            assert secret not in repr(slide)
    for slide in shown:
        safety = facts[slide.admission_id].safety
        assert slide.safety_revealed
        assert (slide.resuscitation, slide.allergy_state, slide.allergies) == (
            safety.resuscitation,
            safety.allergy_state,
            safety.allergies,
        )


def test_not_assessed_reaches_every_view_as_itself(db: Database) -> None:
    """A new admission's severity is not assessed: each view says so, and insights
    count it as missing."""
    w = facts_ward(db)
    actor = w.ward.nurse
    with db.session() as s:
        census = ward_census(s, actor, w.ward.ward_id, now=w.now)
        slides = audience_slides(s, actor, w.ward.ward_id, now=w.now)
        handoff = load_handoff(s, actor, w.ward.ward_id, w.now).rows
        elements = card_elements(s, actor, w.ward.ward_id, now=w.now)
    for shown in (census, slides, handoff):
        assert {x.severity for x in shown} == {Severity.NOT_ASSESSED}
    assert not any(e["severity"] for e in elements.values())
