"""Active if/then contingencies of many admissions, whole (never shortened here)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from rounds_app.domain.roles import Permission
from rounds_app.errors import Phrase
from rounds_app.services.actor import Actor, require
from rounds_app.storage.models import Contingency


@dataclass(frozen=True)
class ActiveContingency:
    id: int
    condition: str  # if …
    response: str  # then …
    created_at: datetime


def active_contingencies(
    session: Session, actor: Actor, admission_ids: Sequence[int]
) -> dict[int, tuple[ActiveContingency, ...]]:
    """Every admission's active contingencies in the order they were written (an
    empty tuple for none). One query."""
    require(actor, Permission.VIEW, Phrase("view the ward"))
    found: dict[int, list[ActiveContingency]] = {admission_id: [] for admission_id in admission_ids}
    for c in session.execute(
        select(Contingency)
        .where(Contingency.admission_id.in_(admission_ids), Contingency.active.is_(True))
        .order_by(Contingency.id)
    ).scalars():
        found[c.admission_id].append(ActiveContingency(c.id, c.condition, c.response, c.created_at))
    return {admission_id: tuple(items) for admission_id, items in found.items()}
