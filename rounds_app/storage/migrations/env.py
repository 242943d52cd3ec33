"""Alembic environment: runs on the connection Rounds hands it (see migrating.py), or on
`sqlalchemy.url` when a developer runs the `alembic` command."""

from __future__ import annotations

from alembic import context
from sqlalchemy import engine_from_config, pool

from rounds_app.storage import models  # noqa: F401  (registers every table)
from rounds_app.storage.base import Base

config = context.config
target_metadata = Base.metadata


def _run(connection) -> None:  # type: ignore[no-untyped-def]
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        # SQLite cannot ALTER most things; batch mode copies the table instead
        render_as_batch=True,
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


connection = config.attributes.get("connection")
if connection is not None:
    _run(connection)
else:
    engine = engine_from_config(
        config.get_section(config.config_ini_section, {}),
        prefix="sqlalchemy.",
        poolclass=pool.NullPool,
    )
    with engine.connect() as new_connection:
        _run(new_connection)
