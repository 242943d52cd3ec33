"""The after-hospital parts of a demo discharge plan: the persona's own why-in-hospital
and pending tests, and, for most plans, numbers to call and teach-backs fitted to
what the plan holds."""

from __future__ import annotations

import random
from datetime import date, datetime, timedelta
from typing import Any

from rounds_app.domain.enums import CallWhen, TaughtTo, Understood
from rounds_app.storage.models import CallContact, DischargePlan, PendingTest, TeachBack

# the numbers every patient of the demo ward may call (Ofcom's drama range)
NUMBERS = (
    ("The ward you stayed on", "020 7946 0700", CallWhen.ANY_TIME, ""),
    ("Your GP surgery", "020 7946 0123", CallWhen.HOURS, "Weekdays 8am to 6:30pm"),
    ("NHS 111", "111", CallWhen.NIGHT, ""),
)
UNDERSTOOD = (Understood.YES, Understood.YES, Understood.YES, Understood.PARTLY, Understood.NO)


def fill_after_hospital(
    record: DischargePlan,
    persona: dict[str, Any],
    rng: random.Random,
    today: date,
    teacher_id: int,
    taught_at: datetime,
) -> None:
    plan = persona["discharge"]
    record.why_in_hospital = plan.get("why_in_hospital", "")
    record.pending_tests = [
        PendingTest(test=t["test"], told_by=t["told_by"], due=today + timedelta(days=t["days"]))
        for t in plan.get("pending_tests", [])
    ]
    if rng.random() < 0.15:  # a few plans are not that far along
        return
    record.call_contacts = [
        CallContact(position=i, name=name, phone=phone, answers=answers, hours=hours)
        for i, (name, phone, answers, hours) in enumerate(NUMBERS)
    ]
    taught = []
    if plan.get("warning_signs"):
        taught.append(("Warning signs, and whom to call", TaughtTo.PATIENT, ""))
    if plan.get("medication_changes"):
        family = [c for c in persona.get("contacts", []) if c.get("may_share")]
        if family:
            taught.append(("New and changed medicines", TaughtTo.FAMILY, family[0]["name"]))
        else:
            taught.append(("New and changed medicines", TaughtTo.PATIENT, ""))
    record.teach_backs = [
        TeachBack(
            topic=topic,
            taught_to=to,
            taught_name=name,
            understood=rng.choice(UNDERSTOOD),
            taught_by_id=teacher_id,
            taught_at=taught_at + timedelta(minutes=20 * i),
        )
        for i, (topic, to, name) in enumerate(taught)
    ]
