"""Earlier stays of some of the demo ward's patients, discharged in the last weeks —
readmissions are a ward's daily reality — so that "expected against actual discharge"
has something to show. Each ends days before the patient's current admission."""

from __future__ import annotations

import random
from collections.abc import Sequence
from datetime import timedelta

from sqlalchemy.orm import Session

from rounds_app.storage.models import Admission

READMITTED_SHARE = 0.35


def add_past_stays(session: Session, rng: random.Random, admissions: Sequence[Admission]) -> None:
    for current in admissions:
        if rng.random() >= READMITTED_SHARE:
            continue
        gap = timedelta(days=rng.randint(2, 6), hours=rng.randint(0, 8))
        discharged = current.admitted_at - gap
        admitted = discharged - timedelta(days=rng.randint(2, 9), hours=rng.randint(1, 10))
        session.add(
            Admission(
                patient_id=current.patient_id,
                ward_id=current.ward_id,
                bed_id=current.bed_id,  # only a current stay holds its bed exclusively
                admitted_at=admitted,
                # a plan rarely lands on the day: some go early, more go late
                expected_discharge_date=(discharged + timedelta(days=rng.randint(-3, 2))).date(),
                discharged_at=discharged,
                severity=current.severity,
                severity_changed_at=admitted,
                one_liner="",
                round_position=current.round_position,
            )
        )
