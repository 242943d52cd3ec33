"""Recording the safety facts of an admission: the resuscitation decision and ceiling of
treatment, the whiteboard safety items, the patient's Latin-script and preferred name,
and reading back any fact's history. Allergies, contacts and medicines are recorded in
allergies.py and safety_lists.py (named here too, so every write is found in one place).

Every write is one unit of work: the role checked, the input checked, a stale save
refused with both sides shown, the current row written, a FactRevision appended, and a
change recorded that wakes every workstation showing the ward."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from rounds_app.domain import fields
from rounds_app.domain.clock import utc_now
from rounds_app.domain.entities import Entity
from rounds_app.domain.roles import Permission
from rounds_app.domain.safety import SAFETY_ITEMS, Ceiling, Resuscitation, SafetyItem
from rounds_app.errors import ConflictError, Phrase, ValidationError, Version
from rounds_app.services import validate
from rounds_app.services.actor import Actor, require
from rounds_app.services.allergies import record_allergy, record_no_known_allergies, update_allergy
from rounds_app.services.conflicts import check_version
from rounds_app.services.fact_revisions import (
    ENTITIES,
    append_revision,
    current_admission_of,
    name_of,
    plain,
)
from rounds_app.services.lookup import current_admission, get
from rounds_app.services.safety_lists import save_contact, save_medication
from rounds_app.services.safety_views import (
    IdentityView,
    ResuscitationView,
    SafetyCheckView,
    check_view,
    resuscitation_view,
)
from rounds_app.services.unit import Change, Work, unit_of_work
from rounds_app.storage.models import (
    Admission,
    FactRevision,
    Patient,
    ResuscitationDecision,
    SafetyCheck,
    User,
)

__all__ = [
    "FactRevisionView",
    "fact_history",
    "record_allergy",
    "record_no_known_allergies",
    "record_resuscitation",
    "save_contact",
    "save_identity",
    "save_medication",
    "save_safety_check",
    "update_allergy",
]


@dataclass(frozen=True)
class FactRevisionView:
    version: int
    values: dict[str, Any]
    recorded_by: str | None
    recorded_at: datetime


def _not_after_today(label: Phrase, value: date | None) -> None:
    if value is not None and value > utc_now().date():
        raise ValidationError("%1 is in the future.", label)


def _decision_values(row: ResuscitationDecision) -> dict[str, Any]:
    return {
        "status": row.status.value,
        "ceiling": row.ceiling.value,
        "decided_on": row.decided_on,
        "decided_by": row.decided_by,
        "discussed_with": row.discussed_with,
        "form_reference": row.form_reference,
    }


def record_resuscitation(
    session: Session,
    actor: Actor,
    admission_id: int,
    *,
    status: Resuscitation | str,
    ceiling: Ceiling | str,
    decided_on: date | None,
    decided_by: str,
    discussed_with: str,
    form_reference: str,
    expected_version: int,
) -> ResuscitationView:
    """Records the resuscitation status and ceiling of treatment. `expected_version`
    is the version the editor started from (0: not discussed yet)."""
    with unit_of_work(
        session, actor, Permission.CONTRIBUTE, Phrase("record resuscitation decisions")
    ) as work:
        mine: dict[str, Any] = {
            "status": validate.choice(Phrase("Resuscitation status"), status, Resuscitation).value,
            "ceiling": validate.choice(Phrase("Ceiling of treatment"), ceiling, Ceiling).value,
            "decided_on": decided_on,
            "decided_by": validate.text(fields.DECIDED_BY, decided_by),
            "discussed_with": validate.text(fields.DISCUSSED_WITH, discussed_with),
            "form_reference": validate.text(fields.FORM_REFERENCE, form_reference),
        }
        _not_after_today(Phrase("The date decided"), decided_on)
        admission = current_admission(session, admission_id, lock=True)
        row = session.execute(
            select(ResuscitationDecision).where(ResuscitationDecision.admission_id == admission_id)
        ).scalar_one_or_none()
        now = utc_now()
        if row is None:
            _first_write(Phrase("resuscitation decision"), expected_version, actor, mine)
            row = ResuscitationDecision(admission_id=admission_id, **mine)
            session.add(row)
        else:
            check_version(
                session,
                actor,
                Phrase("resuscitation decision"),
                row,
                expected_version,
                plain(mine),
                lambda r: (plain(_decision_values(r)), r.recorded_by_id, r.recorded_at),
            )
            if _decision_values(row) == mine:
                return resuscitation_view(row, name_of(session, row.recorded_by_id))
            for name, value in mine.items():
                setattr(row, name, value)
        _record(
            session, work, actor, admission, row, mine, now, "safety.resuscitation", tuple(mine)
        )
        return resuscitation_view(row, actor.display_name)


def save_safety_check(
    session: Session,
    actor: Actor,
    admission_id: int,
    item: SafetyItem | str,
    *,
    state: str,
    detail: str = "",
    since: date | None = None,
    expected_version: int,
) -> SafetyCheckView:
    """Records one whiteboard safety item. `state` is one of the item's states
    (rounds_app.domain.safety.SAFETY_ITEMS); `expected_version` 0: never assessed."""
    with unit_of_work(
        session, actor, Permission.CONTRIBUTE, Phrase("record safety checks")
    ) as work:
        item = validate.choice(Phrase("Safety item"), item, SafetyItem)
        vocabulary = SAFETY_ITEMS[item]
        state = validate.text(fields.SAFETY_STATE, state)
        if state not in vocabulary.values:
            raise ValidationError(
                "%1 '%2' is not one of: %3.",
                Phrase(vocabulary.label, "SafetyWords"),
                state,
                ", ".join(vocabulary.values),
            )
        mine: dict[str, Any] = {
            "item": item.value,
            "state": state,
            "detail": validate.text(
                fields.SAFETY_DETAIL,
                detail,
                label=Phrase(vocabulary.detail, "SafetyWords") if vocabulary.detail else None,
            ),
            "since": since,
        }
        _not_after_today(Phrase("The date since"), since)
        admission = current_admission(session, admission_id, lock=True)
        row = session.execute(
            select(SafetyCheck).where(
                SafetyCheck.admission_id == admission_id, SafetyCheck.item == item
            )
        ).scalar_one_or_none()
        now = utc_now()
        today = now.date()
        if row is None:
            _first_write(Phrase("safety check"), expected_version, actor, mine)
            row = SafetyCheck(admission_id=admission_id, item=item, state=state)
            session.add(row)
        else:
            check_version(
                session,
                actor,
                Phrase("safety check"),
                row,
                expected_version,
                plain(mine),
                lambda r: (plain(_check_values(r)), r.recorded_by_id, r.recorded_at),
            )
            if _check_values(row) == mine:
                return check_view(row, item, name_of(session, row.recorded_by_id), today)
        row.state, row.detail, row.since = state, mine["detail"], since
        _record(session, work, actor, admission, row, mine, now, "safety.check", (item.value,))
        return check_view(row, item, actor.display_name, today)


def _record(
    session: Session,
    work: Work,
    actor: Actor,
    admission: Admission,
    row: ResuscitationDecision | SafetyCheck,
    values: dict[str, Any],
    now: datetime,
    action: str,
    changed: tuple[str, ...],
) -> None:
    """Signs an admission's fact, appends its saved state to the history and commits."""
    row.recorded_by_id, row.recorded_at = actor.user_id, now
    session.flush()  # the id of a new row, or the next version
    table = row.__tablename__
    append_revision(
        session,
        actor,
        patient_id=admission.patient_id,
        admission_id=admission.id,
        entity=table,
        entity_id=row.id,
        values=values,
        at=now,
    )
    # the change names the row's kind in the singular, as every other change does
    work.record(
        Change.about(admission, action, Entity(table.removesuffix("s")), row.id, changed),
    )


def _check_values(row: SafetyCheck) -> dict[str, Any]:
    return {"item": row.item.value, "state": row.state, "detail": row.detail, "since": row.since}


def save_identity(
    session: Session,
    actor: Actor,
    patient_id: int,
    *,
    latin_name: str,
    preferred_name: str,
    expected_version: int,
) -> IdentityView:
    """Records the name in Latin letters (for a name in another script) and the name the
    patient likes to be called. `expected_version` is the patient's version."""
    with unit_of_work(
        session, actor, Permission.EDIT_CARD, Phrase("edit a patient's identity")
    ) as work:
        mine = {
            "latin_name": validate.text(fields.LATIN_NAME, latin_name),
            "preferred_name": validate.text(fields.PREFERRED_NAME, preferred_name),
        }
        patient = get(session, Patient, patient_id, Phrase("patient"))
        check_version(
            session,
            actor,
            Phrase("patient"),
            patient,
            expected_version,
            mine,
            lambda p: (_identity_values(p), None, None),
        )
        if _identity_values(patient) != mine:
            patient.latin_name, patient.preferred_name = mine["latin_name"], mine["preferred_name"]
            session.flush()  # bumps the version
            admission = current_admission_of(session, patient_id)
            append_revision(
                session,
                actor,
                patient_id=patient_id,
                admission_id=admission.id if admission else None,
                entity="patients",
                entity_id=patient_id,
                values=mine,
                at=utc_now(),
            )
            work.record(
                Change.about(
                    admission, "patient.identity", Entity.PATIENT, patient_id, tuple(mine)
                ),
            )
        return IdentityView(patient.id, patient.latin_name, patient.preferred_name, patient.version)


def _identity_values(patient: Patient) -> dict[str, Any]:
    return {"latin_name": patient.latin_name, "preferred_name": patient.preferred_name}


def fact_history(
    session: Session, actor: Actor, entity: str, entity_id: int
) -> list[FactRevisionView]:
    """Every saved state of one safety fact, oldest first. `entity` is the table
    ("allergies", "safety_checks", …; fact_revisions.ENTITIES)."""
    require(actor, Permission.VIEW, Phrase("read safety facts"))
    if entity not in ENTITIES:
        raise ValidationError("Fact '%1' is not one of: %2.", entity, ", ".join(ENTITIES))
    rows = session.execute(
        select(FactRevision, User.display_name)
        .outerjoin(User, User.id == FactRevision.recorded_by_id)
        .where(FactRevision.entity == entity, FactRevision.entity_id == entity_id)
        .order_by(FactRevision.version)
    )
    return [
        FactRevisionView(rev.version, json.loads(rev.snapshot), name, rev.recorded_at)
        for rev, name in rows
    ]


def _first_write(label: Phrase, expected_version: int, actor: Actor, mine: dict[str, Any]) -> None:
    """Nothing stored yet, so only a save that starts from nothing (version 0) is
    current; any other names a version this database never held."""
    if expected_version != 0:
        raise ConflictError(
            label,
            0,
            mine=Version(expected_version, plain(mine), actor.display_name, None),
            theirs=Version(0, {}, None, None),
        )
