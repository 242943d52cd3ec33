"""Is the schema at this version's head? One query against `alembic_version` answers,
compared with HEAD_REVISION, so that opening an up-to-date database — every start but
the first after an update — never imports Alembic (~0.1 s). A database that is new,
older or not a Rounds database at all goes to rounds_app.storage.migrating (see
rounds_app.storage.database.open_database)."""

from __future__ import annotations

from sqlalchemy import Connection, Engine, insert, text
from sqlalchemy.exc import OperationalError, ProgrammingError

from rounds_app.storage import models
from rounds_app.storage.models.audit import HOSPITAL_CHAIN

# the newest file in migrations/versions; tests/storage/test_schema.py fails when a
# migration is added without moving this on
HEAD_REVISION = "0009"
GENESIS_HASH = "0" * 64


def head_revision() -> str:
    return HEAD_REVISION


def seed_chain_head(connection: Connection) -> None:
    connection.execute(
        insert(models.AuditChainHead).values(
            id=HOSPITAL_CHAIN, last_event_id=None, last_hash=GENESIS_HASH
        )
    )


def _stamped(engine: Engine) -> list[str] | None:
    """The revisions the database is stamped with; None when it has no stamp table."""
    with engine.connect() as connection:
        try:
            rows = connection.execute(text("SELECT version_num FROM alembic_version"))
            return list(rows.scalars())
        except (OperationalError, ProgrammingError):
            # no such table (SQLite says OperationalError, PostgreSQL ProgrammingError);
            # a server that cannot be reached fails in connect(), above
            return None


def current_revision(engine: Engine) -> str | None:
    """The revision the database is at; None for one never stamped."""
    stamped = _stamped(engine)
    return stamped[0] if stamped else None


def at_head(engine: Engine) -> bool:
    """Whether the database is stamped with this version's head, and only with it."""
    return _stamped(engine) == [HEAD_REVISION]
