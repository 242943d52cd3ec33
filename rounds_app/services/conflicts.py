"""No lost updates: a save names the version it was based on; if the stored record
has moved on, the save is refused with both versions for the user to choose from."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import datetime
from typing import Any, TypeVar

from sqlalchemy.orm import Session

from rounds_app.errors import ConflictError, Phrase, Version
from rounds_app.services.actor import Actor
from rounds_app.storage.models import User

R = TypeVar("R")

# values, editor's user id, edited at
State = tuple[Mapping[str, Any], int | None, datetime | None]


def check_version(
    session: Session,
    actor: Actor,
    entity: Phrase,
    record: R,
    expected_version: int,
    mine: Mapping[str, Any],
    state: Callable[[R], State],
) -> None:
    """Locks `record` until commit and raises ConflictError unless it is still at
    `expected_version`. The lock makes check-then-write safe on PostgreSQL; SQLite
    transactions already hold the write lock from BEGIN IMMEDIATE."""
    session.refresh(record, with_for_update=True)
    current = record.version  # type: ignore[attr-defined]
    if current == expected_version:
        return
    values, editor_id, edited_at = state(record)
    editor = session.get(User, editor_id) if editor_id is not None else None
    error = ConflictError(
        entity,
        record.id,  # type: ignore[attr-defined]
        mine=Version(expected_version, dict(mine), actor.display_name, None),
        theirs=Version(current, dict(values), editor.display_name if editor else None, edited_at),
    )
    session.rollback()  # release the lock; nothing was written
    raise error
