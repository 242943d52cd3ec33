"""Open actions of many admissions: who does what by when, and what is overdue."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from rounds_app.domain.enums import ActionStatus, Discipline
from rounds_app.domain.roles import Permission
from rounds_app.errors import Phrase
from rounds_app.services.actor import Actor, require
from rounds_app.storage.models import ActionItem, User


@dataclass(frozen=True)
class OpenAction:
    id: int
    text: str
    owner_discipline: Discipline | None
    owner: str | None  # the person's display name, when a person owns it
    due: date | None
    overdue: bool  # due before today
    opened_at: datetime


def open_actions(
    session: Session, actor: Actor, admission_ids: Sequence[int], today: date
) -> dict[int, tuple[OpenAction, ...]]:
    """Every admission's open actions, soonest due first and undated last (an empty
    tuple for none). One query."""
    require(actor, Permission.VIEW, Phrase("view the ward"))
    found: dict[int, list[OpenAction]] = {admission_id: [] for admission_id in admission_ids}
    rows = session.execute(
        select(ActionItem, User.display_name)
        .outerjoin(User, User.id == ActionItem.owner_user_id)
        .where(ActionItem.admission_id.in_(admission_ids), ActionItem.status == ActionStatus.OPEN)
        .order_by(ActionItem.due.is_(None), ActionItem.due, ActionItem.id)
    )
    for item, owner in rows:
        found[item.admission_id].append(
            OpenAction(
                id=item.id,
                text=item.text,
                owner_discipline=item.owner_discipline,
                owner=owner,
                due=item.due,
                overdue=item.due is not None and item.due < today,
                opened_at=item.opened_at,
            )
        )
    return {admission_id: tuple(actions) for admission_id, actions in found.items()}


def overdue(actions: Sequence[OpenAction]) -> tuple[OpenAction, ...]:
    return tuple(action for action in actions if action.overdue)
