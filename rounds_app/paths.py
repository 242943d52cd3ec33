"""Where Rounds keeps its data and logs on this computer (platformdirs decides)."""

from __future__ import annotations

import os
from pathlib import Path

from platformdirs import PlatformDirs

from rounds_app.site_config import site_config

_DIRS = PlatformDirs(appname="Rounds", appauthor="Rounds")
DATABASE_URL_ENV = "ROUNDS_DATABASE_URL"


def data_dir() -> Path:
    return Path(_DIRS.user_data_dir)


def log_dir() -> Path:
    return Path(_DIRS.user_log_dir)


def default_database_path() -> Path:
    return data_dir() / "rounds.sqlite3"


def demo_database_path() -> Path:
    return data_dir() / "demo-ward.sqlite3"


def database_url(db: str | None) -> str:
    """`--db` as given (a file path or a SQLAlchemy URL), else ROUNDS_DATABASE_URL,
    else the site's database (rounds_app.site_config; it wins over both when the site
    enforces it), else the SQLite file in the user's data folder."""
    chosen = site_config().choose("database_url", db or os.environ.get(DATABASE_URL_ENV) or None)
    if not chosen:
        return sqlite_url(default_database_path())
    if "://" in chosen:
        return chosen
    return sqlite_url(Path(chosen))


def sqlite_url(path: Path) -> str:
    return f"sqlite:///{path.expanduser().resolve()}"
