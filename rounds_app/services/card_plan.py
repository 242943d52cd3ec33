"""An admission's discharge plan as the card shows it: the plan, its checklist,
follow-ups, medicine changes and what happens after hospital."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session, joinedload, selectinload

from rounds_app.services.after_hospital import after_hospital
from rounds_app.services.card_views import (
    ChecklistItemView,
    DischargePlanView,
    FollowUpView,
    MedicationChangeView,
)
from rounds_app.storage.models import DischargePlan


def discharge_plan_view(
    session: Session, admission_id: int, names: dict[int, str]
) -> DischargePlanView | None:
    """The admission's discharge plan with its lists, in six queries; None when no
    plan has been started. `names`: the users' display names by id."""
    plan = (
        session.execute(
            select(DischargePlan)
            .where(DischargePlan.admission_id == admission_id)
            .options(
                # one plan row per checklist item: the longest list comes with the plan;
                # joining a second list would multiply the rows, so the others follow
                joinedload(DischargePlan.checklist),
                selectinload(DischargePlan.follow_ups),
                selectinload(DischargePlan.medication_changes),
                selectinload(DischargePlan.pending_tests),
                selectinload(DischargePlan.call_contacts),
                selectinload(DischargePlan.teach_backs),
            )
        )
        .unique()
        .scalar_one_or_none()
    )
    if plan is None:
        return None
    return DischargePlanView(
        id=plan.id,
        destination=plan.destination,
        barriers=plan.barriers,
        warning_signs=plan.warning_signs,
        whom_to_call=plan.whom_to_call,
        why_in_hospital=plan.why_in_hospital,
        checklist=tuple(
            ChecklistItemView(
                i.id,
                i.item,
                i.done,
                names.get(i.done_by_id) if i.done_by_id else None,
                i.done_at,
                i.kind,
            )
            for i in plan.checklist
        ),
        follow_ups=tuple(
            FollowUpView(
                f.id,
                f.with_whom,
                f.when,
                f.where,
                f.purpose,
                f.booked,
                f.place_kind,
                f.phone,
                f.contact_by,
                f.contact_by_date,
                f.version,
            )
            for f in plan.follow_ups
        ),
        medication_changes=tuple(
            MedicationChangeView(
                m.id,
                m.medication,
                m.change,
                m.reason,
                m.dose,
                m.how_to_take,
                m.previous,
                m.decided,
                names.get(m.decided_by_id) if m.decided_by_id else None,
                m.decided_at,
                m.version,
            )
            for m in plan.medication_changes
        ),
        after=after_hospital(plan, names),
        version=plan.version,
    )
