"""Copies of a SQLite database taken with SQLite's online backup API: consistent even
while workstations write (a plain file copy can miss what still sits in the WAL)."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime
from pathlib import Path

from rounds_app.private_files import discard, new_temp
from rounds_app.subsystem_log import subsystem_logger

log = subsystem_logger(__name__)

SQLITE_MAGIC = b"SQLite format 3\x00"
BACKUP_GLOB = "*.backup.sqlite3"


def is_sqlite_file(path: Path) -> bool:
    try:
        with path.open("rb") as stream:
            return stream.read(len(SQLITE_MAGIC)) == SQLITE_MAGIC
    except OSError:
        return False


def copy_sqlite(source: Path, target: Path) -> None:
    """Writes a consistent copy of `source` to `target` (replaced if it exists),
    readable by its owner only: it holds the whole ward."""
    target.parent.mkdir(parents=True, exist_ok=True)
    # SQLite writes into the empty owner-only file it is given and keeps its mode
    partial = new_temp(target)
    try:
        reader = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
        try:
            writer = sqlite3.connect(partial)
            try:
                reader.backup(writer)
            finally:
                writer.close()
        finally:
            reader.close()
        partial.replace(target)  # a reader of `target` never sees half a backup
    except BaseException:
        discard(partial)
        raise


def rotate_backups(source: Path, folder: Path, keep: int) -> Path:
    """Takes a timestamped backup of `source` into `folder` and keeps the newest
    `keep` of them; returns the new file."""
    if keep < 1:
        raise ValueError("keep at least one backup")
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
    target = folder / f"{source.stem}-{stamp}.backup.sqlite3"
    copy_sqlite(source, target)
    backups = sorted(folder.glob(f"{source.stem}-*.backup.sqlite3"))
    for old in backups[:-keep]:
        old.unlink()
    log.info("backed up the database; %d backups kept", min(len(backups), keep))
    return target
