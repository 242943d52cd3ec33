"""Following what other workstations commit: the change log, read after a known id,
and on PostgreSQL a LISTEN connection that says at once that there is something to
read. SQLite clients poll the change log."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from rounds_app.errors import DatabaseUnavailable
from rounds_app.services.unit import CHANGE_CHANNEL, HOSPITAL_CHANNEL, ward_channel
from rounds_app.storage.database import CONNECT_TIMEOUT_SECONDS, Database
from rounds_app.storage.models import ChangeLogEntry
from rounds_app.subsystem_log import subsystem_logger

if TYPE_CHECKING:
    import psycopg

log = subsystem_logger(__name__)


@dataclass(frozen=True)
class ChangeView:
    id: int
    at: datetime
    entity: str
    entity_id: int | None
    ward_id: int | None  # None: anything may have changed (an import)
    admission_id: int | None


def changes_after(
    session: Session, after_id: int, limit: int = 1000, *, ward_id: int | None = None
) -> list[ChangeView]:
    """Committed changes with an id above `after_id`, oldest first; with `ward_id`, only
    that ward's and those of no ward (which may touch any). Writers append to the log
    under one lock, so ids become visible in order and none is skipped."""
    query = select(ChangeLogEntry).where(ChangeLogEntry.id > after_id)
    if ward_id is not None:
        query = query.where(
            or_(ChangeLogEntry.ward_id == ward_id, ChangeLogEntry.ward_id.is_(None))
        )
    rows = session.execute(query.order_by(ChangeLogEntry.id).limit(limit)).scalars()
    return [ChangeView(c.id, c.at, c.entity, c.entity_id, c.ward_id, c.admission_id) for c in rows]


def channels_for(ward_id: int | None) -> list[str]:
    """What a follower of `ward_id` (None: of everything) listens on."""
    if ward_id is None:
        return [CHANGE_CHANNEL]
    return [HOSPITAL_CHANNEL, ward_channel(ward_id)]


class ChangeListener:
    """A PostgreSQL connection that LISTENs for committed changes. Watch `fileno()`
    for readability, then call `drain()`. A lost server raises DatabaseUnavailable."""

    def __init__(self, connect: dict[str, Any], ward_id: int | None = None) -> None:
        """`connect`: psycopg.connect's keywords, as the engine's dialect makes them
        from the URL (several hosts and target_session_attrs included). Listens for
        `ward_id`'s changes (None: everything's)."""
        # the driver loads with the first listener: a SQLite workstation never needs it
        import psycopg

        with _unavailable_on_error():
            self._connection: psycopg.Connection[Any] = psycopg.connect(
                **{"connect_timeout": CONNECT_TIMEOUT_SECONDS, **connect}, autocommit=True
            )
        self.follow(ward_id)

    def follow(self, ward_id: int | None) -> None:
        """Listens for another ward's changes from now on."""
        with _unavailable_on_error():
            self._connection.execute("UNLISTEN *")
            for channel in channels_for(ward_id):
                # channel names are ours, never user text: a name, not a parameter
                self._connection.execute(f"LISTEN {channel}")

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
    import psycopg  # loaded already: only a listener comes here

    try:
        yield
    except psycopg.Error as error:
        lines = str(error).strip().splitlines()
        reason = lines[0] if lines else type(error).__name__
        raise DatabaseUnavailable("The database cannot be reached (%1).", reason) from error


def listener_for(db: Database, ward_id: int | None = None) -> ChangeListener | None:
    """A listener for `ward_id`'s changes (None: everything's) on PostgreSQL; None on
    SQLite, which has no notifications."""
    if not db.is_postgresql:
        return None
    # the same hosts, in the same order, with the same rules as the engine's sessions:
    # after a failover both find the new primary (target_session_attrs=read-write)
    _, connect = db.engine.dialect.create_connect_args(db.engine.url)
    return ChangeListener(dict(connect), ward_id)
