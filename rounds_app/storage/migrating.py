"""Creating and migrating the schema with Alembic, for a database not at this
version's head (rounds_app.storage.schema decides). A new database gets `create_all`
and is stamped at the head migration; an older one is upgraded (a SQLite file is
copied first)."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine, inspect

from rounds_app.audit_files import forget_checkpoints
from rounds_app.errors import RoundsError
from rounds_app.storage.backup import copy_sqlite
from rounds_app.storage.base import Base
from rounds_app.storage.schema import seed_chain_head
from rounds_app.subsystem_log import subsystem_logger

log = subsystem_logger(__name__)

MIGRATIONS = Path(__file__).resolve().parent / "migrations"


def alembic_config(connection: Connection | None = None) -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.attributes["connection"] = connection
    return config


def script_head() -> str:
    """The head of the migrations folder, as Alembic reads it."""
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None, "the migrations folder has no head"
    return head


def bring_up_to_date(engine: Engine) -> str | None:
    """Creates or migrates the schema; returns the revision it was at (None: new)."""
    with engine.connect() as connection:
        tables = set(inspect(connection).get_table_names())
        current = MigrationContext.configure(connection).get_current_revision()
    head = script_head()
    if current == head:
        return current
    if current is None and tables - {"alembic_version"}:
        raise RoundsError("this database holds tables that are not a Rounds database")
    script = ScriptDirectory.from_config(alembic_config())
    if current is not None and current not in {rev.revision for rev in script.walk_revisions()}:
        raise RoundsError(
            "this database was written by a newer Rounds (schema %1); update Rounds", current
        )
    if current is None:
        with engine.begin() as connection:
            Base.metadata.create_all(connection)
            seed_chain_head(connection)
            command.stamp(alembic_config(connection), head)
        forget_checkpoints(engine.url)
        log.info("created a new database at migration %s", head)
        return None
    _backup_sqlite(engine, current)
    with engine.begin() as connection:
        command.upgrade(alembic_config(connection), head)
    log.info("migrated the database from %s to %s", current, head)
    return current


def _backup_sqlite(engine: Engine, revision: str) -> None:
    if engine.dialect.name != "sqlite" or not engine.url.database:
        return
    source = Path(engine.url.database)
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    target = source.with_name(f"{source.stem}.before-{revision}.{stamp}{source.suffix}")
    copy_sqlite(source, target)
    log.info("copied the database to %s before migrating", target.name)
