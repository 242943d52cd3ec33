"""Unsaved text kept on this computer until it is saved or discarded, so a crash, a
closed window or a lost database connection loses no word.

One small JSON file per draft, written atomically and readable by its owner only (it
holds patient text, like the database file beside it)."""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from rounds_app.domain.clock import utc_now
from rounds_app.private_files import write_private
from rounds_app.subsystem_log import subsystem_logger

log = subsystem_logger(__name__)

_SAFE = re.compile(r"[^A-Za-z0-9._-]")


@dataclass(frozen=True)
class Draft:
    key: str  # what the text belongs to, e.g. "card:12:hopes"
    saved_at: datetime
    data: dict[str, Any]


class DraftStore:
    """Drafts of one user of one database (`folder` should say which)."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder

    def _path(self, key: str) -> Path:
        return self.folder / f"{_SAFE.sub('_', key)}.json"

    def save(self, key: str, data: dict[str, Any]) -> None:
        self.folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        payload = json.dumps(
            {"key": key, "saved_at": utc_now().isoformat(), "data": data}, ensure_ascii=False
        )
        write_private(self._path(key), payload.encode("utf-8"))

    def load(self, key: str) -> Draft | None:
        return self._read(self._path(key))

    def discard(self, key: str) -> None:
        self._path(key).unlink(missing_ok=True)

    def all(self) -> list[Draft]:
        """Every draft left, oldest first (unreadable files are skipped and logged)."""
        if not self.folder.is_dir():
            return []
        drafts = [d for path in self.folder.glob("*.json") if (d := self._read(path))]
        return sorted(drafts, key=lambda d: d.saved_at)

    def _read(self, path: Path) -> Draft | None:
        try:
            raw = json.loads(path.read_text("utf-8"))
            return Draft(raw["key"], datetime.fromisoformat(raw["saved_at"]), raw["data"])
        except FileNotFoundError:
            return None
        except (OSError, ValueError, KeyError, TypeError):
            log.warning("skipped an unreadable draft file %s", path.name)
            return None


def drafts_folder(data_dir: Path, database_url: str, username: str) -> Path:
    """Drafts live per database and per user, so one never sees another's."""
    database = hashlib.sha256(database_url.encode("utf-8")).hexdigest()[:12]
    return data_dir / "drafts" / database / _SAFE.sub("_", username)
