"""Reading a file's permission bits, for the tests of owner-only files."""

from __future__ import annotations

import stat
from pathlib import Path

OWNER_ONLY = 0o600


def file_mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)
