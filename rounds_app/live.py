"""Following what other workstations commit: the change log, read after a known id,
and on PostgreSQL a LISTEN connection that says at once that there is something to
read. SQLite clients poll the change log."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from typing import Any

import psycopg
from sqlalchemy import select
from sqlalchemy.orm import Session

from rounds_app.errors import DatabaseUnavailable
from rounds_app.services.unit import CHANGE_CHANNEL
from rounds_app.storage.database import CONNECT_TIMEOUT_SECONDS, Database
from rounds_app.storage.models import ChangeLogEntry
from rounds_app.subsystem_log import subsystem_logger

log = subsystem_logger(__name__)


@dataclass(frozen=True)
class ChangeView:
    id: int
    at: datetime
    entity: str
    entity_id: int | None
    ward_id: int | None  # None: anything may have changed (an import)
    admission_id: int | None


def changes_after(session: Session, after_id: int, limit: int = 1000) -> list[ChangeView]:
    """Committed changes with an id above `after_id`, oldest first. Writers append to
    the log under one lock, so ids become visible in order and none is skipped."""
    rows = session.execute(
        select(ChangeLogEntry)
        .where(ChangeLogEntry.id > after_id)
        .order_by(ChangeLogEntry.id)
        .limit(limit)
    ).scalars()
    return [ChangeView(c.id, c.at, c.entity, c.entity_id, c.ward_id, c.admission_id) for c in rows]


class ChangeListener:
    """A PostgreSQL connection that LISTENs for committed changes. Watch `fileno()`
    for readability, then call `drain()`. A lost server raises DatabaseUnavailable."""

    def __init__(self, connect: dict[str, Any]) -> None:
        """`connect`: psycopg.connect's keywords, as the engine's dialect makes them
        from the URL (several hosts and target_session_attrs included)."""
        with _unavailable_on_error():
            self._connection = psycopg.connect(
                **{"connect_timeout": CONNECT_TIMEOUT_SECONDS, **connect}, autocommit=True
            )
            self._connection.execute(f"LISTEN {CHANGE_CHANNEL}")

    def fileno(self) -> int:
        return self._connection.fileno()

    def drain(self) -> int:
        """Reads the notifications waiting, without blocking; returns how many."""
        with _unavailable_on_error():
            return sum(1 for _ in self._connection.notifies(timeout=0))

    def close(self) -> None:
        with _unavailable_on_error():
            self._connection.close()


@contextmanager
def _unavailable_on_error() -> Iterator[None]:
    try:
        yield
    except psycopg.Error as error:
        lines = str(error).strip().splitlines()
        reason = lines[0] if lines else type(error).__name__
        raise DatabaseUnavailable(f"The database cannot be reached ({reason}).") from error


def listener_for(db: Database) -> ChangeListener | None:
    """A listener on PostgreSQL; None on SQLite, which has no notifications."""
    if not db.is_postgresql:
        return None
    # the same hosts, in the same order, with the same rules as the engine's sessions:
    # after a failover both find the new primary (target_session_attrs=read-write)
    _, connect = db.engine.dialect.create_connect_args(db.engine.url)
    return ChangeListener(dict(connect))
