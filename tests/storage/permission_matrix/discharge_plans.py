"""Discharge plans: the plan, its checklist, follow-ups, medicines and after hospital."""

from __future__ import annotations

from dataclasses import replace

from rounds_app.domain.enums import Discipline
from rounds_app.domain.roles import Permission
from rounds_app.services import after_hospital, discharge, discharge_follow_ups, discharge_medicines
from rounds_app.services.actor import Actor
from tests.storage.permission_matrix.rows import Row, needs


def _pharmacist(actor: Actor) -> Actor:
    """The same account as a pharmacist, whatever discipline the matrix gave it."""
    return replace(actor, discipline=Discipline.PHARMACY)


ROWS: dict[str, Row] = {
    "services.discharge.save_plan": Row(
        needs(Permission.EDIT_DISCHARGE_PLAN),
        lambda s, a, w, x: discharge.save_plan(
            s, a, w.fresh_admission(), discharge.PlanEdit(0, "Home", "", "", "")
        ),
    ),
    "services.discharge.add_checklist_item": Row(
        needs(Permission.EDIT_DISCHARGE_PLAN),
        lambda s, a, w, x: discharge.add_checklist_item(s, a, w.admissions[x], "Keys"),
    ),
    "services.discharge.tick_checklist_item": Row(
        needs(Permission.EDIT_DISCHARGE_PLAN),
        lambda s, a, w, x: discharge.tick_checklist_item(s, a, w.checklist_item(), True),
    ),
    "services.discharge.add_follow_up": Row(
        needs(Permission.EDIT_DISCHARGE_PLAN),
        lambda s, a, w, x: discharge.add_follow_up(
            s, a, w.admissions[x], with_whom="GP", contact_by="Ward clerk"
        ),
    ),
    "services.discharge_follow_ups.edit_follow_up": Row(
        needs(Permission.EDIT_DISCHARGE_PLAN),
        lambda s, a, w, x: discharge_follow_ups.edit_follow_up(
            s, a, w.follow_up(), 1, discharge_follow_ups.FollowUpDetails("GP", contact_by="Me")
        ),
    ),
    "services.discharge_medicines.edit_medication_change": Row(
        needs(Permission.EDIT_DISCHARGE_PLAN),
        lambda s, a, w, x: discharge_medicines.edit_medication_change(
            s,
            a,
            w.medication_change(),
            discharge_medicines.MedicationChangeEdit(1, "Ramipril", "new", "5 mg", "", "", "BP"),
        ),
    ),
    # deciding and reconciling are a pharmacist's or physician's: the role is asked of one
    "services.discharge_medicines.decide_medication_change": Row(
        needs(Permission.RECONCILE_MEDICINES),
        lambda s, a, w, x: discharge_medicines.decide_medication_change(
            s, _pharmacist(a), w.medication_change(), 1, True
        ),
    ),
    "services.discharge_medicines.record_reconciliation": Row(
        needs(Permission.RECONCILE_MEDICINES),
        lambda s, a, w, x: discharge_medicines.record_reconciliation(
            s, _pharmacist(a), w.admissions[x], True
        ),
    ),
    "services.discharge.add_medication_change": Row(
        needs(Permission.EDIT_DISCHARGE_PLAN),
        lambda s, a, w, x: discharge.add_medication_change(
            s, a, w.admissions[x], medication="Ramipril", change="stopped", reason="low BP"
        ),
    ),
    "services.after_hospital.add_pending_test": Row(
        needs(Permission.EDIT_DISCHARGE_PLAN),
        lambda s, a, w, x: after_hospital.add_pending_test(
            s, a, w.admissions[x], test="Biopsy", told_by="GP"
        ),
    ),
    "services.after_hospital.remove_pending_test": Row(
        needs(Permission.EDIT_DISCHARGE_PLAN),
        lambda s, a, w, x: after_hospital.remove_pending_test(s, a, w.pending_test()),
    ),
    "services.after_hospital.add_call_contact": Row(
        needs(Permission.EDIT_DISCHARGE_PLAN),
        lambda s, a, w, x: after_hospital.add_call_contact(
            s, a, w.admissions[x], name="GP", phone="01234 567890", answers="day"
        ),
    ),
    "services.after_hospital.remove_call_contact": Row(
        needs(Permission.EDIT_DISCHARGE_PLAN),
        lambda s, a, w, x: after_hospital.remove_call_contact(s, a, w.call_contact()),
    ),
    "services.after_hospital.record_teach_back": Row(
        needs(Permission.EDIT_DISCHARGE_PLAN),
        lambda s, a, w, x: after_hospital.record_teach_back(
            s, a, w.admissions[x], topic="Inhaler", taught_to="patient", understood="yes"
        ),
    ),
}
