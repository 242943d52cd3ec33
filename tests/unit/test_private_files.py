"""Owner-only files: written whole or not at all, never readable by other accounts,
created once without overwriting, appended to in one piece."""

from __future__ import annotations

from pathlib import Path

import pytest

from rounds_app.private_files import append_private, create_private, write_private
from tests.modes import OWNER_ONLY, file_mode


def test_a_written_file_is_owner_only_new_or_replaced(
    tmp_path: Path, permissive_umask: None
) -> None:
    new, old = tmp_path / "new.pdf", tmp_path / "old.pdf"
    old.write_bytes(b"before")
    old.chmod(0o664)
    write_private(new, b"sheet")
    write_private(old, b"after")
    assert (new.read_bytes(), old.read_bytes()) == (b"sheet", b"after")
    assert (file_mode(new), file_mode(old)) == (OWNER_ONLY, OWNER_ONLY)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["new.pdf", "old.pdf"]


def test_a_failed_write_leaves_no_temporary_file(tmp_path: Path) -> None:
    (tmp_path / "taken").mkdir()
    with pytest.raises(OSError):
        write_private(tmp_path / "taken", b"sheet")
    assert [p.name for p in tmp_path.iterdir()] == ["taken"]


def test_create_keeps_what_is_there(tmp_path: Path, permissive_umask: None) -> None:
    key = tmp_path / "audit.key"
    assert create_private(key, b"first")
    assert not create_private(key, b"second")
    assert key.read_bytes() == b"first" and file_mode(key) == OWNER_ONLY
    assert [p.name for p in tmp_path.iterdir()] == ["audit.key"]


def test_append_creates_owner_only_and_adds_whole_lines(
    tmp_path: Path, permissive_umask: None
) -> None:
    log = tmp_path / "checkpoints"
    append_private(log, b"1 a\n")
    append_private(log, b"2 b\n")
    assert log.read_bytes() == b"1 a\n2 b\n" and file_mode(log) == OWNER_ONLY
