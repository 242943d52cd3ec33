"""The command line never hands the terminal a raw control character, and a JSON
export carries password hashes only when asked."""

from __future__ import annotations

import io
import json
import re
import sys
from pathlib import Path

from sqlalchemy import update

from rounds_app.cli.main import main
from rounds_app.storage.database import open_database
from rounds_app.storage.models import User

RAW_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def _run(monkeypatch, capsys, argv: list[str], stdin: str = "") -> tuple[int, str, str]:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
    code = main(argv)
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def _add(monkeypatch, capsys, db_url: str, username: str) -> None:  # type: ignore[no-untyped-def]
    argv = ["users", "add", username, "--name", "Nora", "--discipline", "nursing"]
    argv += ["--role", "charge_nurse", "--password-stdin", "--db", db_url]
    assert _run(monkeypatch, capsys, argv, "correct horse\n")[0] == 0


def test_users_list_shows_control_characters_escaped(db_url: str, monkeypatch, capsys) -> None:  # type: ignore[no-untyped-def]
    _add(monkeypatch, capsys, db_url, "nora")
    # a database from before names were checked for control characters
    db = open_database(db_url)
    with db.session() as s:
        s.execute(update(User).values(display_name="No\x1b]0;pwned\x07ra\nHolm\u202e"))
        s.commit()
    db.dispose()
    code, out, err = _run(monkeypatch, capsys, ["users", "list", "--db", db_url])
    assert code == 0, err
    assert not RAW_CONTROL.search(out) and "\u202e" not in out
    assert out.splitlines() == [
        f"{'nora':<20} {'charge_nurse':<13} {'nursing':<21} No\\x1b]0;pwned\\x07ra\\nHolm\\u202e"
    ]


def test_an_error_quoting_a_value_shows_it_escaped(db_url: str, monkeypatch, capsys) -> None:  # type: ignore[no-untyped-def]
    argv = ["users", "passwd", "no\x1b[2Jbody", "--password-stdin", "--db", db_url]
    code, _, err = _run(monkeypatch, capsys, argv, "correct horse\n")
    assert code == 1
    assert err == "rounds-app: There is no user 'no\\x1b[2Jbody'.\n"


def test_export_json_carries_hashes_only_with_accounts(  # type: ignore[no-untyped-def]
    db_url: str, tmp_path: Path, monkeypatch, capsys
) -> None:
    _add(monkeypatch, capsys, db_url, "nora")
    plain, full = tmp_path / "plain.json", tmp_path / "full.json"
    argv = ["export", "json", "--out", str(plain), "--db", db_url]
    code, out, _ = _run(monkeypatch, capsys, argv)
    assert code == 0 and out == f"Exported to {plain} (without password hashes)\n"
    argv = ["export", "json", "--with-accounts", "--out", str(full), "--db", db_url]
    assert _run(monkeypatch, capsys, argv)[0] == 0
    assert "password_hash" not in json.loads(plain.read_text("utf-8"))["tables"]["users"][0]
    assert json.loads(full.read_text("utf-8"))["tables"]["users"][0]["password_hash"]

    target = f"sqlite:///{tmp_path / 'target.sqlite3'}"
    code, out, _ = _run(monkeypatch, capsys, ["import", "json", str(plain), "--db", target])
    assert code == 0
    assert out.splitlines()[1] == (
        "1 account has no password and cannot sign in until an administrator sets one: "
        "rounds-app users passwd NAME"
    )
