"""Opening a database: the engine with the right settings per backend, the session
factory, and bringing the schema to the current migration."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError, InterfaceError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from rounds_app.errors import DatabaseUnavailable
from rounds_app.storage import schema
from rounds_app.subsystem_log import subsystem_logger

log = subsystem_logger(__name__)

WRITE_OPTION = "rounds_write"
# a server that silently drops packets must not freeze a workstation for minutes
CONNECT_TIMEOUT_SECONDS = 5


def _configure_sqlite(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection, _record) -> None:  # type: ignore[no-untyped-def]
        # take over transaction control from the sqlite3 module, so BEGIN below is ours
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA busy_timeout=10000")
        # FULL: a committed word survives a power cut, not only a crash of the app
        cursor.execute("PRAGMA synchronous=FULL")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection) -> None:  # type: ignore[no-untyped-def]
        # A unit of work that writes takes the write lock up front (IMMEDIATE): having
        # read a version it can never be refused half-way by another writer. Reads
        # begin deferred, so a long report never holds writers up.
        immediate = connection.get_execution_options().get(WRITE_OPTION)
        connection.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")


def create_db_engine(url: str) -> Engine:
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        # a URI-form name ("file:…?mode=ro") names an existing file; nothing to create
        if parsed.database and not parsed.database.startswith("file:"):
            Path(parsed.database).parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(url)
        _configure_sqlite(engine)
        return engine
    if parsed.get_backend_name() == "postgresql" and parsed.drivername == "postgresql":
        # psycopg 3 is the driver Rounds ships with
        url = parsed.set(drivername="postgresql+psycopg").render_as_string(hide_password=False)
    return create_engine(
        url, pool_pre_ping=True, connect_args={"connect_timeout": CONNECT_TIMEOUT_SECONDS}
    )


@dataclass
class Database:
    """An open database: hand `session()` to the services, one per user action."""

    engine: Engine
    sessions: sessionmaker[Session]

    @property
    def url(self) -> str:
        return self.engine.url.render_as_string(hide_password=True)

    @property
    def is_postgresql(self) -> bool:
        return self.engine.dialect.name == "postgresql"

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A session for one user action; services commit it. A lost connection comes
        out as DatabaseUnavailable, so callers need know nothing of drivers."""
        try:
            with self.sessions() as session:
                yield session
        except (OperationalError, InterfaceError) as error:
            log.warning("database unavailable: %s", type(getattr(error, "orig", error)).__name__)
            raise DatabaseUnavailable(_unavailable_message(_reason(error))) from error

    def dispose(self) -> None:
        self.engine.dispose()


def _unavailable_message(reason: str) -> str:
    """Says what the person at the workstation can act on."""
    if "disk is full" in reason or "No space left" in reason:
        return "The disk that holds the database is full; nothing was saved."
    if "readonly" in reason or "read-only" in reason:
        return "The database cannot be written here (read-only); nothing was saved."
    return f"The database cannot be reached ({reason}); nothing was saved."


def _reason(error: DBAPIError) -> str:
    lines = str(getattr(error, "orig", None) or error).strip().splitlines()
    return lines[0] if lines else type(error).__name__


def open_database(url: str, *, migrate: bool = True) -> Database:
    """Opens the database at `url`, creating or migrating its schema unless `migrate`
    is False (for checking a database as it is)."""
    engine = create_db_engine(url)
    if migrate:
        try:
            if not schema.at_head(engine):
                # Alembic loads only for a database that is new or older
                from rounds_app.storage import migrating

                migrating.bring_up_to_date(engine)
        except BaseException:
            engine.dispose()
            raise
    # expire_on_commit=False: services hand detached, plain data back to the screens
    return Database(engine, sessionmaker(engine, expire_on_commit=False))
