"""Safety facts: resuscitation, checks, identity, allergies, contacts, medicines."""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session

from rounds_app.domain.clock import utc_now
from rounds_app.domain.roles import Permission
from rounds_app.services import safety_facts, safety_views
from rounds_app.services.actor import Actor
from tests.storage.permission_matrix.rows import VIEW, Row, needs


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


ROWS: dict[str, Row] = {
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
        needs(Permission.CONTRIBUTE),
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
        needs(Permission.CONTRIBUTE),
        lambda s, a, w, x: safety_facts.save_safety_check(
            s, a, w.fresh_admission(), "falls_risk", state="high", expected_version=0
        ),
    ),
    "services.safety_facts.save_identity": Row(
        needs(Permission.EDIT_CARD),
        lambda s, a, w, x: safety_facts.save_identity(
            s, a, w.fresh_patient(), latin_name="Zoe", preferred_name="", expected_version=1
        ),
    ),
    "services.allergies.record_allergy": Row(
        needs(Permission.CONTRIBUTE),
        lambda s, a, w, x: safety_facts.record_allergy(
            s, a, w.fresh_patient(), substance="Penicillin"
        ),
    ),
    "services.allergies.update_allergy": Row(
        needs(Permission.CONTRIBUTE),
        lambda s, a, w, x: _withdraw_allergy(s, a, *w.allergy()),
    ),
    "services.allergies.record_no_known_allergies": Row(
        needs(Permission.CONTRIBUTE),
        lambda s, a, w, x: safety_facts.record_no_known_allergies(s, a, w.fresh_patient()),
    ),
    "services.safety_lists.save_contact": Row(
        needs(Permission.CONTRIBUTE),
        lambda s, a, w, x: safety_facts.save_contact(s, a, w.fresh_patient(), name="Maria"),
    ),
    "services.safety_lists.save_medication": Row(
        needs(Permission.CONTRIBUTE),
        lambda s, a, w, x: safety_facts.save_medication(s, a, w.fresh_patient(), name="Ramipril"),
    ),
}
