"""The two files that make the audit trail tamper-evident, kept outside the database:

- the **audit key**: 32 random bytes (64 hex digits) that seal each audit event with
  HMAC-SHA256. One per workstation, `audit.key` in the data folder, made at the first
  save; ROUNDS_AUDIT_KEY_FILE names another file (every workstation of a shared
  PostgreSQL ward must use the same key).
- the **checkpoints**: one line per committed unit of work, "event-id hash signature",
  appended to a file per database in the data folder's `audit/` folder. A trail cut
  short, its head row mended, still misses the events its checkpoints name.

Both are owner-only. Someone who can write the database but reach neither file cannot
rewrite the trail without `rounds-app audit verify` noticing."""

from __future__ import annotations

import hashlib
import hmac
import json
import os
import re
import secrets
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy.engine import URL

from rounds_app import paths
from rounds_app.errors import RoundsError
from rounds_app.private_files import append_private, create_private

KEY_FILE_ENV = "ROUNDS_AUDIT_KEY_FILE"
KEY_BYTES = 32
_HEX = re.compile(r"[0-9a-f]{64}")
_SAFE = re.compile(r"[^A-Za-z0-9._-]+")


def key_path() -> Path:
    chosen = os.environ.get(KEY_FILE_ENV)
    return Path(chosen).expanduser() if chosen else paths.data_dir() / "audit.key"


def read_key(path: Path) -> bytes | None:
    """The key in `path`, None when there is no such file. Raises RoundsError when the
    file holds something else."""
    try:
        text = path.read_text("utf-8").strip()
    except FileNotFoundError:
        return None
    except (OSError, UnicodeDecodeError) as error:
        raise RoundsError("cannot read the audit key %1: %2", path, _reason(error)) from None
    try:
        key = bytes.fromhex(text)
    except ValueError:
        key = b""
    if len(key) < KEY_BYTES:
        raise RoundsError(
            "the audit key %1 is not an audit key (it should hold at least %2 hexadecimal digits)",
            path,
            KEY_BYTES * 2,
        )
    return key


def create_key(path: Path) -> bytes:
    """A new random key in `path`; when another process made one there first, that one.
    Raises RoundsError when the file cannot be written."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        create_private(path, (secrets.token_hex(KEY_BYTES) + "\n").encode("utf-8"))
    except OSError as error:
        raise RoundsError("cannot create the audit key %1: %2", path, _reason(error)) from None
    key = read_key(path)
    assert key is not None  # just created, and keys are never deleted by Rounds
    return key


def checkpoints_path(url: URL) -> Path:
    """This database's checkpoint file: named after the SQLite file's full path, or the
    server, port, database and options of a server URL (not the account, so two
    workstations signing in differently share nothing they should not)."""
    if url.get_backend_name() == "sqlite" and url.database and url.database != ":memory:":
        name = url.database.removeprefix("file:").split("?")[0]
        identity, label = str(Path(name).resolve()), Path(name).name
    else:
        options = sorted((key, str(value)) for key, value in url.query.items())
        identity = f"{url.get_backend_name()}://{url.host}:{url.port}/{url.database}?{options}"
        label = url.database or url.get_backend_name()
    digest = hashlib.sha256(identity.encode("utf-8")).hexdigest()[:16]
    return paths.data_dir() / "audit" / f"{_SAFE.sub('-', label)}-{digest}.checkpoints"


def forget_checkpoints(url: URL) -> None:
    """A database made anew (created, or restored from a backup) has no history for
    the checkpoints of an earlier file at its place to name."""
    checkpoints_path(url).unlink(missing_ok=True)


def _signature(key: bytes, event_id: int, event_hash: str) -> str:
    payload = json.dumps(["checkpoint", event_id, event_hash], separators=(",", ":"))
    return hmac.new(key, payload.encode("utf-8"), hashlib.sha256).hexdigest()


def append_checkpoint(url: URL, key: bytes, event_id: int, event_hash: str) -> None:
    """Records that the trail held `event_hash` at `event_id`. One short append, with no
    fsync: a crash loses at most the newest line, which only leaves the check a step
    behind. Raises OSError."""
    path = checkpoints_path(url)
    line = f"{event_id} {event_hash} {_signature(key, event_id, event_hash)}\n".encode()
    try:
        append_private(path, line)
    except FileNotFoundError:  # the first checkpoint on this computer
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        append_private(path, line)


@dataclass
class Checkpoints:
    """What a checkpoint file says: the hash recorded for each event id, and its lines
    that were not signed with the key (0 when all were)."""

    path: Path
    recorded: dict[int, str] = field(default_factory=dict)
    unsigned: int = 0
    contradicted: list[int] = field(default_factory=list)


def read_checkpoints(url: URL, key: bytes) -> Checkpoints:
    """The checkpoints of this database. A line torn by a power cut is skipped; a whole
    line whose signature does not match counts as unsigned."""
    found = Checkpoints(checkpoints_path(url))
    for event_id, event_hash, signature in _lines(found.path):
        if not hmac.compare_digest(signature, _signature(key, event_id, event_hash)):
            found.unsigned += 1
            continue
        earlier = found.recorded.setdefault(event_id, event_hash)
        if earlier != event_hash and event_id not in found.contradicted:
            found.contradicted.append(event_id)
    return found


def _lines(path: Path) -> Iterator[tuple[int, str, str]]:
    try:
        stream = path.open("r", encoding="utf-8", errors="replace")
    except FileNotFoundError:
        return
    with stream:
        for line in stream:
            parts = line.split()
            if len(parts) == 3 and parts[0].isdigit() and all(map(_HEX.fullmatch, parts[1:])):
                yield int(parts[0]), parts[1], parts[2]


def _reason(error: Exception) -> str:
    return getattr(error, "strerror", None) or type(error).__name__
