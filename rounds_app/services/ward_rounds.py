"""Running a ward round: start (every current patient, in round order), attendance,
time per patient, discussed or skipped, the read-back of new actions, and the end.

The start of the last round is the line after which entries count as "new since the
last round"."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from rounds_app.domain.clock import utc_now
from rounds_app.domain.entities import Entity
from rounds_app.domain.enums import ActionStatus, Discipline, RoundPatientStatus
from rounds_app.domain.roles import Permission
from rounds_app.errors import Phrase, ValidationError
from rounds_app.services import validate
from rounds_app.services.actor import Actor, require_person
from rounds_app.services.lookup import get
from rounds_app.services.unit import Change, unit_of_work
from rounds_app.storage.models import (
    ActionItem,
    ActionReadBack,
    Admission,
    RoundAttendance,
    RoundPatient,
    Ward,
    WardRound,
)

RUN = (Permission.RUN_ROUND, Phrase("run ward rounds"))
MAX_TARGET_SECONDS = 60 * 60


def start_round(
    session: Session, actor: Actor, ward_id: int, target_seconds: int | None = None
) -> int:
    """Starts a round of the ward's current patients in round order; returns its id."""
    with unit_of_work(session, actor, *RUN) as work:
        facilitator = require_person(actor, Phrase("run ward rounds"))
        get(session, Ward, ward_id, Phrase("ward"))
        if session.execute(
            select(WardRound.id).where(WardRound.ward_id == ward_id, WardRound.ended_at.is_(None))
        ).first():
            raise ValidationError("A round is already running on this ward.")
        ward_round = WardRound(ward_id=ward_id, started_at=utc_now(), facilitator_id=facilitator)
        if target_seconds is not None:
            if not 30 <= target_seconds <= MAX_TARGET_SECONDS:
                raise ValidationError("The time per patient is between 30 seconds and an hour.")
            ward_round.target_seconds = target_seconds
        session.add(ward_round)
        session.flush()
        admissions = session.execute(
            select(Admission.id)
            .where(Admission.ward_id == ward_id, Admission.discharged_at.is_(None))
            .order_by(Admission.round_position, Admission.id)
        ).scalars()
        session.add_all(
            RoundPatient(round_id=ward_round.id, admission_id=admission_id, position=i)
            for i, admission_id in enumerate(admissions)
        )
        work.record(Change("round.start", Entity.WARD_ROUND, ward_round.id, (), ward_id))
        return ward_round.id


def _running(session: Session, round_id: int) -> WardRound:
    ward_round = get(session, WardRound, round_id, Phrase("ward round"))
    if ward_round.ended_at is not None:
        raise ValidationError("This round has ended.")
    return ward_round


def _place(session: Session, round_id: int, admission_id: int) -> RoundPatient:
    place = session.execute(
        select(RoundPatient).where(
            RoundPatient.round_id == round_id, RoundPatient.admission_id == admission_id
        )
    ).scalar_one_or_none()
    if place is None:
        raise ValidationError("This patient is not in the round.")
    return place


def set_attendance(
    session: Session, actor: Actor, round_id: int, discipline: Discipline | str, present: bool
) -> None:
    with unit_of_work(session, actor, *RUN) as work:
        ward_round = _running(session, round_id)
        discipline = validate.choice(Phrase("Discipline"), discipline, Discipline)
        record = session.execute(
            select(RoundAttendance).where(
                RoundAttendance.round_id == round_id, RoundAttendance.discipline == discipline
            )
        ).scalar_one_or_none()
        if record is None:
            record = RoundAttendance(round_id=round_id, discipline=discipline, present=present)
            session.add(record)
        record.present, record.updated_at = present, utc_now()
        session.flush()
        work.record(
            Change(
                "round.attendance",
                Entity.ROUND_ATTENDANCE,
                record.id,
                (discipline.value,),
                ward_round.ward_id,
            ),
        )


def leave_patient(
    session: Session,
    actor: Actor,
    round_id: int,
    admission_id: int,
    seconds: int,
    outcome: RoundPatientStatus | str | None = None,
) -> None:
    """Records the time just spent on the patient on the screen (added to earlier
    visits) and, when given, the outcome: discussed, or skipped to come back to.
    Without one, a patient shown for the first time is seen: reached, whatever the
    timer said."""
    with unit_of_work(session, actor, *RUN) as work:
        ward_round = _running(session, round_id)
        if seconds < 0:
            raise ValidationError("Time spent cannot be negative.")
        place = _place(session, round_id, admission_id)
        place.seconds += seconds
        changed = ["seconds"]
        if outcome is not None:
            place.status = validate.choice(Phrase("Outcome"), outcome, RoundPatientStatus)
            place.discussed_at = utc_now() if place.status is RoundPatientStatus.DISCUSSED else None
            changed.append("status")
        elif place.status is not place.status.shown():
            place.status = place.status.shown()
            changed.append("status")
        work.record(
            Change(
                "round.patient",
                Entity.ROUND_PATIENT,
                place.id,
                changed,
                ward_round.ward_id,
                admission_id,
            ),
        )


def read_back(session: Session, actor: Actor, round_id: int, admission_id: int) -> list[int]:
    """Records that the patient's actions created in this round were read back to the
    team; returns their ids (an empty list when there were none)."""
    with unit_of_work(session, actor, *RUN) as work:
        reader = require_person(actor, Phrase("run ward rounds"))
        ward_round = _running(session, round_id)
        _place(session, round_id, admission_id)
        done = select(ActionReadBack.action_id).where(ActionReadBack.round_id == round_id)
        new_actions = list(
            session.execute(
                select(ActionItem.id)
                .where(
                    ActionItem.round_id == round_id,
                    ActionItem.admission_id == admission_id,
                    ActionItem.status == ActionStatus.OPEN,
                    ActionItem.id.not_in(done),
                )
                .order_by(ActionItem.id)
            ).scalars()
        )
        now = utc_now()
        session.add_all(
            ActionReadBack(
                round_id=round_id,
                action_id=action_id,
                acknowledged_by_id=reader,
                acknowledged_at=now,
            )
            for action_id in new_actions
        )
        work.record(
            Change(
                "round.read_back",
                Entity.WARD_ROUND,
                round_id,
                tuple(map(str, new_actions)),
                ward_round.ward_id,
                admission_id,
            ),
        )
        return new_actions


def end_round(session: Session, actor: Actor, round_id: int) -> None:
    with unit_of_work(session, actor, *RUN) as work:
        ward_round = _running(session, round_id)
        ward_round.ended_at = utc_now()
        work.record(
            Change(
                "round.end", Entity.WARD_ROUND, ward_round.id, ("ended_at",), ward_round.ward_id
            ),
        )
