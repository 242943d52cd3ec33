"""The command line: accounts, one-line errors with a non-zero exit, nothing half-done."""

from __future__ import annotations

import io
import os
import subprocess
import sys

import pytest

from rounds_app.cli.main import main
from rounds_app.domain.enums import Discipline, Role
from rounds_app.services import users
from rounds_app.storage.database import Database, open_database
from tests.factories import PASSWORD, add_user
from tests.sign_ins import FakeUtcClock, lock_out


def _run(monkeypatch, capsys, argv: list[str], stdin: str = "") -> tuple[int, str, str]:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
    code = main(argv)
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_users_add_list_and_passwd(db_url: str, monkeypatch, capsys) -> None:  # type: ignore[no-untyped-def]
    code, out, _ = _run(
        monkeypatch,
        capsys,
        [
            "users",
            "add",
            "amara",
            "--name",
            "Amara Okafor",
            "--discipline",
            "nursing",
            "--role",
            "charge_nurse",
            "--password-stdin",
            "--db",
            db_url,
        ],
        "first-password\n",
    )
    assert code == 0, out
    code, out, _ = _run(monkeypatch, capsys, ["users", "list", "--db", db_url])
    assert code == 0
    assert "amara" in out and "charge_nurse" in out and "Amara Okafor" in out
    code, _, _ = _run(
        monkeypatch,
        capsys,
        ["users", "passwd", "amara", "--password-stdin", "--db", db_url],
        "second-password\n",
    )
    assert code == 0
    db = open_database(db_url)
    with db.session() as session:
        assert users.authenticate(session, "amara", "second-password").username == "amara"
    db.dispose()


def test_users_unlock_lets_a_locked_account_sign_in(  # type: ignore[no-untyped-def]
    db: Database, db_url: str, monkeypatch, capsys
) -> None:
    clock = FakeUtcClock.install(monkeypatch)
    add_user(db, "amara", Role.CLINICIAN, Discipline.NURSING)
    lock_out(db, "amara", clock)
    _, out, _ = _run(monkeypatch, capsys, ["users", "list", "--db", db_url])
    assert "Amara  (locked until 2026-12-02 09:19 UTC)\n" in out

    code, out, _ = _run(monkeypatch, capsys, ["users", "unlock", "amara", "--db", db_url])
    assert (code, out) == (0, "amara may sign in again\n")
    with db.session() as session:
        assert users.authenticate(session, "amara", PASSWORD).username == "amara"
    code, out, _ = _run(monkeypatch, capsys, ["users", "unlock", "amara", "--db", db_url])
    assert (code, out) == (0, "amara had no failed sign-ins to clear\n")


@pytest.mark.parametrize(
    ("argv", "stdin", "message"),
    [
        (
            [
                "users",
                "add",
                "Bad Name!",
                "--name",
                "X",
                "--discipline",
                "nursing",
                "--role",
                "admin",
                "--password-stdin",
            ],
            "long-enough-pw\n",
            "A username uses only",
        ),
        (
            [
                "users",
                "add",
                "short",
                "--name",
                "X",
                "--discipline",
                "nursing",
                "--role",
                "admin",
                "--password-stdin",
            ],
            "abc\n",
            "shorter than 8 characters",
        ),
        (
            ["users", "passwd", "nobody", "--password-stdin"],
            "long-enough-pw\n",
            "There is no user 'nobody'.",
        ),
        (["users", "unlock", "nobody"], "", "There is no user 'nobody'."),
        (["import", "json", "/nonexistent/export.json"], "", "cannot read"),
    ],
)
def test_bad_input_is_one_line_and_non_zero(  # type: ignore[no-untyped-def]
    tmp_path, monkeypatch, capsys, argv, stdin, message
) -> None:
    db_path = tmp_path / "r.sqlite3"
    code, out, err = _run(monkeypatch, capsys, [*argv, "--db", str(db_path)], stdin)
    assert code != 0
    assert message in err
    assert err.count("\n") == 1 and "Traceback" not in err


def test_unreachable_server_is_one_line(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """Through the real entry point, so no traceback can slip past."""
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "rounds_app",
            "users",
            "list",
            "--db",
            "postgresql+psycopg://nobody@127.0.0.1:1/none",
        ],
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, "PYTHONPATH": os.getcwd()},
    )
    assert result.returncode != 0
    assert result.stderr.startswith("rounds-app: cannot open the database")
    assert result.stderr.count("\n") == 1


def test_rounds_app_help_lists_the_commands(capsys) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(SystemExit) as raised:
        main(["--help"])
    assert raised.value.code == 0
    out = capsys.readouterr().out
    for command in ("demo", "users", "audit", "export", "import"):
        assert command in out


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "is empty"),
        (b'{"format": "rounds-export", "format_version": 1, "tables": {"wards": [', "truncated"),
        (b'{"hello": 1}', "is not a Rounds export"),
        ('{"format": "rounds-export", "name": "Zoë"}'.encode("latin-1"), "is not UTF-8"),
    ],
)
def test_import_refuses_bad_files_in_one_line(  # type: ignore[no-untyped-def]
    tmp_path, monkeypatch, capsys, content: bytes, message: str
) -> None:
    db_path = tmp_path / "r.sqlite3"
    bad = tmp_path / "bad.json"
    bad.write_bytes(content)
    code, _, err = _run(monkeypatch, capsys, ["import", "json", str(bad), "--db", str(db_path)])
    assert code != 0
    assert message in err
    assert err.count("\n") == 1
    code, out, _ = _run(monkeypatch, capsys, ["users", "list", "--db", str(db_path)])
    assert (code, out) == (0, "")
