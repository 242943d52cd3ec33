"""Settings a hospital's IT team sets for every user of a computer, in one TOML file in
the system-wide config folder (platformdirs' site config dir, e.g.
/etc/xdg/Rounds/rounds.toml; ROUNDS_SITE_CONFIG names another file):

    database_url = "postgresql+psycopg://rounds@/rounds?host=db-a:5432&host=db-b:5432"
    lock_after_minutes = 3
    downtime_folder = "/var/lib/rounds/downtime"
    language = "de"
    enforce = ["database_url", "lock_after_minutes"]

A value is the default where the user (a flag, an environment variable, a setting)
chooses nothing; a name in `enforce` is the value, whatever the user chooses. A file
that cannot be read as these settings stops the start with one line naming it, rather
than running with settings nobody chose."""

from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any, TypeVar

from platformdirs import PlatformDirs

from rounds_app.errors import ValidationError

SITE_CONFIG_ENV = "ROUNDS_SITE_CONFIG"
SITE_FILE = "rounds.toml"
SETTINGS = ("database_url", "lock_after_minutes", "downtime_folder", "language")
MAX_LOCK_MINUTES = 24 * 60
T = TypeVar("T")


@dataclass(frozen=True)
class SiteConfig:
    database_url: str | None = None
    lock_after_minutes: float | None = None
    downtime_folder: Path | None = None
    language: str | None = None  # of the screens, as "de" or "es_MX" (README "Languages")
    enforced: frozenset[str] = frozenset()

    def choose(self, name: str, users: T | None) -> T | None:
        """The value of setting `name`: the site's when it enforces it, else the user's
        choice, else the site's default (None: neither says)."""
        site: T | None = getattr(self, name)
        if name in self.enforced and site is not None:
            return site
        return users if users is not None else site

    def enforces(self, name: str) -> bool:
        return name in self.enforced and getattr(self, name) is not None


def site_config_path() -> Path:
    chosen = os.environ.get(SITE_CONFIG_ENV)
    if chosen:
        return Path(chosen)
    return Path(PlatformDirs(appname="Rounds", appauthor="Rounds").site_config_dir) / SITE_FILE


@cache
def site_config() -> SiteConfig:
    """This computer's site settings (read once); empty when there is no file."""
    return read_site_config(site_config_path())


def read_site_config(path: Path) -> SiteConfig:
    """Raises ValidationError, naming the file, for a file that is not valid."""
    try:
        raw = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return SiteConfig()
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as error:
        raise ValidationError("the site settings %1 cannot be read: %2", path, error) from None
    unknown = sorted(set(raw) - {*SETTINGS, "enforce"})
    if unknown:
        raise ValidationError("the site settings %1 name unknown settings: %2", path, unknown)
    enforced = raw.get("enforce", [])
    if not isinstance(enforced, list) or not set(enforced) <= set(SETTINGS):
        raise ValidationError("the site settings %1: enforce must list some of %2", path, SETTINGS)
    return SiteConfig(
        database_url=_text(raw, "database_url", path),
        lock_after_minutes=_minutes(raw, path),
        downtime_folder=_folder(raw, path),
        language=_text(raw, "language", path),
        enforced=frozenset(enforced),
    )


def _text(raw: dict[str, Any], name: str, path: Path) -> str | None:
    value = raw.get(name)
    if value is not None and (not isinstance(value, str) or not value.strip()):
        raise ValidationError("the site settings %1: %2 must be a non-empty text", path, name)
    return value


def _minutes(raw: dict[str, Any], path: Path) -> float | None:
    value = raw.get("lock_after_minutes")
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise ValidationError("the site settings %1: lock_after_minutes must be a number", path)
    if not 0 < value <= MAX_LOCK_MINUTES:
        raise ValidationError(
            "the site settings %1: lock_after_minutes must be above 0 and at most %2",
            path,
            MAX_LOCK_MINUTES,
        )
    return float(value)


def _folder(raw: dict[str, Any], path: Path) -> Path | None:
    value = _text(raw, "downtime_folder", path)
    if value is None:
        return None
    folder = Path(value).expanduser()
    if not folder.is_absolute():
        raise ValidationError("the site settings %1: downtime_folder must be a full path", path)
    return folder
