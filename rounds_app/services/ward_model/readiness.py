"""How ready many admissions are to go home: the checklist, the expected day and
what stands in the way."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from rounds_app.domain.roles import Permission
from rounds_app.errors import Phrase
from rounds_app.services.actor import Actor, require
from rounds_app.storage.models import Admission, DischargeChecklistItem, DischargePlan


@dataclass(frozen=True)
class Readiness:
    planned: bool  # a discharge plan exists
    done: int  # checklist items done …
    total: int  # … of all (0 and 0 without a plan)
    missing: tuple[str, ...]  # the items still to do, in checklist order
    expected_discharge: date | None
    expected_passed: bool  # still here after the expected day
    destination: str
    barriers: str  # what the team wrote stands in the way of going home
    plan_updated_at: datetime | None

    @property
    def counts(self) -> tuple[int, int] | None:
        """(done, all) items of the checklist; None without a plan."""
        return (self.done, self.total) if self.planned else None


def readiness(
    session: Session, actor: Actor, admission_ids: Sequence[int], today: date
) -> dict[int, Readiness]:
    """Every admission's readiness. Two queries: the plans, the checklist items."""
    require(actor, Permission.VIEW, Phrase("view the ward"))
    plans = session.execute(
        select(Admission.id, Admission.expected_discharge_date, DischargePlan)
        .outerjoin(DischargePlan, DischargePlan.admission_id == Admission.id)
        .where(Admission.id.in_(admission_ids))
    ).all()
    items: dict[int, list[tuple[str, bool]]] = {}
    for plan_id, item, done in session.execute(
        select(
            DischargeChecklistItem.plan_id, DischargeChecklistItem.item, DischargeChecklistItem.done
        )
        .join(DischargePlan, DischargePlan.id == DischargeChecklistItem.plan_id)
        .where(DischargePlan.admission_id.in_(admission_ids))
        .order_by(DischargeChecklistItem.position, DischargeChecklistItem.id)
    ):
        items.setdefault(plan_id, []).append((item, done))
    found = {}
    for admission_id, expected, plan in plans:
        checklist = items.get(plan.id, []) if plan else []
        found[admission_id] = Readiness(
            planned=plan is not None,
            done=sum(done for _, done in checklist),
            total=len(checklist),
            missing=tuple(item for item, done in checklist if not done),
            expected_discharge=expected,
            expected_passed=expected is not None and expected < today,
            destination=plan.destination if plan else "",
            barriers=plan.barriers if plan else "",
            plan_updated_at=plan.updated_at if plan else None,
        )
    return found
