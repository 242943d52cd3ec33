"""The medicines part of the discharge plan: editing and deciding a medication
change, and recording that the medicines are reconciled. Deciding and reconciling
are a pharmacist's or a physician's; the patient's copy trusts both."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy.orm import Session

from rounds_app.domain import fields
from rounds_app.domain.clock import utc_now
from rounds_app.domain.discharge_readiness import decide_refusal
from rounds_app.domain.entities import Entity
from rounds_app.domain.enums import ChecklistKind, Discipline, MedicationChangeKind
from rounds_app.domain.roles import Permission
from rounds_app.errors import PermissionDenied, Phrase, ValidationError
from rounds_app.services import validate
from rounds_app.services.actor import Actor, require_person
from rounds_app.services.conflicts import State, check_version
from rounds_app.services.discharge_plans import item_of_kind, plan_for
from rounds_app.services.lookup import current_admission, get
from rounds_app.services.unit import Change, Work, unit_of_work
from rounds_app.storage.models import (
    Admission,
    DischargeChecklistItem,
    DischargePlan,
    MedicationChange,
)

PRESCRIBING = frozenset({Discipline.PHARMACY, Discipline.MEDICINE})
CHANGE_FIELDS = ("medication", "change", "dose", "how_to_take", "previous", "reason")


@dataclass(frozen=True)
class MedicationChangeEdit:
    """A change as the form holds it; `version` is the one it was read at."""

    version: int
    medication: str
    change: MedicationChangeKind | str
    dose: str
    how_to_take: str
    previous: str
    reason: str


def checked_change(
    *,
    medication: str,
    change: MedicationChangeKind | str,
    dose: str,
    how_to_take: str,
    previous: str,
    reason: str,
) -> dict[str, Any]:
    """The change's values, trimmed and checked; ValidationError on the first fault."""
    return {
        "medication": validate.text(fields.MEDICATION_CHANGED, medication),
        "change": validate.choice(Phrase("The change"), change, MedicationChangeKind),
        "dose": validate.text(fields.MEDICATION_DOSE, dose),
        "how_to_take": validate.text(fields.MEDICATION_HOW, how_to_take),
        "previous": validate.text(fields.MEDICATION_PREVIOUS, previous),
        "reason": validate.text(fields.MEDICATION_REASON, reason),
    }


def _change_state(entry: MedicationChange) -> State:
    values = {name: getattr(entry, name) for name in CHANGE_FIELDS}
    values["decided"] = entry.decided
    return values, entry.updated_by_id, entry.updated_at


def _require_prescriber(actor: Actor, doing: Phrase) -> int:
    person = require_person(actor, doing)
    if actor.discipline not in PRESCRIBING:
        raise PermissionDenied("Only a pharmacist or a physician can %1.", doing)
    return person


def _entry(session: Session, change_id: int) -> tuple[MedicationChange, Admission]:
    entry = get(session, MedicationChange, change_id, Phrase("medication change"))
    plan = get(session, DischargePlan, entry.plan_id, Phrase("discharge plan"))
    return entry, current_admission(session, plan.admission_id, lock=True)


def edit_medication_change(
    session: Session, actor: Actor, change_id: int, edit: MedicationChangeEdit
) -> int:
    """Saves the change; returns its new version. A decided change that is edited is
    no longer decided: what was decided is not what it now says. A stale
    `edit.version` raises ConflictError with both versions."""
    with unit_of_work(
        session, actor, Permission.EDIT_DISCHARGE_PLAN, Phrase("edit discharge plans")
    ) as work:
        entry, admission = _entry(session, change_id)
        mine = checked_change(
            medication=edit.medication,
            change=edit.change,
            dose=edit.dose,
            how_to_take=edit.how_to_take,
            previous=edit.previous,
            reason=edit.reason,
        )
        check_version(
            session, actor, Phrase("medication change"), entry, edit.version, mine, _change_state
        )
        changed = [name for name in CHANGE_FIELDS if getattr(entry, name) != mine[name]]
        if not changed:
            return entry.version
        for name in changed:
            setattr(entry, name, mine[name])
        if entry.decided:
            entry.decided, entry.decided_by_id, entry.decided_at = False, None, None
            changed.append("decided")
        entry.updated_by_id, entry.updated_at = actor.user_id, utc_now()
        session.flush()
        work.record(
            Change.about(
                admission,
                "discharge.edit_medication_change",
                Entity.MEDICATION_CHANGE,
                entry.id,
                changed,
            ),
        )
        return entry.version


def decide_medication_change(
    session: Session, actor: Actor, change_id: int, version: int, decided: bool
) -> int:
    """Marks the change decided (so the patient's copy prints it) or not decided;
    returns its new version. `version` is the one the decision was made on: a change
    edited meanwhile raises ConflictError rather than deciding unseen words."""
    doing = Phrase("decide a medication change")
    with unit_of_work(session, actor, Permission.RECONCILE_MEDICINES, doing) as work:
        person = _require_prescriber(actor, doing)
        entry, admission = _entry(session, change_id)
        check_version(
            session,
            actor,
            Phrase("medication change"),
            entry,
            version,
            {"decided": decided},
            _change_state,
        )
        if decided:
            refusal = decide_refusal(entry, entry.previous)
            if refusal:
                raise ValidationError(refusal)
        if entry.decided == decided:
            return entry.version
        entry.decided = decided
        entry.decided_by_id, entry.decided_at = (person, utc_now()) if decided else (None, None)
        session.flush()
        work.record(
            Change.about(
                admission,
                "discharge.decide_medicine" if decided else "discharge.undecide_medicine",
                Entity.MEDICATION_CHANGE,
                entry.id,
                ("decided",),
            ),
        )
        return entry.version


def record_reconciliation(
    session: Session, actor: Actor, admission_id: int, reconciled: bool
) -> None:
    """Records that a pharmacist or physician reconciled the medicines (the
    checklist's "Medicines reconciled" item, ticked by them), or undoes it."""
    doing = Phrase("record the medicines reconciliation")
    with unit_of_work(session, actor, Permission.RECONCILE_MEDICINES, doing) as work:
        _require_prescriber(actor, doing)
        admission = current_admission(session, admission_id, lock=True)
        plan = plan_for(session, admission, actor)
        _set_reconciled(
            work,
            actor,
            item_of_kind(session, plan, ChecklistKind.MEDICINES_RECONCILED),
            admission,
            reconciled,
        )


def _set_reconciled(
    work: Work,
    actor: Actor,
    item: DischargeChecklistItem,
    admission: Admission,
    done: bool,
) -> None:
    item.done = done
    item.done_by_id, item.done_at = (actor.user_id, utc_now()) if done else (None, None)
    work.record(
        Change.about(
            admission,
            "discharge.reconcile_medicines" if done else "discharge.undo_reconciliation",
            Entity.DISCHARGE_CHECKLIST_ITEM,
            item.id,
            ("done",),
        ),
    )
