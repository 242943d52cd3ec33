"""The schema: migrations and models agree; SQLite runs with WAL and foreign keys."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import create_engine, text

from rounds_app.storage.base import Base
from rounds_app.storage.database import Database, open_database
from rounds_app.storage.migrating import alembic_config, script_head
from rounds_app.storage.schema import HEAD_REVISION, head_revision


def test_models_and_head_migration_agree(db_url: str) -> None:
    engine = create_engine(db_url)
    with engine.begin() as connection:
        command.upgrade(alembic_config(connection), "head")
    with engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": True})
        differences = compare_metadata(context, Base.metadata)
    engine.dispose()
    assert differences == []


def test_new_database_is_stamped_at_head(db: Database) -> None:
    with db.engine.connect() as connection:
        assert MigrationContext.configure(connection).get_current_revision() == head_revision()


def test_opening_twice_keeps_data(db_url: str) -> None:
    first = open_database(db_url)
    with first.engine.begin() as connection:
        connection.execute(text("INSERT INTO wards (code, name) VALUES ('A', 'Ward A')"))
    first.dispose()
    second = open_database(db_url)
    with second.engine.connect() as connection:
        assert connection.execute(text("SELECT name FROM wards")).scalar_one() == "Ward A"
    second.dispose()


def test_sqlite_runs_in_wal_mode_with_foreign_keys(tmp_path) -> None:  # type: ignore[no-untyped-def]
    db = open_database(f"sqlite:///{tmp_path / 'r.sqlite3'}")
    with db.engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
    db.dispose()


def test_head_revision_constant_is_the_newest_migration() -> None:
    """Adding a migration means moving HEAD_REVISION on: until then this fails."""
    assert HEAD_REVISION == script_head()


def test_a_database_at_head_opens_without_alembic(tmp_path: Path) -> None:
    """Only a new or older database needs Alembic; a fresh process opening one at head
    (every start but the first) never imports it."""
    url = f"sqlite:///{tmp_path / 'r.sqlite3'}"
    open_database(url).dispose()
    probe = (
        "import sys\n"
        "from rounds_app.storage.database import open_database\n"
        f"open_database({url!r}).dispose()\n"
        "print(sorted(name for name in sys.modules if name.split('.')[0] == 'alembic'))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, timeout=60, check=True
    )
    assert result.stdout.strip() == "[]"
