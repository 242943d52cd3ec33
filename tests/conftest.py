"""Shared fixtures. Storage tests take `db`, which runs each test on SQLite and on
PostgreSQL (ROUNDS_TEST_POSTGRES_URL; each database in a schema of its own, made new
for each test as tests/fresh_databases.py says, dropped at the end of the run).
With ROUNDS_REQUIRE_POSTGRES=1 a missing server fails the run instead of skipping."""

from __future__ import annotations

import os
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path
from urllib.parse import quote

import pytest

# before rounds_app is imported: real argon2 costs would spend most of the suite's time
os.environ.setdefault("ROUNDS_PASSWORD_HASH_PROFILE", "cheapest-for-tests")

from sqlalchemy import Engine, create_engine, text  # noqa: E402

from rounds_app.audit_files import KEY_FILE_ENV  # noqa: E402
from rounds_app.site_config import SITE_CONFIG_ENV, site_config  # noqa: E402
from rounds_app.storage.database import Database, open_database  # noqa: E402
from tests import fresh_databases  # noqa: E402

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


@pytest.fixture(autouse=True, scope="session")
def _private_user_folders(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """Data, drafts and logs of a test run go to a temporary home, never the tester's.
    One audit key serves the whole run, wherever a test moves the data folder."""
    home = tmp_path_factory.mktemp("home")
    names = ("XDG_DATA_HOME", "XDG_STATE_HOME", KEY_FILE_ENV, SITE_CONFIG_ENV)
    saved = {name: os.environ.get(name) for name in names}
    os.environ["XDG_DATA_HOME"] = str(home / "data")
    os.environ["XDG_STATE_HOME"] = str(home / "state")
    os.environ[KEY_FILE_ENV] = str(home / "audit.key")
    # never the computer's own site settings: a test that wants some writes this file
    os.environ[SITE_CONFIG_ENV] = str(home / "site" / "rounds.toml")
    site_config.cache_clear()
    yield
    for name, value in saved.items():
        if value is None:
            os.environ.pop(name, None)
        else:
            os.environ[name] = value


@pytest.fixture
def site_settings() -> Iterator[Callable[[str], None]]:
    """Writes this computer's site settings (rounds_app.site_config) for one test."""
    path = Path(os.environ[SITE_CONFIG_ENV])

    def write(toml: str) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(toml, encoding="utf-8")
        site_config.cache_clear()

    yield write
    path.unlink(missing_ok=True)
    site_config.cache_clear()


@pytest.fixture
def permissive_umask() -> Iterator[None]:
    """A umask that lets every account read new files, so a test of an owner-only file
    proves Rounds set the mode itself."""
    saved = os.umask(0o022)
    yield
    os.umask(saved)


@pytest.fixture(scope="session")
def postgres_url() -> str:
    reason = _postgres_unavailable()
    if reason:
        if REQUIRE_POSTGRES:
            pytest.fail(reason)
        pytest.skip(reason)
    return POSTGRES_URL


@pytest.fixture(scope="session")
def postgres_admin(postgres_url: str) -> Iterator[Engine]:
    engine = create_engine(postgres_url)
    yield engine
    engine.dispose()


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def db_backend(request: pytest.FixtureRequest) -> str:
    return str(request.param)


def _new_url(folder: Path, admin: Engine | None, schemas: list[str]) -> str:
    """The URL of a further empty database: a SQLite file in `folder`, or (given the
    PostgreSQL `admin` engine) a new schema, noted in `schemas` to be dropped."""
    if admin is None:
        return f"sqlite:///{folder / f'rounds-{uuid.uuid4().hex[:8]}.sqlite3'}"
    schema = f"rounds_t_{uuid.uuid4().hex[:12]}"
    with admin.begin() as connection:
        connection.execute(text(f'CREATE SCHEMA "{schema}"'))
    schemas.append(schema)
    separator = "&" if "?" in POSTGRES_URL else "?"
    return f"{POSTGRES_URL}{separator}options={quote(f'-csearch_path={schema}')}"


def _drop(admin: Engine | None, schemas: list[str]) -> None:
    if admin is not None:
        with admin.begin() as connection:
            for schema in schemas:
                connection.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))


@pytest.fixture
def new_db_url(
    db_backend: str, tmp_path: Path, request: pytest.FixtureRequest
) -> Iterator[Callable[[], str]]:
    """Makes URLs of further empty databases on this test's backend (an import needs a
    second one to go into); PostgreSQL schemas are dropped after the test."""
    schemas: list[str] = []
    admin: Engine | None = (
        request.getfixturevalue("postgres_admin") if db_backend == "postgresql" else None
    )
    yield lambda: _new_url(tmp_path, admin, schemas)
    _drop(admin, schemas)


@pytest.fixture
def db_url(request: pytest.FixtureRequest, new_db_url: Callable[[], str]) -> str:
    """Where the test's database is, on each backend: the `db` fixture's when the test
    has one (opened, at the head migration), else where one goes (nothing created yet)."""
    if "db" in request.fixturenames:
        database: Database = request.getfixturevalue("db")
        return database.engine.url.render_as_string(hide_password=False)
    return new_db_url()


@pytest.fixture(scope="session")
def migrated_sqlite_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A SQLite file at the head migration, made once per test process, to copy."""
    return fresh_databases.migrated_sqlite(tmp_path_factory.mktemp("template") / "head.sqlite3")


@pytest.fixture(scope="session")
def postgres_schemas(postgres_admin: Engine) -> Iterator[fresh_databases.SchemaPool]:
    pool = fresh_databases.SchemaPool(postgres_admin, POSTGRES_URL)
    yield pool
    pool.drop_all()


@pytest.fixture
def open_db(
    db_backend: str, request: pytest.FixtureRequest, tmp_path: Path
) -> Iterator[Callable[[], Database]]:
    """Opens further new databases at the head migration on this test's backend: a
    copy of a migrated SQLite file, or a migrated PostgreSQL schema emptied as new."""
    sqlite = db_backend == "sqlite"
    source = request.getfixturevalue("migrated_sqlite_file" if sqlite else "postgres_schemas")
    opened: list[tuple[Database, str | None]] = []

    def make() -> Database:
        schema = None
        if sqlite:
            url = fresh_databases.copy_of(
                source, tmp_path / f"rounds-{uuid.uuid4().hex[:8]}.sqlite3"
            )
        else:
            schema, url = source.take()
        opened.append((open_database(url), schema))
        return opened[-1][0]

    yield make
    for database, schema in opened:
        database.dispose()
        if schema is not None:
            source.give_back(schema)


@pytest.fixture
def db(open_db: Callable[[], Database]) -> Database:
    """A new database at the head migration, on each backend."""
    return open_db()


@pytest.fixture(
    scope="module", params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)]
)
def module_db(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Database]:
    """One database per test module and backend, for a module that seeds it once and
    whose tests do not depend on what the others add."""
    schemas: list[str] = []
    admin: Engine | None = (
        request.getfixturevalue("postgres_admin") if request.param == "postgresql" else None
    )
    database = open_database(_new_url(tmp_path_factory.mktemp("db"), admin, schemas))
    yield database
    database.dispose()
    _drop(admin, schemas)
