"""The copies the desktop app keeps of a SQLite database while it runs: made and
thinned out by storage, started by the client."""

from __future__ import annotations

from rounds_app.storage.backup import BACKUP_GLOB, rotate_backups

__all__ = ["BACKUP_GLOB", "rotate_backups"]
