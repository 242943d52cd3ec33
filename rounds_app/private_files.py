"""Files that hold patient data or audit secrets are readable by their owner only
(mode 0600, whatever the umask), and a file a person asked for appears whole or not
at all: it is written under a temporary name in the same folder and renamed into place.

Every writer of such a file (printed sheets, exports, backups, the audit key and its
checkpoints) goes through here, so no path forgets the mode."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

OWNER_ONLY = 0o600


def new_temp(target: Path) -> Path:
    """An empty owner-only file in `target`'s folder under a fresh name (created
    exclusively, so nobody else's file or link is reused). The caller fills it, then
    renames it with `os.replace` or removes it with `discard`."""
    handle, name = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
    os.close(handle)
    return Path(name)


def write_temp(target: Path, data: bytes) -> Path:
    """`data` in a new owner-only temporary file beside `target`, on disk; see new_temp."""
    temp = new_temp(target)
    try:
        with temp.open("wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
    except BaseException:
        discard(temp)
        raise
    return temp


def write_private(target: Path, data: bytes) -> None:
    """Writes `data` to `target` whole or not at all, readable by its owner only (an
    existing file is replaced, and with it any wider mode it had). Raises OSError."""
    temp = write_temp(target, data)
    try:
        os.replace(temp, target)
    except BaseException:
        discard(temp)
        raise


def create_private(target: Path, data: bytes) -> bool:
    """Gives `target` the content `data` only if no file has that name yet; False when
    one has (its content is left alone). Whoever reads `target` sees all of `data` or
    no file, even when two processes race to create it."""
    temp = write_temp(target, data)
    try:
        os.link(temp, target)  # fails if the name exists: never overwrites
    except FileExistsError:
        return False
    finally:
        discard(temp)
    return True


def append_private(target: Path, data: bytes) -> None:
    """Appends `data` to `target` (created owner-only if missing) in one write: a
    file opened for appending by several processes never interleaves their lines."""
    descriptor = os.open(target, os.O_WRONLY | os.O_APPEND | os.O_CREAT, OWNER_ONLY)
    try:
        os.write(descriptor, data)
    finally:
        os.close(descriptor)


def discard(temp: Path | None) -> None:
    if temp is not None:
        temp.unlink(missing_ok=True)
