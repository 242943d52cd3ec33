"""All the ward facts of many admissions in one call, for the views that show them
together: open actions, active contingencies, readiness and the safety facts."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy.orm import Session

from rounds_app.services.actor import Actor
from rounds_app.services.safety_views import SafetyFacts, safety_facts
from rounds_app.services.ward_model.actions import OpenAction, open_actions
from rounds_app.services.ward_model.contingencies import ActiveContingency, active_contingencies
from rounds_app.services.ward_model.readiness import Readiness, readiness


@dataclass(frozen=True)
class WardFacts:
    admission_id: int
    actions: tuple[OpenAction, ...]  # open, soonest due first
    contingencies: tuple[ActiveContingency, ...]  # active, as written
    readiness: Readiness
    safety: SafetyFacts


def ward_facts(
    session: Session, actor: Actor, admission_ids: Sequence[int], today: date
) -> dict[int, WardFacts]:
    """The facts of every admission asked about, in a fixed number of queries."""
    actions = open_actions(session, actor, admission_ids, today)
    contingencies = active_contingencies(session, actor, admission_ids)
    ready = readiness(session, actor, admission_ids, today)
    safety = safety_facts(session, actor, admission_ids, today)
    return {
        admission_id: WardFacts(
            admission_id,
            actions[admission_id],
            contingencies[admission_id],
            ready[admission_id],
            safety[admission_id],
        )
        for admission_id in admission_ids
    }
