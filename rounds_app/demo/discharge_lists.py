"""The demo ward's discharge lists from a persona's plan: medication changes with a
dose and how to take them (decided where the persona's medicines are reconciled),
follow-ups booked (day, time, place, phone) or not (who will contact, by when), and a
checklist that agrees with them — except where a persona shows a contradiction on
purpose (`follow_up_ticked` with an appointment not booked)."""

from __future__ import annotations

import random
from datetime import date, datetime, timedelta
from typing import Any

from rounds_app.domain.enums import ChecklistKind, FollowUpPlace, MedicationChangeKind
from rounds_app.services.discharge_plans import DEFAULT_CHECKLIST
from rounds_app.storage.models import (
    DischargeChecklistItem,
    FollowUpAppointment,
    MedicationChange,
    User,
)


def medication_changes(
    plan: dict[str, Any], decider: User, decided_at: datetime
) -> list[MedicationChange]:
    return [
        MedicationChange(
            medication=m["medication"],
            change=MedicationChangeKind(m["change"]),
            dose=m.get("dose", ""),
            how_to_take=m.get("how_to_take", ""),
            previous=m.get("previous", ""),
            reason=m["reason"],
            decided=m["decided"],
            decided_by_id=decider.id if m["decided"] else None,
            decided_at=decided_at if m["decided"] else None,
            updated_by_id=decider.id,
            updated_at=decided_at,
        )
        for m in plan.get("medication_changes", [])
    ]


def follow_ups(
    plan: dict[str, Any], expected: date | None, rng: random.Random, now: datetime
) -> list[FollowUpAppointment]:
    after = expected or now.date()
    out = []
    for f in plan.get("follow_ups", []):
        booked = f["booked"]
        day = after + timedelta(days=rng.randint(3, 21))
        out.append(
            FollowUpAppointment(
                with_whom=f["with_whom"],
                booked=booked,
                when=datetime(day.year, day.month, day.day, 10, 30, tzinfo=now.tzinfo)
                if booked
                else None,
                place_kind=FollowUpPlace(f["place_kind"]),
                where=f.get("where", ""),
                phone=f.get("phone", ""),
                purpose=f.get("purpose", ""),
                contact_by=f.get("contact_by", ""),
                contact_by_date=None if booked else after + timedelta(days=f["contact_by_days"]),
            )
        )
    return out


def checklist(
    plan: dict[str, Any],
    appointments: list[FollowUpAppointment],
    people: dict[ChecklistKind, User],
    done_at: datetime,
    rng: random.Random,
) -> list[DischargeChecklistItem]:
    """Reconciled as the persona says (by the pharmacist), follow-up booked when every
    appointment is, the rest by chance."""
    done = {
        ChecklistKind.MEDICINES_RECONCILED: bool(plan.get("medicines_reconciled")),
        ChecklistKind.FOLLOW_UP_BOOKED: bool(appointments)
        and (all(a.booked for a in appointments) or bool(plan.get("follow_up_ticked"))),
    }
    items = []
    for position, (text, kind) in enumerate(DEFAULT_CHECKLIST):
        ticked = done.get(kind, rng.random() < 0.4)
        by = people.get(kind, people[ChecklistKind.FOLLOW_UP_BOOKED])
        items.append(
            DischargeChecklistItem(
                position=position,
                item=text,
                kind=kind,
                done=ticked,
                done_by_id=by.id if ticked else None,
                done_at=done_at if ticked else None,
            )
        )
    return items
