"""`rounds-app audit verify` finds an edited, inserted or deleted audit row."""

from __future__ import annotations

import pytest
from sqlalchemy import text

from rounds_app.cli.main import main
from rounds_app.storage.database import Database
from tests.factories import small_ward


def _verify(db_url: str, capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    code = main(["audit", "verify", "--db", db_url])
    captured = capsys.readouterr()
    return code, captured.out + captured.err


def test_intact_trail_verifies(db: Database, db_url: str, capsys) -> None:  # type: ignore[no-untyped-def]
    small_ward(db, patients=2)
    code, output = _verify(db_url, capsys)
    assert code == 0
    assert "intact" in output


def test_edited_row_is_named(db: Database, db_url: str, capsys) -> None:  # type: ignore[no-untyped-def]
    small_ward(db, patients=2)
    with db.engine.begin() as connection:
        connection.execute(text("UPDATE audit_events SET actor = 'someone' WHERE id = 5"))
    code, output = _verify(db_url, capsys)
    assert code != 0
    assert "audit event 5 was altered" in output


def test_deleted_row_is_found(db: Database, db_url: str, capsys) -> None:  # type: ignore[no-untyped-def]
    small_ward(db, patients=2)
    with db.engine.begin() as connection:
        connection.execute(text("DELETE FROM audit_events WHERE id = 4"))
    code, output = _verify(db_url, capsys)
    assert code != 0
    assert "audit event 5 does not follow event 3" in output


def test_inserted_row_is_found(db: Database, db_url: str, capsys) -> None:  # type: ignore[no-untyped-def]
    small_ward(db, patients=1)
    with db.engine.begin() as connection:
        connection.execute(
            text(
                "INSERT INTO audit_events (id, at, actor, action, entity, fields, prev_hash, hash)"
                " SELECT 100000, at, actor, action, entity, fields, prev_hash, hash"
                " FROM audit_events WHERE id = 2"
            )
        )
    code, output = _verify(db_url, capsys)
    assert code != 0
    assert "audit event 100000" in output


def test_deleted_tail_is_found(db: Database, db_url: str, capsys) -> None:  # type: ignore[no-untyped-def]
    small_ward(db, patients=1)
    with db.engine.begin() as connection:
        last = connection.execute(text("SELECT max(id) FROM audit_events")).scalar_one()
        connection.execute(text("DELETE FROM audit_events WHERE id = :id"), {"id": last})
    code, output = _verify(db_url, capsys)
    assert code != 0
    assert f"names event {last}" in output
