"""Shared fixtures. Storage tests take `db`, which runs each test on SQLite and on
PostgreSQL (ROUNDS_TEST_POSTGRES_URL; each test in its own schema, dropped after).
With ROUNDS_REQUIRE_POSTGRES=1 a missing server fails the run instead of skipping."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from urllib.parse import quote

import pytest

# before rounds_app is imported: real argon2 costs would spend most of the suite's time
os.environ.setdefault("ROUNDS_PASSWORD_HASH_PROFILE", "cheapest-for-tests")

from sqlalchemy import create_engine, text  # noqa: E402

from rounds_app.storage.database import Database, open_database  # noqa: E402

POSTGRES_URL = os.environ.get("ROUNDS_TEST_POSTGRES_URL", "")
REQUIRE_POSTGRES = os.environ.get("ROUNDS_REQUIRE_POSTGRES") == "1"


def _postgres_unavailable() -> str | None:
    if not POSTGRES_URL:
        return "ROUNDS_TEST_POSTGRES_URL is not set"
    try:
        with create_engine(POSTGRES_URL).connect() as connection:
            connection.execute(text("SELECT 1"))
    except Exception as error:  # any failure to reach the server
        return f"PostgreSQL at ROUNDS_TEST_POSTGRES_URL is unreachable: {error}"
    return None


@pytest.fixture(scope="session")
def postgres_url() -> str:
    reason = _postgres_unavailable()
    if reason:
        if REQUIRE_POSTGRES:
            pytest.fail(reason)
        pytest.skip(reason)
    return POSTGRES_URL


@pytest.fixture
def pg_schema_url(postgres_url: str) -> Iterator[str]:
    """A URL whose connections live in a fresh schema, dropped after the test."""
    schema = f"rounds_t_{uuid.uuid4().hex[:12]}"
    admin = create_engine(postgres_url)
    with admin.begin() as connection:
        connection.execute(text(f'CREATE SCHEMA "{schema}"'))
    separator = "&" if "?" in postgres_url else "?"
    yield f"{postgres_url}{separator}options={quote(f'-csearch_path={schema}')}"
    with admin.begin() as connection:
        connection.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
    admin.dispose()


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def db_url(request: pytest.FixtureRequest, tmp_path) -> str:  # type: ignore[no-untyped-def]
    """Where a test database goes (nothing created yet), on each backend."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'rounds.sqlite3'}"
    return request.getfixturevalue("pg_schema_url")


@pytest.fixture
def db(db_url: str) -> Iterator[Database]:
    database = open_database(db_url)
    yield database
    database.dispose()
