"""Crash reports: when the desktop app hits an unhandled error, a report goes to the log
folder — what failed and where (exception types and frames), and the versions in use,
never a message (it may quote patient text) — and the next start mentions it once.

A report is the owner's only, as every file Rounds writes is (private_files)."""

from __future__ import annotations

import platform
import sys
from collections.abc import Mapping
from datetime import datetime
from pathlib import Path

from rounds_app.private_files import write_private
from rounds_app.version import version

PREFIX = "crash-"
MENTIONED = "crash-reports-mentioned"  # names the newest report already mentioned


def write_report(
    folder: Path, at: datetime, described: str, versions: Mapping[str, str] | None = None
) -> Path:
    """Writes a report of `described` (types and frames only) with the versions in use;
    returns its path. Raises OSError when the folder cannot be written."""
    lines = [
        f"Rounds {version()} crash report, {at.isoformat(timespec='seconds')}",
        f"Python {sys.version.split()[0]} on {platform.platform()}",
        *(f"{name} {version}" for name, version in (versions or {}).items()),
        "",
        described,
    ]
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{PREFIX}{at:%Y%m%d-%H%M%S-%f}.txt"
    write_private(path, "\n".join(lines).encode("utf-8"))
    return path


def unmentioned_report(folder: Path) -> Path | None:
    """The newest report not mentioned yet; marks it mentioned, so the next start says
    nothing of it. None when there is none (or the folder cannot be read)."""
    try:
        reports = sorted(folder.glob(f"{PREFIX}*.txt"))
        marker = folder / MENTIONED
        mentioned = marker.read_text(encoding="utf-8").strip() if marker.exists() else ""
        if not reports or reports[-1].name <= mentioned:
            return None
        write_private(marker, reports[-1].name.encode("utf-8"))
    except OSError:
        return None
    return reports[-1]
