"""Site settings: a hospital's defaults for every user of a computer, and the ones its
IT team enforces; a broken file stops the start in one line naming it."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from rounds_app import paths
from rounds_app.cli.main import main
from rounds_app.errors import ValidationError
from rounds_app.site_config import SiteConfig, site_config

SERVER = "postgresql+psycopg://rounds@db.example/rounds"


def test_no_file_changes_nothing(monkeypatch) -> None:
    monkeypatch.delenv(paths.DATABASE_URL_ENV, raising=False)
    assert site_config() == SiteConfig()
    assert paths.database_url(None) == paths.sqlite_url(paths.default_database_path())
    assert paths.database_url("postgresql://x/y") == "postgresql://x/y"


def test_site_values_are_defaults_a_user_may_change(
    site_settings: Callable[[str], None], monkeypatch
) -> None:
    monkeypatch.delenv(paths.DATABASE_URL_ENV, raising=False)
    site_settings(f'database_url = "{SERVER}"\nlock_after_minutes = 3\n')
    assert paths.database_url(None) == SERVER
    assert paths.database_url("/tmp/mine.sqlite3") == paths.sqlite_url(Path("/tmp/mine.sqlite3"))
    monkeypatch.setenv(paths.DATABASE_URL_ENV, "sqlite:////tmp/env.sqlite3")
    assert paths.database_url(None) == "sqlite:////tmp/env.sqlite3"
    assert site_config().choose("lock_after_minutes", None) == 3.0
    assert site_config().choose("lock_after_minutes", 10.0) == 10.0


def test_enforced_values_win_over_the_user(
    site_settings: Callable[[str], None], monkeypatch
) -> None:
    site_settings(
        f'database_url = "{SERVER}"\ndowntime_folder = "/srv/downtime"\n'
        'enforce = ["database_url", "downtime_folder"]\n'
    )
    monkeypatch.setenv(paths.DATABASE_URL_ENV, "sqlite:////tmp/env.sqlite3")
    assert paths.database_url("/tmp/mine.sqlite3") == SERVER
    config = site_config()
    assert config.enforces("downtime_folder") and not config.enforces("lock_after_minutes")
    assert config.choose("downtime_folder", Path("/home/me")) == Path("/srv/downtime")


@pytest.mark.parametrize(
    ("toml", "says"),
    [
        ("database_url = ", "cannot be read"),
        ('databse_url = "x"', "unknown settings: ['databse_url']"),
        ("lock_after_minutes = 0", "must be above 0"),
        ('lock_after_minutes = "soon"', "must be a number"),
        ('downtime_folder = "relative/folder"', "must be a full path"),
        ('enforce = "database_url"', "enforce must list"),
        ('enforce = ["colour"]', "enforce must list"),
        ('database_url = ""', "must be a non-empty text"),
    ],
)
def test_a_broken_file_is_named_in_one_line(
    site_settings: Callable[[str], None], toml: str, says: str, capsys
) -> None:
    site_settings(toml)
    with pytest.raises(ValidationError, match="the site settings .*rounds.toml") as refused:
        site_config()
    assert says in str(refused.value) and "\n" not in str(refused.value)
    assert main(["users", "list"]) == 1  # the command line stops in that one line too
    err = capsys.readouterr().err
    assert "rounds.toml" in err and len(err.strip().splitlines()) == 1
