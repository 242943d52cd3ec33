"""Following what other workstations commit: the change log, read after a known position,
and on PostgreSQL a LISTEN connection whose notifications tell what was committed
(rounds_app.feed). SQLite clients poll the change log."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

from sqlalchemy import ColumnElement, and_, or_, select
from sqlalchemy.orm import Session

from rounds_app.errors import DatabaseUnavailable
from rounds_app.feed import VIEW_FIELDS, ChangeView, FeedPosition, changes_told
from rounds_app.services.unit import (
    CHANGE_CHANNEL,
    HOSPITAL_CHANNEL,
    SCHEMA_TAG_SQL,
    ward_channel,
)
from rounds_app.storage.database import CONNECT_TIMEOUT_SECONDS, Database
from rounds_app.storage.models import AuditChainHead, ChangeLogEntry
from rounds_app.storage.models.audit import HOSPITAL_CHAIN, chain_of
from rounds_app.subsystem_log import subsystem_logger

if TYPE_CHECKING:
    import psycopg

log = subsystem_logger(__name__)


def latest_position(session: Session) -> FeedPosition:
    """The position of everything committed now."""
    heads = session.execute(select(AuditChainHead.id, AuditChainHead.last_change_seq))
    return FeedPosition(tuple(sorted((chain, seq) for chain, seq in heads if seq)))


def changes_after(
    session: Session, position: FeedPosition, limit: int = 1000, *, ward_id: int | None = None
) -> list[ChangeView]:
    """Committed changes beyond `position`, in the order they were made; with `ward_id`,
    only that ward's and those of no ward (which may touch any). Each chain is numbered
    under its own lock, so within a chain numbers become visible in order and none is
    skipped; a long backlog comes over several reads."""
    seen = dict(position.seen)
    if ward_id is not None:
        chains = [HOSPITAL_CHAIN, chain_of(ward_id)]
        beyond = or_(*(_beyond(chain, seen.get(chain, 0)) for chain in chains))
    else:
        beyond = or_(
            ChangeLogEntry.chain.not_in(list(seen)),
            *(_beyond(chain, seq) for chain, seq in seen.items()),
        )
    # plain rows, not ORM objects: every workstation of a ward reads at each of its saves
    rows = session.execute(
        select(*(getattr(ChangeLogEntry, name) for name in VIEW_FIELDS))
        .where(beyond)
        .order_by(ChangeLogEntry.id)
        .limit(limit)
    )
    return [ChangeView(*row) for row in rows]


def changes_since(
    db: Database, position: FeedPosition, news: Sequence[str], ward_id: int | None = None
) -> list[ChangeView]:
    """What a follower of `ward_id` (None: of everything) at `position` learns when woken
    with the notifications' `news`: what they tell, or after a gap what the change log
    holds (see changes_after)."""
    told = changes_told(news, position, ward_id)
    if told is not None:
        return told
    with db.session() as session:
        return changes_after(session, position, ward_id=ward_id)


def _beyond(chain: int, seq: int) -> ColumnElement[bool]:
    return and_(ChangeLogEntry.chain == chain, ChangeLogEntry.seq > seq)


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
            tag = self._connection.execute(f"SELECT {SCHEMA_TAG_SQL}").fetchone()
        self._schema_tag = tag[0] if tag else ""
        self.follow(ward_id)

    def follow(self, ward_id: int | None) -> None:
        """Listens for another ward's changes from now on."""
        with _unavailable_on_error():
            self._connection.execute("UNLISTEN *")
            for channel in channels_for(ward_id):
                # channel names are ours, never user text: a name, not a parameter
                self._connection.execute(f"LISTEN {channel}{self._schema_tag}")

    def fileno(self) -> int:
        return self._connection.fileno()

    def drain(self) -> list[str]:
        """Reads the notifications waiting, without blocking; returns their payloads
        (rounds_app.feed.changes_told reads them), oldest first."""
        with _unavailable_on_error():
            return [notice.payload for notice in self._connection.notifies(timeout=0)]

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
