"""What a round recorded: per patient the outcome, the minutes and what was captured;
who attended; totals for the end-of-round summary."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import ColumnElement, func, select
from sqlalchemy.orm import Session

from rounds_app.domain.enums import Discipline, RoundPatientStatus
from rounds_app.domain.names import initials
from rounds_app.domain.roles import Permission
from rounds_app.errors import Phrase
from rounds_app.services.actor import Actor, require
from rounds_app.services.lookup import get
from rounds_app.services.visibility import visible_entries
from rounds_app.storage.models import (
    ActionItem,
    ActionReadBack,
    Admission,
    Bed,
    Contribution,
    Patient,
    RoundAttendance,
    RoundPatient,
    User,
    WardRound,
)


@dataclass(frozen=True)
class RoundPatientResult:
    admission_id: int
    position: int
    bed_label: str | None
    initials: str
    status: RoundPatientStatus
    seconds: int
    actions_created: int
    actions_read_back: int
    contributions_captured: int


@dataclass(frozen=True)
class RoundSummary:
    round_id: int
    ward_id: int
    started_at: datetime
    ended_at: datetime | None
    facilitator: str
    target_seconds: int
    patients: tuple[RoundPatientResult, ...]
    present: tuple[Discipline, ...]
    absent: tuple[Discipline, ...]

    def count(self, status: RoundPatientStatus) -> int:
        return sum(p.status is status for p in self.patients)

    @property
    def minutes(self) -> float:
        return sum(p.seconds for p in self.patients) / 60

    @property
    def actions_created(self) -> int:
        return sum(p.actions_created for p in self.patients)


def running_round(session: Session, actor: Actor, ward_id: int) -> int | None:
    require(actor, Permission.VIEW, Phrase("view ward rounds"))
    return session.execute(
        select(WardRound.id).where(WardRound.ward_id == ward_id, WardRound.ended_at.is_(None))
    ).scalar_one_or_none()


def _counts(
    session: Session,
    model: type[ActionItem] | type[Contribution],
    round_id: int,
    *where: ColumnElement[bool],
) -> dict[int, int]:
    return dict(
        session.execute(
            select(model.admission_id, func.count(model.id))
            .where(model.round_id == round_id, *where)
            .group_by(model.admission_id)
        ).all()
    )


def round_summary(session: Session, actor: Actor, round_id: int) -> RoundSummary:
    require(actor, Permission.VIEW, Phrase("view ward rounds"))
    ward_round = get(session, WardRound, round_id, Phrase("ward round"))
    actions = _counts(session, ActionItem, round_id)
    # a count that includes a sensitive entry tells that one was written
    captured = _counts(session, Contribution, round_id, visible_entries(actor))
    read_back = dict(
        session.execute(
            select(ActionItem.admission_id, func.count(ActionReadBack.id))
            .join(ActionItem, ActionItem.id == ActionReadBack.action_id)
            .where(ActionReadBack.round_id == round_id)
            .group_by(ActionItem.admission_id)
        ).all()
    )
    rows = session.execute(
        select(RoundPatient, Bed.label, Patient.given_name, Patient.family_name)
        .join(Admission, Admission.id == RoundPatient.admission_id)
        .join(Patient, Patient.id == Admission.patient_id)
        .outerjoin(Bed, Bed.id == Admission.bed_id)
        .where(RoundPatient.round_id == round_id)
        .order_by(RoundPatient.position)
    )
    attendance = dict(
        session.execute(
            select(RoundAttendance.discipline, RoundAttendance.present).where(
                RoundAttendance.round_id == round_id
            )
        ).all()
    )
    facilitator = session.get(User, ward_round.facilitator_id)
    return RoundSummary(
        round_id=ward_round.id,
        ward_id=ward_round.ward_id,
        started_at=ward_round.started_at,
        ended_at=ward_round.ended_at,
        facilitator=facilitator.display_name if facilitator else "",
        target_seconds=ward_round.target_seconds,
        patients=tuple(
            RoundPatientResult(
                admission_id=place.admission_id,
                position=place.position,
                bed_label=bed,
                initials=initials(given, family),
                status=place.status,
                seconds=place.seconds,
                actions_created=actions.get(place.admission_id, 0),
                actions_read_back=read_back.get(place.admission_id, 0),
                contributions_captured=captured.get(place.admission_id, 0),
            )
            for place, bed, given, family in rows
        ),
        present=tuple(d for d in Discipline if attendance.get(d) is True),
        absent=tuple(d for d in Discipline if attendance.get(d) is False),
    )
