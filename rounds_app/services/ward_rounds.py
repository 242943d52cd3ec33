"""Starting and ending a ward round. The start of the last round is the line after
which entries count as "new since the last round"."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from rounds_app.domain.clock import utc_now
from rounds_app.domain.roles import Permission
from rounds_app.errors import ValidationError
from rounds_app.services.actor import Actor, require_person
from rounds_app.services.lookup import get
from rounds_app.services.unit import Change, begin_write, commit
from rounds_app.storage.models import Ward, WardRound


def start_round(session: Session, actor: Actor, ward_id: int) -> int:
    begin_write(session, actor, Permission.RUN_ROUND, "run ward rounds")
    facilitator = require_person(actor, "run ward rounds")
    get(session, Ward, ward_id, "ward")
    if session.execute(
        select(WardRound.id).where(WardRound.ward_id == ward_id, WardRound.ended_at.is_(None))
    ).first():
        raise ValidationError("A round is already running on this ward.")
    ward_round = WardRound(ward_id=ward_id, started_at=utc_now(), facilitator_id=facilitator)
    session.add(ward_round)
    session.flush()
    commit(session, actor, Change("round.start", "ward_round", ward_round.id, (), ward_id))
    return ward_round.id


def end_round(session: Session, actor: Actor, round_id: int) -> None:
    begin_write(session, actor, Permission.RUN_ROUND, "run ward rounds")
    ward_round = get(session, WardRound, round_id, "ward round")
    if ward_round.ended_at is not None:
        raise ValidationError("This round has ended already.")
    ward_round.ended_at = utc_now()
    commit(
        session,
        actor,
        Change("round.end", "ward_round", ward_round.id, ("ended_at",), ward_round.ward_id),
    )
