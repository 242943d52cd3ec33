"""Every public service function: the permissions it needs (as README's roles table
names them), how to call it on the matrix ward, and what it shows of sensitive
entries. A new service function needs a row here; test_permission_matrix.py fails,
naming it, until it has one.

A row's call gets the session, the actor, the ward and whether to aim at the
sensitive target (the patient whose entries are sensitive, that patient's sensitive
entry; for a discharge summary, printing sensitive entries too)."""

from __future__ import annotations

import json
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date, timedelta
from enum import Enum
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from rounds_app.domain.clock import utc_now
from rounds_app.domain.enums import Discipline, ReviewSection
from rounds_app.domain.roles import Permission
from rounds_app.exchange import json_format
from rounds_app.interop import apply, csv_census, fhir_export, fhir_import
from rounds_app.reports import loading
from rounds_app.reports import service as printing
from rounds_app.services import (
    actions,
    admissions,
    after_hospital,
    audience,
    cards,
    census,
    contributions,
    discharge,
    discharge_follow_ups,
    discharge_medicines,
    downtime,
    insights,
    patient_card,
    proms,
    review_views,
    reviews,
    round_summary,
    safety_facts,
    safety_views,
    users,
    ward_rounds,
    wards,
)
from rounds_app.services.actor import Actor
from rounds_app.services.ward_model import actions as ward_actions
from rounds_app.services.ward_model import contingencies as ward_contingencies
from rounds_app.services.ward_model import facts as ward_facts
from rounds_app.services.ward_model import readiness as ward_readiness
from tests.reports.pdf import text as pdf_text
from tests.storage.matrix_ward import DATA, MatrixWard, review_draft

Call = Callable[[Session, Actor, MatrixWard, bool], Any]

VIEW = frozenset({Permission.VIEW})
SENSITIVE = frozenset({Permission.VIEW_SENSITIVE})


class Shows(Enum):
    """What a call that succeeds shows of the sensitive target's entries' text."""

    NO_ENTRIES = "none: it returns no entries"
    TO_ROLE = "to roles with view_sensitive, and to no other"
    TO_NOBODY = "to nobody: the ward-room screen, the patient, documents sent out"


@dataclass(frozen=True)
class Row:
    needs: frozenset[Permission]
    call: Call
    # needed besides, when the call is aimed at the sensitive target
    sensitive_needs: frozenset[Permission] = frozenset()
    shows: Shows = Shows.NO_ENTRIES
    # the text of what the call returns, searched for sensitive entries
    text: Callable[[Any], str] = repr


_DOWNTIME_OUT = tempfile.TemporaryDirectory(prefix="matrix-downtime-")  # removed at exit
# reads the front of a card for complete_card's row, so that the row tests its own check
_READER = Actor.system("matrix")


def _downtime_text(written: downtime.DowntimeSet) -> str:
    """Every sheet of a downtime set, read back."""
    return "\n".join(pdf_text(p.read_bytes()) for p in sorted(written.folder.rglob("*.pdf")))


def _pharmacist(actor: Actor) -> Actor:
    """The same account as a pharmacist, whatever discipline the matrix gave it."""
    return replace(actor, discipline=Discipline.PHARMACY)


def _needs(*permissions: Permission) -> frozenset[Permission]:
    return frozenset(permissions)


def _today() -> date:
    return utc_now().date()


def _last_week() -> tuple[date, date]:
    today = _today()
    return today - timedelta(days=7), today


def _exported(call: Callable[[Session, Actor, MatrixWard, bool, Path], object]) -> Call:
    """Runs `call` writing to a fresh file, and returns what it wrote."""

    def run(s: Session, a: Actor, w: MatrixWard, sensitive: bool) -> str:
        out = w.out(".json")
        call(s, a, w, sensitive, out)
        return out.read_text(encoding="utf-8")

    return run


MATRIX: dict[str, Row] = {
    # --- reading the ward
    "services.census.ward_census": Row(
        VIEW, lambda s, a, w, x: census.ward_census(s, a, w.ward_id)
    ),
    "services.audience.audience_slides": Row(
        VIEW,
        lambda s, a, w, x: audience.audience_slides(s, a, w.ward_id, reveal_names=True),
        shows=Shows.TO_NOBODY,
    ),
    "services.patient_card.patient_card": Row(
        VIEW,
        lambda s, a, w, x: patient_card.patient_card(s, a, w.admissions[x]),
        shows=Shows.TO_ROLE,
    ),
    "services.card_front.card_front": Row(
        VIEW, lambda s, a, w, x: patient_card.card_front(s, a, w.admissions[x])
    ),
    "services.patient_card.complete_card": Row(
        VIEW,
        lambda s, a, w, x: patient_card.complete_card(
            s, a, patient_card.card_front(s, _READER, w.admissions[x])
        ),
        shows=Shows.TO_ROLE,
    ),
    "services.patient_card.current_contributions": Row(
        VIEW,
        lambda s, a, w, x: patient_card.current_contributions(s, a, ward_id=w.ward_id),
        shows=Shows.TO_ROLE,
    ),
    "services.patient_card.my_actions": Row(
        VIEW, lambda s, a, w, x: patient_card.my_actions(s, a, w.ward_id)
    ),
    "services.contributions.entry_history": Row(
        VIEW,
        lambda s, a, w, x: contributions.entry_history(s, a, w.entries[x]),
        sensitive_needs=SENSITIVE,
        shows=Shows.TO_ROLE,
    ),
    "services.cards.field_history": Row(
        VIEW, lambda s, a, w, x: cards.field_history(s, a, w.admissions[x], "hopes")
    ),
    "services.proms.prom_trend": Row(
        VIEW, lambda s, a, w, x: proms.prom_trend(s, a, w.admissions[x])
    ),
    "services.insights.insights": Row(
        VIEW, lambda s, a, w, x: insights.insights(s, a, w.ward_id, *_last_week())
    ),
    "services.insights.card_elements": Row(
        VIEW, lambda s, a, w, x: insights.card_elements(s, a, w.ward_id)
    ),
    "services.ward_model.actions.open_actions": Row(
        VIEW, lambda s, a, w, x: ward_actions.open_actions(s, a, [w.admissions[x]], _today())
    ),
    "services.ward_model.contingencies.active_contingencies": Row(
        VIEW,
        lambda s, a, w, x: ward_contingencies.active_contingencies(s, a, [w.admissions[x]]),
    ),
    "services.ward_model.readiness.readiness": Row(
        VIEW, lambda s, a, w, x: ward_readiness.readiness(s, a, [w.admissions[x]], _today())
    ),
    "services.ward_model.facts.ward_facts": Row(
        VIEW, lambda s, a, w, x: ward_facts.ward_facts(s, a, [w.admissions[x]], _today())
    ),
    "services.round_summary.running_round": Row(
        VIEW, lambda s, a, w, x: round_summary.running_round(s, a, w.ward_id)
    ),
    "services.round_summary.round_summary": Row(
        VIEW, lambda s, a, w, x: round_summary.round_summary(s, a, w.round_id)
    ),
    "services.wards.list_wards": Row(VIEW, lambda s, a, w, x: wards.list_wards(s, a)),
    "services.wards.list_beds": Row(VIEW, lambda s, a, w, x: wards.list_beds(s, a, w.ward_id)),
    # --- case reviews: reflective, read only by roles that read sensitive entries
    "services.review_views.get_review": Row(
        SENSITIVE, lambda s, a, w, x: review_views.get_review(s, a, w.review_id)
    ),
    "services.review_views.list_reviews": Row(
        SENSITIVE, lambda s, a, w, x: review_views.list_reviews(s, a)
    ),
    "services.reviews.deidentify_preview": Row(
        _needs(Permission.CONTRIBUTE),
        lambda s, a, w, x: reviews.deidentify_preview(
            s, a, w.admissions[x], {ReviewSection.WHAT_HAPPENED: "Zoë fell."}
        ),
    ),
    "services.reviews.create_review": Row(
        _needs(Permission.CONTRIBUTE),
        lambda s, a, w, x: reviews.create_review(s, a, review_draft(w.admissions[x])),
    ),
    "services.reviews.save_review": Row(
        _needs(Permission.CONTRIBUTE),
        lambda s, a, w, x: reviews.save_review(
            s, a, *_with_draft(w.review(), review_draft(w.admissions[x]))
        ),
    ),
    "services.reviews.finalize_review": Row(
        _needs(Permission.CONTRIBUTE),
        lambda s, a, w, x: reviews.finalize_review(s, a, *w.review()),
    ),
    "services.reviews.amend_review": Row(
        _needs(Permission.CONTRIBUTE),
        lambda s, a, w, x: reviews.amend_review(
            s, a, w.review(final=True)[0], ReviewSection.WENT_WELL, "Quick help.", "missed"
        ),
    ),
    # --- entries, actions, contingencies, outcomes
    "services.contributions.add_contribution": Row(
        _needs(Permission.CONTRIBUTE),
        lambda s, a, w, x: contributions.add_contribution(
            s, a, w.admissions[x], text="Slept well", kind="update", sensitive=x
        ),
    ),
    "services.contributions.amend_contribution": Row(
        _needs(Permission.CONTRIBUTE),
        lambda s, a, w, x: contributions.amend_contribution(
            s, a, w.own_entry(a), text="Slept badly", reason="misheard", sensitive=x
        ),
    ),
    "services.actions.open_action": Row(
        _needs(Permission.CONTRIBUTE),
        lambda s, a, w, x: actions.open_action(
            s, a, w.admissions[x], text="Bloods", owner_discipline="nursing"
        ),
    ),
    "services.actions.close_action": Row(
        _needs(Permission.CONTRIBUTE),
        lambda s, a, w, x: actions.close_action(s, a, *w.open_action()),
    ),
    "services.actions.add_contingency": Row(
        _needs(Permission.CONTRIBUTE),
        lambda s, a, w, x: actions.add_contingency(
            s, a, w.admissions[x], condition="If", response="then"
        ),
    ),
    "services.actions.retire_contingency": Row(
        _needs(Permission.CONTRIBUTE),
        lambda s, a, w, x: actions.retire_contingency(s, a, *w.contingency()),
    ),
    "services.proms.record_prom": Row(
        _needs(Permission.CONTRIBUTE),
        lambda s, a, w, x: proms.record_prom(
            s, a, w.admissions[x], proms.PromEntry(3, 6, 2, "Going home")
        ),
    ),
    # --- safety facts
    "services.safety_views.safety_facts": Row(
        VIEW,
        lambda s, a, w, x: safety_views.safety_facts(s, a, [w.admissions[x]], utc_now().date()),
    ),
    "services.safety_facts.fact_history": Row(
        VIEW,
        lambda s, a, w, x: safety_facts.fact_history(
            s, a, "patients", w.patient_of(w.admissions[x])
        ),
    ),
    "services.safety_facts.record_resuscitation": Row(
        _needs(Permission.CONTRIBUTE),
        lambda s, a, w, x: safety_facts.record_resuscitation(
            s,
            a,
            w.fresh_admission(),
            status="dnacpr",
            ceiling="comfort",
            decided_on=None,
            decided_by="consultant",
            discussed_with="daughter",
            form_reference="ReSPECT",
            expected_version=0,
        ),
    ),
    "services.safety_facts.save_safety_check": Row(
        _needs(Permission.CONTRIBUTE),
        lambda s, a, w, x: safety_facts.save_safety_check(
            s, a, w.fresh_admission(), "falls_risk", state="high", expected_version=0
        ),
    ),
    "services.safety_facts.save_identity": Row(
        _needs(Permission.EDIT_CARD),
        lambda s, a, w, x: safety_facts.save_identity(
            s, a, w.fresh_patient(), latin_name="Zoe", preferred_name="", expected_version=1
        ),
    ),
    "services.allergies.record_allergy": Row(
        _needs(Permission.CONTRIBUTE),
        lambda s, a, w, x: safety_facts.record_allergy(
            s, a, w.fresh_patient(), substance="Penicillin"
        ),
    ),
    "services.allergies.update_allergy": Row(
        _needs(Permission.CONTRIBUTE),
        lambda s, a, w, x: _withdraw_allergy(s, a, *w.allergy()),
    ),
    "services.allergies.record_no_known_allergies": Row(
        _needs(Permission.CONTRIBUTE),
        lambda s, a, w, x: safety_facts.record_no_known_allergies(s, a, w.fresh_patient()),
    ),
    "services.safety_lists.save_contact": Row(
        _needs(Permission.CONTRIBUTE),
        lambda s, a, w, x: safety_facts.save_contact(s, a, w.fresh_patient(), name="Maria"),
    ),
    "services.safety_lists.save_medication": Row(
        _needs(Permission.CONTRIBUTE),
        lambda s, a, w, x: safety_facts.save_medication(s, a, w.fresh_patient(), name="Ramipril"),
    ),
    # --- discharge plans
    "services.discharge.save_plan": Row(
        _needs(Permission.EDIT_DISCHARGE_PLAN),
        lambda s, a, w, x: discharge.save_plan(
            s, a, w.fresh_admission(), discharge.PlanEdit(0, "Home", "", "", "")
        ),
    ),
    "services.discharge.add_checklist_item": Row(
        _needs(Permission.EDIT_DISCHARGE_PLAN),
        lambda s, a, w, x: discharge.add_checklist_item(s, a, w.admissions[x], "Keys"),
    ),
    "services.discharge.tick_checklist_item": Row(
        _needs(Permission.EDIT_DISCHARGE_PLAN),
        lambda s, a, w, x: discharge.tick_checklist_item(s, a, w.checklist_item(), True),
    ),
    "services.discharge.add_follow_up": Row(
        _needs(Permission.EDIT_DISCHARGE_PLAN),
        lambda s, a, w, x: discharge.add_follow_up(
            s, a, w.admissions[x], with_whom="GP", contact_by="Ward clerk"
        ),
    ),
    "services.discharge_follow_ups.edit_follow_up": Row(
        _needs(Permission.EDIT_DISCHARGE_PLAN),
        lambda s, a, w, x: discharge_follow_ups.edit_follow_up(
            s, a, w.follow_up(), 1, discharge_follow_ups.FollowUpDetails("GP", contact_by="Me")
        ),
    ),
    "services.discharge_medicines.edit_medication_change": Row(
        _needs(Permission.EDIT_DISCHARGE_PLAN),
        lambda s, a, w, x: discharge_medicines.edit_medication_change(
            s,
            a,
            w.medication_change(),
            discharge_medicines.MedicationChangeEdit(1, "Ramipril", "new", "5 mg", "", "", "BP"),
        ),
    ),
    # deciding and reconciling are a pharmacist's or physician's: the role is asked of one
    "services.discharge_medicines.decide_medication_change": Row(
        _needs(Permission.RECONCILE_MEDICINES),
        lambda s, a, w, x: discharge_medicines.decide_medication_change(
            s, _pharmacist(a), w.medication_change(), 1, True
        ),
    ),
    "services.discharge_medicines.record_reconciliation": Row(
        _needs(Permission.RECONCILE_MEDICINES),
        lambda s, a, w, x: discharge_medicines.record_reconciliation(
            s, _pharmacist(a), w.admissions[x], True
        ),
    ),
    "services.discharge.add_medication_change": Row(
        _needs(Permission.EDIT_DISCHARGE_PLAN),
        lambda s, a, w, x: discharge.add_medication_change(
            s, a, w.admissions[x], medication="Ramipril", change="stopped", reason="low BP"
        ),
    ),
    "services.after_hospital.add_pending_test": Row(
        _needs(Permission.EDIT_DISCHARGE_PLAN),
        lambda s, a, w, x: after_hospital.add_pending_test(
            s, a, w.admissions[x], test="Biopsy", told_by="GP"
        ),
    ),
    "services.after_hospital.remove_pending_test": Row(
        _needs(Permission.EDIT_DISCHARGE_PLAN),
        lambda s, a, w, x: after_hospital.remove_pending_test(s, a, w.pending_test()),
    ),
    "services.after_hospital.add_call_contact": Row(
        _needs(Permission.EDIT_DISCHARGE_PLAN),
        lambda s, a, w, x: after_hospital.add_call_contact(
            s, a, w.admissions[x], name="GP", phone="01234 567890", answers="day"
        ),
    ),
    "services.after_hospital.remove_call_contact": Row(
        _needs(Permission.EDIT_DISCHARGE_PLAN),
        lambda s, a, w, x: after_hospital.remove_call_contact(s, a, w.call_contact()),
    ),
    "services.after_hospital.record_teach_back": Row(
        _needs(Permission.EDIT_DISCHARGE_PLAN),
        lambda s, a, w, x: after_hospital.record_teach_back(
            s, a, w.admissions[x], topic="Inhaler", taught_to="patient", understood="yes"
        ),
    ),
    # --- the card
    "services.cards.save_field": Row(
        _needs(Permission.EDIT_CARD),
        lambda s, a, w, x: cards.save_field(s, a, w.fresh_admission(), "hopes", "x", "patient", 0),
    ),
    "services.cards.revisit_goals": Row(
        _needs(Permission.EDIT_CARD), lambda s, a, w, x: cards.revisit_goals(s, a, w.admissions[x])
    ),
    "services.admissions.update_summary": Row(
        _needs(Permission.EDIT_CARD),
        lambda s, a, w, x: _update_summary(s, a, w.fresh_admission(), w),
    ),
    # --- admissions and the round order
    "services.admissions.admit": Row(
        _needs(Permission.MANAGE_ADMISSIONS),
        lambda s, a, w, x: admissions.admit(
            s,
            a,
            ward_id=w.ward_id,
            bed_id=None,
            patient=admissions.NewPatient(mrn=w.unique("MA"), given_name="A", family_name="B"),
        ),
    ),
    "services.admissions.move_bed": Row(
        _needs(Permission.MANAGE_ADMISSIONS),
        lambda s, a, w, x: admissions.move_bed(s, a, w.fresh_admission(), w.free_bed()),
    ),
    "services.admissions.discharge": Row(
        _needs(Permission.MANAGE_ADMISSIONS),
        lambda s, a, w, x: admissions.discharge(s, a, w.fresh_admission()),
    ),
    "services.admissions.reorder_round": Row(
        _needs(Permission.MANAGE_ADMISSIONS),
        lambda s, a, w, x: admissions.reorder_round(
            s, a, w.ward_id, list(reversed(w.current_admissions()))
        ),
    ),
    "interop.csv_census.plan_csv_import": Row(
        _needs(Permission.MANAGE_ADMISSIONS),
        lambda s, a, w, x: csv_census.plan_csv_import(
            s, a, DATA / "ward-census.csv", w.csv_ward_id
        ),
    ),
    "interop.fhir_import.plan_fhir_import": Row(
        _needs(Permission.MANAGE_ADMISSIONS),
        lambda s, a, w, x: fhir_import.plan_fhir_import(
            s, a, [DATA / "r4-patient-example.json"], w.ward_id
        ),
    ),
    "interop.apply.apply": Row(
        _needs(Permission.MANAGE_ADMISSIONS, Permission.EDIT_CARD),
        lambda s, a, w, x: apply.apply(s, a, w.census_plan()),
    ),
    # --- rounds
    "services.ward_rounds.start_round": Row(
        _needs(Permission.RUN_ROUND),
        lambda s, a, w, x: ward_rounds.start_round(s, a, w.fresh_ward()),
    ),
    "services.ward_rounds.set_attendance": Row(
        _needs(Permission.RUN_ROUND),
        lambda s, a, w, x: ward_rounds.set_attendance(s, a, w.running_round()[0], "pharmacy", True),
    ),
    "services.ward_rounds.leave_patient": Row(
        _needs(Permission.RUN_ROUND),
        lambda s, a, w, x: ward_rounds.leave_patient(s, a, *w.running_round(), 90, "discussed"),
    ),
    "services.ward_rounds.read_back": Row(
        _needs(Permission.RUN_ROUND),
        lambda s, a, w, x: ward_rounds.read_back(s, a, *w.running_round()),
    ),
    "services.ward_rounds.end_round": Row(
        _needs(Permission.RUN_ROUND),
        lambda s, a, w, x: ward_rounds.end_round(s, a, w.running_round()[0]),
    ),
    # --- wards and accounts
    "services.wards.create_ward": Row(
        _needs(Permission.MANAGE_WARDS),
        lambda s, a, w, x: wards.create_ward(s, a, code=w.unique("WC"), name="New ward"),
    ),
    "services.wards.add_bed": Row(
        _needs(Permission.MANAGE_WARDS),
        lambda s, a, w, x: wards.add_bed(s, a, w.ward_id, w.unique("B-")),
    ),
    "services.users.create_user": Row(
        _needs(Permission.MANAGE_USERS),
        lambda s, a, w, x: users.create_user(
            s,
            a,
            username=w.unique("new"),
            display_name="New",
            discipline="pharmacy",
            role="clinician",
            password="a long enough password",
        ),
    ),
    "services.users.change_password": Row(
        _needs(Permission.MANAGE_USERS),
        lambda s, a, w, x: users.change_password(s, a, w.fresh_user(), "another long password"),
    ),
    "services.users.set_active": Row(
        _needs(Permission.MANAGE_USERS),
        lambda s, a, w, x: users.set_active(s, a, w.fresh_user(), False),
    ),
    "services.users.set_role": Row(
        _needs(Permission.MANAGE_USERS),
        lambda s, a, w, x: users.set_role(s, a, w.fresh_user(), "ward_display"),
    ),
    "services.users.clear_lockout": Row(
        _needs(Permission.MANAGE_USERS),
        lambda s, a, w, x: users.clear_lockout(s, a, w.fresh_user()),
    ),
    "services.users.list_users": Row(
        _needs(Permission.MANAGE_USERS), lambda s, a, w, x: users.list_users(s, a)
    ),
    # --- printing
    "reports.service.find_ward": Row(
        VIEW, lambda s, a, w, x: printing.find_ward(s, a, w.ward_code)
    ),
    "reports.service.find_admission": Row(
        VIEW, lambda s, a, w, x: printing.find_admission(s, a, w.mrns[x], w.ward_id)
    ),
    "reports.service.print_handoff": Row(
        VIEW, lambda s, a, w, x: printing.print_handoff(s, a, w.ward_id), text=pdf_text
    ),
    "reports.service.print_discharge": Row(
        VIEW,
        lambda s, a, w, x: printing.print_discharge(s, a, w.admissions[x], include_sensitive=x),
        sensitive_needs=SENSITIVE,
        shows=Shows.TO_ROLE,
        text=pdf_text,
    ),
    "reports.service.print_review": Row(
        SENSITIVE, lambda s, a, w, x: printing.print_review(s, a, w.review_id), text=pdf_text
    ),
    "reports.service.print_insights": Row(
        VIEW,
        lambda s, a, w, x: printing.print_insights(s, a, w.ward_id, *_last_week()),
        text=pdf_text,
    ),
    "services.downtime.write_downtime_kit": Row(
        VIEW,
        lambda s, a, w, x: downtime.write_downtime_kit(
            s, a, Path(tempfile.mkdtemp(dir=_DOWNTIME_OUT.name)), ward_ids=[w.ward_id]
        ),
        text=_downtime_text,
    ),
    "reports.loading.load_handoff": Row(
        VIEW,
        lambda s, a, w, x: loading.load_handoff(s, a, w.ward_id, utc_now()),
        shows=Shows.TO_NOBODY,
    ),
    "reports.loading.load_discharge": Row(
        VIEW,
        lambda s, a, w, x: loading.load_discharge(
            s, a, w.admissions[x], patient_copy=False, include_sensitive=x
        ),
        sensitive_needs=SENSITIVE,
        shows=Shows.TO_ROLE,
    ),
    "reports.loading.load_review": Row(
        SENSITIVE, lambda s, a, w, x: loading.load_review(s, a, w.review_id)
    ),
    # --- exchange
    "interop.fhir_export.find_admission": Row(
        VIEW, lambda s, a, w, x: fhir_export.find_admission(s, a, w.mrns[x], None)
    ),
    "interop.fhir_export.discharge_document": Row(
        _needs(Permission.EXPORT),
        lambda s, a, w, x: json.dumps(
            fhir_export.discharge_document(s, a, w.admissions[x]), ensure_ascii=False
        ),
        shows=Shows.TO_NOBODY,
        text=str,
    ),
    "interop.fhir_export.export_fhir": Row(
        _needs(Permission.EXPORT),
        _exported(lambda s, a, w, x, out: fhir_export.export_fhir(s, a, w.admissions[x], out)),
        shows=Shows.TO_NOBODY,
        text=str,
    ),
    # the whole database, sensitive entries and all: only for roles that may read them;
    # aimed at the sensitive target, it carries the accounts' password hashes too
    "exchange.json_format.export_document": Row(
        _needs(Permission.EXPORT),
        lambda s, a, w, x: json.dumps(
            json_format.export_document(s, a, with_accounts=x), ensure_ascii=False
        ),
        sensitive_needs=_needs(Permission.MANAGE_USERS),
        shows=Shows.TO_ROLE,
        text=str,
    ),
    "exchange.json_format.export_json": Row(
        _needs(Permission.EXPORT),
        _exported(lambda s, a, w, x, out: json_format.export_json(s, a, out, with_accounts=x)),
        sensitive_needs=_needs(Permission.MANAGE_USERS),
        shows=Shows.TO_ROLE,
        text=str,
    ),
    "exchange.json_format.import_json": Row(
        _needs(Permission.MANAGE_USERS),
        lambda s, a, w, x: json_format.import_json(s, a, w.empty_export(), merge=True),
    ),
}


def _with_draft(review: tuple[int, int], draft: Any) -> tuple[int, Any, int]:
    review_id, version = review
    return review_id, draft, version


def _update_summary(s: Session, a: Actor, admission_id: int, w: MatrixWard) -> int:
    edit = admissions.SummaryEdit(w.admission_version(admission_id), "watcher", "Better", None)
    return admissions.update_summary(s, a, admission_id, edit)


def _withdraw_allergy(s: Session, a: Actor, allergy_id: int, version: int) -> Any:
    return safety_facts.update_allergy(
        s,
        a,
        allergy_id,
        substance="Latex",
        reaction="",
        severity="",
        criticality="",
        status="entered_in_error",
        expected_version=version,
    )
