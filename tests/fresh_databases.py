"""New databases at the head migration, made cheaply for each test. Creating the
schema is a third of a second of DDL on PostgreSQL and tens of milliseconds on SQLite,
paid by hundreds of tests; a copy of a SQLite file migrated once, and a PostgreSQL
schema emptied back to how a new one starts, are a few milliseconds."""

from __future__ import annotations

import itertools
import shutil
import uuid
from pathlib import Path
from urllib.parse import quote

from sqlalchemy import Engine, text
from sqlalchemy.exc import DBAPIError

from rounds_app.storage.base import Base
from rounds_app.storage.database import open_database
from rounds_app.storage.schema import seed_chain_head


def migrated_sqlite(path: Path) -> Path:
    """Creates a SQLite file at the head migration, to copy."""
    open_database(f"sqlite:///{path}").dispose()  # closing the last connection empties the WAL
    return path


def copy_of(template: Path, path: Path) -> str:
    """The URL of a copy of `template` at `path`."""
    shutil.copyfile(template, path)
    return f"sqlite:///{path}"


class SchemaPool:
    """Migrated PostgreSQL schemas of one test process. A test takes one (a new one is
    made only when none is free) and gives it back to be emptied: every row deleted,
    the id sequences restarted and the audit chain's head seeded, as migration leaves
    a new database. Each use has a URL of its own (the connection's application name
    differs), so what Rounds keeps per database URL outside the database — audit
    checkpoints, drafts — starts empty, as for a new schema."""

    def __init__(self, admin: Engine, server_url: str) -> None:
        self._admin = admin
        self._server_url = server_url
        self._free: list[str] = []
        self._made: list[str] = []
        self._uses = itertools.count()

    def take(self) -> tuple[str, str]:
        """A migrated, empty schema: (its name, a URL of this use)."""
        schema = self._free.pop() if self._free else self._new()
        options = quote(f"-csearch_path={schema}")
        separator = "&" if "?" in self._server_url else "?"
        name = f"{schema}-{next(self._uses)}"
        return schema, f"{self._server_url}{separator}options={options}&application_name={name}"

    def give_back(self, schema: str) -> None:
        """Empties `schema` for the next test. One that cannot be emptied (a test left
        a transaction holding its rows) is not used again, only dropped at the end."""
        try:
            self._empty(schema)
        except DBAPIError:
            return
        self._free.append(schema)

    def drop_all(self) -> None:
        with self._admin.begin() as connection:
            for schema in self._made:
                connection.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))

    def _new(self) -> str:
        schema = f"rounds_t_{uuid.uuid4().hex[:12]}"
        with self._admin.begin() as connection:
            connection.execute(text(f'CREATE SCHEMA "{schema}"'))
        self._made.append(schema)
        separator = "&" if "?" in self._server_url else "?"
        url = f"{self._server_url}{separator}options={quote(f'-csearch_path={schema}')}"
        open_database(url).dispose()
        return schema

    def _empty(self, schema: str) -> None:
        with self._admin.begin() as connection:
            connection.execute(text("SET LOCAL lock_timeout = '5s'"))
            connection.execute(text(f'SET LOCAL search_path TO "{schema}"'))
            # children before parents, so no foreign key is left pointing at nothing
            for table in reversed(Base.metadata.sorted_tables):
                connection.execute(table.delete())
            connection.execute(
                text(
                    "SELECT setval(c.oid, 1, false) FROM pg_class c"
                    " JOIN pg_namespace n ON n.oid = c.relnamespace"
                    " WHERE c.relkind = 'S' AND n.nspname = :schema"
                ),
                {"schema": schema},
            )
            seed_chain_head(connection)
