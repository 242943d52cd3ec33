"""The discharge plan: destination, barriers, warning signs, whom to call, the
readiness checklist, follow-ups and medication changes. The expected date is the
admission's (see admissions.update_summary); editing follow-ups and medicines is in
discharge_follow_ups and discharge_medicines."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from rounds_app.domain import fields
from rounds_app.domain.clock import utc_now
from rounds_app.domain.discharge_readiness import follow_up_tick_refusal
from rounds_app.domain.entities import Entity
from rounds_app.domain.enums import ChecklistKind, FollowUpPlace, MedicationChangeKind
from rounds_app.domain.roles import Permission
from rounds_app.errors import Phrase, ValidationError
from rounds_app.services import validate
from rounds_app.services.actor import Actor, require_person
from rounds_app.services.conflicts import check_version
from rounds_app.services.discharge_follow_ups import FollowUpDetails, checked_follow_up
from rounds_app.services.discharge_medicines import checked_change, record_reconciliation
from rounds_app.services.discharge_plans import plan_for
from rounds_app.services.lookup import current_admission, get
from rounds_app.services.unit import Change, unit_of_work
from rounds_app.storage.models import (
    DischargeChecklistItem,
    DischargePlan,
    FollowUpAppointment,
    MedicationChange,
)


@dataclass(frozen=True)
class PlanEdit:
    version: int  # 0 when no plan existed yet
    destination: str
    barriers: str
    warning_signs: str
    whom_to_call: str
    # written by a clinician for the patient's copy; None keeps what is stored
    why_in_hospital: str | None = None


def _plan_state(plan: DischargePlan):  # type: ignore[no-untyped-def]
    return _values(plan), plan.updated_by_id, plan.updated_at


def _values(plan: DischargePlan) -> dict[str, str]:
    return {
        "destination": plan.destination,
        "barriers": plan.barriers,
        "warning_signs": plan.warning_signs,
        "whom_to_call": plan.whom_to_call,
        "why_in_hospital": plan.why_in_hospital,
    }


def save_plan(session: Session, actor: Actor, admission_id: int, edit: PlanEdit) -> int:
    """Saves the plan's text; returns the new version. A stale `edit.version` raises
    ConflictError with both versions."""
    with unit_of_work(
        session, actor, Permission.EDIT_DISCHARGE_PLAN, Phrase("edit discharge plans")
    ) as work:
        admission = current_admission(session, admission_id, lock=True)
        mine = {
            "destination": validate.text(fields.DESTINATION, edit.destination),
            "barriers": validate.text(fields.BARRIERS, edit.barriers),
            "warning_signs": validate.text(fields.WARNING_SIGNS, edit.warning_signs),
            "whom_to_call": validate.text(fields.WHOM_TO_CALL, edit.whom_to_call),
        }
        if edit.why_in_hospital is not None:
            mine["why_in_hospital"] = validate.text(fields.WHY_IN_HOSPITAL, edit.why_in_hospital)
        existed = session.execute(
            select(DischargePlan.id).where(DischargePlan.admission_id == admission.id)
        ).first()
        plan = plan_for(session, admission, actor)
        expected = edit.version if existed else plan.version
        if not existed and edit.version != 0:
            raise ValidationError(
                "The discharge plan you opened no longer exists; reload the card."
            )
        check_version(session, actor, Phrase("discharge plan"), plan, expected, mine, _plan_state)
        changed = [name for name, value in mine.items() if _values(plan)[name] != value]
        for name in changed:
            setattr(plan, name, mine[name])
        if changed:
            plan.updated_by_id, plan.updated_at = actor.user_id, utc_now()
        session.flush()
        work.record(
            Change.about(admission, "discharge.save_plan", Entity.DISCHARGE_PLAN, plan.id, changed),
        )
        return plan.version


def add_checklist_item(session: Session, actor: Actor, admission_id: int, item: str) -> int:
    with unit_of_work(
        session, actor, Permission.EDIT_DISCHARGE_PLAN, Phrase("edit discharge plans")
    ) as work:
        admission = current_admission(session, admission_id, lock=True)
        plan = plan_for(session, admission, actor)
        position = session.execute(
            select(func.count(DischargeChecklistItem.id)).where(
                DischargeChecklistItem.plan_id == plan.id
            )
        ).scalar_one()
        entry = DischargeChecklistItem(
            plan_id=plan.id,
            position=position,
            item=validate.text(fields.CHECKLIST_ITEM, item),
            done=False,
        )
        session.add(entry)
        session.flush()
        work.record(
            Change.about(
                admission,
                "discharge.add_checklist_item",
                Entity.DISCHARGE_CHECKLIST_ITEM,
                entry.id,
                ("item",),
            ),
        )
        return entry.id


def tick_checklist_item(session: Session, actor: Actor, item_id: int, done: bool) -> None:
    """Ticking records who and when; unticking clears them (the audit keeps both).
    "Medicines reconciled" is the reconciliation record (see discharge_medicines);
    "Follow-up booked" cannot be ticked while an appointment is not booked."""
    entry = get(session, DischargeChecklistItem, item_id, Phrase("checklist item"))
    if entry.kind is ChecklistKind.MEDICINES_RECONCILED:
        plan = get(session, DischargePlan, entry.plan_id, Phrase("discharge plan"))
        record_reconciliation(session, actor, plan.admission_id, done)
        return
    with unit_of_work(
        session, actor, Permission.EDIT_DISCHARGE_PLAN, Phrase("edit discharge plans")
    ) as work:
        person = require_person(actor, Phrase("tick the discharge checklist"))
        plan = get(session, DischargePlan, entry.plan_id, Phrase("discharge plan"))
        admission = current_admission(session, plan.admission_id)
        if done and entry.kind is ChecklistKind.FOLLOW_UP_BOOKED:
            refusal = follow_up_tick_refusal(plan.follow_ups)
            if refusal:
                raise ValidationError(refusal)
        entry.done = done
        entry.done_by_id, entry.done_at = (person, utc_now()) if done else (None, None)
        work.record(
            Change.about(
                admission,
                "discharge.tick" if done else "discharge.untick",
                Entity.DISCHARGE_CHECKLIST_ITEM,
                entry.id,
                ("done",),
            ),
        )


def add_follow_up(
    session: Session,
    actor: Actor,
    admission_id: int,
    *,
    with_whom: str,
    booked: bool = False,
    when: datetime | None = None,
    place_kind: FollowUpPlace | str | None = None,
    where: str = "",
    phone: str = "",
    purpose: str = "",
    contact_by: str = "",
    contact_by_date: date | None = None,
) -> int:
    """See discharge_follow_ups for what a booked and an unbooked one must say."""
    with unit_of_work(
        session, actor, Permission.EDIT_DISCHARGE_PLAN, Phrase("edit discharge plans")
    ) as work:
        admission = current_admission(session, admission_id, lock=True)
        values = checked_follow_up(
            FollowUpDetails(
                with_whom=with_whom,
                booked=booked,
                when=when,
                place_kind=place_kind,
                where=where,
                phone=phone,
                purpose=purpose,
                contact_by=contact_by,
                contact_by_date=contact_by_date,
            )
        )
        plan = plan_for(session, admission, actor)
        appointment = FollowUpAppointment(
            plan_id=plan.id, updated_by_id=actor.user_id, updated_at=utc_now(), **values
        )
        session.add(appointment)
        session.flush()
        work.record(
            Change.about(
                admission,
                "discharge.add_follow_up",
                Entity.FOLLOW_UP_APPOINTMENT,
                appointment.id,
                ("with_whom",),
            ),
        )
        return appointment.id


def add_medication_change(
    session: Session,
    actor: Actor,
    admission_id: int,
    *,
    medication: str,
    change: MedicationChangeKind | str,
    reason: str,
    dose: str = "",
    how_to_take: str = "",
    previous: str = "",
) -> int:
    """`reason` is written for the patient: it is printed on their summary as is,
    once the change is decided (see discharge_medicines). A new change is not
    decided."""
    with unit_of_work(
        session, actor, Permission.EDIT_DISCHARGE_PLAN, Phrase("edit discharge plans")
    ) as work:
        admission = current_admission(session, admission_id, lock=True)
        values = checked_change(
            medication=medication,
            change=change,
            dose=dose,
            how_to_take=how_to_take,
            previous=previous,
            reason=reason,
        )
        plan = plan_for(session, admission, actor)
        entry = MedicationChange(
            plan_id=plan.id, updated_by_id=actor.user_id, updated_at=utc_now(), **values
        )
        session.add(entry)
        session.flush()
        work.record(
            Change.about(
                admission,
                "discharge.add_medication_change",
                Entity.MEDICATION_CHANGE,
                entry.id,
                ("medication",),
            ),
        )
        return entry.id
