"""Finding or starting an admission's discharge plan, shared by the services that
write to one."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from rounds_app.domain.clock import utc_now
from rounds_app.domain.enums import ChecklistKind
from rounds_app.services.actor import Actor
from rounds_app.storage.models import Admission, DischargeChecklistItem, DischargePlan

# the readiness items every plan starts with; a team may add its own (with no kind)
DEFAULT_CHECKLIST: tuple[tuple[str, ChecklistKind], ...] = (
    ("Medicines reconciled", ChecklistKind.MEDICINES_RECONCILED),
    ("Follow-up booked", ChecklistKind.FOLLOW_UP_BOOKED),
    ("Equipment in place", ChecklistKind.EQUIPMENT_IN_PLACE),
    ("Transport arranged", ChecklistKind.TRANSPORT_ARRANGED),
    ("Teach-back done", ChecklistKind.TEACH_BACK_DONE),
    ("Carer trained", ChecklistKind.CARER_TRAINED),
)


def plan_for(session: Session, admission: Admission, actor: Actor) -> DischargePlan:
    """The admission's plan, started with the standard checklist if it had none."""
    plan = session.execute(
        select(DischargePlan).where(DischargePlan.admission_id == admission.id)
    ).scalar_one_or_none()
    if plan is not None:
        return plan
    plan = DischargePlan(
        admission_id=admission.id, updated_by_id=actor.user_id, updated_at=utc_now()
    )
    plan.checklist = [
        DischargeChecklistItem(position=i, item=item, kind=kind, done=False)
        for i, (item, kind) in enumerate(DEFAULT_CHECKLIST)
    ]
    session.add(plan)
    session.flush()
    return plan


def item_of_kind(
    session: Session, plan: DischargePlan, kind: ChecklistKind
) -> DischargeChecklistItem:
    """The plan's built-in item of `kind`, added at the end when the plan lacks it."""
    item = (
        session.execute(
            select(DischargeChecklistItem).where(
                DischargeChecklistItem.plan_id == plan.id, DischargeChecklistItem.kind == kind
            )
        )
        .scalars()
        .first()
    )
    if item is not None:
        return item
    position = session.execute(
        select(func.count(DischargeChecklistItem.id)).where(
            DischargeChecklistItem.plan_id == plan.id
        )
    ).scalar_one()
    text = dict((k, t) for t, k in DEFAULT_CHECKLIST)[kind]
    item = DischargeChecklistItem(plan_id=plan.id, position=position, item=text, kind=kind)
    session.add(item)
    session.flush()
    return item
